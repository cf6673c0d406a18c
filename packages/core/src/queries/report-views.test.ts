import { describe, expect, test } from 'vitest';
import { seedPlan, seedRegistry } from '../../test/seed';
import { parseDeadline } from '../deadlines';
import type { Plan } from '../model/schema';
import { analyzePlan } from './analysis';
import { entry } from '../progress/__fixtures__/entries';
import { lookback } from '../progress/lookback';
import { ledgerProgress } from '../progress/rules';
import { ledgerStateFrom, PROGRESS_STATES, progressStateLabels } from '../progress/states';
import { deadlineReadingText } from './report-format';
import {
  formatChineseDate,
  leadSummary,
  ledgerRows,
  overdueWarnings,
  unitDeadlines,
  unitReport,
} from './report-views';
import { UnknownUnitError } from './views';

const analysis = analyzePlan(seedPlan, { registry: seedRegistry });
const read = (text: string) => parseDeadline(text, { issued: '2021-07-01' }).deadline;

describe('labels and readings', () => {
  test('the drop-down values of a ledger, and reading them back', () => {
    expect(PROGRESS_STATES.map((s) => progressStateLabels[s]).join(',')).toBe(
      '未开始,推进中,已完成,已完成（逾期）,无法完成',
    );
    expect(ledgerStateFrom('已完成(逾期)')).toBe('doneLate');
    expect(ledgerStateFrom(' 推进中 ')).toBe('inProgress');
    expect(ledgerStateFrom('差不多了')).toBeUndefined();
  });

  test('dates as documents write them', () => {
    expect(formatChineseDate('2021-09-30', 2021)).toBe('9月30日');
    expect(formatChineseDate('2022-01-31', 2021)).toBe('2022年1月31日');
    expect(formatChineseDate('2021-10-01')).toBe('2021年10月1日');
  });

  test('a “X月前” deadline reads as the end of the month, with the stricter reading beside it', () => {
    expect(deadlineReadingText(read('2021 年 9 月前'), 2021)).toBe('按9月30日前理解（从严：8月31日前）');
    expect(deadlineReadingText(read('2022 年 1 月前'), 2021)).toBe(
      '按2022年1月31日前理解（从严：12月31日前）',
    );
    expect(deadlineReadingText(read('2021 年 9 月前完成现有规划文件主动公开；长期工作'), 2021)).toBe(
      '完成现有规划文件主动公开：按9月30日前理解（从严：8月31日前）；长期工作，无固定截止日',
    );
    expect(deadlineReadingText(read('长期工作'), 2021)).toBe('长期工作，无固定截止日');
    expect(deadlineReadingText(read('2021年12月31日前'), 2021)).toBe('按12月31日前理解（从严：12月30日前）');
    expect(deadlineReadingText(read('2021年底前'), 2021)).toBe('按12月31日前理解');
    expect(deadlineReadingText(read('第三季度'), 2021)).toBe('7月1日至9月30日期间完成');
    expect(deadlineReadingText(read('每季度'), 2021)).toMatch(/^每季度定期完成/);
    expect(deadlineReadingText(read('收到申请之日起20个工作日内'), 2021)).toMatch(
      /^自收到申请之日起20个工作日内/,
    );
    expect(deadlineReadingText(read('及时'), 2021)).toBe('及时完成，未定具体日期');
  });

  test('a reading in English: the catalogue’s English words, days as ISO, no Chinese but the plan’s labels', () => {
    const en = (text: string, stricter = true) =>
      deadlineReadingText(read(text), 2021, { stricter, locale: 'en' });
    expect(en('2021 年 9 月前')).toBe('by 2021-09-30 (strictly: by 2021-08-31)');
    expect(en('2021 年 9 月前', false)).toBe('by 2021-09-30');
    expect(en('2021 年 9 月前完成现有规划文件主动公开；长期工作')).toBe(
      '完成现有规划文件主动公开: by 2021-09-30 (strictly: by 2021-08-31); ongoing work, no fixed due day',
    );
    expect(en('第三季度')).toBe('between 2021-07-01 and 2021-09-30');
    expect(en('每季度')).toMatch(/^every quarter/);
    expect(en('收到申请之日起20个工作日内')).toBe('within 20 working days of 收到申请');
    expect(en('及时')).toBe('as soon as possible, no set day');
  });

  test('the report views say their readings and status sentences in the locale asked for', () => {
    const asOf = '2021-10-01';
    const han = /\p{Script=Han}/u;
    const rows = ledgerRows(analysis, { asOf, locale: 'en' });
    const zhRows = ledgerRows(analysis, { asOf });
    // The same rows and codes; only the sentences differ.
    expect(rows.map((r) => [r.number, r.status.status, r.deadline.due])).toEqual(
      zhRows.map((r) => [r.number, r.status.status, r.deadline.due]),
    );
    const labels = new Set(
      analysis.tasks.flatMap((t) => {
        const d = t.deadline.deadline;
        return d.kind === 'compound' ? d.parts.flatMap((p) => (p.label ? [p.label] : [])) : [];
      }),
    );
    const anchors = new Set(
      analysis.tasks.flatMap((t) => {
        const d = t.deadline.deadline;
        const parts = d.kind === 'compound' ? d.parts : [d];
        return parts.flatMap((p) => (p.kind === 'relative' ? [p.anchor.text] : []));
      }),
    );
    const own = (said: string) => [...labels, ...anchors].reduce((rest, w) => rest.split(w).join(''), said);
    for (const r of rows) {
      expect(own(r.deadline.reading)).not.toMatch(han);
      expect(own(r.deadline.mainReading)).not.toMatch(han);
      expect(r.status.text).not.toMatch(han);
    }
    expect(zhRows.every((r) => han.test(r.deadline.mainReading))).toBe(true);
    const unit = unitReport(analysis, '市财政局', { asOf, locale: 'en' });
    expect(unit.deadlines.map((d) => own(d.reading)).filter((r) => han.test(r))).toEqual([]);
    expect(
      unit.noticeDuties.flatMap((d) => (d.statusText ? [d.statusText] : [])).filter((t) => han.test(t)),
    ).toEqual([]);
    const notice = unitDeadlines(analysis, '市财政局', { locale: 'en' }).find((d) => d.source === 'notice')!;
    expect(notice.reading).toBe(`by ${notice.due}`);
    const lead = leadSummary(analysis, { asOf, locale: 'en' }).leads.flatMap((l) => l.tasks);
    expect(lead.map((t) => own(t.deadline.mainReading)).filter((r) => han.test(r))).toEqual([]);
    const warnings = overdueWarnings(analysis, { asOf, locale: 'en' }).items;
    expect(warnings.map((i) => i.status.text)).toContain('overdue by 1 day');
    const checked = lookback(analysis, { asOf: '2022-03-01', locale: 'en' });
    expect(checked.items.map((i) => own(i.deadline.mainReading)).filter((r) => han.test(r))).toEqual([]);
    expect(new Set(checked.excluded.map((e) => e.reasonLabel))).toEqual(
      new Set(checked.excluded.map((e) => (e.reason === 'noOwner' ? 'no clear owner' : 'no dated deadline'))),
    );
  });
});

