import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isIsoDate } from '../model/schema';
import { findDeadlinePhrases, parseDeadline } from './parse';
import { Deadline } from './schema';
import { compareStatus, deadlineStatus } from './status';
import { addWorkingDays, workingDaysBetween } from './working-days';

/** The ISO day `n` days after 2000-01-01. */
const isoDay = (n: number): string => new Date(Date.UTC(2000, 0, 1 + n)).toISOString().slice(0, 10);
/** Days between 2000-01-01 and 2099-12-31. */
const anyDay = fc.integer({ min: 0, max: 36524 }).map(isoDay);
const lastDayOfMonth = (year: number, month: number): string =>
  new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

const DEADLINE_ALPHABET = [
  ...'0123456789０１２９〇一二三四五六七八九十两年月日号份前底末内上中下旬季度第半每按至到长期工作持续推进常态化及时尽快',
  ...'之日起后个工作天周次至少印发收到申请延长；;，,。、—- \n\u3000',
];
const deadlineish = fc.string({ unit: fc.constantFrom(...DEADLINE_ALPHABET), maxLength: 30 });
const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), deadlineish);

describe('the parser never throws', () => {
  test('on arbitrary text (unicode, lone surrogates, deadline-like junk) it returns a valid Deadline', () => {
    fc.assert(
      fc.property(anyText, anyDay, (text, issued) => {
        const { deadline, notices } = parseDeadline(text, { issued });
        expect(Deadline.safeParse(deadline).success).toBe(true);
        expect(deadline.text).toBe(text);
        for (const n of notices) expect(n.code).toMatch(/^[a-z-]+$/);
        if (deadline.kind === 'unspecified') expect(notices.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  test('found phrases are ordered, disjoint and exactly the text at their spans', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let reached = 0;
        for (const p of findDeadlinePhrases(text)) {
          expect(p.start).toBeGreaterThanOrEqual(reached);
          expect(p.end).toBeGreaterThan(p.start);
          expect(text.slice(p.start, p.end)).toBe(p.text);
          reached = p.end;
        }
      }),
      { numRuns: 1000 },
    );
  });
});

/** A month written in one of the ways plans write it. */
const writtenNumber = (n: number, style: number): string => {
  const digits = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (style === 1) return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  if (style === 2) return n < 10 ? (digits[n] ?? '') : `十${n === 10 ? '' : digits[n - 10]}`;
  return String(n);
};
const spaced = (parts: string[], gaps: boolean[]): string =>
  parts.map((p, i) => (gaps[i] ? ` ${p}` : p)).join('');

describe('X月前 is never before the plan was issued', () => {
  // Property: under the default conventions, for every issue day and month M, the year-less phrase “M月前”
  // is due on the last day of month M of the issue year, or of the next year when that day has passed by
  // the issue day — so its due day is never before the issue day.
  test('year-less M月前: due ≥ issued, on the last day of month M', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 12 }), (issued, month) => {
        const { deadline } = parseDeadline(`${month}月前`, { issued });
        expect(deadline.kind).toBe('by');
        if (deadline.kind !== 'by') return;
        expect(deadline.due >= issued).toBe(true);
        const year = Number(issued.slice(0, 4));
        expect([lastDayOfMonth(year, month), lastDayOfMonth(year + 1, month)]).toContain(deadline.due);
        expect(deadline.yearInferred).toBe(true);
      }),
    );
  });

  // Property: for every issue day and every explicit year Y and month M with (Y, M) ≥ (issue year, issue
  // month), “Y年M月前” — however it is written (digits, full-width, Chinese numerals, stray spaces) — is due
  // on the last day of month M of Y, which is never before the issue day, and carries the strict reading
  // (last day of month M−1) as its alternative.
  test('explicit Y年M月前 with (Y, M) ≥ (issue year, issue month): due ≥ issued, strict alternative kept', () => {
    fc.assert(
      fc.property(
        anyDay,
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 2 }),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        (issued, yearsLater, month, style, gaps) => {
          const issueYear = Number(issued.slice(0, 4));
          const issueMonth = Number(issued.slice(5, 7));
          fc.pre(yearsLater > 0 || month >= issueMonth);
          const year = issueYear + yearsLater;
          const yearText =
            style === 2
              ? [...String(year)].map((d) => writtenNumber(Number(d), 2)).join('')
              : writtenNumber(year, style);
          const text = spaced([yearText, '年', writtenNumber(month, style), '月前'], gaps);
          const { deadline, notices } = parseDeadline(text, { issued });
          expect(deadline).toMatchObject({
            kind: 'by',
            due: lastDayOfMonth(year, month),
            reading: 'endOfMonth',
            alternatives: [{ reading: 'endOfPreviousMonth', due: lastDayOfMonth(year, month - 1) }],
            yearInferred: false,
          });
          if (deadline.kind === 'by') expect(deadline.due >= issued).toBe(true);
          expect(notices.filter((n) => n.severity !== 'info')).toEqual([]);
        },
      ),
    );
  });
});

