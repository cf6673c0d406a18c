/**
 * A compiled plan (编译结果): a {@link PlanAnalysis} saved as bytes and read back without parsing the
 * plan file, validating it or resolving its units cells again — what lets a command-line query of a
 * 10,000-task plan answer in a few milliseconds after the first run. The bytes are a private format
 * of one build of core: a build that did not write them refuses them, and callers then read the plan
 * afresh. Nothing here touches files; `@fengong/core/node` keeps them in a cache directory.
 *
 * Layout: 8 bytes `FGPLAN03`, the header's length in UTF-16 code units (32-bit little-endian), the
 * header as UTF-16LE JSON (build, key, conventions, the distinct deadline readings, where the rest
 * is), the sections as UTF-16LE JSON (the plan, the registry, each task's roles, the index's unit
 * names), padding to 8 bytes, then typed arrays (each task's number and deadline reading, and the
 * per-unit index). Every part is read when first needed ({@link CompiledSource}). UTF-16 because
 * decoding it is a copy, where decoding Chinese UTF-8 costs ~4 ms per megabyte in Node 20 — a large
 * part of a cold query's budget. The tasks' expanded units and clauses are saved only when asked
 * (`expanded: true`, the viewer's, whose first screen reads them all); otherwise the first read of
 * either resolves the plan again, once, so only commands that need them (the matrix, `who`) pay for
 * it.
 */
import { BUILD_ID } from '../build';
import type { ParsedDeadline } from '../deadlines';
import type { Conventions, Plan, Registry } from '../model/schema';
import { indexRegistry } from '../registry/lookup';
import type { IndexArray, ResolvedPlan, UnitIndex } from '../roles/plan';
import type { ResolvedTask } from '../roles/schema';
import { resolvePlan } from '../roles/plan';
import type { AnalyzedTask, PlanAnalysis } from './analysis';

const MAGIC = 'FGPLAN03';

/** Per-task facts saved as they are; `units` and `clauses` are recomputed on demand. */
type SavedRoles = Pick<ResolvedTask, 'roles' | 'notices' | 'leadSource' | 'override'>;

type ArrayName = 'start' | 'taskAt' | 'roleAt' | 'viaAt' | 'numbers' | 'taskDeadlines' | 'slotAt';
/** The arrays every compiled plan has; `slotAt` (each entry's place in its task's units) only with `expanded`. */
const ARRAYS: readonly ArrayName[] = ['start', 'taskAt', 'roleAt', 'viaAt', 'numbers', 'taskDeadlines'];
const ALL_ARRAYS: readonly ArrayName[] = [...ARRAYS, 'slotAt'];
/** The per-unit index's arrays, read by unit queries only. */
const INDEX_ARRAYS: readonly ArrayName[] = ['start', 'taskAt', 'roleAt', 'viaAt'];

/** Where a compiled task reads its expanded units and clauses from, by its place in the plan. */
interface Expansion {
  units(at: number): ResolvedTask['units'];
  clauses(at: number): ResolvedTask['clauses'];
}

/** The large parts, each its own JSON text, parsed only when a query first needs it. */
interface Sections {
  plan: Plan;
  registry: Registry;
  roles: { records: SavedRoles[]; taskRoles: number[] };
  /** The per-unit index's unit names, by id: read by unit queries only. */
  units: string[];
  /**
   * Each task's expanded units, when saved: every distinct assignment once (`assignments`), each
   * distinct units list as their places in it (`lists`), and each task's list. A 10,000-task plan's
   * units are ~50 MB as JSON, mostly the same few thousand assignments through its groups (市直各单位).
   */
  taskUnits: { assignments: ResolvedTask['units']; lists: number[][]; taskLists: number[] };
  /** Each task's clauses, when saved: each distinct list once, and each task's list. */
  taskClauses: { lists: ResolvedTask['clauses'][]; taskLists: number[] };
}
type SectionName = keyof Sections;
/** The sections every compiled plan has; the tasks' units and clauses are written only when asked. */
const SECTIONS: readonly SectionName[] = ['plan', 'registry', 'roles', 'units'];
const ALL_SECTIONS: readonly SectionName[] = [...SECTIONS, 'taskUnits', 'taskClauses'];

