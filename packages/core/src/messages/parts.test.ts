/**
 * The row readers', the responsibility reader's and the deadline reader's parts of the catalogue:
 * every entry said in both languages with sample parameters (each branch of an entry has a sample).
 */
import { describe, expect, test } from 'vitest';
import { decision } from '../import/readers/draft';
import { parseDeadline } from '../deadlines';
import { readUnitsCell } from '../roles';
import { resolveTask } from '../roles/resolve';
import { DEADLINES_MESSAGES } from './deadlines';
import { IMPORT_ROWS_MESSAGES } from './import-rows';
import { type MessageCode, type ParamsOf, say, sayDiagnostic } from './index';
import { ROLES_MESSAGES } from './roles';

type Samples<P> = { [K in keyof P & MessageCode]: readonly ParamsOf<K>[] };

const ROWS: Samples<typeof IMPORT_ROWS_MESSAGES> = {
  'category-repeated/rows': [{ category: '优化营商环境', line: 40 }],
  'category/rows': [{ line: 12 }],
  'text-continued/rows': [{ line: 13, task: 4 }],
  'columns-shifted': [{ line: 20, cells: 3, columns: 5, missing: '责任单位、完成时限' }],
  'extra-cells': [{ line: 21, cells: 6, columns: 5 }],
  'row-without-text/rows': [{ line: 22 }],
  'numbered-by-position/rows': [
    { line: 23, number: 7 },
    { line: 24, number: 8, given: 6 },
  ],
  'no-category/rows': [{}],
  'merged-cell/rows': [
    { task: 5, cell: 'units', from: 3 },
    { task: 5, cell: 'deadline', from: 3 },
  ],
  'names-not-categories': [{ first: '政策解读', second: '回应关切' }],
  'numbered-by-position/lines': [{ count: 12 }],
  'category-repeated/lines': [{ category: '优化营商环境', lines: '40–41' }],
  'category/lines': [{ category: '优化营商环境', lines: '40' }],
  'no-category/lines': [{}],
  'task/lines': [
    { task: 3, text: '30–32', units: '33', deadline: '34' },
    { task: 4, text: '35', units: '', deadline: '' },
  ],
  note: [{ lines: '36–37', task: 4 }],
  'merged-cell/lines': [
    { task: 6, cell: 'units', from: 5, above: true },
    { task: 6, cell: 'deadline', from: 7, above: false },
  ],
};

const ROLES: Samples<typeof ROLES_MESSAGES> = {
  'empty-cell': [{}],
  'unread-span/marker': [{ phrase: '牵头' }],
  'unread-span/activity': [{ text: '做好本单位信息公开工作' }],
  'unread-span/text': [{ text: '按季度' }],
  'label-by-shape': [
    { label: '具体承办科室：', role: 'responsible' },
    { label: '协办科室：', role: 'supporting' },
    { label: '督办：', role: 'supervising' },
    { label: '主办：', role: 'lead' },
    { label: '分工：', role: 'dutyShare' },
  ],
  'unknown-label': [{ label: '经办：' }],
  'convention-in-cell': [{ text: '（首位单位为牵头单位，下同）' }],
  'unknown-unit': [
    { name: '市发改委', closest: '市发展改革委、市发展改革局' },
    { name: '市星际局', closest: '' },
  ],
  'unknown-group': [
    { name: '各片区', closest: '各镇（街道）' },
    { name: '各片区', closest: '' },
  ],
  'vague-group': [{ name: '有关部门' }],
  'list-closed-by-etc': [{ text: '等' }],
  'carried-over': [
    { role: 'supporting', names: '市财政局、市审计局', from: 3 },
    { role: 'lead', names: '市财政局', from: '?' },
  ],
  'named-twice': [{ name: '市财政局', earlier: 'supporting', later: 'lead', kept: 'lead' }],
  'lead-by-convention': [
    { rule: '列第一位的为牵头单位', names: '市司法局', count: 1 },
    { rule: '无牵头单位的，责任单位即为牵头单位', names: '市司法局、市财政局', count: 2 },
  ],
  'no-single-owner': [
    {
      owners: '市司法局、市财政局',
      first: '市司法局',
      firstIsUnit: true,
      units: '市司法局、市财政局',
      unitCount: 2,
    },
    {
      owners: '各镇（街道）、市财政局',
      first: '各镇（街道）',
      firstIsUnit: false,
      units: '市财政局',
      unitCount: 1,
    },
    { owners: '各镇（街道）、各部门', first: '各镇（街道）', firstIsUnit: false, units: '', unitCount: 0 },
  ],
  override: [{ reason: '经与市财政局确认' }],
};

