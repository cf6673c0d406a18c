/**
 * Where a deadline stands on a given day (进度状态), from completion facts passed in: a pure function of
 * the deadline, the day and the facts.
 */
import type { Diagnostic } from '../diagnostics';
import type { Conventions, ConventionsInput, IsoDate } from '../model/schema';
import { daysBetween, isCalendarDay, laterOf } from './calendar';
import { resolveConventions } from './conventions';
import { notice } from './notices';
import { occurrences, parseRecurrence, recurrenceGranularity } from './recurrence';
import { relativeDue } from './relative';
import type {
  AnchorEvent,
  CompoundDeadline,
  Deadline,
  DeadlineKind,
  DeadlineStatus,
  Granularity,
  RecurringDeadline,
  RelativeDeadline,
  TrafficLight,
} from './schema';
import type { HolidayCalendar } from './working-days';

/**
 * How bad each status is, for the worst-of across parts. Unfinished dated work only ever moves up this
 * order as days pass (pending → dueSoon → atRisk → overdue).
 */
const SEVERITY: Readonly<Record<DeadlineStatus, number>> = {
  done: 0,
  doneLate: 1,
  ongoing: 2,
  notStarted: 3,
  awaitingAnchor: 4,
  pending: 5,
  unknown: 6,
  dueSoon: 7,
  atRisk: 8,
  overdue: 9,
};

/**
 * Compare two statuses by how bad they are (negative when `a` is less bad).
 *
 * @example
 * ['overdue', 'pending', 'done'].sort(compareStatus); //=> ['done', 'pending', 'overdue']
 */
export function compareStatus(a: DeadlineStatus, b: DeadlineStatus): number {
  return SEVERITY[a] - SEVERITY[b];
}

/**
 * Completion facts (完成情况) as of some day, e.g. from a work ledger (工作台账). A fact dated after the
 * status day is not yet known on that day and is ignored.
 *
 * @example
 * const completion: Completion = { done: true, on: '2021-09-20' };
 * const perPart: Completion = { parts: [{ done: true, on: '2021-09-20' }, undefined] };
 * const perOccurrence: Completion = { occurrences: { '2021-09-30': { done: true } } };
 */
export interface Completion {
  /** The work is finished (已完成); for a recurring or compound deadline, every part without its own fact is. */
  done?: boolean;
  /** When it was finished. */
  on?: IsoDate;
  /** A relative deadline's extension was granted (延期). */
  extended?: boolean;
  /** Facts for the parts of a compound deadline, by index. */
  parts?: readonly (Completion | undefined)[];
  /** Facts for the occurrences of a recurring deadline, keyed by the occurrence's last acceptable day. */
  occurrences?: Readonly<Partial<Record<IsoDate, Completion>>>;
}

/**
 * Options of {@link deadlineStatus}: the status day (截至日期), conventions, completion facts (完成情况) and
 * when anchor events (起算事件) happened.
 *
 * @example
 * const options: DeadlineStatusOptions = {
 *   asOf: '2021-10-20', anchors: { requestReceived: '2021-09-25' }, completion: { extended: true },
 * };
 */
export interface DeadlineStatusOptions {
  /** The day the status is for (截至日期). */
  asOf: IsoDate;
  /** Reading conventions (解读约定); `dueSoonDays` sets when a deadline is due soon. */
  conventions?: ConventionsInput | undefined;
  completion?: Completion | undefined;
  /** When the events relative deadlines count from happened, e.g. `{ requestReceived: '2021-09-25' }`. */
  anchors?: Partial<Record<AnchorEvent, IsoDate>> | undefined;
  /** Holiday calendar for working-day deadlines. */
  calendar?: HolidayCalendar | undefined;
}

/**
 * The status (进度状态) of one dated obligation.
 *
 * @example
 * const late: DueStatus = { status: 'overdue', due: '2021-09-30', daysLate: 1 };
 */