describe('ledgerRows (任务分工台账)', () => {
  test('every task with its units, deadline reading and status on the day', () => {
    const rows = ledgerRows(analysis, { asOf: '2021-10-01' });
    expect(rows).toHaveLength(50);
    const first = rows[0]!;
    expect(first).toMatchObject({
      number: 1,
      category: '做好各类规划主动公开',
      roles: {
        lead: ['市政府办公室'],
        responsible: ['各县（市、区）政府（管委会）'],
        supporting: ['市直各单位'],
      },
      deadline: { due: '2021-09-30', strictDue: '2021-08-31', kind: 'compound' },
      status: {
        status: 'overdue',
        text: '已逾期1天',
        light: 'red',
        part: '完成现有规划文件主动公开',
      },
      reporters: ['市政府办公室'],
    });
    expect(first.parts).toBeUndefined();
    // Codes and numbers: the status and the light are named by the report, from the catalogue.
    expect(Object.keys(first.status).sort()).toEqual(['daysLate', 'due', 'light', 'part', 'status', 'text']);
    const t38 = rows.find((r) => r.number === 38)!;
    expect(t38.roles.supervising).toEqual(['市发展改革局', '市财政局', '市审计局', '市市场监管局']);
    // No lead: the responsible units fill the row in.
    expect(rows.find((r) => r.number === 15)!.reporters).toEqual([
      '各县（市、区）政府（管委会）',
      '市直各单位',
    ]);
    expect(rows.find((r) => r.number === 7)!.status).toMatchObject({ status: 'pending', daysLeft: 91 });
  });

  test('the stricter reading makes a task at risk before it is overdue', () => {
    const row = ledgerRows(analysis, { asOf: '2021-09-15' }).find((r) => r.number === 15)!;
    expect(row.status).toMatchObject({ status: 'atRisk', strictDue: '2021-08-31', light: 'yellow' });
    expect(row.status.text).toBe('存在逾期风险（从严应于8月31日前完成）');
  });

  test('a unit’s ledger: its tasks with its role; its own report finishes its row', () => {
    const progress = [
      entry({ task: 15, unit: '湛江市财政局', state: 'done', date: '2021-09-20', note: '已公开' }),
      entry({ task: 7, unit: '市财政局', state: 'inProgress', date: '2021-09-01' }),
    ];
    const rows = ledgerRows(analysis, { asOf: '2021-10-01', unit: '市财政局', entries: progress });
    expect(rows.map((r) => r.number)).toContain(7);
    expect(rows.every((r) => r.reporters[0] === '市财政局')).toBe(true);
    expect(rows.find((r) => r.number === 7)!.unitRole).toEqual({
      role: 'lead',
      supervising: false,
    });
    expect(rows.find((r) => r.number === 38)!.unitRole).toMatchObject({
      role: 'responsible',
      via: '市直各单位',
      supervising: true,
    });
    const t15 = rows.find((r) => r.number === 15)!;
    expect(t15.status.status).toBe('done');
    expect(t15.state).toBe('done');
    expect(t15.parts?.map((p) => [p.unit, p.state, p.entry?.note])).toEqual([['市财政局', 'done', '已公开']]);
    expect(rows.find((r) => r.number === 7)!.parts![0]!.entry?.state).toBe('inProgress');
    expect(rows.find((r) => r.number === 8)!.parts![0]!.entry).toBeUndefined();
  });

  test('the whole plan: a task is finished when every owner reports it finished', () => {
    const one = [entry({ task: 19, unit: '市政府办公室', state: 'done', date: '2021-09-01' })];
    const both = [
      ...one,
      entry({ task: 19, unit: '市政务服务数据管理局', state: 'done', date: '2021-09-10' }),
    ];
    const statusOf = (entries: ReturnType<typeof entry>[]) =>
      ledgerRows(analysis, { asOf: '2021-10-01', entries }).find((r) => r.number === 19)!.status.status;
    expect(statusOf(one)).toBe('ongoing');
    expect(statusOf(both)).toBe('done');
    expect(ledgerProgress(analysis, both, { asOf: '2021-10-01' }).taskCompletion.get(19)).toEqual({
      done: true,
      on: '2021-09-10',
    });
  });

  test('entries after the status day are not known yet; the latest entry counts', () => {
    const progress = [
      entry({ task: 7, unit: '市财政局', state: 'done', date: '2021-12-20' }),
      entry({ task: 8, unit: '市财政局', state: 'done', date: '2021-09-01' }),
      entry({ task: 8, unit: '市财政局', state: 'inProgress', date: '2021-09-05' }),
    ];
    const rows = ledgerRows(analysis, { asOf: '2021-10-01', entries: progress });
    expect(rows.find((r) => r.number === 7)!.status.status).toBe('pending');
    expect(rows.find((r) => r.number === 7)!.parts![0]!.entry).toBeUndefined();
    expect(rows.find((r) => r.number === 8)!.parts![0]!.entry).toEqual(progress[2]);
    expect(rows.find((r) => r.number === 8)!.status.status).toBe('pending');
  });
});

