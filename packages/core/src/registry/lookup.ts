/**
 * The indexed unit registry (单位名录索引): name, alias and full-name look-ups, group expansion and
 * the reverse “which groups is this unit in” map, all built once per registry.
 */
import type { Registry, Unit, UnitGroup, UnitKind } from '../model/schema';
import { normalizeName } from './normalize';

/**
 * What a registry name stands for (名录条目), and which of its names matched.
 *
 * @example
 * const entry: RegistryEntry | undefined = lookupName(registry, '市人社局');
 * //=> { kind: 'unit', unit: { name: '市人力资源社会保障局', … }, matched: 'alias' }
 */
export type RegistryEntry =
  | { kind: 'unit'; unit: Unit; matched: 'name' | 'alias' | 'fullName' }
  | { kind: 'group'; group: UnitGroup; matched: 'name' | 'alias' };

/**
 * A registry prepared for fast look-ups (单位名录索引). Build it with {@link indexRegistry}; treat
 * it as read-only.
 *
 * @example
 * const index: RegistryIndex = indexRegistry(registry);
 * index.membersOf.get('市直各单位')?.length; //=> 25
 */
export interface RegistryIndex {
  /** The registry this index was built from. */
  readonly registry: Registry;
  /** Normalised name, alias or full name ({@link normalizeName}) → unit or group. */
  readonly byKey: ReadonlyMap<string, RegistryEntry>;
  /** Canonical unit name → unit. */
  readonly unitByName: ReadonlyMap<string, Unit>;
  /** Canonical group name → group. */
  readonly groupByName: ReadonlyMap<string, UnitGroup>;
  /** Canonical unit name → position in the registry (for stable ordering of results). */
  readonly unitOrder: ReadonlyMap<string, number>;
  /** Canonical group name → its member units, in registry order (empty for vague groups). */
  readonly membersOf: ReadonlyMap<string, readonly Unit[]>;
  /** Canonical unit name → the groups it belongs to, in registry order. */
  readonly groupsOf: ReadonlyMap<string, readonly UnitGroup[]>;
}

/**
 * A registry (单位名录), or an index already built from one: every registry function accepts either.
 *
 * @example
 * const a: RegistryLike = registry;
 * const b: RegistryLike = indexRegistry(registry);
 */
export type RegistryLike = Registry | RegistryIndex;

const NO_UNITS: readonly Unit[] = Object.freeze([]);
const NO_GROUPS: readonly UnitGroup[] = Object.freeze([]);

// Indexes are cached per registry object, so passing a plain registry to every call stays cheap.
const indexCache = new WeakMap<Registry, RegistryIndex>();

/**
 * Index a unit registry (建立单位名录索引): every name, alias and full name (normalised for width,
 * bracket kind and whitespace) maps to its unit or group; group members are expanded once. The
 * index of a given registry object is built once and cached, so the registry must not be mutated
 * afterwards.
 *
 * @example
 * const index = indexRegistry(Registry.parse({ units: [{ name: '市发展改革局', aliases: ['市发改局'], kind: 'cityDepartment' }] }));
 * index.byKey.get(normalizeName('市发改局'))?.kind; //=> 'unit'
 */
export function indexRegistry(registry: Registry): RegistryIndex {
  const cached = indexCache.get(registry);
  if (cached) return cached;
  const index = buildIndex(registry);
  indexCache.set(registry, index);
  return index;
}

/**
 * The index of a registry (取得名录索引), building it (once) when given a plain registry.
 *
 * @example
 * toRegistryIndex(registry) === toRegistryIndex(indexRegistry(registry)); //=> true
 */
export function toRegistryIndex(registry: RegistryLike): RegistryIndex {
  return isRegistryIndex(registry) ? registry : indexRegistry(registry);
}

function isRegistryIndex(registry: RegistryLike): registry is RegistryIndex {
  return 'byKey' in registry;
}