export interface DueStatus {
  status: DeadlineStatus;
  /** The last acceptable day judged against (under the chosen reading), or null when there is none. */
  due: IsoDate | null;
  /** Calendar days left until `due` (0 on the day itself), while not late. */
  daysLeft?: number;
  /** Calendar days late: `overdue` as of the status day, `doneLate` at completion. */
  daysLate?: number;
  /** For `atRisk`: the last day under the strict alternative reading, already passed. */
  strictDue?: IsoDate;
}

/**
 * The status of one part of a compound deadline (分项), or one occurrence of a recurring deadline (期次).
 *
 * @example
 * const part: PartStatus = { kind: 'by', label: '完成现有规划文件主动公开', status: 'done', due: '2021-09-30' };
 */
export interface PartStatus extends DueStatus {
  kind: DeadlineKind;
  label?: string;
}

/**
 * A deadline's status (进度状态): for compound and recurring deadlines the worst of `parts`, which are listed.
 *
 * @example
 * const report: DeadlineStatusReport = deadlineStatus(deadline, { asOf: '2021-10-01' });
 * // { kind: 'compound', status: 'overdue', due: '2021-09-30', daysLate: 1,
 * //   parts: [{ kind: 'by', label: '完成现有规划文件主动公开', status: 'overdue', … },
 * //           { kind: 'ongoing', status: 'ongoing', due: null }], notices: [] }
 */
export interface DeadlineStatusReport extends DueStatus {
  kind: DeadlineKind;
  parts?: PartStatus[];
  notices: Diagnostic[];
}

interface StatusContext {
  asOf: IsoDate;
  conventions: Conventions;
  anchors: Partial<Record<AnchorEvent, IsoDate>>;
  calendar: HolidayCalendar | undefined;
  /** Notices found while judging, in order. */
  notices: Diagnostic[];
}

/** The day the work was finished, when finished as of the status day (`null`: finished, day unknown). */
function finishedOn(completion: Completion | undefined, asOf: IsoDate): IsoDate | null | undefined {
  if (completion?.done !== true) return undefined;
  if (completion.on === undefined) return null;
  return completion.on <= asOf ? completion.on : undefined;
}

function dueSoonThreshold(granularity: Granularity, conventions: Conventions): number {
  return granularity === 'day' || granularity === 'tenDay'
    ? conventions.dueSoonDays.day
    : conventions.dueSoonDays.month;
}

/** A dated obligation: its last day, how fine it is, other readings of the phrase that may be earlier. */
interface Obligation {
  due: IsoDate;
  granularity: Granularity;
  alternatives: readonly { due: IsoDate }[];
  /** First day of a window: before it the work has not started. */
  start?: IsoDate;
}

const NO_ALTERNATIVES: readonly { due: IsoDate }[] = [];

/** The earliest alternative last day that is stricter than `due` and already passed on `asOf`. */
function passedStrictDue(ob: Obligation, asOf: IsoDate): IsoDate | undefined {
  let strictest: IsoDate | undefined;
  for (const { due } of ob.alternatives) {
    if (due < ob.due && due < asOf && (strictest === undefined || due < strictest)) strictest = due;
  }
  return strictest;
}

function judge(ob: Obligation, completion: Completion | undefined, ctx: StatusContext): DueStatus {
  const due = ob.due;
  const finished = finishedOn(completion, ctx.asOf);
  if (finished !== undefined) {
    if (finished !== null && finished > due)
      return { status: 'doneLate', due, daysLate: daysBetween(due, finished) };
    return { status: 'done', due };
  }
  const daysLeft = daysBetween(ctx.asOf, due);
  if (ob.start !== undefined && ctx.asOf < ob.start) return { status: 'notStarted', due, daysLeft };
  if (daysLeft < 0) return { status: 'overdue', due, daysLate: -daysLeft };
  const strictDue = passedStrictDue(ob, ctx.asOf);
  if (strictDue !== undefined) return { status: 'atRisk', due, daysLeft, strictDue };
  if (daysLeft <= dueSoonThreshold(ob.granularity, ctx.conventions))
    return { status: 'dueSoon', due, daysLeft };
  return { status: 'pending', due, daysLeft };
}

