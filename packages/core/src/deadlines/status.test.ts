import { describe, expect, test } from 'vitest';
import type { ConventionsInput } from '../model/schema';
import { parseDeadline } from './parse';
import type { Deadline, DeadlineStatus } from './schema';
import { sayReport } from '../messages';
import {
  type Completion,
  compareStatus,
  type DeadlineStatusOptions,
  deadlineStatus,
  defaultTrafficLights,
  trafficLight,
} from './status';

const ISSUED = '2021-07-01';
const read = (text: string, issued = ISSUED): Deadline => parseDeadline(text, { issued }).deadline;

// [deadline text, status options, expected report (partial)]
const table: [string, Omit<DeadlineStatusOptions, 'calendar'>, object][] = [
  // 2021年9月前: due 2021-09-30, strict reading 2021-08-31, month-level (due soon within 30 days)
  ['2021年9月前', { asOf: '2021-07-15' }, { status: 'pending', due: '2021-09-30', daysLeft: 77 }],
  ['2021年9月前', { asOf: '2021-08-31' }, { status: 'dueSoon', daysLeft: 30 }],
  ['2021年9月前', { asOf: '2021-09-01' }, { status: 'atRisk', strictDue: '2021-08-31', daysLeft: 29 }],
  ['2021年9月前', { asOf: '2021-09-15' }, { status: 'atRisk', due: '2021-09-30' }],
  ['2021年9月前', { asOf: '2021-09-30' }, { status: 'atRisk', daysLeft: 0 }],
  ['2021年9月前', { asOf: '2021-10-01' }, { status: 'overdue', due: '2021-09-30', daysLate: 1 }],
  ['2021年9月前', { asOf: '2022-01-01' }, { status: 'overdue', daysLate: 93 }],
  ['2021年9月前', { asOf: '2021-10-01', completion: { done: true, on: '2021-09-20' } }, { status: 'done' }],
  [
    '2021年9月前',
    { asOf: '2021-10-10', completion: { done: true, on: '2021-10-05' } },
    { status: 'doneLate', daysLate: 5 },
  ],
  ['2021年9月前', { asOf: '2021-10-01', completion: { done: true } }, { status: 'done' }],
  // a completion dated after the status day is not known yet
  [
    '2021年9月前',
    { asOf: '2021-10-01', completion: { done: true, on: '2021-10-05' } },
    { status: 'overdue' },
  ],
  ['2021年9月前', { asOf: '2021-10-01', completion: { done: false } }, { status: 'overdue' }],
  // day-level: due soon within 7 days
  ['于10月30日前', { asOf: '2021-10-22' }, { status: 'pending', daysLeft: 8 }],
  ['于10月30日前', { asOf: '2021-10-23' }, { status: 'dueSoon', daysLeft: 7 }],
  ['于10月30日前', { asOf: '2021-10-30' }, { status: 'atRisk', strictDue: '2021-10-29' }],
  ['于10月30日前', { asOf: '2021-10-31' }, { status: 'overdue', daysLate: 1 }],
  ['于10月30日前', { asOf: '2021-10-20', conventions: { dueSoonDays: { day: 14 } } }, { status: 'dueSoon' }],
  // exact readings have no strict alternative
  ['2021年12月底前', { asOf: '2021-12-15' }, { status: 'dueSoon', daysLeft: 16 }],
  ['2021年底前', { asOf: '2021-12-31' }, { status: 'dueSoon', daysLeft: 0 }],
  ['9月中旬前', { asOf: '2021-09-14' }, { status: 'dueSoon', due: '2021-09-20' }],
  // windows
  ['第三季度', { asOf: '2021-06-15' }, { status: 'notStarted', due: '2021-09-30' }],
  ['第三季度', { asOf: '2021-07-15' }, { status: 'pending' }],
  ['第三季度', { asOf: '2021-09-15' }, { status: 'dueSoon' }],
  ['第三季度', { asOf: '2021-10-01' }, { status: 'overdue', daysLate: 1 }],
  ['第三季度', { asOf: '2021-06-15', completion: { done: true, on: '2021-06-10' } }, { status: 'done' }],
  // no day to be late against
  ['长期工作', { asOf: '2021-10-01' }, { status: 'ongoing', due: null }],
  ['年内持续推进', { asOf: '2021-10-01' }, { status: 'ongoing', due: '2021-12-31' }],
  ['长期工作', { asOf: '2021-10-01', completion: { done: true } }, { status: 'done' }],
  ['及时', { asOf: '2021-10-01' }, { status: 'pending', due: null }],
  ['视情况', { asOf: '2021-10-01' }, { status: 'unknown', due: null }],
  // counted from an event
  ['收到申请之日起20个工作日内', { asOf: '2021-10-01' }, { status: 'awaitingAnchor', due: null }],
  [
    '收到申请之日起20个工作日内',
    { asOf: '2021-09-20', anchors: { requestReceived: '2021-09-25' } },
    { status: 'awaitingAnchor' },
  ],
  [
    '收到申请之日起20个工作日内',
    { asOf: '2021-10-01', anchors: { requestReceived: '2021-09-25' } },
    { status: 'pending', due: '2021-10-27' },
  ],
  [
    '收到申请之日起20个工作日内',
    { asOf: '2021-10-28', anchors: { requestReceived: '2021-09-25' } },
    { status: 'overdue', daysLate: 1 },
  ],
  [
    '收到申请之日起20个工作日内，可延长20个工作日',
    { asOf: '2021-10-28', anchors: { requestReceived: '2021-09-25' }, completion: { extended: true } },
    { status: 'pending', due: '2021-11-24' },
  ],
  ['印发之日起30日内', { asOf: '2021-07-25' }, { status: 'dueSoon', due: '2021-07-31', daysLeft: 6 }],
];

