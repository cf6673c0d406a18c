/**
 * Suggestions for names that are not in the registry (相近名称): “did you mean 市发展改革局?”.
 */
import { type RegistryIndex, type RegistryLike, toRegistryIndex } from './lookup';
import { normalizeName } from './normalize';

/**
 * A registry name close to the one asked about (相近名称).
 *
 * @example
 * const suggestion: NameSuggestion = { name: '市发展改革局', kind: 'unit', matched: '市发展改革局', distance: 2, shared: 4 };
 */
export interface NameSuggestion {
  /** Canonical name of the unit or group. */
  name: string;
  kind: 'unit' | 'group';
  /** The registry name, alias or full name that was closest (normalised). */
  matched: string;
  /** Edit distance (Levenshtein, in characters) between the normalised names. */
  distance: number;
  /** How many distinct characters the two names share. */
  shared: number;
}

/**
 * Options of {@link closestUnits} (相近名称选项).
 *
 * @example
 * closestUnits(registry, '各镇政府', 3, { groups: true } satisfies ClosestOptions);
 */
export interface ClosestOptions {
  /** Also suggest groups (单位组); default false. */
  groups?: boolean | undefined;
}

interface CandidateKey {
  key: string;
  name: string;
  kind: 'unit' | 'group';
  order: number;
}

interface CharIndex {
  keys: readonly CandidateKey[];
  /** character → ids of the keys containing it */
  byChar: ReadonlyMap<string, readonly number[]>;
}

// Built on the first suggestion request only: most resolutions never need it.
const charIndexCache = new WeakMap<RegistryIndex, CharIndex>();

function charIndexOf(index: RegistryIndex): CharIndex {
  const cached = charIndexCache.get(index);
  if (cached) return cached;
  const keys: CandidateKey[] = [];
  const byChar = new Map<string, number[]>();
  let order = 0;
  for (const [key, entry] of index.byKey) {
    const name = entry.kind === 'unit' ? entry.unit.name : entry.group.name;
    const id = keys.push({ key, name, kind: entry.kind, order: order++ }) - 1;
    for (const ch of new Set(key)) {
      const ids = byChar.get(ch);
      if (ids) ids.push(id);
      else byChar.set(ch, [id]);
    }
  }
  const built = { keys, byChar };
  charIndexCache.set(index, built);
  return built;
}

/**
 * Levenshtein distance (编辑距离) between two strings, by UTF-16 unit (unit names are in the BMP).
 *
 * @example
 * editDistance('市发改局', '市发展改革局'); //=> 2
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The registry units closest to a name that is not in it (最相近的单位), best first. Candidates
 * share at least half of the name's distinct characters; they are ranked by the shared characters
 * weighted by rarity (市 and 局 are in almost every name, 发 and 改 are not), then by edit distance,
 * so `市发改委` suggests 市发展改革局 before 市国资委. Each unit appears once, under its closest
 * name, alias or full name.
 *
 * @example
 * closestUnits(registry, '市发改局', 1); //=> [{ name: '市发展改革局', kind: 'unit', distance: 2, shared: 4, … }]
 */
export function closestUnits(
  registry: RegistryLike,
  name: string,
  limit = 3,
  options: ClosestOptions = {},
): NameSuggestion[] {
  const target = normalizeName(name);
  if (target === '' || limit <= 0) return [];
  const { keys, byChar } = charIndexOf(toRegistryIndex(registry));
  const targetChars = new Set(target);
  const shared = new Map<number, { count: number; weight: number }>();
  for (const ch of targetChars) {
    const ids = byChar.get(ch) ?? [];
    // Inverse document frequency: a character found in few names says more.
    const weight = Math.log((keys.length + 1) / (ids.length + 0.5));
    for (const id of ids) {
      const s = shared.get(id);
      if (s) {
        s.count += 1;
        s.weight += weight;
      } else shared.set(id, { count: 1, weight });
    }
  }
  const needed = Math.max(1, Math.ceil(targetChars.size / 2));
  const best = new Map<string, Ranked>();
  for (const [id, { count, weight }] of shared) {
    const candidate = keys[id];
    if (!candidate || count < needed || (candidate.kind === 'group' && !options.groups)) continue;
    const distance = editDistance(target, candidate.key);
    if (distance >= Math.max(target.length, candidate.key.length)) continue;
    const ranked: Ranked = {
      suggestion: {
        name: candidate.name,
        kind: candidate.kind,
        matched: candidate.key,
        distance,
        shared: count,
      },
      weight,
      order: candidate.order,
    };
    const prior = best.get(candidate.name);
    if (!prior || compare(ranked, prior) < 0) best.set(candidate.name, ranked);
  }
  return [...best.values()]
    .sort(compare)
    .slice(0, limit)
    .map((r) => r.suggestion);
}

interface Ranked {
  suggestion: NameSuggestion;
  weight: number;
  order: number;
}

function compare(a: Ranked, b: Ranked): number {
  return b.weight - a.weight || a.suggestion.distance - b.suggestion.distance || a.order - b.order;
}
