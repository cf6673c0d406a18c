import { describe, expect, test } from 'vitest';
import { Conventions } from '../model/schema';
import { findDeadlinePhrases, parseDeadline } from './parse';
import { Deadline } from './schema';

const ISSUED = '2021-07-01';

const monthBy = (due: string, strict: string, yearInferred = false) => ({
  kind: 'by',
  due,
  granularity: 'month',
  reading: 'endOfMonth',
  alternatives: [{ reading: 'endOfPreviousMonth', due: strict }],
  yearInferred,
});
const dayBy = (due: string, exclusive: string, yearInferred = false) => ({
  kind: 'by',
  due,
  granularity: 'day',
  reading: 'dayInclusive',
  alternatives: [{ reading: 'dayExclusive', due: exclusive }],
  yearInferred,
});
const exactBy = (due: string, granularity: string, yearInferred = false) => ({
  kind: 'by',
  due,
  granularity,
  reading: 'exact',
  alternatives: [],
  yearInferred,
});
const window = (start: string, end: string, granularity: string, yearInferred = false) => ({
  kind: 'window',
  start,
  end,
  granularity,
  yearInferred,
});
const recurring = (rrule: string, minCount = 1) => ({ kind: 'recurring', rrule, minCount, start: ISSUED });

// [text as written, issue date, expected deadline (partial), expected notice codes]
const table: [string, string, object, string[]][] = [
  // X月前: end of month X, with the end of the month before as the alternative
  ['2021 年 9 月前', ISSUED, monthBy('2021-09-30', '2021-08-31'), []],
  ['2021年12月前', ISSUED, monthBy('2021-12-31', '2021-11-30'), []],
  ['2021年 12月\n前', ISSUED, monthBy('2021-12-31', '2021-11-30'), []],
  ['2022 年 1 月前', ISSUED, monthBy('2022-01-31', '2021-12-31'), []],
  ['12月份前', ISSUED, monthBy('2021-12-31', '2021-11-30', true), []],
  ['10月以前', ISSUED, monthBy('2021-10-31', '2021-09-30', true), []],
  ['10月之前', ISSUED, monthBy('2021-10-31', '2021-09-30', true), []],
  ['2021年9月份以前', ISSUED, monthBy('2021-09-30', '2021-08-31'), []],
  ['二〇二一年十二月前', ISSUED, monthBy('2021-12-31', '2021-11-30'), []],
  ['二零二二年三月前', ISSUED, monthBy('2022-03-31', '2022-02-28'), []],
  ['２０２１年９月前', ISSUED, monthBy('2021-09-30', '2021-08-31'), []],
  ['十一月前', ISSUED, monthBy('2021-11-30', '2021-10-31', true), []],
  ['今年12月前', ISSUED, monthBy('2021-12-31', '2021-11-30', true), []],
  ['明年3月前', ISSUED, monthBy('2022-03-31', '2022-02-28', true), []],
  ['3月前', ISSUED, monthBy('2022-03-31', '2022-02-28', true), ['deadline-year-rolled']],
  ['7月前', ISSUED, monthBy('2021-07-31', '2021-06-30', true), ['deadline-strict-before-issue']],
  ['2020年12月前', ISSUED, monthBy('2020-12-31', '2020-11-30'), ['deadline-before-issue']],
  ['2022年2月前', ISSUED, monthBy('2022-02-28', '2022-01-31'), []],
  ['2024年3月前', '2024-01-10', monthBy('2024-03-31', '2024-02-29'), []],
  // X月X日前: the named day included, excluding it the alternative
  ['于10月30日前', ISSUED, dayBy('2021-10-30', '2021-10-29', true), []],
  ['2021年12月31日前', ISSUED, dayBy('2021-12-31', '2021-12-30'), []],
  ['2021年9月30日前', ISSUED, dayBy('2021-09-30', '2021-09-29'), []],
  ['8月31号前', ISSUED, dayBy('2021-08-31', '2021-08-30', true), []],
  ['十月三十日前', ISSUED, dayBy('2021-10-30', '2021-10-29', true), []],
  ['2021.12.31前', ISSUED, dayBy('2021-12-31', '2021-12-30'), []],
  ['2021年10月30日', ISSUED, exactBy('2021-10-30', 'day'), []],
  ['2021-12-31', ISSUED, exactBy('2021-12-31', 'day'), []],
  ['3月1日前', ISSUED, dayBy('2022-03-01', '2022-02-28', true), ['deadline-year-rolled']],
  // month ends and within a month
  ['6月底前', ISSUED, exactBy('2022-06-30', 'month', true), ['deadline-year-rolled']],
  ['9月底前', ISSUED, exactBy('2021-09-30', 'month', true), []],
  ['2022年6月底前', ISSUED, exactBy('2022-06-30', 'month'), []],
  ['２０２１年１２月底前', ISSUED, exactBy('2021-12-31', 'month'), []],
  ['2021年11月底', ISSUED, exactBy('2021-11-30', 'month'), []],
  ['2021年12月末', ISSUED, exactBy('2021-12-31', 'month'), []],
  ['12月内', ISSUED, exactBy('2021-12-31', 'month', true), []],
  ['2021年12月', ISSUED, window('2021-12-01', '2021-12-31', 'month'), []],
  // ten-day periods (旬)
  ['9月中旬前', ISSUED, exactBy('2021-09-20', 'tenDay', true), []],
  ['10月下旬前', ISSUED, exactBy('2021-10-31', 'tenDay', true), []],
  ['2021年10月上旬', ISSUED, window('2021-10-01', '2021-10-10', 'tenDay'), []],
  ['11月中旬', ISSUED, window('2021-11-11', '2021-11-20', 'tenDay', true), []],
  ['2月下旬前', ISSUED, exactBy('2022-02-28', 'tenDay', true), ['deadline-year-rolled']],
  // quarters and halves
  ['第三季度', ISSUED, window('2021-07-01', '2021-09-30', 'quarter', true), []],
  ['2022年第一季度', ISSUED, window('2022-01-01', '2022-03-31', 'quarter'), []],
  ['四季度末前', ISSUED, exactBy('2021-12-31', 'quarter', true), []],
  ['三季度前', ISSUED, exactBy('2021-09-30', 'quarter', true), []],
  ['第四季度内', ISSUED, exactBy('2021-12-31', 'quarter', true), []],
  ['上半年', '2022-03-01', window('2022-01-01', '2022-06-30', 'half', true), []],
  ['上半年', ISSUED, window('2022-01-01', '2022-06-30', 'half', true), ['deadline-year-rolled']],
  ['下半年', ISSUED, window('2021-07-01', '2021-12-31', 'half', true), []],
  ['2021年下半年', ISSUED, window('2021-07-01', '2021-12-31', 'half'), []],
  ['上半年内', '2022-03-01', exactBy('2022-06-30', 'half', true), []],
  // years
  ['2021年底前', ISSUED, exactBy('2021-12-31', 'year'), []],
  ['2021年年底前', ISSUED, exactBy('2021-12-31', 'year'), []],
  ['年底前', ISSUED, exactBy('2021-12-31', 'year', true), []],
  ['年底前', '2022-03-01', exactBy('2022-12-31', 'year', true), []],
  ['今年底前', ISSUED, exactBy('2021-12-31', 'year', true), []],
  ['年内', ISSUED, exactBy('2021-12-31', 'year', true), []],
  ['本年度内', ISSUED, exactBy('2021-12-31', 'year', true), []],
  ['2021年内', ISSUED, exactBy('2021-12-31', 'year'), []],
  ['2021年', ISSUED, window('2021-01-01', '2021-12-31', 'year'), []],
  ['全年', ISSUED, window('2021-01-01', '2021-12-31', 'year', true), []],
  // ranges of months
  ['7月至9月', ISSUED, window('2021-07-01', '2021-09-30', 'month', true), []],
  ['2021年10—12月', ISSUED, window('2021-10-01', '2021-12-31', 'month'), []],
  // ongoing work
  ['长期工作', ISSUED, { kind: 'ongoing' }, []],
  ['长期', ISSUED, { kind: 'ongoing' }, []],
  ['长期坚持', ISSUED, { kind: 'ongoing' }, []],
  ['持续推进', ISSUED, { kind: 'ongoing' }, []],
  ['持续开展', ISSUED, { kind: 'ongoing' }, []],
  ['常态化', ISSUED, { kind: 'ongoing' }, []],
  ['常态化开展', ISSUED, { kind: 'ongoing' }, []],
  ['年内持续推进', ISSUED, { kind: 'ongoing', until: '2021-12-31' }, []],
  ['2022年底前持续推进', ISSUED, { kind: 'ongoing', until: '2022-12-31' }, []],
  // recurring work
  ['每季度', ISSUED, recurring('FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1'), []],
  ['按季度', ISSUED, recurring('FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1'), []],
  ['每季度末', ISSUED, recurring('FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1'), []],
  ['每月28日前', ISSUED, recurring('FREQ=MONTHLY;BYMONTHDAY=28'), []],
  ['每月', ISSUED, recurring('FREQ=MONTHLY;BYMONTHDAY=-1'), []],
  ['每年至少听取1次', ISSUED, recurring('FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31'), []],
  ['每年至少召开两次', ISSUED, recurring('FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31', 2), []],
  ['每半年', ISSUED, recurring('FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1'), []],
  ['每年1月31日前', ISSUED, recurring('FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=31'), []],
  ['每年3月底前', ISSUED, recurring('FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1'), []],
  ['每周', ISSUED, recurring('FREQ=WEEKLY;WKST=MO;BYDAY=SU'), []],
  [
    '每季度10日前',
    ISSUED,
    recurring('FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1'),
    ['deadline-detail-ignored'],
  ],
  // counted from an event
  [
    '印发之日起30日内',
    ISSUED,
    {
      kind: 'relative',
      anchor: { event: 'issue', text: '印发', on: ISSUED },
      offset: { amount: 30, unit: 'calendarDay' },
    },
    [],
  ],
  [
    '收到申请之日起20个工作日内',
    ISSUED,
    {
      kind: 'relative',
      anchor: { event: 'requestReceived', text: '收到申请' },
      offset: { amount: 20, unit: 'workingDay' },
    },
    [],
  ],
  [
    '本方案印发后15个工作日内',
    ISSUED,
    { kind: 'relative', anchor: { event: 'issue', on: ISSUED }, offset: { amount: 15, unit: 'workingDay' } },
    [],
  ],
  [
    '自信息形成或者变更之日起20个工作日内',
    ISSUED,
    { kind: 'relative', anchor: { event: 'informationFormed', text: '信息形成或者变更' } },
    [],
  ],
  [
    '收到申请之日起二十个工作日内，可延长二十个工作日',
    ISSUED,
    {
      kind: 'relative',
      offset: { amount: 20, unit: 'workingDay' },
      extension: { by: { amount: 20, unit: 'workingDay' } },
    },
    [],
  ],
  ['印发之日起3个月内', ISSUED, { kind: 'relative', offset: { amount: 3, unit: 'month' } }, []],
  [
    '整改通知下发之日起两周内',
    ISSUED,
    {
      kind: 'relative',
      anchor: { event: 'other', text: '整改通知下发' },
      offset: { amount: 14, unit: 'calendarDay' },
    },
    [],
  ],
  // as soon as possible
  ['及时', ISSUED, { kind: 'asap' }, []],
  ['第一时间', ISSUED, { kind: 'asap' }, []],
  ['尽快', ISSUED, { kind: 'asap' }, []],
  ['立即', ISSUED, { kind: 'asap' }, []],
  ['2021年9月前及时完成', ISSUED, monthBy('2021-09-30', '2021-08-31'), []],
  // never a silent guess
  ['视情况', ISSUED, { kind: 'unspecified', text: '视情况' }, ['deadline-unrecognised']],
  ['—', ISSUED, { kind: 'unspecified', text: '—' }, ['deadline-unrecognised']],
  ['', ISSUED, { kind: 'unspecified', text: '' }, ['deadline-empty']],
  [' \n ', ISSUED, { kind: 'unspecified' }, ['deadline-empty']],
  ['待定', ISSUED, { kind: 'unspecified' }, ['deadline-unrecognised']],
  ['N/A', ISSUED, { kind: 'unspecified' }, ['deadline-unrecognised']],
  ['根据上级部署安排', ISSUED, { kind: 'unspecified' }, ['deadline-unrecognised']],
  ['30日前', ISSUED, { kind: 'unspecified' }, ['deadline-day-without-month']],
  ['3个月前', ISSUED, { kind: 'unspecified' }, ['deadline-unrecognised']],
  ['2月30日前', ISSUED, { kind: 'unspecified' }, ['deadline-invalid-date']],
  ['13月前', ISSUED, { kind: 'unspecified' }, ['deadline-invalid-date']],
  // several clauses: a compound deadline whose parts keep their labels
  [
    '2021 年 9 月前完成现有规划文件主动公开；长期工作',
    ISSUED,
    {
      kind: 'compound',
      parts: [
        { ...monthBy('2021-09-30', '2021-08-31'), text: '2021 年 9 月前', label: '完成现有规划文件主动公开' },
        { kind: 'ongoing', text: '长期工作' },
      ],
    },
    [],
  ],
  [
    '2021年12月前完成；2022年6月底前全面完成',
    ISSUED,
    {
      kind: 'compound',
      parts: [
        { due: '2021-12-31', label: '完成' },
        { due: '2022-06-30', label: '全面完成' },
      ],
    },
    [],
  ],
  [
    '2021年9月前完成部署，年底前全面完成',
    ISSUED,
    {
      kind: 'compound',
      parts: [
        { due: '2021-09-30', label: '完成部署' },
        { due: '2021-12-31', label: '全面完成' },
      ],
    },
    [],
  ],
  [
    '2021年9月前；视情况',
    ISSUED,
    {
      kind: 'compound',
      parts: [
        { kind: 'by', due: '2021-09-30' },
        { kind: 'unspecified', text: '视情况' },
      ],
    },
    ['deadline-unrecognised'],
  ],
];

