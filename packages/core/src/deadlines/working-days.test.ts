import { describe, expect, test } from 'vitest';
import { FengongUsageError } from '../diagnostics';
import { isIsoDate } from '../model/schema';
import holidaysCn from './holidays-cn.json';
import {
  addWorkingDays,
  chinaHolidayCalendar,
  type HolidayCalendar,
  isWorkingDay,
  workingDaysBetween,
} from './working-days';

describe('isWorkingDay', () => {
  test.each([
    ['2021-09-24', true, 'Friday'],
    ['2021-09-25', false, 'Saturday'],
    ['2021-09-26', true, 'Sunday, 调休 for 国庆节'],
    ['2021-10-01', false, '国庆节'],
    ['2021-10-04', false, 'Monday, 国庆节'],
    ['2021-10-07', false, 'Thursday, 国庆节'],
    ['2021-10-08', true, 'Friday'],
    ['2021-10-09', true, 'Saturday, 调休'],
    ['2021-10-10', false, 'Sunday'],
    ['2021-09-20', false, 'Monday, 中秋节 in lieu'],
    ['2024-02-04', true, 'Sunday, 调休 for 春节'],
    ['2024-02-12', false, 'Monday, 春节'],
    ['2026-10-10', true, 'Saturday, 调休'],
  ])('%s → %s (%s)', (day, working) => {
    expect(isWorkingDay(day)).toEqual({ working, provisional: false });
  });

  test.each([
    ['2027-10-01', true],
    ['2003-10-01', true],
    ['2031-10-04', false],
  ])('%s outside the calendar’s years is Monday–Friday and provisional', (day, working) => {
    expect(isWorkingDay(day)).toEqual({ working, provisional: true });
  });
});

describe('addWorkingDays', () => {
  test.each([
    // 收到申请之日起20个工作日内: received Saturday 2021-09-25; a Monday–Friday count would give 2021-10-22
    ['2021-09-25', 20, '2021-10-27', false],
    ['2021-09-30', 1, '2021-10-08', false],
    ['2021-09-30', 0, '2021-09-30', false],
    ['2021-10-08', -1, '2021-09-30', false],
    ['2021-10-27', 20, '2021-11-24', false],
    ['2024-02-09', 1, '2024-02-18', false],
    ['2026-12-30', 5, '2027-01-06', true],
    ['2004-01-02', -3, '2003-12-29', true],
  ])('%s + %i working days → %s', (day, n, date, provisional) => {
    expect(addWorkingDays(day, n)).toEqual({ date, provisional });
  });

  test('rejects a non-integer count', () => {
    expect(() => addWorkingDays('2021-09-25', 1.5)).toThrow(FengongUsageError);
    expect(() => addWorkingDays('2021-09-25', Number.POSITIVE_INFINITY)).toThrow(FengongUsageError);
  });
});

describe('workingDaysBetween', () => {
  test.each([
    ['2021-09-25', '2021-10-27', 20],
    ['2021-10-27', '2021-09-25', -20],
    ['2021-10-01', '2021-10-07', 0],
    ['2021-09-30', '2021-09-30', 0],
    ['2021-12-31', '2022-01-04', 1],
  ])('%s → %s: %i', (from, to, days) => {
    expect(workingDaysBetween(from, to)).toEqual({ days, provisional: false });
  });

  test('beyond the calendar it is provisional', () => {
    expect(workingDaysBetween('2026-12-25', '2027-01-08').provisional).toBe(true);
  });
});

describe('holiday calendars', () => {
  test('a caller’s calendar replaces the built-in one (a new year is a data change only)', () => {
    const calendar: HolidayCalendar = {
      source: 'test',
      license: 'public domain',
      coveredYears: { from: 2031, to: 2031 },
      holidays: ['2031-10-01', '2031-10-02', '2031-10-03'],
      makeupWorkdays: ['2031-10-04'],
    };
    expect(isWorkingDay('2031-10-01', { calendar })).toEqual({ working: false, provisional: false });
    expect(isWorkingDay('2031-10-04', { calendar })).toEqual({ working: true, provisional: false });
    expect(addWorkingDays('2031-09-30', 1, { calendar })).toEqual({ date: '2031-10-04', provisional: false });
  });

  test('the built-in data is well formed', () => {
    const { coveredYears, holidays, makeupWorkdays } = chinaHolidayCalendar;
    expect(holidaysCn.license).toBe('MIT');
    expect(holidaysCn.source).toMatch(/^chinese-days@/);
    expect(coveredYears.from).toBeLessThanOrEqual(2021);
    expect(coveredYears.to).toBeGreaterThanOrEqual(2026);
    for (const list of [holidays, makeupWorkdays]) {
      expect(list.every(isIsoDate)).toBe(true);
      expect([...list].sort()).toEqual(list);
    }
    const years = new Set(holidays.map((d) => Number(d.slice(0, 4))));
    for (let y = coveredYears.from; y <= coveredYears.to; y++) expect(years.has(y)).toBe(true);
    expect(makeupWorkdays.filter((d) => holidays.includes(d))).toEqual([]);
    expect(holidays).toEqual(expect.arrayContaining(['2021-10-01', '2021-10-07']));
    expect(makeupWorkdays).toEqual(expect.arrayContaining(['2021-09-26', '2021-10-09']));
  });
});
