/** The bundle's index page: every file, grouped by report, linked relative to the page. */
import type { IsoDate, PlanAnalysis } from '@fengong/core';
import { htmlHead } from './formats/html';
import { asOfLine, planLine } from './kinds/common';
import { escapeHtml } from './text';

/**
 * One file of a bundle as the index lists it.
 *
 * @example
 * const entry: IndexEntry = { kind: 'unit', title: '单位责任清单', unit: '市财政局', format: 'docx', fileName: '单位责任清单-市财政局.docx' };
 */
export interface IndexEntry {
  kind: string;
  title: string;
  unit?: string;
  format: string;
  fileName: string;
}

const FORMAT_LABELS: Readonly<Record<string, string>> = {
  xlsx: 'Excel',
  docx: 'Word',
  html: '网页',
  md: 'Markdown',
  csv: 'CSV',
  ics: '日历',
};

const link = (e: IndexEntry) =>
  `<a href="${escapeHtml(encodeURIComponent(e.fileName))}" download="${escapeHtml(e.fileName)}" title="${escapeHtml(e.fileName)}">${escapeHtml(FORMAT_LABELS[e.format] ?? e.format)}</a>`;

/**
 * The index page of a bundle: plan reports in a table, unit reports one row per unit.
 *
 * @example
 * renderIndex(analysis, '2021-10-01', entries).includes('href="%E4%BB%BB'); //=> true
 */
export function renderIndex(analysis: PlanAnalysis, asOf: IsoDate, entries: readonly IndexEntry[]): string {
  const planWide = new Map<string, IndexEntry[]>();
  const perUnit = new Map<string, IndexEntry[]>();
  for (const e of entries) {
    const groups = e.unit === undefined ? planWide : perUnit;
    const key = e.unit === undefined ? e.title : e.unit;
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  const rows = (groups: Map<string, IndexEntry[]>) =>
    [...groups]
      .map(
        ([name, list]) =>
          `<tr><th scope="row">${escapeHtml(name)}</th><td>${list.map(link).join(' · ')}</td></tr>`,
      )
      .join('\n');
  const body = [
    '<header>',
    '<h1>报表目录</h1>',
    `<p class="subtitle">${escapeHtml(planLine(analysis))}<br>${escapeHtml(asOfLine(asOf))}</p>`,
    '</header>',
    '<main>',
    `<p>共${entries.length}个文件。点击格式名称打开或下载；Excel 台账可由各单位填写“完成情况”“进展情况”“备注”后交回。</p>`,
  ];
  if (planWide.size > 0) {
    body.push(
      '<h2>全方案报表</h2>',
      '<table>',
      '<thead><tr><th scope="col">报表</th><th scope="col">文件</th></tr></thead>',
      `<tbody>\n${rows(planWide)}\n</tbody>`,
      '</table>',
    );
  }
  if (perUnit.size > 0) {
    body.push(
      '<h2>单位责任清单与时限日历</h2>',
      '<table>',
      '<thead><tr><th scope="col">单位</th><th scope="col">文件</th></tr></thead>',
      `<tbody>\n${rows(perUnit)}\n</tbody>`,
      '</table>',
    );
  }
  body.push('</main>', '<footer>由 fengong 生成</footer>');
  return `${htmlHead(`报表目录 · ${analysis.plan.meta.title}`)}\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
}