const DEADLINES: Samples<typeof DEADLINES_MESSAGES> = {
  'deadline-empty': [{}],
  'deadline-unrecognised': [{ text: '视情况' }],
  'deadline-unrecognised/clause': [{ text: '视情况' }],
  'deadline-invalid-date': [
    { text: '2021年13月底前', unit: 'month', written: '13月', year: 2021 },
    { text: '2月30日前', unit: 'day', written: '2月30日', year: 2022 },
    { text: '每月32日前', unit: 'day', written: '32日' },
    { text: '9999年前长期坚持', unit: 'year', written: '' },
  ],
  'deadline-day-without-month': [{ text: '15日前', day: '15' }],
  'deadline-year-rolled': [
    { text: '3月前', year: 2021, due: '2021-03-31', issued: '2021-07-01', next: 2022 },
  ],
  'deadline-before-issue': [{ text: '2020年底前', due: '2020-12-31', issued: '2021-07-01' }],
  'deadline-strict-before-issue': [
    { text: '7月1日前', reading: 'dayExclusive', due: '2021-06-30', issued: '2021-07-01' },
    { text: '7月前', reading: 'endOfPreviousMonth', due: '2021-06-30', issued: '2021-07-01' },
    { text: '6月前', reading: 'endOfMonth', due: '2021-06-30', issued: '2021-07-01' },
    { text: '6月30日前', reading: 'dayInclusive', due: '2021-06-30', issued: '2021-07-01' },
    { text: '6月30日', reading: 'exact', due: '2021-06-30', issued: '2021-07-01' },
    { text: '第二季度', reading: 'window', due: '2021-06-30', issued: '2021-07-01' },
  ],
  'deadline-detail-ignored': [
    { text: '每季度5日前', per: '季度' },
    { text: '每双月5日前', per: '双月' },
  ],
  'invalid-issue-date/deadline': [{ issued: '2021-13-01' }],
  'invalid-as-of': [{ asOf: '2021/7/1' }],
  'working-days-provisional': [{ text: '印发之日起10个工作日内', from: '2031-12-25', due: '2032-01-08' }],
  'recurrence-unsupported': [{ rrule: 'FREQ=HOURLY', text: '每小时' }],
};

/** Plan text in a sentence: quoted (“…”), or a parameter holding Chinese (names, dates as written). */
function withoutPlanText(sentence: string, params: object): string {
  const values = Object.values(params)
    .filter((v): v is string => typeof v === 'string' && /\p{Script=Han}/u.test(v))
    .sort((a, b) => b.length - a.length);
  let rest = sentence.replace(/“[^”]*”/g, '');
  for (const value of values) rest = rest.split(value).join('');
  return rest;
}

/** Numbers that choose a sentence's form (a plural, a branch), not said themselves. */
const GRAMMAR_ONLY = new Set(['lead-by-convention.count', 'no-single-owner.unitCount']);

const CASES = [ROWS, ROLES, DEADLINES].flatMap((part) =>
  Object.entries(part).flatMap(([id, samples]) =>
    (samples as readonly object[]).map((params, k) => ({
      id: id as MessageCode,
      params,
      name: `${id} #${k + 1}`,
    })),
  ),
);

