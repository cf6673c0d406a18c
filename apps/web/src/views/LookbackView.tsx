/**
 * The look-back (回头看) of the plan in use on the status day: every task with a clear owner and a
 * dated deadline checked against this browser's ledger, the counts, and the tasks to rectify by
 * unit — core's `lookback`, the same function `fengong lookback` prints.
 */
import { lookback } from '@fengong/core';
import { useMemo } from 'react';
import { TaskLink, UnitLink } from '../components/bits';
import { useViewer } from '../context';

const RESULTS = ['done', 'doneLate', 'notDue', 'unfinished', 'cannotComplete'] as const;

export default function LookbackView() {
  const { analysis, asOf, t, ledger } = useViewer();
  const result = useMemo(
    () => lookback(analysis, { asOf, entries: ledger.entries }),
    [analysis, asOf, ledger],
  );
  const c = result.counts;
  return (
    <div className="view view-lookback" data-testid="lookback">
      <header className="view-head">
        <h1 id="view-title" tabIndex={-1}>
          {t('lookbackTitle')}
          <span className="subtitle"> {result.plan.title}</span>
        </h1>
      </header>
      <p className="muted">{t('lookbackIntro')}</p>
      <p>{t('lookbackDate', { date: result.asOf })}</p>
      <section aria-labelledby="lookback-counts-title" className="cards">
        <h2 id="lookback-counts-title" className="sr-only">
          {t('lookbackTitle')}
        </h2>
        <div className="card" data-count="checked">
          <div className="card-number">{c.checked}</div>
          <div className="card-label">{t('lookbackChecked')}</div>
        </div>
        {RESULTS.map((r) => (
          <div className="card" key={r} data-count={r}>
            <div className="card-number">{c[r]}</div>
            <div className="card-label">{t(`lookback_${r}`)}</div>
          </div>
        ))}
        <div className="card" data-count="excluded">
          <div className="card-number">{c.excluded}</div>
          <div className="card-label">{t('lookbackExcluded')}</div>
        </div>
      </section>
      <p className="muted">{t('lookbackExcludedHint', { n: c.excluded })}</p>
      <section aria-labelledby="lookback-units-title">
        <h2 id="lookback-units-title">{t('lookbackByUnit')}</h2>
        {result.byUnit.length === 0 ? <p>{t('lookbackNothing')}</p> : null}
        <ol className="lookback-units">
          {result.byUnit.map((u) => (
            <li key={u.unit} className="box" data-unit={u.unit}>
              <h3>
                <UnitLink name={u.unit} />
                {t('paren', { x: u.tasks.length })}
              </h3>
              <ol className="lookback-tasks">
                {u.tasks.map((task) => (
                  <li key={task.task} data-task={task.task} data-result={task.result}>
                    <TaskLink number={task.task} /> {task.text}
                    <div className="muted">
                      {t('deadline')}
                      {t('colon')}
                      {task.deadline.text} · {t('lookbackDue', { date: task.due })}
                      {task.status.daysLate ? ` · ${t('lookbackLate', { n: task.status.daysLate })}` : ''} ·{' '}
                      <strong>{t(`lookback_${task.result}`)}</strong>
                    </div>
                    {task.blocked?.map((b) => (
                      <div key={b.unit} className="record-error">
                        {t('lookbackBlocked', { unit: b.unit, reason: b.reason })}
                      </div>
                    ))}
                    {task.openMembers?.length ? (
                      <div className="muted">
                        {t('lookbackOpenMembers', { units: task.openMembers.join(t('listSep')) })}
                      </div>
                    ) : null}
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