/** Finished or not; for deadlines with no day to be late against. */
function undated(
  unfinished: DeadlineStatus,
  due: IsoDate | null,
  completion: Completion | undefined,
  asOf: IsoDate,
): DueStatus {
  return { status: finishedOn(completion, asOf) === undefined ? unfinished : 'done', due };
}

/** A status with the parts it was judged from; notices go to the context. */
interface Judged extends DueStatus {
  parts?: PartStatus[];
}

/**
 * Copy a status's optional facts onto an object being built. Explicit rather than object spread: status is
 * computed for every task on every day, and spreading objects of varying shapes dominated its cost.
 */
function withFacts<T extends DueStatus>(target: T, facts: DueStatus): T {
  if (facts.daysLeft !== undefined) target.daysLeft = facts.daysLeft;
  if (facts.daysLate !== undefined) target.daysLate = facts.daysLate;
  if (facts.strictDue !== undefined) target.strictDue = facts.strictDue;
  return target;
}

function worstOf(parts: readonly PartStatus[]): DueStatus {
  const worst = parts.reduce<PartStatus | undefined>((w, p) => {
    if (w === undefined) return p;
    const order = compareStatus(p.status, w.status) || (p.daysLate ?? 0) - (w.daysLate ?? 0);
    return order > 0 ? p : w;
  }, undefined);
  if (worst === undefined) return { status: 'unknown', due: null };
  return withFacts({ status: worst.status, due: worst.due }, worst);
}

function relativeStatus(d: RelativeDeadline, completion: Completion | undefined, ctx: StatusContext): Judged {
  const anchorOn = d.anchor.on ?? ctx.anchors[d.anchor.event];
  if (anchorOn === undefined || ctx.asOf < anchorOn)
    return undated('awaitingAnchor', null, completion, ctx.asOf);
  const due = relativeDue(d, anchorOn, { extended: completion?.extended === true, calendar: ctx.calendar });
  if (due.provisional) {
    ctx.notices.push(
      notice('warning', 'working-days-provisional', { text: d.text, from: anchorOn, due: due.date }),
    );
  }
  return judge({ due: due.date, granularity: 'day', alternatives: NO_ALTERNATIVES }, completion, ctx);
}

function recurringStatus(
  d: RecurringDeadline,
  completion: Completion | undefined,
  ctx: StatusContext,
): Judged {
  const rule = parseRecurrence(d.rrule);
  if (rule === undefined) {
    ctx.notices.push(notice('warning', 'recurrence-unsupported', { rrule: d.rrule, text: d.text }));
    return { status: 'unknown', due: null };
  }
  const from = d.start ?? ctx.asOf;
  const granularity = recurrenceGranularity(rule);
  const parts = occurrences(rule, from, laterOf(ctx.asOf, from)).map((due): PartStatus => {
    const occurrence = completion?.occurrences?.[due] ?? completion;
    const judged = judge({ due, granularity, alternatives: NO_ALTERNATIVES }, occurrence, ctx);
    return withFacts({ kind: 'recurring', status: judged.status, due: judged.due }, judged);
  });
  // UNTIL has passed and nothing is left: the duty is over.
  if (parts.length === 0) return { status: 'done', due: null };
  return { ...worstOf(parts), parts };
}

function compoundStatus(d: CompoundDeadline, completion: Completion | undefined, ctx: StatusContext): Judged {
  const parts = d.parts.map((part, i): PartStatus => {
    // A recurring part is summarised by its worst occurrence; its occurrences are not listed again.
    const judged = statusOf(part, completion?.parts?.[i] ?? completion, ctx);
    const status: PartStatus = withFacts({ kind: part.kind, status: judged.status, due: judged.due }, judged);
    if (part.label !== undefined) status.label = part.label;
    return status;
  });
  return { ...worstOf(parts), parts };
}

