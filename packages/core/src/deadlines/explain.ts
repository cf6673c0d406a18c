/**
 * Explaining a deadline for people and tools (CLI, viewer): the typed value, the reading taken, the other
 * readings, the status on a day, and every notice.
 */
import type { Diagnostic } from '../diagnostics';
import { sayDeadline } from '../messages/deadline-summary';
import type { IsoDate } from '../model/schema';
import { type ParseDeadlineOptions, parseDeadline } from './parse';
import { occurrences, parseRecurrence } from './recurrence';
import { relativeDue } from './relative';
import type {
  AlternativeReading,
  AnchorEvent,
  Deadline,
  DeadlineKind,
  DeadlineReading,
  SimpleDeadline,
} from './schema';
import { type Completion, type DeadlineStatusReport, deadlineStatus } from './status';
import type { WorkingDayOptions } from './working-days';

/** The last acceptable day of a simple deadline, when it has one without further facts. */
function dueOf(d: SimpleDeadline, options: WorkingDayOptions): IsoDate | null {
  switch (d.kind) {
    case 'by':
      return d.due;
    case 'window':
      return d.end;
    case 'relative':
      return d.anchor.on === undefined ? null : relativeDue(d, d.anchor.on, options).date;
    case 'recurring': {
      const rule = parseRecurrence(d.rrule);
      return d.start === undefined || rule === undefined
        ? null
        : (occurrences(rule, d.start, d.start)[0] ?? null);
    }
    default:
      return null;
  }
}

function partsOf(deadline: Deadline): readonly SimpleDeadline[] {
  return deadline.kind === 'compound' ? deadline.parts : [deadline];
}

/** The first part that has a last acceptable day, with that day. */
function firstDated(deadline: Deadline, options: WorkingDayOptions) {
  for (const part of partsOf(deadline)) {
    const due = dueOf(part, options);
    if (due !== null) return { part, due };
  }
  return undefined;
}

/**
 * The last acceptable day of the first dated part of a deadline (first 截止日期), or null when no part
 * has one (长期工作, 及时, a relative deadline whose event has not happened).
 *
 * @example
 * firstDue(parseDeadline('2021 年 9 月前完成现有规划文件主动公开；长期工作', { issued: '2021-07-01' }).deadline);
 * //=> '2021-09-30'
 * firstDue(parseDeadline('长期工作', { issued: '2021-07-01' }).deadline); //=> null
 */
export function firstDue(deadline: Deadline, options: WorkingDayOptions = {}): IsoDate | null {
  return firstDated(deadline, options)?.due ?? null;
}

/**
 * Options of {@link explainDeadline}: those of reading (成文日期, 解读约定) and, for a status, the status day
 * and facts.
 *
 * @example
 * const options: ExplainDeadlineOptions = { issued: '2021-07-01', asOf: '2021-09-15' };
 */
export interface ExplainDeadlineOptions extends ParseDeadlineOptions, WorkingDayOptions {
  /** Give the status as of this day too. */
  asOf?: IsoDate | undefined;
  completion?: Completion | undefined;
  anchors?: Partial<Record<AnchorEvent, IsoDate>> | undefined;
}

/**
 * Everything about one deadline text (时限解读), as plain JSON for a CLI's `--json` and a viewer.
 *
 * @example
 * const { kind, due, alternatives, status, notices }: DeadlineExplanation =
 *   explainDeadline('2021 年 9 月前', { issued: '2021-07-01', asOf: '2021-10-01' });
 * // 'by', '2021-09-30', [{ reading: 'endOfPreviousMonth', due: '2021-08-31' }], { status: 'overdue', … }, []
 */
export interface DeadlineExplanation {
  /** The text as written. */
  text: string;
  kind: DeadlineKind;
  /** The last acceptable day of the first dated part, or null. */
  due: IsoDate | null;
  /** How the first dated part was read, when it is a `by` deadline. */
  reading: DeadlineReading | null;
  /** The first dated part's other readings. */
  alternatives: AlternativeReading[];
  /** The first dated part names no year. */
  yearInferred: boolean;
  /** One line for people, in Chinese (from the catalogue; `sayDeadline(deadline, 'en')` in English). */
  summary: string;
  deadline: Deadline;
  /** Present when `asOf` was given. */
  status?: DeadlineStatusReport;
  /** Notices of reading and of status. */
  notices: Diagnostic[];
}

/**
 * Read a deadline text and explain it (时限解读): the typed value, the reading, the alternatives, the
 * status when `asOf` is given, and notices — for a CLI and a viewer.
 *
 * @example
 * explainDeadline('2021 年 9 月前', { issued: '2021-07-01', asOf: '2021-09-15' });
 * //=> { text: '2021 年 9 月前', kind: 'by', due: '2021-09-30', reading: 'endOfMonth',
 * //     alternatives: [{ reading: 'endOfPreviousMonth', due: '2021-08-31' }], yearInferred: false,
 * //     summary: '2021-09-30 前（按当月月底前理解；按当月开始前理解为 2021-08-31）', deadline: {…},
 * //     status: { kind: 'by', status: 'atRisk', due: '2021-09-30', daysLeft: 15, strictDue: '2021-08-31', … },
 * //     notices: [] }
 */
export function explainDeadline(text: string, options: ExplainDeadlineOptions): DeadlineExplanation {
  const { deadline, notices } = parseDeadline(text, options);
  const first = firstDated(deadline, options);
  const by = first?.part.kind === 'by' ? first.part : undefined;
  const explanation: DeadlineExplanation = {
    text,
    kind: deadline.kind,
    due: first?.due ?? null,
    reading: by?.reading ?? null,
    alternatives: by?.alternatives ?? [],
    yearInferred:
      first?.part.kind === 'by' || first?.part.kind === 'window' ? first.part.yearInferred : false,
    summary: sayDeadline(deadline),
    deadline,
    notices,
  };
  if (options.asOf === undefined) return explanation;
  const status = deadlineStatus(deadline, { ...options, asOf: options.asOf });
  return { ...explanation, status, notices: [...notices, ...status.notices] };
}