describe('unitReport (单位责任清单) and unitDeadlines (时限日历)', () => {
  test('sections by role, notice duties with their status, dated deadlines', () => {
    const report = unitReport(analysis, '湛江市财政局', { asOf: '2021-10-01' });
    expect(report.unit.name).toBe('市财政局');
    expect(report.sections.map((s) => Object.keys(s).sort())).toEqual(Array(4).fill(['role', 'rows']));
    expect(report.sections.map((s) => s.role)).toEqual(['lead', 'responsible', 'supporting', 'supervising']);
    expect(report.sections[0]!.rows.map((r) => r.number)).toEqual([7, 8, 9]);
    expect(report.sections[3]!.rows.map((r) => r.number)).toEqual([38]);
    const duty = report.noticeDuties.find((d) => d.scope === 'ledTasks')!;
    expect(duty).toMatchObject({
      recipient: '市政府办公室',
      deadline: { due: '2021-10-30' },
      statusText: '未到期（剩29天）',
    });
  });

  test('each dated part once, the notice’s report deadline for a lead, in date order', () => {
    const deadlines = unitDeadlines(analysis, '市财政局');
    const keys = deadlines.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(deadlines.find((d) => d.key === 'task-1-0')).toMatchObject({
      task: 1,
      label: '完成现有规划文件主动公开',
      due: '2021-09-30',
      strictDue: '2021-08-31',
      role: 'supporting',
    });
    expect(deadlines.find((d) => d.source === 'notice')).toMatchObject({
      due: '2021-10-30',
      recipient: '市政府办公室',
      tasks: [7, 8, 9],
    });
    expect(deadlines.map((d) => d.due)).toEqual([...deadlines.map((d) => d.due)].sort());
    // Ongoing work has no day.
    expect(deadlines.some((d) => d.task === 6)).toBe(false);
    // A unit that leads nothing has no report deadline.
    expect(unitDeadlines(analysis, '市审计局').some((d) => d.source === 'notice')).toBe(false);
  });

  test('an unknown unit: the closest names', () => {
    expect(() => unitReport(analysis, '市财政厅', { asOf: '2021-10-01' })).toThrow(UnknownUnitError);
    try {
      unitReport(analysis, '市财政厅', { asOf: '2021-10-01' });
    } catch (error) {
      expect((error as UnknownUnitError).suggestions).toContain('市财政局');
    }
  });
});

