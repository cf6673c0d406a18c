/** Calendars parsed with ical.js: each dated deadline of the unit exactly once, with reminders. */
import { unitDeadlines } from '@fengong/core';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { involvedUnits, renderReport } from '../src';
import { escapeIcsText, foldLine, renderIcs } from '../src/formats/ics';
import { utf8 } from '../src/text';
import { AS_OF, entry, seed, text } from './seed';

async function calendar(
  unit: string,
  locale?: 'en',
): Promise<{ raw: string; events: ICAL.Component[]; root: ICAL.Component }> {
  const file = await renderReport({
    kind: 'unit',
    format: 'ics',
    analysis: seed,
    asOf: AS_OF,
    unit,
    ...(locale ? { locale } : {}),
  });
  expect(file.mediaType).toBe('text/calendar; charset=utf-8');
  const raw = text(file.bytes);
  const root = new ICAL.Component(ICAL.parse(raw));
  return { raw, root, events: root.getAllSubcomponents('vevent') };
}

describe('unit calendars (时限日历)', () => {
  test('市财政局: one event per dated deadline, each exactly once, on its day', async () => {
    const { root, events } = await calendar('市财政局');
    const deadlines = unitDeadlines(seed, '市财政局');
    expect(deadlines.length).toBe(17);
    expect(events).toHaveLength(deadlines.length);
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    const uids = events.map((e) => String(e.getFirstPropertyValue('uid')));
    expect(new Set(uids).size).toBe(uids.length);
    for (const d of deadlines) {
      const matching = events.filter((e) => String(e.getFirstPropertyValue('uid')).startsWith(`${d.key}.`));
      expect(matching).toHaveLength(1);
      const start = matching[0]!.getFirstPropertyValue('dtstart') as ICAL.Time;
      expect(start.isDate).toBe(true);
      expect(start.toString()).toBe(d.due);
    }
    const report = events.find((e) => String(e.getFirstPropertyValue('summary')).startsWith('【报送截止】'))!;
    expect((report.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe('2021-10-30');
    expect(String(report.getFirstPropertyValue('description'))).toContain('涉及任务：7、8、9');
    const first = events.find((e) => String(e.getFirstPropertyValue('uid')).startsWith('task-1-0.'))!;
    expect(String(first.getFirstPropertyValue('summary'))).toMatch(
      /^【截止】任务1（配合）完成现有规划文件主动公开：县级以上各级人民政府主动公开.*…$/,
    );
    expect(String(first.getFirstPropertyValue('description'))).toContain('\n从严理解：8月31日前');
  });

  test('in English: the calendar’s own words from the catalogue, the plan’s words as written', async () => {
    const { root, events } = await calendar('市财政局', 'en');
    expect(String(root.getFirstPropertyValue('x-wr-calname'))).toMatch(/^市财政局 deadline calendar · /);
    const first = events.find((e) => String(e.getFirstPropertyValue('uid')).startsWith('task-1-0.'))!;
    expect(String(first.getFirstPropertyValue('summary'))).toMatch(
      /^\[Due\] Task 1 \(supporting\), 完成现有规划文件主动公开: 县级以上各级人民政府主动公开.*…$/,
    );
    const description = String(first.getFirstPropertyValue('description'));
    expect(description).toContain('This unit’s role: supporting');
    expect(description).toContain('\nStricter reading: by 2021-08-31');
    // The reading is core's, in the calendar's language: the day as ISO, no Chinese word of its own.
    expect(description).toContain('\nRead as: by 2021-09-30 (strictly: by 2021-08-31)\n');
    for (const e of events)
      expect(String(e.getFirstPropertyValue('description'))).not.toMatch(
        /Read as: [^\n]*(按|理解|从严|月\d+日)/,
      );
    const reminders = first
      .getAllSubcomponents('valarm')
      .map((a) => String(a.getFirstPropertyValue('description')));
    expect(reminders.map((r) => r.split(':')[0])).toEqual([
      'Due in a week',
      'Due tomorrow',
      'Due today by the stricter reading',
    ]);
    const report = events.find((e) =>
      String(e.getFirstPropertyValue('summary')).startsWith('[Report due] '),
    )!;
    expect(String(report.getFirstPropertyValue('description'))).toContain('Tasks: 7, 8, 9');
    expect(String(report.getFirstPropertyValue('description'))).toContain('\nRead as: by 2021-10-30');
    // No word of the calendar's own in Chinese: what is Chinese is the plan's.
    for (const e of events)
      expect(String(e.getFirstPropertyValue('summary'))).not.toMatch(/【|】|任务\d|本单位|从严/);
  });

  test('in Chinese, the reminders say when', async () => {
    const { events } = await calendar('市财政局');
    const first = events.find((e) => String(e.getFirstPropertyValue('uid')).startsWith('task-1-0.'))!;
    const reminders = first
      .getAllSubcomponents('valarm')
      .map((a) => String(a.getFirstPropertyValue('description')));
    expect(reminders.map((r) => r.split('：')[0])).toEqual(['一周后到期', '明日到期', '按从严理解今日到期']);
  });

  test('reminders: a week and a day before, and on the stricter day', async () => {
    const { events } = await calendar('市财政局');
    const first = events.find((e) => String(e.getFirstPropertyValue('uid')).startsWith('task-1-0.'))!;
    const alarms = first.getAllSubcomponents('valarm');
    expect(alarms.map((a) => a.getFirstPropertyValue('action'))).toEqual(['DISPLAY', 'DISPLAY', 'DISPLAY']);
    const triggers = alarms.map((a) => a.getFirstPropertyValue('trigger')!.toString());
    expect(triggers).toEqual(['-P7D', '-P1D', '2021-08-31T01:00:00Z']);
    const notice = events.find((e) => String(e.getFirstPropertyValue('uid')).startsWith('notice-'))!;
    expect(notice.getAllSubcomponents('valarm')).toHaveLength(2);
  });

  test('every involved unit: events match its deadlines; lines folded at 75 octets, CRLF', async () => {
    for (const unit of involvedUnits(seed)) {
      const { raw, events } = await calendar(unit);
      expect(events).toHaveLength(unitDeadlines(seed, unit).length);
      expect(raw.endsWith('\r\n')).toBe(true);
      for (const line of raw.split('\r\n')) {
        expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        expect(line).not.toMatch(/[\r\n]/);
      }
    }
  });

  test('a county: the county tasks, no report duty (it leads nothing)', async () => {
    const { events } = await calendar('赤坎区政府');
    expect(events.some((e) => String(e.getFirstPropertyValue('summary')).startsWith('【报送截止】'))).toBe(
      false,
    );
    expect(events.map((e) => String(e.getFirstPropertyValue('uid')).split('.')[0])).toContain('task-15');
  });

  test('escaping and folding keep the text, whatever it holds', () => {
    expect(escapeIcsText('a;b,c\\d\r\nEND:VEVENT')).toBe('a\\;b\\,c\\\\d\\nEND:VEVENT');
    const line = `SUMMARY:${'任务'.repeat(40)}`;
    const folded = foldLine(line);
    expect(folded.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

describe('calendars as clients read them (RFC 5545)', () => {
  const parse = (bytes: Uint8Array) =>
    new ICAL.Component(ICAL.parse(text(bytes))).getAllSubcomponents('vevent');
  const finance = (extra: object) =>
    renderReport({ kind: 'unit', format: 'ics', analysis: seed, asOf: AS_OF, unit: '市财政局', ...extra });

  test('a task the unit finished is CANCELLED with no reminders, or left out; others stay', async () => {
    const entries = [entry({ task: 1, unit: '市财政局', state: 'done', date: '2021-09-20' })];
    const before = parse((await finance({})).bytes);
    const events = parse((await finance({ entries })).bytes);
    expect(events).toHaveLength(before.length);
    const status = (e: ICAL.Component) => String(e.getFirstPropertyValue('status'));
    const task1 = events.filter((e) => String(e.getFirstPropertyValue('uid')).startsWith('task-1-'));
    expect(task1.length).toBeGreaterThan(0);
    for (const e of task1) {
      expect(status(e)).toBe('CANCELLED');
      expect(e.getAllSubcomponents('valarm')).toHaveLength(0);
      expect(String(e.getFirstPropertyValue('summary'))).toMatch(/^【已完成】/);
    }
    const others = events.filter((e) => !task1.includes(e));
    expect(others.every((e) => status(e) === 'CONFIRMED' && e.getAllSubcomponents('valarm').length > 0)).toBe(
      true,
    );
    // UIDs stay what they were.
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual(
      before.map((e) => e.getFirstPropertyValue('uid')),
    );
    const omitted = parse(
      utf8(renderIcs(seed, { unit: '市财政局', asOf: AS_OF, entries, finished: 'omit' })),
    );
    expect(omitted).toHaveLength(before.length - task1.length);
  });

  test('DTSTAMP is the generation time; SEQUENCE grows when the calendar is regenerated', async () => {
    const first = parse((await finance({ generatedAt: '2021-10-01T08:30:00.000Z' })).bytes);
    const later = parse((await finance({ generatedAt: '2021-10-03T09:00:00.000Z' })).bytes);
    const stamp = first[0]!.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toString()).toBe('2021-10-01T08:30:00Z');
    const seq = (events: ICAL.Component[]) => events.map((e) => Number(e.getFirstPropertyValue('sequence')));
    for (const [a, b] of seq(first).map((s, i) => [s, seq(later)[i]!])) expect(b).toBeGreaterThan(a!);
    expect(later.map((e) => e.getFirstPropertyValue('uid'))).toEqual(
      first.map((e) => e.getFirstPropertyValue('uid')),
    );
  });
});