function statusOf(d: Deadline, completion: Completion | undefined, ctx: StatusContext): Judged {
  switch (d.kind) {
    case 'by':
      return judge({ due: d.due, granularity: d.granularity, alternatives: d.alternatives }, completion, ctx);
    case 'window':
      return judge(
        { due: d.end, granularity: d.granularity, alternatives: NO_ALTERNATIVES, start: d.start },
        completion,
        ctx,
      );
    case 'ongoing':
      return undated('ongoing', d.until ?? null, completion, ctx.asOf);
    case 'asap':
      return undated('pending', null, completion, ctx.asOf);
    case 'unspecified':
      return undated('unknown', null, completion, ctx.asOf);
    case 'relative':
      return relativeStatus(d, completion, ctx);
    case 'recurring':
      return recurringStatus(d, completion, ctx);
    case 'compound':
      return compoundStatus(d, completion, ctx);
  }
}

/**
 * The status of a deadline as of a day (截至某日的进度状态). `by` deadlines are `pending`, then `dueSoon`
 * (within `conventions.dueSoonDays.day` days for day- and ten-day-level deadlines, `.month` for month-level
 * and coarser), `atRisk` once a stricter alternative reading has passed, then `overdue` with `daysLate`; a
 * status never moves back as `asOf` advances. Compound and recurring deadlines list `parts` and report the
 * worst of them. Completion facts and anchor events are passed in, so this is a pure function.
 *
 * @example
 * const { deadline } = parseDeadline('2021年9月前', { issued: '2021-07-01' });
 * deadlineStatus(deadline, { asOf: '2021-09-15' }).status; //=> 'atRisk'  (late if 9月前 meant by 8月31日)
 * deadlineStatus(deadline, { asOf: '2021-10-01' }); //=> { kind: 'by', status: 'overdue', due: '2021-09-30', daysLate: 1, notices: [] }
 * deadlineStatus(deadline, { asOf: '2021-10-01', completion: { done: true, on: '2021-09-28' } }).status; //=> 'done'
 */
export function deadlineStatus(deadline: Deadline, options: DeadlineStatusOptions): DeadlineStatusReport {
  if (!isCalendarDay(options.asOf)) {
    return {
      kind: deadline.kind,
      status: 'unknown',
      due: null,
      notices: [notice('error', 'invalid-as-of', { asOf: options.asOf })],
    };
  }
  const ctx: StatusContext = {
    asOf: options.asOf,
    conventions: resolveConventions(options.conventions),
    anchors: options.anchors ?? {},
    calendar: options.calendar,
    notices: [],
  };
  const judged = statusOf(deadline, options.completion, ctx);
  const report: DeadlineStatusReport = withFacts(
    { kind: deadline.kind, status: judged.status, due: judged.due, notices: ctx.notices },
    judged,
  );
  if (judged.parts !== undefined) report.parts = judged.parts;
  return report;
}

/**
 * The default colour of each status (督办亮灯): red for overdue, yellow for due soon, at risk or finished
 * late, green for on track or done, none when there is nothing to judge yet.
 *
 * @example
 * defaultTrafficLights.dueSoon; //=> 'yellow'
 */
export const defaultTrafficLights: Readonly<Record<DeadlineStatus, TrafficLight>> = {
  pending: 'green',
  dueSoon: 'yellow',
  atRisk: 'yellow',
  overdue: 'red',
  done: 'green',
  doneLate: 'yellow',
  ongoing: 'green',
  notStarted: 'none',
  awaitingAnchor: 'none',
  unknown: 'none',
};

/**
 * The traffic light (红黄绿灯) for a status; `mapping` overrides the default colour of any status.
 *
 * @example
 * trafficLight('overdue'); //=> 'red'  (红)
 * trafficLight('atRisk', { atRisk: 'red' }); //=> 'red'
 */
export function trafficLight(
  status: DeadlineStatus,
  mapping: Partial<Record<DeadlineStatus, TrafficLight>> = {},
): TrafficLight {
  return mapping[status] ?? defaultTrafficLights[status];
}