describe('leadSummary (牵头单位进展汇总)', () => {
  test('each lead: its tasks, whom it collects from, its report by 10月30日', () => {
    const report = leadSummary(analysis, { asOf: '2021-10-01' });
    expect(report.leads.map((l) => l.unit)).toEqual([
      '市政府办公室',
      '市政务服务数据管理局',
      '市发展改革局',
      '市财政局',
      '市商务局',
      '市卫生健康局',
      '市市场监管局',
    ]);
    const fin = report.leads.find((l) => l.unit === '市财政局')!;
    expect(fin.tasks.map((t) => t.number)).toEqual([7, 8, 9]);
    expect(fin.report).toMatchObject({
      recipient: '市政府办公室',
      deadline: { text: '10月30日前', due: '2021-10-30' },
      status: { status: 'pending', text: '未到期（剩29天）' },
    });
    const [counties, departments] = fin.collectFrom;
    expect(counties).toMatchObject({
      name: '各县（市、区）政府（管委会）',
      role: 'responsible',
      group: true,
      tasks: [7, 8, 9],
    });
    expect(counties!.members).toHaveLength(12);
    expect(departments).toMatchObject({ name: '市直各单位', role: 'supporting' });
    expect(departments!.members).not.toContain('市财政局');
    expect(report.progressGiven).toBe(false);
    expect(fin.tasks[0]!.progress).toBeUndefined();
    // Co-leads are named, not collected from.
    const ndrc = report.leads.find((l) => l.unit === '市发展改革局')!;
    expect(ndrc.tasks[0]!.coLeads).toEqual(['市商务局', '市市场监管局']);
    expect(ndrc.collectFrom.find((c) => c.name === '市直各单位')!.members).not.toContain('市商务局');
    expect(report.unled.map((t) => t.number)).toContain(15);
  });

  test('with progress: the lead’s own entry, who reported, who has not', () => {
    const progress = [
      entry({ task: 7, unit: '市财政局', state: 'inProgress', date: '2021-10-10', note: '汇总中' }),
      entry({ task: 7, unit: '赤坎区政府', state: 'done', date: '2021-10-12' }),
    ];
    const fin = leadSummary(analysis, { asOf: '2021-10-20', unit: '市财政局', entries: progress }).leads[0]!;
    const t7 = fin.tasks[0]!;
    expect(t7.progress!.own?.entry).toMatchObject({ state: 'inProgress', note: '汇总中' });
    expect(t7.progress!.reported.map((e) => e.unit)).toEqual(['赤坎区政府']);
    expect(t7.progress!.missing).toHaveLength(12 + 24 - 1);
    expect(t7.progress!.missing).not.toContain('市财政局');
  });
});