describe('status is monotone in asOf', () => {
  const phrase = fc.oneof(
    fc
      .tuple(fc.integer({ min: 2020, max: 2023 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}年${m}月前`),
    fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([m, d]) => `${m}月${d}日前`),
    fc
      .tuple(fc.integer({ min: 2020, max: 2023 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}年${m}月底前`),
    fc.integer({ min: 1, max: 12 }).map((m) => `${m}月中旬前`),
    fc.integer({ min: 1, max: 4 }).map((q) => `第${q}季度末`),
    fc.constantFrom('年底前', '下半年内', '2022年上半年前'),
  );
  const conventions = fc.record({
    monthBefore: fc.constantFrom('endOfMonth', 'endOfPreviousMonth' as const),
    dayBeforeInclusive: fc.boolean(),
    dueSoonDays: fc.record({ day: fc.integer({ min: 0, max: 60 }), month: fc.integer({ min: 0, max: 120 }) }),
  });

  // Property: for an unfinished `by` deadline, if a ≤ b then status(a) is no worse than status(b) in the order
  // pending < dueSoon < atRisk < overdue, and once overdue the days late only grow.
  test('an unfinished by deadline never moves back', () => {
    fc.assert(
      fc.property(
        phrase,
        conventions,
        fc.integer({ min: 7000, max: 9000 }),
        fc.integer({ min: 0, max: 800 }),
        (text, conv, a, gap) => {
          const { deadline } = parseDeadline(text, { issued: '2021-07-01', conventions: conv });
          expect(deadline.kind).toBe('by');
          const early = deadlineStatus(deadline, { asOf: isoDay(a), conventions: conv });
          const late = deadlineStatus(deadline, { asOf: isoDay(a + gap), conventions: conv });
          expect(compareStatus(early.status, late.status)).toBeLessThanOrEqual(0);
          if (early.status === 'overdue') expect(late.daysLate).toBe((early.daysLate ?? 0) + gap);
        },
      ),
      { numRuns: 2000 },
    );
  });

  // Property: once the completion day has come, the status is done or doneLate and no longer changes.
  test('a finished deadline stays finished', () => {
    fc.assert(
      fc.property(
        phrase,
        fc.integer({ min: 7700, max: 8500 }),
        fc.integer({ min: 0, max: 400 }),
        (text, on, gap) => {
          const { deadline } = parseDeadline(text, { issued: '2021-07-01' });
          const completion = { done: true, on: isoDay(on) };
          const first = deadlineStatus(deadline, { asOf: isoDay(on), completion });
          const later = deadlineStatus(deadline, { asOf: isoDay(on + gap), completion });
          expect(['done', 'doneLate']).toContain(first.status);
          expect(later).toEqual(first);
        },
      ),
    );
  });
});

describe('working days', () => {
  // Property: counting back what was added gives the count, for every day of the covered years.
  test('workingDaysBetween(a, addWorkingDays(a, n)) = n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1462, max: 9800 }), fc.integer({ min: 0, max: 60 }), (a, n) => {
        const from = isoDay(a);
        const { date } = addWorkingDays(from, n);
        expect(isIsoDate(date)).toBe(true);
        expect(workingDaysBetween(from, date).days).toBe(n);
      }),
    );
  });
});
