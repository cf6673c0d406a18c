/** Months for the calendar's timeline. */

function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

function monthsBetween(a: string, b: string): number {
  const [ya, ma] = a.split('-').map(Number) as [number, number];
  const [yb, mb] = b.split('-').map(Number) as [number, number];
  return (yb - ya) * 12 + (mb - ma);
}

/**
 * Every month from the first to the last month given (`YYYY-MM`), stretched to take in the status
 * day's month when it is within `reach` months of them; at most `max` months.
 *
 * @example
 * monthSpan(['2021-09', '2021-12', '2022-01'], '2021-10-01').months;
 * //=> ['2021-09', '2021-10', '2021-11', '2021-12', '2022-01']
 * monthSpan(['2021-09'], '2021-07-15').months; //=> ['2021-07', '2021-08', '2021-09']
 */
export function monthSpan(
  months: readonly string[],
  asOf: string,
  reach = 6,
  max = 48,
): { months: string[] } {
  if (months.length === 0) return { months: [] };
  const sorted = [...months].sort();
  let first = sorted[0]!;
  let last = sorted.at(-1)!;
  const asOfMonth = asOf.slice(0, 7);
  if (asOfMonth < first && monthsBetween(asOfMonth, first) <= reach) first = asOfMonth;
  if (asOfMonth > last && monthsBetween(last, asOfMonth) <= reach) last = asOfMonth;
  const count = Math.min(max, monthsBetween(first, last) + 1);
  return { months: Array.from({ length: count }, (_, i) => addMonths(first, i)) };
}