describe('deadlineStatus', () => {
  test.each(table)('%s %j', (text, options, expected) => {
    expect(deadlineStatus(read(text), options)).toMatchObject(expected);
  });

  test('the issue’s example: 2021年9月前 is at risk on 15 September and 1 day overdue on 1 October', () => {
    const deadline = read('2021年9月前');
    expect(deadlineStatus(deadline, { asOf: '2021-09-15' }).status).toBe('atRisk');
    expect(deadlineStatus(deadline, { asOf: '2021-10-01' })).toEqual({
      kind: 'by',
      status: 'overdue',
      due: '2021-09-30',
      daysLate: 1,
      notices: [],
    });
  });

  test('the reading is fixed when the deadline is read: under the strict convention a later alternative is no risk', () => {
    const strict = parseDeadline('2021年9月前', {
      issued: ISSUED,
      conventions: { monthBefore: 'endOfPreviousMonth' },
    });
    expect(deadlineStatus(strict.deadline, { asOf: '2021-08-25' })).toMatchObject({
      status: 'dueSoon',
      due: '2021-08-31',
    });
    expect(deadlineStatus(strict.deadline, { asOf: '2021-09-15' })).toMatchObject({
      status: 'overdue',
      daysLate: 15,
    });
  });

  test('an invalid status day is an error', () => {
    expect(deadlineStatus(read('长期工作'), { asOf: '2021-10-32' })).toMatchObject({
      status: 'unknown',
      notices: [{ severity: 'error', code: 'invalid-as-of' }],
    });
  });

  test('working days beyond the calendar are flagged provisional', () => {
    const report = deadlineStatus(read('收到申请之日起20个工作日内'), {
      asOf: '2031-01-05',
      anchors: { requestReceived: '2031-01-02' },
    });
    expect(report.notices.map((n) => n.code)).toEqual(['working-days-provisional']);
  });
});

describe('compound deadlines', () => {
  const compound = read('2021 年 9 月前完成现有规划文件主动公开；长期工作');

  test.each<[string, Completion | undefined, DeadlineStatus, DeadlineStatus[]]>([
    ['2021-08-01', undefined, 'pending', ['pending', 'ongoing']],
    ['2021-10-01', undefined, 'overdue', ['overdue', 'ongoing']],
    ['2021-10-01', { parts: [{ done: true, on: '2021-09-28' }] }, 'ongoing', ['done', 'ongoing']],
    ['2021-10-01', { parts: [{ done: true, on: '2021-09-28' }, { done: true }] }, 'done', ['done', 'done']],
    ['2021-10-10', { parts: [{ done: true, on: '2021-10-08' }] }, 'ongoing', ['doneLate', 'ongoing']],
    ['2021-10-01', { done: true }, 'done', ['done', 'done']],
  ])('as of %s with %j: %s', (asOf, completion, overall, parts) => {
    const report = deadlineStatus(compound, { asOf, ...(completion ? { completion } : {}) });
    expect(report.status).toBe(overall);
    expect(report.parts?.map((p) => p.status)).toEqual(parts);
  });

  test('parts keep their labels and the overall due is the worst part’s', () => {
    const report = deadlineStatus(compound, { asOf: '2021-10-01' });
    expect(report).toMatchObject({
      kind: 'compound',
      status: 'overdue',
      due: '2021-09-30',
      daysLate: 1,
      parts: [
        { kind: 'by', label: '完成现有规划文件主动公开', status: 'overdue' },
        { kind: 'ongoing', status: 'ongoing' },
      ],
    });
  });
});

