/**
 * The calendars read by a second real parser: python icalendar (Debian's python3-icalendar, installed
 * by scripts/ensure-system-packages.sh). Each file goes through `Calendar.from_ical`, and the events'
 * UID, STATUS, DTSTAMP, SEQUENCE, DTSTART and alarms come back as python reads them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderReport } from '../src';
import { AS_OF, entry, seed } from './seed';

/** Debian's python (the one python3-icalendar installs into), not whichever is first on PATH. */
const PYTHON = '/usr/bin/python3';
const READ = `
import json, sys
from icalendar import Calendar
out = []
for name in sys.argv[1:]:
    cal = Calendar.from_ical(open(name, 'rb').read())
    events = []
    for e in cal.walk('VEVENT'):
        events.append({
            'uid': str(e['UID']),
            'status': str(e.get('STATUS', '')),
            'dtstamp': e.decoded('DTSTAMP').isoformat(),
            'sequence': int(e.get('SEQUENCE', -1)),
            'start': e.decoded('DTSTART').isoformat(),
            'summary': str(e['SUMMARY']),
            'alarms': len(e.walk('VALARM')),
        })
    out.append({'version': str(cal['VERSION']), 'events': events})
print(json.dumps(out, ensure_ascii=False))
`;

interface PyEvent {
  uid: string;
  status: string;
  dtstamp: string;
  sequence: number;
  start: string;
  summary: string;
  alarms: number;
}

/** The calendars as python icalendar reads them. */
function readWithPython(files: Uint8Array[]): { version: string; events: PyEvent[] }[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'fengong-ics-'));
  const names = files.map((bytes, i) => {
    const name = path.join(dir, `${i}.ics`);
    writeFileSync(name, bytes);
    return name;
  });
  return JSON.parse(execFileSync(PYTHON, ['-c', READ, ...names], { encoding: 'utf8' }));
}

describe('calendars read by python icalendar', () => {
  const finance = (extra: object) =>
    renderReport({ kind: 'unit', format: 'ics', analysis: seed, asOf: AS_OF, unit: '市财政局', ...extra });

  test('finished tasks CANCELLED without alarms; DTSTAMP the generation time; SEQUENCE grows; UIDs stable', async () => {
    const entries = [entry({ task: 1, unit: '市财政局', state: 'done', date: '2021-09-20' })];
    const [first, later, done] = readWithPython([
      (await finance({ generatedAt: '2021-10-01T08:30:00.000Z' })).bytes,
      (await finance({ generatedAt: '2021-10-03T09:00:00.000Z' })).bytes,
      (await finance({ generatedAt: '2021-10-03T09:00:00.000Z', entries })).bytes,
    ]);
    expect(first!.version).toBe('2.0');
    expect(first!.events.length).toBeGreaterThan(1);
    // DTSTAMP: the time the calendar was generated, in UTC.
    expect(new Set(first!.events.map((e) => e.dtstamp))).toEqual(new Set(['2021-10-01T08:30:00+00:00']));
    expect(new Set(later!.events.map((e) => e.dtstamp))).toEqual(new Set(['2021-10-03T09:00:00+00:00']));
    // Regenerated: the same UIDs, each event's SEQUENCE larger than before.
    expect(later!.events.map((e) => e.uid)).toEqual(first!.events.map((e) => e.uid));
    expect(new Set(first!.events.map((e) => e.uid)).size).toBe(first!.events.length);
    first!.events.forEach((e, i) => {
      expect(e.sequence).toBeGreaterThanOrEqual(0);
      expect(later!.events[i]!.sequence).toBeGreaterThan(e.sequence);
    });
    // All-day events on their deadline.
    expect(first!.events.every((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.start))).toBe(true);
    // Task 1 finished: its events CANCELLED, without alarms; the others as they were.
    expect(done!.events.map((e) => e.uid)).toEqual(first!.events.map((e) => e.uid));
    const task1 = done!.events.filter((e) => e.uid.startsWith('task-1-'));
    expect(task1.length).toBeGreaterThan(0);
    for (const e of task1) {
      expect(e.status).toBe('CANCELLED');
      expect(e.alarms).toBe(0);
      expect(e.summary).toMatch(/^【已完成】/);
    }
    const others = done!.events.filter((e) => !e.uid.startsWith('task-1-'));
    expect(others.every((e) => e.status === 'CONFIRMED' && e.alarms > 0)).toBe(true);
  }, 60_000);
});
