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
  type Locale,
  ledgerRows,
  type PlanAnalysis,
  type ReportWord,
  roleNames,
  sayReport,
  type UnitDeadline,
  unitDeadlines,
} from '@fengong/core';
import { ReportUsageError } from '../errors';
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
  /** The language of the summaries, descriptions and reminders (default Chinese). */
  locale?: Locale;
}

/** 20211001T083000Z from an ISO date-time. */
function stampOf(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime()))
    throw new ReportUsageError('usage/bad-date-time', { option: 'generatedAt', value: iso });
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

/** The calendar's words, from the catalogue, in one language. */
function wordsIn(locale: Locale, year: number) {
  const say = (id: ReportWord, params: Record<string, string | number> = {}) => sayReport(id, params, locale);
  const lang = locale === 'en' ? 'en' : 'zh';
  const date = (iso: IsoDate) => (locale === 'en' ? iso : formatChineseDate(iso, year));
  const role = (r: NonNullable<UnitDeadline['role']>) => roleNames[lang][r];
  function summaryOf(d: UnitDeadline): string {
    if (d.source === 'notice') return say('ics-summary-notice', { title: d.title });
    const short = [...d.title].length > 40 ? `${[...d.title].slice(0, 39).join('')}…` : d.title;
    return say('ics-summary-task', {
      task: d.task ?? '',
      role: d.role ? say('ics-summary-role', { role: role(d.role) }) : '',
      label: d.label ? say('ics-summary-label', { label: d.label }) : '',
      title: short,
    });
  }
  function descriptionOf(d: UnitDeadline): string {
    const lines =
      d.source === 'notice'
        ? [
            say('ics-requirement', { n: d.requirement ?? '', title: d.title }),
            d.tasks?.length ? say('ics-tasks', { tasks: d.tasks.join(say('names-sep')) }) : '',
          ]
        : [
            say('ics-task', { task: d.task ?? '', title: d.title }),
            d.category ? say('ics-category', { category: d.category }) : '',
            d.role ? say('ics-role', { role: role(d.role) }) : '',
          ];
    lines.push(say('ics-deadline', { text: d.deadlineText }), say('ics-reading', { reading: d.reading }));
    if (d.start) lines.push(say('ics-window', { start: date(d.start), end: date(d.due) }));
    if (d.strictDue) lines.push(say('ics-strict', { date: date(d.strictDue) }));
    return lines.filter(Boolean).join('\n');
  }
  return { say, summaryOf, descriptionOf };
}

/**
 * A unit's dated deadlines as an iCalendar file (text; CRLF line ends).
 *
 * @example
 * renderIcs(analysis, { unit: '市财政局', asOf: '2021-10-01' }).startsWith('BEGIN:VCALENDAR\r\n'); //=> true
 */
export function renderIcs(analysis: PlanAnalysis, options: IcsOptions): string {
  const unit = findUnit(analysis, options.unit);
  const deadlines = unitDeadlines(analysis, unit, { locale: options.locale ?? 'zh-CN' });
  const year = Number(analysis.plan.meta.issued.slice(0, 4));
  const { say, summaryOf, descriptionOf } = wordsIn(options.locale ?? 'zh-CN', year);
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
    `X-WR-CALNAME:${escapeIcsText(say('ics-calendar-name', { unit, title: analysis.plan.meta.title }))}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
  ];
  for (const d of deadlines) {
    const done = d.source === 'task' && d.task !== undefined && finished.has(d.task);
    if (done && options.finished === 'omit') continue;
    const summary = escapeIcsText(done ? say('ics-summary-done', { summary: summaryOf(d) }) : summaryOf(d));
    const alarm = (trigger: string, when: ReportWord) => [
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeIcsText(say('ics-alarm', { when: say(when), summary: summaryOf(d) }))}`,
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
      `DESCRIPTION:${escapeIcsText(descriptionOf(d))}`,
      ...(d.category ? [`CATEGORIES:${escapeIcsText(d.category)}`] : []),
      'TRANSP:TRANSPARENT',
      done ? 'STATUS:CANCELLED' : 'STATUS:CONFIRMED',
      ...(done
        ? []
        : [
            ...alarm('TRIGGER;RELATED=START:-P7D', 'ics-alarm-week'),
            ...alarm('TRIGGER;RELATED=START:-P1D', 'ics-alarm-day'),
            ...(d.strictDue
              ? alarm(`TRIGGER;VALUE=DATE-TIME:${day(d.strictDue)}T010000Z`, 'ics-alarm-strict')
              : []),
          ]),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