describe('overdueWarnings (逾期预警)', () => {
  test('on 1 October: the eight September tasks are one day late, for every unit on them', () => {
    const w = overdueWarnings(analysis, { asOf: '2021-10-01' });
    expect(w.counts).toEqual({ overdue: 8, atRisk: 0, dueSoon: 0 });
    expect(w.items.map((i) => i.task)).toEqual([1, 2, 15, 26, 27, 31, 49, 50]);
    expect(w.items.every((i) => i.status.daysLate === 1)).toBe(true);
    const office = w.byUnit.find((u) => u.unit === '市政府办公室')!;
    expect(office.items.find((i) => i.item.task === 1)).toMatchObject({ role: 'lead' });
    expect(office.items.find((i) => i.item.task === 1)).not.toHaveProperty('roleLabel');
    const chikan = w.byUnit.find((u) => u.unit === '赤坎区政府')!;
    expect(chikan.items.map((i) => i.item.task)).toEqual([1, 2, 15, 26, 49, 50]);
    expect(chikan.items[0]!.via).toBe('各县（市、区）政府（管委会）');
  });

  test('in mid-September they are at risk; in December the year-end tasks are at risk too', () => {
    expect(overdueWarnings(analysis, { asOf: '2021-09-15' }).counts).toEqual({
      overdue: 0,
      atRisk: 8,
      dueSoon: 0,
    });
    const dec = overdueWarnings(analysis, { asOf: '2021-12-10' });
    expect(dec.counts).toEqual({ overdue: 8, atRisk: 14, dueSoon: 0 });
    expect(dec.items[0]!.status.status).toBe('overdue');
    expect(dec.items.at(-1)!.status.status).toBe('atRisk');
  });

  test('a day-level deadline is due soon within a week, with the days left', () => {
    const plan: Plan = { ...seedPlan, tasks: [{ ...seedPlan.tasks[6]!, deadline: '2021年10月30日前' }] };
    const w = overdueWarnings(analyzePlan(plan, { registry: seedRegistry }), { asOf: '2021-10-25' });
    expect(w.items).toMatchObject([
      { task: 7, status: { status: 'dueSoon', daysLeft: 5, text: '临近到期（剩5天）' } },
    ]);
  });

  test('a unit that finished drops out; the task stays while its owners have not all finished', () => {
    const progress = [entry({ task: 1, unit: '赤坎区政府', state: 'done', date: '2021-09-28' })];
    const w = overdueWarnings(analysis, { asOf: '2021-10-01', entries: progress });
    expect(w.byUnit.find((u) => u.unit === '赤坎区政府')!.items.map((i) => i.item.task)).not.toContain(1);
    expect(w.items.map((i) => i.task)).toContain(1);
    const all = overdueWarnings(analysis, {
      asOf: '2021-10-01',
      entries: [entry({ task: 1, unit: '市政府办公室', state: 'done', date: '2021-09-28' })],
    });
    expect(all.items.map((i) => i.task)).not.toContain(1);
    // The task done by its lead: no unit on it is listed, supporting units included.
    expect(all.byUnit.flatMap((u) => u.items.map((i) => i.item.task))).not.toContain(1);
  });

  test('a unit that cannot complete stays listed, with its reason; the task names it', () => {
    const w = overdueWarnings(analysis, {
      asOf: '2021-10-01',
      entries: [
        entry({
          task: 1,
          unit: '市政府办公室',
          state: 'cannotComplete',
          date: '2021-09-28',
          reason: '系统未上线',
        }),
      ],
    });
    expect(w.items.find((i) => i.task === 1)?.blocked).toEqual([
      { unit: '市政府办公室', reason: '系统未上线' },
    ]);
    const office = w.byUnit.find((u) => u.unit === '市政府办公室')!;
    expect(office.items.find((i) => i.item.task === 1)?.cannotComplete).toBe('系统未上线');
  });

  test('only some units', () => {
    const w = overdueWarnings(analysis, { asOf: '2021-10-01', units: ['市司法局'] });
    expect(w.byUnit.map((u) => u.unit)).toEqual(['市司法局']);
    expect(w.items.map((i) => i.task)).toEqual([1, 2, 15, 26, 27, 49, 50]);
    expect(overdueWarnings(analysis, { asOf: '2021-09-15', units: ['市财政局'] }).counts).toEqual({
      overdue: 0,
      atRisk: 6,
      dueSoon: 0,
    });
  });
});

