/**
 * The calendar (时限日历): deadlines month by month on a timeline, ongoing work as a band across
 * it, the status day marked, and every dated obligation with its traffic light as of that day.
 */
import {
  type CalendarItem,
  deadlineCalendar,
  explainDeadline,
  noticeDuties,
  type TaskStatus,
  type TrafficLight,
  trafficLight,
  UnknownUnitError,
  unitResponsibilities,
} from '@fengong/core';
import { type MouseEvent, useId, useMemo } from 'react';
import { Holders, Light, Status, TaskLink } from '../components/bits';
import { useViewer } from '../context';
import { unitDirectory } from '../lib/directory';
import type { Translate } from '../lib/i18n';
import { monthSpan } from '../lib/months';

/** A duty of the covering notice with a day (e.g. 10月30日前 汇总报送), shown among the month's deadlines. */
interface DutyItem {
  requirement: number;
  action: string;
  recipient?: string;
  due: string;
  status?: TaskStatus;
}

const LIGHT_ORDER: readonly TrafficLight[] = ['red', 'yellow', 'green', 'none'];

function monthName(month: string, t: Translate): string {
  const [y, m] = month.split('-');
  return t('monthLabel', { y: y ?? '', m: String(Number(m)), mm: m ?? '' });
}

/** A month as two lines for the timeline (year over month), so that narrow columns keep it whole. */
function MonthLabel({ month }: { month: string }) {
  const { t } = useViewer();
  const [y, m] = month.split('-');
  return (
    <span className="timeline-label">
      <span className="timeline-year">{t('timelineYear', { y: y ?? '' })}</span>
      <span className="timeline-m">{t('timelineMonth', { m: String(Number(m)), mm: m ?? '' })}</span>
    </span>
  );
}

/** One dated obligation: day, task, what (part label and requirement), who leads (or carries), light. */
function CalendarRow({ item }: { item: CalendarItem }) {
  const { analysis } = useViewer();
  const task = analysis.byNumber.get(item.task);
  return (
    <li className="calendar-item" data-task={item.task} data-light={item.light}>
      <span className="calendar-due">{item.due}</span>
      <span className="calendar-task">
        <TaskLink number={item.task} />
      </span>
      <span className="calendar-what">
        {item.label ? <strong>{item.label}</strong> : null}
        <span className="calendar-text">{task?.task.text}</span>
      </span>
      <span className="calendar-lead">{task ? <Holders roles={task.resolved.roles} /> : null}</span>
      <span className="calendar-status">
        {item.status ? (
          <Status
            status={{
              kind: 'by',
              status: item.status,
              due: item.due,
              light: item.light ?? 'none',
              notices: [],
              ...(item.daysLate ? { daysLate: item.daysLate } : {}),
            }}
          />
        ) : null}
      </span>
    </li>
  );
}

function DutyRow({ duty }: { duty: DutyItem }) {
  const { t } = useViewer();
  return (
    <li className="calendar-item calendar-duty" data-requirement={duty.requirement}>
      <span className="calendar-due">{duty.due}</span>
      <span className="calendar-task">
        {t('calendarDuty')} {duty.requirement}
      </span>
      <span className="calendar-what">
        <span className="calendar-text">
          {duty.action}
          {duty.recipient ? t('recipientNote', { recipient: duty.recipient }) : ''}
        </span>
      </span>
      <span className="calendar-lead" />
      <span className="calendar-status">
        <Status status={duty.status} />
      </span>
    </li>
  );
}

function worstLight(items: readonly { light?: TrafficLight | undefined }[]): TrafficLight {
  let best = 3;
  for (const item of items) if (item.light) best = Math.min(best, LIGHT_ORDER.indexOf(item.light));
  return LIGHT_ORDER[best]!;
}

