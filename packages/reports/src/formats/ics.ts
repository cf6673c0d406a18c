/**
 * iCalendar (RFC 5545): one calendar per unit with an all-day VEVENT on each dated deadline and
 * VALARM reminders a week and a day before (and on the stricter day, when there is one). Text is
 * escaped (no line can be injected through CR/LF), lines are folded at 75 octets without splitting
 * a UTF-8 character, and lines end in CRLF.
 */
import {
  type DayString,
  findUnit,
  formatChineseDate,
  type IsoDate,
  type LedgerEntry,
  ledgerRows,
  type PlanAnalysis,
  roleNames,
  type UnitDeadline,
  unitDeadlines,
} from '@fengong/core';
import { fnv1a } from '../text';

/**
 * Escape a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines; other
 * control characters are dropped.
 *
 * @example
 * escapeIcsText('a;b,c\r\nSUMMARY:x'); //=> 'a\\;b\\,c\\nSUMMARY:x'
 */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

/**
 * Fold a content line at 75 octets (RFC 5545 §3.1): continuation lines start with a space, and no
 * UTF-8 character is split.
 *
 * @example
 * foldLine('SUMMARY:' + '任务'.repeat(30)).split('\r\n').length; //=> 3
 */
export function foldLine(line: string): string {
  if (line.length <= 25) return line; // at most 3 octets per UTF-16 unit: cannot exceed 75
  const out: string[] = [];
  let start = 0;
  let octets = 0;
  let i = 0;
  while (i < line.length) {
    const code = line.codePointAt(i)!;
    const units = code > 0xffff ? 2 : 1;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    const limit = out.length === 0 ? 75 : 74; // continuation lines carry a leading space
    if (octets + size > limit) {
      out.push(line.slice(start, i));
      start = i;
      octets = 0;
    }
    octets += size;
    i += units;
  }
  out.push(line.slice(start));
  return out.join('\r\n ');
}

const day = (iso: IsoDate) => iso.replaceAll('-', '');

function nextDay(iso: IsoDate): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10).replaceAll('-', '');
}

/**
 * Options of {@link renderIcs}.
 *
 * @example
 * const options: IcsOptions = { unit: '市财政局', asOf: '2021-10-01' };
 */
export interface IcsOptions {
  unit: string;
  /** The status day: which tasks are done. */
  asOf: DayString;
  /** The progress ledger's entries: a task the unit has finished is done on its calendar. */
  entries?: readonly LedgerEntry[];
  /**
   * When the calendar is generated (an ISO date-time the caller reads from its clock): DTSTAMP, and
   * the SEQUENCE of every event (minutes since 2020, so a regenerated calendar always supersedes the
   * last one). Default: the status day at midnight UTC, so files stay reproducible.
   */
  generatedAt?: string;
  /** A finished task's events: kept as STATUS:CANCELLED without reminders (default), or left out. */
  finished?: 'cancel' | 'omit';
}

/** 20211001T083000Z from an ISO date-time. */
function stampOf(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new TypeError(`generatedAt is not a date-time: “${iso}”`);
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

function summaryOf(d: UnitDeadline): string {
  if (d.source === 'notice') return `【报送截止】${d.title}`;
  const role = d.role ? `（${roleNames.zh[d.role]}）` : '';
  const short = [...d.title].length > 40 ? `${[...d.title].slice(0, 39).join('')}…` : d.title;
  return `【截止】任务${d.task}${role}${d.label ? `${d.label}：` : ''}${short}`;
}

function descriptionOf(d: UnitDeadline, year: number): string {
  const lines =
    d.source === 'notice'
      ? [
          `通知工作要求第${d.requirement}项：${d.title}`,
          d.tasks?.length ? `涉及任务：${d.tasks.join('、')}` : '',
        ]
      : [
          `任务${d.task}：${d.title}`,
          d.category ? `工作类别：${d.category}` : '',
          d.role ? `本单位角色：${roleNames.zh[d.role]}` : '',
        ];
  lines.push(`完成时限：${d.deadlineText}`, `时限解读：${d.reading}`);
  if (d.start) lines.push(`时段：${formatChineseDate(d.start, year)}至${formatChineseDate(d.due, year)}`);
  if (d.strictDue) lines.push(`从严理解：${formatChineseDate(d.strictDue, year)}前`);
  return lines.filter(Boolean).join('\n');
}

/**
 * A unit's dated deadlines as an iCalendar file (text; CRLF line ends).
 *
 * @example
 * renderIcs(analysis, { unit: '市财政局', asOf: '2021-10-01' }).startsWith('BEGIN:VCALENDAR\r\n'); //=> true
 */
export function renderIcs(analysis: PlanAnalysis, options: IcsOptions): string {
  const unit = findUnit(analysis, options.unit);
  const deadlines = unitDeadlines(analysis, unit);
  const year = Number(analysis.plan.meta.issued.slice(0, 4));
  const planKey = fnv1a(`${analysis.plan.meta.title}|${analysis.plan.meta.issued}`);
  const unitKey = fnv1a(unit);
  const generatedAt = options.generatedAt ?? `${options.asOf}T00:00:00Z`;
  const stamp = stampOf(generatedAt);
  const sequence = Math.max(0, Math.floor((new Date(generatedAt).getTime() - SEQUENCE_EPOCH) / 60_000));
  // Tasks this unit has finished (its own part done, or the whole task done by its owners).
  const finished = new Set<number>();
  if (options.entries) {
    for (const row of ledgerRows(analysis, { asOf: options.asOf, entries: options.entries, unit })) {
      const part = row.parts?.find((p) => p.unit === unit);
      const states = [row.status.status, part?.state];
      if (states.includes('done') || states.includes('doneLate')) finished.add(row.number);
    }
  }
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//fengong//fengong-reports 0.0.0//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(`${unit}时限日历 · ${analysis.plan.meta.title}`)}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
  ];
  for (const d of deadlines) {
    const done = d.source === 'task' && d.task !== undefined && finished.has(d.task);
    if (done && options.finished === 'omit') continue;
    const summary = escapeIcsText(`${done ? '【已完成】' : ''}${summaryOf(d)}`);
    const alarm = (trigger: string, what: string) => [
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeIcsText(`${what}：${summaryOf(d)}`)}`,
      trigger,
      'END:VALARM',
    ];
    lines.push(
      'BEGIN:VEVENT',
      `UID:${d.key}.${unitKey}.${planKey}@fengong`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${sequence}`,
      `DTSTART;VALUE=DATE:${day(d.due)}`,
      `DTEND;VALUE=DATE:${nextDay(d.due)}`,
      ...(d.rrule ? [`RRULE:${d.rrule.replace(/[^A-Z0-9=;,:+-]/gi, '')}`] : []),
      `SUMMARY:${summary}`,
      `DESCRIPTION:${escapeIcsText(descriptionOf(d, year))}`,
      ...(d.category ? [`CATEGORIES:${escapeIcsText(d.category)}`] : []),
      'TRANSP:TRANSPARENT',
      done ? 'STATUS:CANCELLED' : 'STATUS:CONFIRMED',
      ...(done
        ? []
        : [
            ...alarm('TRIGGER;RELATED=START:-P7D', '一周后到期'),
            ...alarm('TRIGGER;RELATED=START:-P1D', '明日到期'),
            ...(d.strictDue
              ? alarm(`TRIGGER;VALUE=DATE-TIME:${day(d.strictDue)}T010000Z`, '按从严理解今日到期')
              : []),
          ]),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