describe('parseDeadline', () => {
  test.each(table)('%j (issued %s)', (text, issued, expected, codes) => {
    const { deadline, notices } = parseDeadline(text, { issued });
    expect(deadline).toMatchObject(expected);
    expect(notices.map((n) => n.code)).toEqual(codes);
    expect(Deadline.safeParse(deadline).success).toBe(true);
  });

  test('keeps the whole text as written in `text`', () => {
    expect(parseDeadline('2021年 12月\n前', { issued: ISSUED }).deadline.text).toBe('2021年 12月\n前');
  });

  test('the seed plan’s distinct deadline cells all read, with no notices and nothing unspecified', () => {
    const cells = [
      '2021 年 9 月前完成现有规划文件主动公开；长期工作',
      '2021年 12月前',
      '长期工作',
      '2021 年 9 月前',
      '2022 年 1 月前',
      // as extracted from the PDF, broken across lines
      '2021 年 9 月\n\n前完成现有\n\n规划文件主\n\n动公开；长期\n\n工作',
      '2021年 12月\n\n前',
    ];
    for (const cell of cells) {
      const { deadline, notices } = parseDeadline(cell, { issued: ISSUED });
      const parts = deadline.kind === 'compound' ? deadline.parts : [deadline];
      expect(parts.map((p) => p.kind)).not.toContain('unspecified');
      expect(notices).toEqual([]);
    }
  });
});