interface Header {
  format: typeof MAGIC;
  build: string;
  key: string;
  littleEndian: boolean;
  meta: unknown;
  conventions: Conventions;
  deadlines: ParsedDeadline[];
  vias: readonly string[];
  /** Start and length, in UTF-16 code units after the header, of each section's JSON. */
  sections: Partial<Record<SectionName, [start: number, length: number]>>;
  /** Byte offset (from the start of the binary part), element count and type of each typed array. */
  arrays: Partial<Record<ArrayName, [offset: number, length: number, type: ArrayType]>>;
}

const ARRAY_TYPES = { Int32Array, Uint16Array, Int16Array, Int8Array, Uint8Array } as const;
type ArrayType = keyof typeof ARRAY_TYPES;
type SavedArray = Int32Array | Uint16Array | Int16Array | Int8Array | Uint8Array;

/** The narrowest type that holds every value from `min` to `max`; the index of a large plan is megabytes. */
function narrowest(values: IndexArray, min: number, max: number): IndexArray {
  if (min >= -128 && max < 128) return Int8Array.from(values);
  if (min >= 0 && max < 65536) return Uint16Array.from(values);
  if (min >= -32768 && max < 32768) return Int16Array.from(values);
  return values instanceof Int32Array ? values : Int32Array.from(values);
}