describe('recurring deadlines', () => {
  test('每月28日前: each month’s occurrence, worst first', () => {
    const deadline = read('每月28日前');
    const report = deadlineStatus(deadline, { asOf: '2021-07-29' });
    expect(report.status).toBe('overdue');
    expect(report.parts?.map((p) => [p.due, p.status])).toEqual([
      ['2021-07-28', 'overdue'],
      ['2021-08-28', 'pending'],
    ]);
    const reported = deadlineStatus(deadline, {
      asOf: '2021-07-29',
      completion: { occurrences: { '2021-07-28': { done: true, on: '2021-07-27' } } },
    });
    expect(reported).toMatchObject({ status: 'pending', due: '2021-08-28' });
  });

  test.each([
    ['每季度', '2021-07-15', 'pending', ['2021-09-30']],
    ['每季度', '2021-09-10', 'dueSoon', ['2021-09-30']],
    ['每季度', '2021-10-02', 'overdue', ['2021-09-30', '2021-12-31']],
    ['每年至少听取1次', '2021-07-15', 'pending', ['2021-12-31']],
    ['每年1月31日前', '2021-07-15', 'pending', ['2022-01-31']],
    // weeks end on Sunday; the first Sunday after issue (Thursday 2021-07-01) is 2021-07-04
    ['每周', '2021-07-06', 'overdue', ['2021-07-04', '2021-07-11']],
  ])('%s as of %s: %s', (text, asOf, status, dues) => {
    const report = deadlineStatus(read(text), { asOf });
    expect(report.parts?.map((p) => p.due)).toEqual(dues);
    expect(report.status).toBe(status);
  });

  test('an RRULE outside the supported subset is reported, not guessed', () => {
    const report = deadlineStatus(
      { kind: 'recurring', text: '每两年', rrule: 'FREQ=YEARLY;INTERVAL=2', minCount: 1 },
      { asOf: '2021-07-15' },
    );
    expect(report).toMatchObject({ status: 'unknown', notices: [{ code: 'recurrence-unsupported' }] });
  });

  test('UNTIL ends the duty', () => {
    const deadline: Deadline = {
      kind: 'recurring',
      text: '2021年每季度',
      rrule: 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1;UNTIL=20211231',
      minCount: 1,
      start: ISSUED,
    };
    expect(deadlineStatus(deadline, { asOf: '2022-03-01' }).parts?.map((p) => p.due)).toEqual([
      '2021-09-30',
      '2021-12-31',
    ]);
    expect(deadlineStatus(deadline, { asOf: '2020-01-01', completion: { done: true } }).status).toBe('done');
  });
});

describe('status order', () => {
  test('unfinished dated work only gets worse', () => {
    const order: DeadlineStatus[] = ['pending', 'dueSoon', 'atRisk', 'overdue'];
    for (let i = 1; i < order.length; i++) {
      expect(compareStatus(order[i - 1] ?? 'pending', order[i] ?? 'pending')).toBeLessThan(0);
    }
  });

  test.each<[string, ConventionsInput]>([
    ['2021年9月前', {}],
    ['于10月30日前', { dueSoonDays: { day: 0 } }],
    ['第三季度', { dueSoonDays: { month: 90 } }],
  ])('%s never goes back over a year of days', (text, conventions) => {
    const deadline = read(text);
    let previous: DeadlineStatus = 'done';
    for (let day = 0; day < 365; day++) {
      const asOf = new Date(Date.UTC(2021, 6, 1 + day)).toISOString().slice(0, 10);
      const { status } = deadlineStatus(deadline, { asOf, conventions });
      if (previous !== 'done' && previous !== 'notStarted')
        expect(compareStatus(previous, status)).toBeLessThanOrEqual(0);
      previous = status;
    }
  });
});

describe('trafficLight', () => {
  test.each<[DeadlineStatus, string, string]>([
    ['overdue', 'red', '红'],
    ['atRisk', 'yellow', '黄'],
    ['dueSoon', 'yellow', '黄'],
    ['doneLate', 'yellow', '黄'],
    ['pending', 'green', '绿'],
    ['done', 'green', '绿'],
    ['ongoing', 'green', '绿'],
    ['notStarted', 'none', '无'],
    ['awaitingAnchor', 'none', '无'],
    ['unknown', 'none', '无'],
  ])('%s → %s (%s)', (status, light, label) => {
    expect(trafficLight(status)).toBe(light);
    expect(sayReport(`light-${trafficLight(status)}`)).toBe(label);
  });

  test('the mapping is configurable', () => {
    expect(trafficLight('atRisk', { atRisk: 'red' })).toBe('red');
    expect(trafficLight('dueSoon', { atRisk: 'red' })).toBe('yellow');
    expect(Object.keys(defaultTrafficLights)).toHaveLength(10);
  });
});
