/**
 * The review of an import (导入核对): the uncertain decisions printed beside the source lines they
 * rest on, for a person to check.
 */
import { formatPath } from '../../diagnostics';
import { formatLines } from '../readers/draft';
import type { ImportDiagnostic, ImportResult } from '../types';

/**
 * Options of {@link formatImportReview}.
 *
 * @example
 * formatImportReview(result, text, { all: true, maxLines: 6 });
 */
export interface ImportReviewOptions {
  /** Show `info` decisions too, not only warnings. */
  all?: boolean;
  /** Source lines shown at most per spot (the middle is elided). Default 12. */
  maxLines?: number;
}

/** Split text into lines the way the importer numbers them. */
function sourceLines(text: string): string[] {
  return text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
}

function excerpt(lines: readonly string[], d: ImportDiagnostic, maxLines: number): string[] {
  if (!d.lines) return [];
  const [from, to] = d.lines;
  const isBlank = (n: number) => (lines[n - 1] ?? '').trim() === '';
  // The non-blank lines of the range: the first and last few only, so a huge range stays cheap.
  const half = Math.max(1, Math.floor(maxLines / 2));
  const head: number[] = [];
  for (let n = from; n <= to && head.length < half; n++) if (!isBlank(n)) head.push(n);
  const tail: number[] = [];
  for (let n = to; n >= from && tail.length < half && n > (head.at(-1) ?? from - 1); n--)
    if (!isBlank(n)) tail.unshift(n);
  let elided = false;
  if (head.length === half && tail.length > 0) {
    for (let n = (head.at(-1) ?? from) + 1; n < tail[0]!; n++) {
      if (!isBlank(n)) {
        elided = true;
        break;
      }
    }
  }
  // One non-blank line of context before and after.
  let before = from - 1;
  while (before >= 1 && before > from - 50 && isBlank(before)) before--;
  let after = to + 1;
  while (after <= lines.length && after < to + 50 && isBlank(after)) after++;
  const width = String(Math.min(lines.length, after)).length;
  const row = (n: number) => {
    const mark = n >= from && n <= to ? '>' : ' ';
    return `  ${mark} ${String(n).padStart(width)} │ ${(lines[n - 1] ?? '').trim()}`;
  };
  const out: string[] = [];
  if (before >= 1 && !isBlank(before)) out.push(row(before));
  for (const n of head) out.push(row(n));
  if (elided) out.push(`    ${' '.repeat(width)} ┆ …`);
  for (const n of tail) out.push(row(n));
  if (after <= lines.length && !isBlank(after)) out.push(row(after));
  return out;
}

/**
 * Format the spots of an import that need a look (待核对之处), each with the source lines it rests on.
 *
 * @example
 * const result = importPlanText(seedText);
 * console.log(formatImportReview(result, seedText));
 * // layout pdfTable · 50 tasks in 12 categories · 2 spots to check
 * //
 * // ⚠ tasks[13].units — merged-cell-over-page (confidence 0.6)
 * //   task 14 comes after the page break with no units cell of its own: it shares that of task 13 …
 * //     308 │ 大开放、加强污染防治和生态建设、
 * //   > 310 │ 各县（市、区）
 * //   …
 */
export function formatImportReview(
  result: ImportResult,
  text: string,
  options: ImportReviewOptions = {},
): string {
  const lines = sourceLines(text);
  const spots = result.diagnostics.filter((d) => d.severity !== 'info' || options.all);
  const plan = result.plan;
  const out: string[] = [];
  const counted = spots.filter((d) => d.severity !== 'info').length;
  out.push(
    plan
      ? `layout ${result.layout} · ${plan.tasks.length} tasks in ${plan.categories.length} categories · ${counted} ${counted === 1 ? 'spot' : 'spots'} to check`
      : 'nothing imported',
  );
  for (const d of spots) {
    const icon = d.severity === 'error' ? '✗' : d.severity === 'warning' ? '⚠' : '·';
    const where =
      d.path && d.path.length > 0
        ? `${formatPath(d.path)} — `
        : d.lines
          ? `line ${formatLines(d.lines)} — `
          : '';
    const sure = d.confidence !== undefined ? ` (confidence ${d.confidence})` : '';
    out.push(
      '',
      `${icon} ${where}${d.code}${sure}`,
      `  ${d.message}`,
      ...excerpt(lines, d, options.maxLines ?? 12),
    );
  }
  return out.join('\n');
}