describe('the readers’ messages say the same facts in Chinese and in English', () => {
  test('every entry has samples', () => {
    for (const [part, samples] of [
      [IMPORT_ROWS_MESSAGES, ROWS],
      [ROLES_MESSAGES, ROLES],
      [DEADLINES_MESSAGES, DEADLINES],
    ] as const)
      expect(Object.keys(samples).sort()).toEqual(Object.keys(part).sort());
  });

  test.each(CASES)('$name', ({ id, params }) => {
    const zh = say(id, params as never);
    const en = say(id, params as never, 'en');
    for (const sentence of [zh, en]) expect(sentence).not.toMatch(/undefined|NaN|\[object|\$\{/);
    // Chinese: Chinese characters, no English word left over, full-width punctuation outside plan text.
    expect(zh).toMatch(/\p{Script=Han}/u);
    const zhOwn = zh.replace(/“[^”]*”/g, '');
    expect(zhOwn).not.toMatch(/[A-Za-z]{2,}/);
    expect(zhOwn).not.toMatch(/[,;:()"!?]/);
    for (const role of ['lead', 'responsible', 'supporting', 'supervising']) expect(zh).not.toContain(role);
    // English: no Chinese but the plan's own text.
    expect(withoutPlanText(en, params)).not.toMatch(/[\p{Script=Han}“”（）、，：；。]/u);
    // The numbers given are said in both (but those that only choose the grammar: lead / leads).
    for (const [key, value] of Object.entries(params))
      if (typeof value === 'number' && !GRAMMAR_ONLY.has(`${id}.${key}`)) {
        expect(zh).toContain(String(value));
        expect(en).toContain(String(value));
      }
  });
});

describe('notices and decisions are said again in English from their params', () => {
  test('a row reader’s decision', () => {
    const d = decision('merged-cell/rows', { task: 5, cell: 'units', from: 3 }, 0.8, [12, 12]);
    expect(d).toMatchObject({
      code: 'merged-cell',
      messageId: 'merged-cell/rows',
      params: { task: 5, cell: 'units', from: 3 },
      message: '第 5 项任务与第 3 项任务共用落实单位单元格（合并单元格）',
    });
    expect(sayDiagnostic(d, 'en')).toBe('task 5 shares the units cell of task 3 (a merged cell)');
  });

  test('a role notice', () => {
    const [notice] = readUnitsCell('市财政局、有关部门等').notices.filter(
      (n) => n.code === 'list-closed-by-etc',
    );
    expect(notice).toMatchObject({
      params: { text: '等' },
      message: '“等”读作列举结束：只分配其前列出的单位',
    });
    expect(sayDiagnostic(notice!, 'en')).toBe(
      '“等” is read as closing the list: only the units named before it are assigned',
    );
    const [marker] = readUnitsCell('牵头').notices;
    expect(marker).toMatchObject({ code: 'unread-span', messageId: 'unread-span/marker' });
    expect(sayDiagnostic(marker!, 'en')).toBe('role phrase “牵头” names no unit');
    const resolved = resolveTask({ number: 1, units: '市司法局、市财政局' }, {});
    expect(resolved.notices.map((n) => n.code)).toEqual(['no-single-owner']);
    expect(sayDiagnostic(resolved.notices[0]!, 'en')).toContain(
      'with “列第一位的为牵头单位” (firstListedLeads) 市司法局 would lead',
    );
  });

  test('a deadline notice', () => {
    const [rolled] = parseDeadline('3月前', { issued: '2021-07-01' }).notices;
    expect(rolled).toMatchObject({
      code: 'deadline-year-rolled',
      params: { text: '3月前', year: 2021, due: '2021-03-31', issued: '2021-07-01', next: 2022 },
    });
    expect(rolled?.message).toBe(
      '“3月前”没有写年份；按方案年份 2021 年理解将于 2021-03-31 到期，早于方案成文日期（2021-07-01），因此按 2022 年读取',
    );
    expect(sayDiagnostic(rolled!, 'en')).toBe(
      "“3月前” names no year; in the plan's year 2021 it would end on 2021-03-31, before the plan was issued (2021-07-01), so it is read in 2022",
    );
    const [invalid] = parseDeadline('2021年2月30日前', { issued: '2021-01-01' }).notices;
    expect(invalid).toMatchObject({
      code: 'deadline-invalid-date',
      params: { text: '2021年2月30日前', unit: 'day', written: '2月30日', year: 2021 },
    });
    expect(sayDiagnostic(invalid!, 'en')).toBe('“2021年2月30日前” names no real day (2月30日 of 2021)');
  });
});
