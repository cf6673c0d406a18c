/** Calendars parsed with ical.js: each dated deadline of the unit exactly once, with reminders. */
import { unitDeadlines } from '@fengong/core';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { involvedUnits, renderReport } from '../src';
import { escapeIcsText, foldLine } from '../src/formats/ics';
import { AS_OF, seed, text } from './seed';

async function calendar(
  unit: string,
): Promise<{ raw: string; events: ICAL.Component[]; root: ICAL.Component }> {
  const file = await renderReport({ kind: 'unit', format: 'ics', analysis: seed, asOf: AS_OF, unit });
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
