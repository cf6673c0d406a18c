/**
 * A graph of values as JSON (打包): plain objects, arrays, Maps, Sets and typed arrays, with a value
 * met twice kept as one (so objects shared in the original are shared again when unpacked), which
 * JSON.stringify cannot do. The built-in plan's analysis is packed when the viewer is built
 * (seed-plugin.ts) and unpacked at start, so that the first screen does not analyse the plan.
 *
 * The text is one JSON array of slots; slot 0 is the root. A slot is a string, number, boolean or
 * null; an array of slot numbers; an object whose values are slot numbers; or a tagged array
 * (`["Map", key, value, …]`, `["Set", …]`, `["Int32Array", n, …]`, with slots for Map and Set and
 * the numbers themselves for typed arrays). Slot -1 is `undefined`.
 */

const TYPED = {
  Int8Array,
  Uint8Array,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float64Array,
} as const;
type TypedName = keyof typeof TYPED;
const UNDEFINED = -1;

/**
 * Pack `root` as JSON text for {@link unpack}. Throws on what JSON cannot hold or this format does
 * not know: functions, symbols, class instances, non-finite numbers.
 *
 * @example
 * const shared = { unit: '市财政局' };
 * const copy = unpack<{ a: object; b: object }>(pack({ a: shared, b: shared }));
 * copy.a === copy.b; //=> true
 */
export function pack(root: unknown): string {
  const slots: unknown[] = [];
  const seen = new Map<unknown, number>();
  const slotOf = (value: unknown): number => {
    if (value === undefined) return UNDEFINED;
    const known = seen.get(value);
    if (known !== undefined) return known;
    const slot = slots.push(null) - 1;
    seen.set(value, slot);
    slots[slot] = content(value);
    return slot;
  };
  const content = (value: unknown): unknown => {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new TypeError(`pack: ${value} is not a finite number`);
      return value;
    }
    if (typeof value !== 'object') throw new TypeError(`pack: cannot pack a ${typeof value}`);
    if (Array.isArray(value)) return value.map(slotOf);
    if (value instanceof Map) return ['Map', ...[...value].flatMap(([k, v]) => [slotOf(k), slotOf(v)])];
    if (value instanceof Set) return ['Set', ...[...value].map(slotOf)];
    if (ArrayBuffer.isView(value)) {
      const name = value.constructor.name as TypedName;
      if (!(name in TYPED)) throw new TypeError(`pack: cannot pack a ${name}`);
      return [name, ...Array.from(value as unknown as ArrayLike<number>)];
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null)
      throw new TypeError(`pack: cannot pack an instance of ${proto?.constructor?.name ?? 'a class'}`);
    const out: Record<string, number> = {};
    for (const [key, v] of Object.entries(value)) out[key] = slotOf(v);
    return out;
  };
  slotOf(root);
  return JSON.stringify(slots);
}

/**
 * The value {@link pack} packed, with shared values shared again.
 *
 * @example
 * unpack<Map<string, number[]>>(pack(new Map([['市财政局', [7, 8]]]))).get('市财政局'); //=> [7, 8]
 */
export function unpack<T>(text: string): T {
  const slots = JSON.parse(text) as unknown[];
  // Containers made so far, by slot (a slot met again is the same value).
  const made: unknown[] = new Array(slots.length);
  const slotValue = (slot: number): unknown => {
    if (slot === UNDEFINED) return undefined;
    const content = slots[slot];
    if (content === null || typeof content !== 'object') return content;
    const known = made[slot];
    if (known !== undefined) return known;
    if (!Array.isArray(content)) {
      const out: Record<string, unknown> = {};
      made[slot] = out;
      const fields = content as Record<string, number>;
      for (const key in fields) out[key] = slotValue(fields[key]!);
      return out;
    }
    const tag = content[0];
    if (typeof tag !== 'string') {
      const out: unknown[] = new Array(content.length);
      made[slot] = out;
      for (let i = 0; i < content.length; i++) out[i] = slotValue(content[i] as number);
      return out;
    }
    if (tag === 'Map') {
      const out = new Map<unknown, unknown>();
      made[slot] = out;
      for (let i = 1; i + 1 < content.length; i += 2)
        out.set(slotValue(content[i] as number), slotValue(content[i + 1] as number));
      return out;
    }
    if (tag === 'Set') {
      const out = new Set<unknown>();
      made[slot] = out;
      for (let i = 1; i < content.length; i++) out.add(slotValue(content[i] as number));
      return out;
    }
    const Typed = TYPED[tag as TypedName];
    if (!Typed) throw new TypeError(`unpack: unknown tag ${tag}`);
    const out = new Typed(content.length - 1);
    for (let i = 1; i < content.length; i++) out[i - 1] = content[i] as number;
    made[slot] = out;
    return out;
  };
  return slotValue(0) as T;
}