/** Options of {@link encodeAnalysis}. */
export interface EncodeAnalysisOptions {
  /** What the analysis was made from (e.g. a hash of the plan and registry files); decoding checks it. */
  key: string;
  /** The caller's own facts, saved beside the analysis and returned by {@link decodeAnalysis}. */
  meta?: unknown | undefined;
  /**
   * Save each task's expanded units and clauses too, so that reading them never resolves the plan
   * again (larger bytes; for a reader that shows them all, such as the viewer's overview).
   */
  expanded?: boolean | undefined;
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Keep dedupe keys stable: notices carry their task's position as a path, which is re-derived. */
function savedRoles(task: ResolvedTask): SavedRoles {
  const saved: SavedRoles = {
    roles: task.roles,
    notices: task.notices.map(({ path: _path, ...notice }) => notice),
    leadSource: task.leadSource,
  };
  if (task.override) saved.override = task.override;
  return saved;
}

/** Give equal values one place in `list`; returns each value's place. */
function dedupe<T>(values: readonly T[], keyOf: (value: T) => unknown): { list: T[]; ids: number[] } {
  const list: T[] = [];
  const seen = new Map<unknown, number>();
  const ids = values.map((value) => {
    const key = keyOf(value);
    let id = seen.get(key);
    if (id === undefined) {
      id = list.push(value) - 1;
      seen.set(key, id);
    }
    return id;
  });
  return { list, ids };
}

/** {@link Sections}' `taskUnits` and `taskClauses`: equal lists and assignments saved once. */
function savedExpansion(tasks: readonly ResolvedTask[]): Pick<Sections, 'taskUnits' | 'taskClauses'> {
  // Tasks with identical cells share one `units` array (core resolves each cell once): each array once.
  const lists = dedupe(
    tasks.map((t) => t.units),
    (units) => units,
  );
  const assignments = dedupe(lists.list.flat(), (a) => JSON.stringify(a));
  let at = 0;
  const unitLists = lists.list.map((units) => units.map(() => assignments.ids[at++]!));
  const clauses = dedupe(
    tasks.map((t) => t.clauses),
    (list) => JSON.stringify(list),
  );
  return {
    taskUnits: { assignments: assignments.list, lists: unitLists, taskLists: lists.ids },
    taskClauses: { lists: clauses.list, taskLists: clauses.ids },
  };
}

/**
 * Save an analysis as bytes (编译方案) that {@link decodeAnalysis} reads back.
 *
 * @example
 * const bytes = encodeAnalysis(analyzePlan(plan, { registry }), { key: 'sha256 of the files' });
 * decodeAnalysis(bytes, { key: 'sha256 of the files' })?.analysis.tasks.length; //=> 50
 */
export function encodeAnalysis(analysis: PlanAnalysis, options: EncodeAnalysisOptions): Uint8Array {
  const { resolved } = analysis;
  const roles = dedupe(resolved.tasks.map(savedRoles), (saved) => JSON.stringify(saved));
  // Tasks with identical deadline cells share one reading object.
  const deadlines = dedupe(
    analysis.tasks.map((t) => t.deadline),
    (deadline) => deadline,
  );
  const texts: Partial<Record<SectionName, string>> = {
    plan: JSON.stringify(analysis.plan),
    registry: JSON.stringify(analysis.registry.registry),
    roles: JSON.stringify({ records: roles.list, taskRoles: roles.ids } satisfies Sections['roles']),
    units: JSON.stringify([...resolved.byUnit.ids.keys()] satisfies Sections['units']),
  };
  if (options.expanded) {
    const { taskUnits, taskClauses } = savedExpansion(resolved.tasks);
    texts.taskUnits = JSON.stringify(taskUnits);
    texts.taskClauses = JSON.stringify(taskClauses);
  }
  const names = ALL_SECTIONS.filter((name) => texts[name] !== undefined);
  const sections: Header['sections'] = {};
  let at = 0;
  for (const name of names) {
    sections[name] = [at, texts[name]!.length];
    at += texts[name]!.length;
  }
  const index = resolved.byUnit;
  const saved: Partial<Record<ArrayName, SavedArray>> = {
    start: index.start,
    taskAt: narrowest(index.taskAt, 0, index.numbers.length - 1),
    roleAt: index.roleAt,
    viaAt: narrowest(index.viaAt, -1, index.vias.length - 1),
    numbers: index.numbers,
    taskDeadlines: narrowest(Int32Array.from(deadlines.ids), 0, deadlines.list.length - 1),
  };
  if (options.expanded) {
    let most = 0;
    for (const slot of index.slotAt) if (slot > most) most = slot;
    saved.slotAt = narrowest(index.slotAt, 0, most);
  }
  const kept = ALL_ARRAYS.filter((name) => saved[name] !== undefined);
  const arrays: Header['arrays'] = {};
  let offset = 0;
  for (const name of kept) {
    const array = saved[name]!;
    arrays[name] = [offset, array.length, array.constructor.name as ArrayType];
    offset += Math.ceil(array.byteLength / 8) * 8;
  }
  const header: Header = {
    format: MAGIC,
    build: BUILD_ID,
    key: options.key,
    littleEndian,
    meta: options.meta ?? null,
    conventions: resolved.conventions,
    deadlines: deadlines.list,
    vias: index.vias,
    sections,
    arrays,
  };
  const text = JSON.stringify(header) + names.map((name) => texts[name]).join('');
  const headerLength = text.length - at;
  const binaryStart = Math.ceil((12 + text.length * 2) / 8) * 8;
  const bytes = new Uint8Array(binaryStart + offset);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(bytes.buffer).setUint32(8, headerLength, true);
  // Platform order; decoding refuses a file written on a machine of the other byte order.
  const units = new Uint16Array(bytes.buffer, 12, text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  for (const name of kept) {
    const array = saved[name]!;
    bytes.set(
      new Uint8Array(array.buffer, array.byteOffset, array.byteLength),
      binaryStart + arrays[name]![0],
    );
  }
  return bytes;
}

/** What {@link decodeAnalysis} gives back. */
export interface DecodedAnalysis {
  analysis: PlanAnalysis;
  /** The `meta` given to {@link encodeAnalysis}. */
  meta: unknown;
}

/**
 * A compiled plan read piece by piece (e.g. from an open file), so that a query reads only the parts
 * it needs: a count of a 10,000-task plan reads a few hundred kilobytes of a file of megabytes.
 *
 * @example
 * const source: CompiledSource = { size: bytes.length, read: (offset, length) => bytes.subarray(offset, offset + length) };
 */
export interface CompiledSource {
  /** The length of the whole compiled plan, in bytes. */
  readonly size: number;
  /** `length` bytes from `offset` (never past `size`); may be a view of a larger buffer. */
  read(offset: number, length: number): Uint8Array;
  /** Called once every part has been read: nothing more will be asked (e.g. close the file). */
  close?(): void;
}

/** Options of {@link decodeAnalysis}: the key it must have been saved under, or a check of key and meta. */
export type DecodeAnalysisOptions =
  | { key: string }
  | { accept(saved: { key: string; meta: unknown }): boolean };

const utf16 = (bytes: Uint8Array) => new TextDecoder('utf-16le').decode(bytes);

/** A value computed on first call, then kept; `made` tells whether it was. */
function once<T>(make: () => T): (() => T) & { readonly made: boolean } {
  let value: T | undefined;
  let made = false;
  const get = () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
  Object.defineProperty(get, 'made', { get: () => made });
  return get as (() => T) & { readonly made: boolean };
}

function sourceOf(bytes: Uint8Array | CompiledSource): CompiledSource {
  if (!(bytes instanceof Uint8Array)) return bytes;
  return { size: bytes.length, read: (offset, length) => bytes.subarray(offset, offset + length) };
}

/**
 * Read an analysis saved by {@link encodeAnalysis}, from its bytes or from a {@link CompiledSource};
 * `undefined` when they are not one, were written by another build of core, or were saved under
 * another key (or one `accept` refuses) — the caller then analyses the plan afresh. Parts are read
 * when first used: a count of tasks due by a day reads neither the plan's texts, nor the registry,
 * nor the tasks' roles; tasks' `units` and `clauses` are resolved again on first access.
 *
 * @example
 * const decoded = decodeAnalysis(bytes, { key });
 * const analysis = decoded?.analysis ?? analyzePlan(parsePlan(text), { registry });
 */
export function decodeAnalysis(
  bytes: Uint8Array | CompiledSource,
  options: DecodeAnalysisOptions,
): DecodedAnalysis | undefined {
  const source = sourceOf(bytes);
  if (source.size < 12) return undefined;
  const lead = source.read(0, 12);
  if (new TextDecoder().decode(lead.subarray(0, 8)) !== MAGIC) return undefined;
  const headerLength = new DataView(lead.buffer, lead.byteOffset, lead.byteLength).getUint32(8, true);
  if (12 + headerLength * 2 > source.size) return undefined;
  let header: Header;
  try {
    header = JSON.parse(utf16(source.read(12, headerLength * 2))) as Header;
  } catch {
    return undefined;
  }
  if (header.format !== MAGIC || header.build !== BUILD_ID || header.littleEndian !== littleEndian)
    return undefined;
  const accepted =
    'key' in options ? header.key === options.key : options.accept({ key: header.key, meta: header.meta });
  if (!accepted) return undefined;
  const textStart = 12 + headerLength * 2;
  const present = ALL_SECTIONS.filter((name) => header.sections?.[name]);
  if (SECTIONS.some((name) => !present.includes(name))) return undefined;
  let textLength = 0;
  for (const name of present)
    textLength = Math.max(textLength, header.sections[name]![0] + header.sections[name]![1]);
  const binaryStart = Math.ceil((textStart + textLength * 2) / 8) * 8;
  if (ARRAYS.some((name) => !header.arrays?.[name])) return undefined;
  const arraysPresent = ALL_ARRAYS.filter((name) => header.arrays[name]);
  let binaryLength = 0;
  for (const name of arraysPresent) {
    const [offset, length, type] = header.arrays[name]!;
    const make = ARRAY_TYPES[type];
    if (!make) return undefined;
    binaryLength = Math.max(binaryLength, offset + length * make.BYTES_PER_ELEMENT);
  }
  if (binaryStart + binaryLength > source.size) return undefined;
  const types = Object.fromEntries(arraysPresent.map((name) => [name, header.arrays[name]![2]])) as Partial<
    Record<ArrayName, ArrayType>
  >;
  if (types.start !== 'Int32Array' || types.numbers !== 'Int32Array' || types.roleAt !== 'Uint8Array')
    return undefined;
  if (types.taskAt === 'Uint8Array' || types.viaAt === 'Uint8Array' || types.slotAt === 'Uint8Array')
    return undefined;

  // Every part is read on first use, the per-unit index too (megabytes for a large plan, and a count
  // by deadline never reads it); the source is closed once all have been read. A damaged section is
  // found when it is first read; it then throws, as a damaged file should.
  let unread = present.length + INDEX_ARRAYS.length + (header.arrays.slotAt ? 1 : 0);
  const readOnce = <T>(read: () => T) =>
    once(() => {
      const value = read();
      if (--unread === 0) source.close?.();
      return value;
    });
  /** Elements `from` to `to` (default: all) of a saved array. */
  const readArray = (name: ArrayName, from = 0, to = header.arrays[name]![1]): SavedArray => {
    const [offset, , type] = header.arrays[name]!;
    const make = ARRAY_TYPES[type];
    const length = to - from;
    let bytes = source.read(
      binaryStart + offset + from * make.BYTES_PER_ELEMENT,
      length * make.BYTES_PER_ELEMENT,
    );
    // Typed arrays need aligned offsets; a buffer from a pool may not start on one.
    // (A copy: `slice` of a Node Buffer is a view.)
    if (bytes.byteOffset % make.BYTES_PER_ELEMENT !== 0) bytes = new Uint8Array(bytes);
    return new make(bytes.buffer as ArrayBuffer, bytes.byteOffset, length);
  };
  const indexArray = <T extends SavedArray>(name: ArrayName) => readOnce(() => readArray(name) as T);
  const startOf = indexArray<Int32Array>('start');
  const taskAtOf = indexArray<IndexArray>('taskAt');
  const roleAtOf = indexArray<Uint8Array>('roleAt');
  const viaAtOf = indexArray<IndexArray>('viaAt');
  const slotAtOf = header.arrays.slotAt ? indexArray<IndexArray>('slotAt') : undefined;
  const section = <K extends SectionName>(name: K) =>
    readOnce(() => {
      const [start, length] = header.sections[name]!;
      return JSON.parse(utf16(source.read(textStart + start * 2, length * 2))) as Sections[K];
    });
  const planOf = section('plan');
  const registryOf = once(() => indexRegistry(section('registry')()));
  const rolesOf = section('roles');
  const unitsOf = section('units');
  const fullPlan = once(() => resolvePlan(planOf(), registryOf()));
  // Each task's expanded units and clauses: saved ones when the bytes have them (each its own
  // section, read when first needed), else a fresh resolution.
  const unitsSection = present.includes('taskUnits') ? section('taskUnits') : undefined;
  const clausesSection = present.includes('taskClauses') ? section('taskClauses') : undefined;
  // A units list is made once and shared by the tasks that share it, as in a fresh analysis.
  const unitLists = once(() => new Array<ResolvedTask['units'] | undefined>(unitsSection!().lists.length));
  const expansion: Expansion = {
    units(i) {
      if (!unitsSection) return fullPlan().tasks[i]!.units;
      const saved = unitsSection();
      const list = saved.taskLists[i]!;
      const made = unitLists();
      made[list] ??= saved.lists[list]!.map((id) => saved.assignments[id]!);
      return made[list];
    },
    clauses(i) {
      if (!clausesSection) return fullPlan().tasks[i]!.clauses;
      const saved = clausesSection();
      return saved.lists[saved.taskLists[i]!]!;
    },
  };
  const numbers = readArray('numbers') as Int32Array;
  const taskDeadlines = readArray('taskDeadlines');

  const resolvedTasks = once(() => {
    const { records, taskRoles } = rolesOf();
    return Array.from(numbers, (number, i): ResolvedTask => {
      const saved = records[taskRoles[i]!]!;
      const notices = saved.notices.length
        ? saved.notices.map((n) => ({ ...n, path: ['tasks', i, 'units'] }))
        : saved.notices;
      return compiledTask(number, i, saved, notices, expansion);
    });
  });
  const unitIds = once(() => new Map(unitsOf().map((name, id) => [name, id])));
  const byUnit: UnitIndex = {
    get ids() {
      return unitIds();
    },
    get start() {
      return startOf();
    },
    get taskAt() {
      return taskAtOf();
    },
    // Only unitAssignments reads slots, and it reads the expanded units too: saved with them
    // (`expanded`), else both from a fresh resolution.
    get slotAt() {
      return slotAtOf ? slotAtOf() : fullPlan().byUnit.slotAt;
    },
    get roleAt() {
      return roleAtOf();
    },
    get viaAt() {
      return viaAtOf();
    },
    // One unit's slices, read from the source unless the whole arrays already were (`matrix`).
    entriesOf(id) {
      const start = startOf();
      const [from, to] = [start[id]!, start[id + 1]!];
      if (taskAtOf.made && roleAtOf.made && viaAtOf.made) {
        return {
          taskAt: taskAtOf().subarray(from, to),
          roleAt: roleAtOf().subarray(from, to),
          viaAt: viaAtOf().subarray(from, to),
        };
      }
      return {
        taskAt: readArray('taskAt', from, to) as IndexArray,
        roleAt: readArray('roleAt', from, to) as Uint8Array,
        viaAt: readArray('viaAt', from, to) as IndexArray,
      };
    },
    vias: header.vias,
    numbers,
  };
  const resolved: ResolvedPlan = {
    get tasks() {
      return resolvedTasks();
    },
    conventions: header.conventions,
    get registry() {
      return registryOf();
    },
    get byNumber() {
      return resolvedByNumber();
    },
    byUnit,
  };
  const resolvedByNumber = once(() => new Map(resolvedTasks().map((t) => [t.number, t])));
  const parts: CompiledParts = { plan: planOf, resolvedTasks };
  const tasks = Array.from(
    numbers,
    (_, i) => new CompiledAnalyzedTask(parts, i, header.deadlines[taskDeadlines[i]!]!),
  );
  const byNumber = once(() => new Map(Array.from(numbers, (number, i) => [number, tasks[i]!])));
  const analysis: PlanAnalysis = {
    get plan() {
      return planOf();
    },
    get registry() {
      return registryOf();
    },
    resolved,
    tasks,
    get byNumber() {
      return byNumber();
    },
  };
  return { analysis, meta: header.meta };
}

/** What a task of a compiled plan reads its parts from. */
interface CompiledParts {
  plan: () => Plan;
  resolvedTasks: () => ResolvedTask[];
}

/**
 * A task of a compiled plan: its deadline reading at hand, its text and roles read on first access.
 * A class, because a plan of 10,000 tasks makes 10,000 of them at every start; JSON sees the same
 * properties as a freshly analysed task's.
 */
class CompiledAnalyzedTask implements AnalyzedTask {
  readonly #parts: CompiledParts;
  readonly #at: number;
  readonly deadline: ParsedDeadline;
  constructor(parts: CompiledParts, at: number, deadline: ParsedDeadline) {
    this.#parts = parts;
    this.#at = at;
    this.deadline = deadline;
  }
  get task(): Plan['tasks'][number] {
    return this.#parts.plan().tasks[this.#at]!;
  }
  get resolved(): ResolvedTask {
    return this.#parts.resolvedTasks()[this.#at]!;
  }
  toJSON(): AnalyzedTask {
    return { task: this.task, resolved: this.resolved, deadline: this.deadline };
  }
}

/**
 * A resolved task read from a compiled plan: its roles as saved; its expanded `units` and `clauses`
 * own getters (an object literal's, which V8 builds cheaply) that read them as saved (`expanded`) or
 * else resolve the whole plan on first read. Spreading, JSON and equality see the same properties, in the same order, as a freshly
 * resolved task.
 */
function compiledTask(
  number: number,
  at: number,
  saved: SavedRoles,
  notices: ResolvedTask['notices'],
  expansion: Expansion,
): ResolvedTask {
  let units: ResolvedTask['units'] | undefined;
  let clauses: ResolvedTask['clauses'] | undefined;
  const task: ResolvedTask = {
    number,
    roles: saved.roles,
    get units() {
      units ??= expansion.units(at);
      return units;
    },
    set units(value) {
      units = value;
    },
    get clauses() {
      clauses ??= expansion.clauses(at);
      return clauses;
    },
    set clauses(value) {
      clauses = value;
    },
    notices,
    leadSource: saved.leadSource,
  };
  if (saved.override) task.override = saved.override;
  return task;
}