function buildIndex(registry: Registry): RegistryIndex {
  const byKey = new Map<string, RegistryEntry>();
  const claim = (name: string, entry: RegistryEntry) => {
    const key = normalizeName(name);
    if (key !== '' && !byKey.has(key)) byKey.set(key, entry);
  };
  const unitByName = new Map<string, Unit>();
  const unitOrder = new Map<string, number>();
  registry.units.forEach((unit, i) => {
    unitByName.set(unit.name, unit);
    unitOrder.set(unit.name, i);
    claim(unit.name, { kind: 'unit', unit, matched: 'name' });
    for (const alias of unit.aliases) claim(alias, { kind: 'unit', unit, matched: 'alias' });
  });
  const groupByName = new Map<string, UnitGroup>();
  for (const group of registry.groups) {
    groupByName.set(group.name, group);
    claim(group.name, { kind: 'group', group, matched: 'name' });
    for (const alias of group.aliases) claim(alias, { kind: 'group', group, matched: 'alias' });
  }
  // Full names last: a short name or alias that happens to equal another unit's full name wins.
  for (const unit of registry.units) {
    if (unit.fullName) claim(unit.fullName, { kind: 'unit', unit, matched: 'fullName' });
  }

  // Group expansion is built on first use: finding a unit by name (every `--unit` query) needs only the keys.
  let expansion: { membersOf: Map<string, readonly Unit[]>; groupsOf: Map<string, UnitGroup[]> } | undefined;
  const expand = () => {
    if (expansion) return expansion;
    const membersOf = new Map<string, readonly Unit[]>();
    const groupsOf = new Map<string, UnitGroup[]>();
    for (const group of registry.groups) {
      const members = groupMembers(group, byKey, registry.units);
      membersOf.set(group.name, members);
      for (const unit of members) {
        const groups = groupsOf.get(unit.name);
        if (groups) groups.push(group);
        else groupsOf.set(unit.name, [group]);
      }
    }
    expansion = { membersOf, groupsOf };
    return expansion;
  };
  return {
    registry,
    byKey,
    unitByName,
    groupByName,
    unitOrder,
    get membersOf() {
      return expand().membersOf;
    },
    get groupsOf() {
      return expand().groupsOf;
    },
  };
}

/** Members named in the list plus every unit of the listed kinds, once each, in registry order. */
function groupMembers(
  group: UnitGroup,
  byKey: ReadonlyMap<string, RegistryEntry>,
  units: readonly Unit[],
): readonly Unit[] {
  if (group.vague) return NO_UNITS;
  const named = new Set<Unit>();
  for (const name of group.members ?? []) {
    const entry = byKey.get(normalizeName(name));
    if (entry?.kind === 'unit') named.add(entry.unit);
  }
  const kinds = new Set<UnitKind>(group.memberKinds ?? []);
  return Object.freeze(units.filter((unit) => named.has(unit) || kinds.has(unit.kind)));
}

/**
 * What a name stands for in the registry (查找名称): a unit or a group, by name, alias or full name,
 * ignoring width, bracket kind and whitespace.
 *
 * @example
 * lookupName(registry, '市府直属各单位'); //=> { kind: 'group', group: { name: '市直各单位', … }, matched: 'alias' }
 */
export function lookupName(registry: RegistryLike, name: string): RegistryEntry | undefined {
  return toRegistryIndex(registry).byKey.get(normalizeName(name));
}

/**
 * The unit (单位) a name, alias or full name stands for; `undefined` for groups and unknown names.
 *
 * @example
 * lookupUnit(registry, '湛江市发展和改革局')?.name; //=> '市发展改革局'
 */
export function lookupUnit(registry: Registry | RegistryIndex, name: string): Unit | undefined {
  const entry = lookupName(registry, name);
  return entry?.kind === 'unit' ? entry.unit : undefined;
}

/**
 * The group (单位组, e.g. 市直各单位) a name or alias stands for; `undefined` otherwise.
 *
 * @example
 * lookupGroup(registry, '市府直属各单位')?.name; //=> '市直各单位'
 */
export function lookupGroup(registry: RegistryLike, name: string): UnitGroup | undefined {
  const entry = lookupName(registry, name);
  return entry?.kind === 'group' ? entry.group : undefined;
}

/**
 * The member units of a group (展开单位组), from its `members` list and its `memberKinds` rule, in
 * registry order. A vague group (有关部门) and an unknown name have no members.
 *
 * @example
 * expandGroup(registry, '各县（市、区）政府（管委会）').map((u) => u.name);
 * //=> ['赤坎区政府', '霞山区政府', …, '南三岛管委会']
 */
export function expandGroup(registry: Registry | RegistryIndex, group: UnitGroup | string): readonly Unit[] {
  const index = toRegistryIndex(registry);
  const found = typeof group === 'string' ? lookupGroup(index, group) : group;
  if (!found) return NO_UNITS;
  return index.membersOf.get(found.name) ?? NO_UNITS;
}

/**
 * The groups a unit belongs to (所属单位组), in registry order; vague groups never list members.
 *
 * @example
 * groupsOfUnit('市财政局', registry).map((g) => g.name); //=> ['市直各单位']
 */
export function groupsOfUnit(unit: Unit | string, registry: RegistryLike): readonly UnitGroup[] {
  const index = toRegistryIndex(registry);
  const found = typeof unit === 'string' ? lookupUnit(index, unit) : unit;
  if (!found) return NO_GROUPS;
  return index.groupsOf.get(found.name) ?? NO_GROUPS;
}