describe('reading conventions', () => {
  test.each([
    [
      '2021年9月前',
      { monthBefore: 'endOfPreviousMonth' } as const,
      {
        due: '2021-08-31',
        reading: 'endOfPreviousMonth',
        alternatives: [{ reading: 'endOfMonth', due: '2021-09-30' }],
      },
    ],
    [
      '于10月30日前',
      { dayBeforeInclusive: false },
      {
        due: '2021-10-29',
        reading: 'dayExclusive',
        alternatives: [{ reading: 'dayInclusive', due: '2021-10-30' }],
      },
    ],
    [
      '2021年9月前',
      Conventions.parse({}),
      {
        due: '2021-09-30',
        reading: 'endOfMonth',
        alternatives: [{ reading: 'endOfPreviousMonth', due: '2021-08-31' }],
      },
    ],
    ['2021年9月前', { monthBefore: undefined }, { due: '2021-09-30', reading: 'endOfMonth' }],
  ])('%s with %j', (text, conventions, expected) => {
    expect(parseDeadline(text, { issued: ISSUED, conventions }).deadline).toMatchObject(expected);
  });

  test('under the strict convention, 7月前 in a plan issued on 1 July keeps the plan year and says why', () => {
    const { deadline, notices } = parseDeadline('7月前', {
      issued: ISSUED,
      conventions: { monthBefore: 'endOfPreviousMonth' },
    });
    expect(deadline).toMatchObject({ due: '2021-06-30', alternatives: [{ due: '2021-07-31' }] });
    expect(notices.map((n) => n.code)).toEqual(['deadline-strict-before-issue']);
  });
});