/** The unit filter: every unit and group that holds a task. */
function UnitFilter() {
  const { analysis, t, route, navigate } = useViewer();
  const directory = useMemo(() => unitDirectory(analysis), [analysis]);
  const id = useId();
  const names = directory.all.filter((e) => e.tasks > 0).map((e) => e.name);
  return (
    <p className="filter-bar">
      <label htmlFor={id}>
        <span>{t('calendarUnit')}</span>
        <select
          id={id}
          value={route.unit ?? ''}
          data-testid="calendar-unit"
          onChange={(e) => navigate({ unit: e.currentTarget.value || undefined })}
        >
          <option value="">{t('calendarAllUnits')}</option>
          {route.unit && !names.includes(route.unit) ? (
            <option value={route.unit}>{route.unit}</option>
          ) : null}
          {names.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
    </p>
  );
}

export function CalendarView() {
  const { analysis, asOf, t, completion, route, progress } = useViewer();
  const unit = route.unit;
  // The unit's tasks (any role), or every task; an unknown name is said, not ignored.
  const scope = useMemo(() => {
    if (!unit) return { tasks: undefined, name: undefined };
    try {
      const list = unitResponsibilities(analysis, unit);
      const tasks = new Set(
        [list.lead, list.responsible, list.supporting, list.supervising].flatMap((l) =>
          l.map((x) => x.number),
        ),
      );
      return { tasks, name: list.unit.name, isGroup: list.unit.isGroup };
    } catch (error) {
      if (error instanceof UnknownUnitError)
        return { tasks: new Set<number>(), name: undefined, unknown: true };
      throw error;
    }
  }, [analysis, unit]);
  const unitCompletion = useMemo(
    () => (scope.name && !scope.isGroup ? progress.unitCompletion(scope.name) : completion),
    [scope, progress, completion],
  );
  const full = useMemo(
    () => deadlineCalendar(analysis, { asOf, completion: unitCompletion }),
    [analysis, asOf, unitCompletion],
  );
  const calendar = useMemo(() => {
    const only = scope.tasks;
    if (!only) return full;
    const keep = <T extends { task: number }>(list: readonly T[]) => list.filter((x) => only.has(x.task));
    return {
      months: full.months.flatMap((m) => {
        const items = keep(m.items);
        return items.length ? [{ month: m.month, items }] : [];
      }),
      ongoing: keep(full.ongoing),
      undated: keep(full.undated),
    };
  }, [full, scope]);
  // The notice's dated duties: the unit's own (as its page lists them), or every one of the plan.
  const duties = useMemo((): DutyItem[] => {
    const { plan } = analysis;
    if (scope.name && !scope.isGroup) {
      return noticeDuties(analysis, { unit: scope.name, asOf, completion }).flatMap((d) =>
        d.deadline?.due
          ? [
              {
                requirement: d.requirement,
                action: d.action,
                ...(d.recipient ? { recipient: d.recipient } : {}),
                due: d.deadline.due,
                ...(d.status ? { status: d.status } : {}),
              },
            ]
          : [],
      );
    }
    if (unit) return [];
    return plan.requirements.flatMap((r) =>
      r.duties.flatMap((d) => {
        if (!d.deadline) return [];
        const explained = explainDeadline(d.deadline, {
          issued: plan.meta.issued,
          conventions: plan.conventions,
          asOf,
        });
        if (!explained.due) return [];
        const status = explained.status
          ? { ...explained.status, light: trafficLight(explained.status.status) }
          : undefined;
        return [
          {
            requirement: r.number,
            action: d.action,
            ...(d.recipient ? { recipient: d.recipient } : {}),
            due: explained.due,
            ...(status ? { status } : {}),
          },
        ];
      }),
    );
  }, [analysis, scope, unit, asOf, completion]);
  const dutiesByMonth = new Map<string, DutyItem[]>();
  for (const d of duties) {
    const month = d.due.slice(0, 7);
    dutiesByMonth.set(month, [...(dutiesByMonth.get(month) ?? []), d]);
  }
  const byMonth = new Map(calendar.months.map((m) => [m.month, m.items]));
  const monthList = [...new Set([...calendar.months.map((m) => m.month), ...dutiesByMonth.keys()])].sort();
  const span = monthSpan(monthList, asOf);
  const asOfIndex = span.months.indexOf(asOf.slice(0, 7));
  const day = Number(asOf.slice(8, 10));
  const markerAt = asOfIndex >= 0 ? (asOfIndex + Math.min(day, 30) / 31) / span.months.length : undefined;

  return (
    <div className="view view-calendar">
      <header className="view-head">
        <h1 id="view-title" tabIndex={-1}>
          {t('calendarTitle')}
        </h1>
        <p className="muted">{t('calendarIntro')}</p>
      </header>
      <UnitFilter />
      {scope.unknown ? <p role="alert">{t('unknownUnit', { name: unit ?? '' })}</p> : null}

      {span.months.length > 0 ? (
        <figure className="timeline" aria-label={t('calendarTitle')}>
          <ol
            className="timeline-months"
            style={{ gridTemplateColumns: `repeat(${span.months.length}, minmax(3.2rem, 1fr))` }}
          >
            {span.months.map((month) => {
              const items = [
                ...(byMonth.get(month) ?? []),
                ...(dutiesByMonth.get(month) ?? []).map((d) => ({ light: d.status?.light })),
              ];
              return (
                <li key={month} className={`timeline-month${items.length ? '' : ' empty'}`}>
                  {items.length ? (
                    <a href={`#month-${month}`} onClick={(e) => jump(e, month)}>
                      <MonthLabel month={month} />
                      <span className="timeline-count">
                        <Light light={worstLight(items)} /> {items.length}
                      </span>
                    </a>
                  ) : (
                    <MonthLabel month={month} />
                  )}
                </li>
              );
            })}
          </ol>
          {calendar.ongoing.length > 0 ? (
            <div className="band" data-testid="ongoing-band">
              {t('ongoingBand', { n: calendar.ongoing.length })}
            </div>
          ) : null}
          {markerAt !== undefined ? (
            <div className="asof-marker" style={{ left: `${markerAt * 100}%` }}>
              <span>{t('asOfMarker', { date: asOf })}</span>
            </div>
          ) : null}
        </figure>
      ) : (
        <p>{t('noDated')}</p>
      )}

      {monthList
        .map((month) => ({ month, items: byMonth.get(month) ?? [], duties: dutiesByMonth.get(month) ?? [] }))
        .map(({ month, items, duties: monthDuties }) => (
          <section
            key={month}
            id={`month-${month}`}
            className="box month"
            aria-labelledby={`month-title-${month}`}
            tabIndex={-1}
          >
            <h2 id={`month-title-${month}`}>
              {monthName(month, t)}
              {t('paren', { x: items.length + monthDuties.length })}
            </h2>
            <ul className="calendar-items">
              {monthDuties.map((d) => (
                <DutyRow key={`duty-${d.requirement}-${d.action}`} duty={d} />
              ))}
              {items.map((item) => (
                <CalendarRow key={`${item.task}-${item.label ?? ''}-${item.due}`} item={item} />
              ))}
            </ul>
          </section>
        ))}

      {calendar.ongoing.length > 0 ? (
        <section className="box" aria-labelledby="ongoing-title">
          <h2 id="ongoing-title">
            {t('ongoingWork')}
            {t('paren', { x: calendar.ongoing.length })}
          </h2>
          <p className="ongoing-list">
            {calendar.ongoing.slice(0, 2000).map((o, i) => (
              <span key={`${o.task}-${o.label ?? i}`}>
                {i > 0 ? t('listSep') : null}
                <TaskLink number={o.task}>{o.task}</TaskLink>
              </span>
            ))}
          </p>
        </section>
      ) : null}

      {calendar.undated.length > 0 ? (
        <section className="box" aria-labelledby="undated-title">
          <h2 id="undated-title">{t('undatedTitle', { n: calendar.undated.length })}</h2>
          <ul>
            {calendar.undated.slice(0, 2000).map((u) => (
              <li key={u.task}>
                <TaskLink number={u.task} /> {u.text || '—'}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** Scroll to a month's section without changing the route (the hash holds the view). */
function jump(e: MouseEvent, month: string) {
  e.preventDefault();
  const el = document.getElementById(`month-${month}`);
  el?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  el?.focus({ preventScroll: true });
}
