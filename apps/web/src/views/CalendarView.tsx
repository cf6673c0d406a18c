/**
 * The calendar (时限日历): deadlines month by month on a timeline, ongoing work as a band across
 * it, the status day marked, and every dated obligation with its traffic light as of that day.
 */
import { type CalendarItem, deadlineCalendar, type TrafficLight } from '@fengong/core';
import { type MouseEvent, useMemo } from 'react';
import { Holders, Light, Status, TaskLink } from '../components/bits';
import { useViewer } from '../context';
import type { Translate } from '../lib/i18n';
import { monthSpan } from '../lib/months';

const LIGHT_ORDER: readonly TrafficLight[] = ['red', 'yellow', 'green', 'none'];

function monthName(month: string, t: Translate): string {
  const [y, m] = month.split('-');
  return t('monthLabel', { y: y ?? '', m: String(Number(m)), mm: m ?? '' });
}

/** A month as two lines for the timeline (year over month), so that narrow columns keep it whole. */
function MonthLabel({ month }: { month: string }) {
  const { lang } = useViewer();
  const [y, m] = month.split('-');
  return (
    <span className="timeline-label">
      <span className="timeline-year">{lang === 'en' ? y : `${y}年`}</span>
      <span className="timeline-m">{lang === 'en' ? m : `${Number(m)}月`}</span>
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

function worstLight(items: readonly CalendarItem[]): TrafficLight {
  let best = 3;
  for (const item of items) if (item.light) best = Math.min(best, LIGHT_ORDER.indexOf(item.light));
  return LIGHT_ORDER[best]!;
}

export function CalendarView() {
  const { analysis, asOf, t, completion } = useViewer();
  const calendar = useMemo(
    () => deadlineCalendar(analysis, { asOf, completion }),
    [analysis, asOf, completion],
  );
  const byMonth = new Map(calendar.months.map((m) => [m.month, m.items]));
  const span = monthSpan(
    calendar.months.map((m) => m.month),
    asOf,
  );
  const asOfIndex = span.months.indexOf(asOf.slice(0, 7));
  const day = Number(asOf.slice(8, 10));
  const markerAt = asOfIndex >= 0 ? (asOfIndex + Math.min(day, 30) / 31) / span.months.length : undefined;

  return (
    <div className="view view-calendar">
      <header className="view-head">
        <h2 id="view-title" tabIndex={-1}>
          {t('calendarTitle')}
        </h2>
        <p className="muted">{t('calendarIntro')}</p>
      </header>

      {span.months.length > 0 ? (
        <figure className="timeline" aria-label={t('calendarTitle')}>
          <ol
            className="timeline-months"
            style={{ gridTemplateColumns: `repeat(${span.months.length}, minmax(3.2rem, 1fr))` }}
          >
            {span.months.map((month) => {
              const items = byMonth.get(month) ?? [];
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

      {calendar.months.map(({ month, items }) => (
        <section
          key={month}
          id={`month-${month}`}
          className="box month"
          aria-labelledby={`month-title-${month}`}
          tabIndex={-1}
        >
          <h3 id={`month-title-${month}`}>
            {monthName(month, t)}
            {t('paren', { x: items.length })}
          </h3>
          <ul className="calendar-items">
            {items.map((item) => (
              <CalendarRow key={`${item.task}-${item.label ?? ''}-${item.due}`} item={item} />
            ))}
          </ul>
        </section>
      ))}

      {calendar.ongoing.length > 0 ? (
        <section className="box" aria-labelledby="ongoing-title">
          <h3 id="ongoing-title">
            {t('ongoingWork')}
            {t('paren', { x: calendar.ongoing.length })}
          </h3>
          <p className="ongoing-list">
            {calendar.ongoing.slice(0, 2000).map((o, i) => (
              <span key={`${o.task}-${o.label ?? i}`}>
                {i > 0 ? '、' : null}
                <TaskLink number={o.task}>{o.task}</TaskLink>
              </span>
            ))}
          </p>
        </section>
      ) : null}

      {calendar.undated.length > 0 ? (
        <section className="box" aria-labelledby="undated-title">
          <h3 id="undated-title">{t('undatedTitle', { n: calendar.undated.length })}</h3>
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
