import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addCalendarDays,
  addCalendarMonths,
  dayNumber,
  dayOf,
  daysBetween,
  daysInMonth,
  lastDayOf,
  weekdayOf,
} from './calendar';

const utcDay = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

describe('calendar arithmetic', () => {
  test.each([
    [2021, 2, 30, undefined],
    [2024, 2, 29, '2024-02-29'],
    [2100, 2, 29, undefined],
    [2000, 2, 29, '2000-02-29'],
    [2021, 13, 1, undefined],
    [2021, 0, 1, undefined],
    [21, 9, 30, undefined],
    [2021, 9, 30, '2021-09-30'],
  ])('dayOf(%i, %i, %i) = %s', (y, m, d, expected) => {
    expect(dayOf(y, m, d)).toBe(expected);
  });

  test.each([
    [2021, 2, '2021-02-28'],
    [2024, 2, '2024-02-29'],
    [2021, 12, '2021-12-31'],
    [2021, 13, undefined],
  ])('lastDayOf(%i, %i) = %s', (y, m, expected) => {
    expect(lastDayOf(y, m)).toBe(expected);
  });

  test.each([
    ['2021-01-31', 1, '2021-02-28'],
    ['2021-07-01', 3, '2021-10-01'],
    ['2024-02-29', 12, '2025-02-28'],
  ])('addCalendarMonths(%s, %i) = %s (民法典 art. 202)', (day, n, expected) => {
    expect(addCalendarMonths(day, n)).toBe(expected);
  });

  // Property: integer day numbers agree with the UTC clock for every day from 1900 to 2200.
  test('dayNumber, daysBetween, addCalendarDays, daysInMonth and weekdayOf agree with UTC dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_000 }), fc.integer({ min: -400, max: 400 }), (n, k) => {
        const day = utcDay(n);
        expect(dayNumber(day)).toBe(n);
        expect(daysBetween(day, utcDay(n + k))).toBe(k);
        expect(addCalendarDays(day, k)).toBe(utcDay(n + k));
        expect(weekdayOf(day)).toBe(new Date(n * 86_400_000).getUTCDay());
        const [y, m] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
        expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
      }),
    );
  });
});
