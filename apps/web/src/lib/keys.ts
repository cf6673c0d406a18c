/**
 * React keys for lists whose items have no id (diagnostics, duties): the item's own text, with
 * `#2`, `#3`… added to repeats, so keys stay unique and stable while the list does not change.
 *
 * @example
 * uniqueKeys(['a', 'b', 'a']); //=> ['a', 'b', 'a#2']
 */
export function uniqueKeys(bases: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return bases.map((base) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}
