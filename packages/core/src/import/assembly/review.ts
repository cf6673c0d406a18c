/**
 * The review of an import (导入核对): the uncertain decisions printed beside the source lines they
 * rest on, for a person to check.
 */
import { formatPath } from '../../diagnostics';
import { sayPath } from '../../messages/places';
import { formatLines } from '../readers/draft';
import type { ImportDiagnostic, ImportResult } from '../types';
import { type Locale, say, sayDiagnostic } from '../../messages';

/**
 * Options of {@link formatImportReview}.
 *
 * @example
 * formatImportReview(result, text, { all: true, maxLines: 6 });
 */
export interface ImportReviewOptions {
  /** Show `info` decisions too, not only warnings. */
  all?: boolean | undefined;
  /** Source lines shown at most per spot (the middle is elided). Default 12. */
  maxLines?: number | undefined;
  /** The language of the review; Chinese by default. */
  locale?: Locale | undefined;
}

/** Split text into lines the way the importer numbers them. */
function sourceLines(text: string): string[] {
  return text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
}

function excerpt(lines: readonly string[], d: ImportDiagnostic, maxLines: number): string[] {
  // The file's own lines (a plan run together on one line is read as pieces of that line).
  const range = d.start && d.end ? [d.start.line, d.end.line] : d.lines;
  if (!range) return [];
  const [from, to] = range as [number, number];
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
 * // 版式 PDF 表格 · 12 个类别共 50 项任务 · 2 处待核对
 * //
 * // ⚠ 第 14 项任务的落实单位 — [merged-cell-over-page]（把握 0.6）
 * //   第 14 项任务在分页之后，没有自己的落实单位单元格 …
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
  const locale = options.locale ?? 'zh-CN';
  // The least certain first: errors, then warnings by confidence, then (with `all`) the rest.
  const rank = (d: ImportDiagnostic) => (d.severity === 'error' ? 0 : d.severity === 'warning' ? 1 : 2);
  const spots = result.diagnostics
    .filter((d) => d.severity !== 'info' || options.all)
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rank(a.d) - rank(b.d) || (a.d.confidence ?? 1) - (b.d.confidence ?? 1) || a.i - b.i)
    .map(({ d }) => d);
  const plan = result.plan;
  const out: string[] = [];
  const counted = spots.filter((d) => d.severity !== 'info').length;
  out.push(
    plan
      ? say(
          'review-summary',
          {
            layout: result.layout,
            tasks: plan.tasks.length,
            categories: plan.categories.length,
            spots: counted,
          },
          locale,
        )
      : say('review-nothing', {}, locale),
  );
  for (const d of spots) {
    const icon = d.severity === 'error' ? '✗' : d.severity === 'warning' ? '⚠' : '·';
    const lineRange =
      d.start && d.end ? formatLines([d.start.line, d.end.line]) : d.lines && formatLines(d.lines);
    const where =
      d.path && d.path.length > 0
        ? `${locale === 'en' ? formatPath(d.path) : sayPath(d.path)} — `
        : lineRange
          ? `${say('review-line', { lines: lineRange }, locale)} — `
          : '';
    const sure =
      d.confidence !== undefined
        ? `（${say('review-confidence', { confidence: d.confidence }, locale)}）`
        : '';
    out.push(
      '',
      `${icon} ${where}[${d.code}]${locale === 'en' ? sure.replace('（', ' (').replace('）', ')') : sure}`,
      `  ${sayDiagnostic(d, locale)}`,
      ...excerpt(lines, d, options.maxLines ?? 12),
    );
  }
  return out.join('\n');
}