describe('lookback (回头看) as the report prints it', () => {
  test('every task with a clear owner and a dated deadline, unfinished ones to rectify', () => {
    const c = lookback(analysis, { asOf: '2022-02-01' });
    expect(c.counts).toEqual({
      checked: 23,
      done: 0,
      doneLate: 0,
      notDue: 0,
      unfinished: 23,
      cannotComplete: 0,
      excluded: 27,
    });
    expect(c.items.every((i) => i.rectify && i.result === 'unfinished')).toBe(true);
    expect(c.items[0]).toMatchObject({
      task: 1,
      owners: ['市政府办公室'],
      ownerRole: 'lead',
      due: '2021-09-30',
    });
    expect(c.excluded.find((e) => e.task === 6)).toMatchObject({
      reason: 'noDeadline',
      reasonLabel: '无具体完成时限',
    });
  });

  test('findings from progress: done, done late, impossible, not yet due', () => {
    const progress = [
      entry({ task: 7, unit: '湛江市财政局', state: 'done', date: '2021-12-01' }),
      entry({ task: 8, unit: '市财政局', state: 'done', date: '2022-01-10' }),
      entry({
        task: 9,
        unit: '市财政局',
        state: 'cannotComplete',
        date: '2021-12-01',
        reason: '上级系统未开放',
      }),
    ];
    const c = lookback(analysis, { asOf: '2022-02-01', entries: progress });
    const result = (n: number) => c.items.find((i) => i.task === n)!;
    expect(result(7)).toMatchObject({ result: 'done', rectify: false });
    expect(result(8)).toMatchObject({ result: 'doneLate', rectify: false, status: { daysLate: 10 } });
    expect(result(9)).toMatchObject({
      result: 'cannotComplete',
      rectify: true,
    });
    expect(lookback(analysis, { asOf: '2021-08-01' }).counts.notDue).toBe(23);
  });

  test('a vague group is not a clear owner', () => {
    const plan: Plan = {
      ...seedPlan,
      tasks: [{ ...seedPlan.tasks[14]!, number: 1, units: '有关部门' }],
    };
    const c = lookback(analyzePlan(plan, { registry: seedRegistry }), { asOf: '2022-02-01' });
    expect(c.excluded).toMatchObject([{ task: 1, reason: 'noOwner', reasonLabel: '未明确责任主体' }]);
  });
});
