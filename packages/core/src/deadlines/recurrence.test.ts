import { describe, expect, test } from 'vitest';
import { occurrences, parseRecurrence, recurrenceGranularity } from './recurrence';

describe('parseRecurrence', () => {
  test.each([
    [
      'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1',
      { freq: 'YEARLY', byMonth: [3, 6, 9, 12], byMonthDay: [-1] },
    ],
    ['FREQ=MONTHLY;BYMONTHDAY=28', { freq: 'MONTHLY', byMonth: [], byMonthDay: [28] }],
    ['freq=weekly;wkst=mo;byday=su', { freq: 'WEEKLY', byDay: 0 }],
    ['FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20211231', { until: '2021-12-31' }],
  ])('%s', (rrule, expected) => {
    expect(parseRecurrence(rrule)).toMatchObject(expected);
  });

  test.each([
    '',
    'FREQ=DAILY',
    'FREQ=YEARLY',
    'FREQ=YEARLY;BYMONTHDAY=31',
    'FREQ=MONTHLY',
    'FREQ=MONTHLY;BYMONTHDAY=28;COUNT=3',
    'FREQ=YEARLY;INTERVAL=2;BYMONTH=1;BYMONTHDAY=31',
    'FREQ=MONTHLY;BYMONTHDAY=0',
    'FREQ=MONTHLY;BYMONTHDAY=32',
    'FREQ=WEEKLY;BYDAY=XX',
    'FREQ=MONTHLY;BYMONTHDAY=1;UNTIL=2021',
    'FREQ=MONTHLY;FREQ=YEARLY;BYMONTHDAY=1',
  ])('%j is outside the supported subset', (rrule) => {
    expect(parseRecurrence(rrule)).toBeUndefined();
  });
});

describe('occurrences', () => {
  test.each([
    [
      'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1',
      '2021-07-01',
      '2022-01-15',
      ['2021-09-30', '2021-12-31', '2022-03-31'],
    ],
    ['FREQ=MONTHLY;BYMONTHDAY=31', '2021-01-15', '2021-05-01', ['2021-01-31', '2021-03-31', '2021-05-31']],
    [
      'FREQ=MONTHLY;BYMONTHDAY=10,20,-1',
      '2021-02-05',
      '2021-02-21',
      ['2021-02-10', '2021-02-20', '2021-02-28'],
    ],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', '2021-01-01', '2021-01-01', ['2024-02-29']],
    ['FREQ=WEEKLY;BYDAY=SU', '2021-07-04', '2021-07-12', ['2021-07-04', '2021-07-11', '2021-07-18']],
    ['FREQ=MONTHLY;BYMONTHDAY=28;UNTIL=20210831', '2021-07-01', '2022-01-01', ['2021-07-28', '2021-08-28']],
  ])('%s from %s through %s', (rrule, from, through, expected) => {
    const rule = parseRecurrence(rrule);
    expect(rule).toBeDefined();
    if (rule) expect(occurrences(rule, from, through)).toEqual(expected);
  });

  test('granularity: period ends are month-level, named days day-level', () => {
    expect(recurrenceGranularity(parseRecurrence('FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1')!)).toBe(
      'month',
    );
    expect(recurrenceGranularity(parseRecurrence('FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=31')!)).toBe('day');
    expect(recurrenceGranularity(parseRecurrence('FREQ=MONTHLY;BYMONTHDAY=-1')!)).toBe('day');
  });
});
