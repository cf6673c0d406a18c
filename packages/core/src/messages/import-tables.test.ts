/**
 * The messages of the table readers (pdf-table.ts, grid.ts), each said in both languages with
 * sample parameters: the Chinese is Chinese, the English is English but for the plan's own text.
 */
import { describe, expect, test } from 'vitest';
import type { MessageParams } from './define';
import { DEADLINES_MESSAGES } from './deadlines';
import { say } from './index';
import { IMPORT_MESSAGES } from './import';
import { IMPORT_ROWS_MESSAGES } from './import-rows';
import { IMPORT_TABLES_MESSAGES } from './import-tables';
import { ROLES_MESSAGES } from './roles';

type Id = keyof typeof IMPORT_TABLES_MESSAGES;

const tasks = { first: 3, last: 5 };
const lines = '85–93';

/** Sample parameters of every entry (several where the sentence changes with them). */
const SAMPLES: { [K in Id]: Parameters<(typeof IMPORT_TABLES_MESSAGES)[K]['en']>[0][] } = {
  'several-units-columns': [{ count: 2, headers: '牵头单位、配合单位' }],
  'category-continued/no-task': [{ lines, category: '做好各类规划主动公开' }],
  'category-continued/after-page': [{ lines, category: '做好各类规划主动公开' }],
  'category-continued/over-page': [{ lines, category: '做好各类规划主动公开' }],
  'category-repeated/pdf-page': [{ category: '完善政务公开平台建设', lines: '703–705' }],
  'category-repeated/pdf-earlier': [{ category: '完善政务公开平台建设', lines: '703–705' }],
  'unread-lines': [{ lines: '39–41' }],
  'merged-cell-over-page/pdf-row': [{ task: 14, from: 13 }],
  'text-last-line/line': [{ line: 18, text: '推进政务公开标准化规范化', task: 11 }],
  'text-last-line/sentence': [{ line: 18, text: '推进政务公开标准化规范化。', task: 11 }],
  'task-number-gap': [{ task: 6, after: 4, from: 5, to: 5 }],
  'text-continued/pdf-end': [{ line: 320, task: 14 }],
  'text-continued/pdf-page': [{ line: 320, task: 14 }],
  'text-continued/pdf-wide': [{ line: 11, task: 4 }],
  'wide-line': [{ line: 116 }],
  'line-split': [
    { line: 924, text: '市司法局 长期工作', units: '市司法局', deadline: '长期工作' },
    { line: 924, text: '市司法局 长期工作', units: '市司法局', deadline: '长期工作', first: 39, last: 39 },
  ],
  'deadline-continued': [{ line: 330 }, { line: 330, ...tasks }],
  'units-missing/pdf-before-deadline': [{ line: 90 }, { line: 90, ...tasks }],
  'units-or-category': [
    { units: '33–36', category: '37' },
    { units: '33–36', category: '37', ...tasks },
  ],
  'units-continued': [{ lines: '806–830' }, { lines: '806–830', first: 34, last: 34 }],
  'no-units-before-category': [{ lines: '359–363' }, { lines: '359–363', ...tasks }],
  'category/pdf': [{ lines: '71–73', category: '做好各类规划主动公开' }],
  'no-category/pdf': [{}],
  cells: [
    { ...tasks, units: lines, deadline: '94' },
    { first: 1, last: 1, units: '44', deadline: '' },
  ],
  'merged-cell-inherited': [
    { ...tasks, from: 2, above: true, lines },
    { first: 5, last: 5, from: 6, above: false, lines },
  ],
  'units-missing/pdf': [tasks, { first: 1, last: 1 }],
  'deadline-inherited': [
    { ...tasks, from: 2, lines },
    { first: 8, last: 8, from: 7, lines: '40' },
  ],
  'deadline-missing': [tasks, { first: 1, last: 1 }],
  'merged-cell/pdf': [{ ...tasks, lines }],
  'merged-cell-over-page/pdf': [{ task: 14, from: 13, lines: '310–314' }],
  'task/pdf': [
    { task: 1, lines: '75–83', empty: false },
    { task: 2, lines: '?', empty: true },
  ],
  'header-repeated': [{ marked: true }, { marked: false }],
  'table-note': [{}],
  'category/grid': [{ category: '优化市场准入环境' }],
  'row-continued': [{ task: 12 }],
  'row-without-text/grid': [{}],
  'task-rows-joined': [{ task: 7 }],
  'numbered-by-position/grid': [{ number: 8 }, { number: 9, given: 3 }],
  'numbered-by-position/grid-all': [{ count: 7 }],
  'merged-cell-over-page/grid-category': [{ category: '优化市场准入环境' }],
  'category-levels': [{ outer: '优化市场准入环境', inner: '企业开办' }],
  'merged-cell-over-page/grid-carried': [{ task: 13, from: 12 }],
  'merged-cell-over-page/grid-inherited': [
    { task: 13, cell: 'units', from: 12, pageTop: true },
    { task: 13, cell: 'deadline', from: 12, pageTop: false },
    { task: 1, cell: 'deadline', pageTop: false },
  ],
  'merged-cell/grid-inherited': [{ task: 4, cell: 'units', from: 3, pageTop: false }],
  'merged-cell/grid': [
    { task: 5, cell: 'units', from: 3 },
    { task: 5, cell: 'deadline', from: '?' },
  ],
  'units-composed': [{ count: 2, headers: '牵头单位、配合单位', pattern: '牵头单位：…；配合单位：…' }],
  'column-ignored': [{ column: 5, header: '完成情况' }],
  'title/grid': [{}],
};

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Latin words a Chinese sentence may hold: the name of a file format. */
const LATIN_ALLOWED = new Set(['PDF']);

/** The English sentence without the plan's text: the parameters' values and what is in “”. */
function withoutPlanText(sentence: string, params: MessageParams): string {
  let out = sentence.replace(/“[^”]*”/g, '“”');
  for (const value of Object.values(params))
    if (typeof value === 'string' && value !== '') out = out.split(value).join('');
  return out;
}

const cases = (Object.keys(SAMPLES) as Id[]).flatMap((id) =>
  (SAMPLES[id] as MessageParams[]).map((params, k) => [`${id} #${k + 1}`, id, params] as const),
);

describe('the messages of the table readers', () => {
  test('every entry has samples', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(IMPORT_TABLES_MESSAGES).sort());
  });

  test('no id is also in another part of the catalogue', () => {
    const others = new Set(
      [IMPORT_MESSAGES, IMPORT_ROWS_MESSAGES, ROLES_MESSAGES, DEADLINES_MESSAGES].flatMap((part) =>
        Object.keys(part),
      ),
    );
    expect(Object.keys(IMPORT_TABLES_MESSAGES).filter((id) => others.has(id))).toEqual([]);
  });

  test.each(cases)('%s: Chinese, with no English words left', (_name, id, params) => {
    const zh = say(id, params as never);
    expect(zh).toMatch(CJK);
    const latin = (zh.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !LATIN_ALLOWED.has(w));
    expect(latin, zh).toEqual([]);
    expect(zh, 'full-width punctuation').not.toMatch(/[,;:()](?!\d)|"|undefined/);
  });

  test.each(cases)('%s: English, with no Chinese but the plan’s text', (_name, id, params) => {
    const en = say(id, params as never, 'en');
    expect(en).toMatch(/[a-z]{3,}/);
    expect(withoutPlanText(en, params), en).not.toMatch(CJK);
    expect(en).not.toMatch(/undefined/);
  });
});