describe('notices', () => {
  test('name the text and point at it', () => {
    const { notices } = parseDeadline('2021年9月前；\n视情况', { issued: ISSUED });
    expect(notices).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'deadline-unrecognised',
        found: '视情况',
        start: { line: 2, column: 1, offset: 10 },
        end: { line: 2, column: 4, offset: 13 },
      }),
    ]);
    expect(notices[0]?.message).toContain('视情况');
  });

  test('a rolled year explains both years', () => {
    const [n] = parseDeadline('3月前', { issued: ISSUED }).notices;
    expect(n?.message).toMatch(/2021-03-31.*2021-07-01.*2022/);
  });

  test('an invalid issue date is an error, not a guess', () => {
    const { deadline, notices } = parseDeadline('2021年9月前', { issued: '2021-13-01' });
    expect(deadline.kind).toBe('unspecified');
    expect(notices).toEqual([expect.objectContaining({ severity: 'error', code: 'invalid-issue-date' })]);
  });
});

describe('findDeadlinePhrases', () => {
  test.each([
    [
      '26.全面推进规章集中统一公开，2021\n\n年底前将本地区现行有效规章通过政府门户网站的政府信息公开专栏集中公开。',
      [{ text: '2021\n\n年底前', kind: 'by' }],
    ],
    ['32.2021 年底前县级以上政府门户网站全部支持互联网协议第 6 版。', [{ text: '2021 年底前', kind: 'by' }]],
    [
      '并于 10\n\n月 30 日前收集汇总所牵头工作任务开展情况，报市政府办公室。',
      [{ text: '10\n\n月 30 日前', kind: 'by' }],
    ],
    ['市政府常务会议每年至少听取1次政务公开工作汇报。', [{ text: '每年至少听取1次', kind: 'recurring' }]],
    ['在本机关网站上及时更新本系统实施的行政法规文本。', [{ text: '及时', kind: 'asap' }]],
    ['本办法自2021年7月1日起施行。', []],
    ['提前做好重大政策发布前和发布后的解读工作，统一公开，进一步规范。', []],
    ['湛江市2021年政务公开工作要点分工方案', []],
    [
      '上半年完成摸底，第三季度开展检查',
      [
        { text: '上半年', kind: 'window' },
        { text: '第三季度', kind: 'window' },
      ],
    ],
  ])('%j', (text, expected) => {
    const found = findDeadlinePhrases(text);
    expect(found).toMatchObject(expected);
    for (const p of found) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  test('found phrases read as deadlines', () => {
    const text = '26.全面推进规章集中统一公开，2021\n年底前将本地区现行有效规章集中公开。';
    const [phrase] = findDeadlinePhrases(text);
    expect(phrase).toEqual({ text: '2021\n年底前', start: 16, end: 24, kind: 'by' });
    expect(parseDeadline(phrase?.text ?? '', { issued: ISSUED }).deadline).toMatchObject({
      due: '2021-12-31',
    });
  });
});
