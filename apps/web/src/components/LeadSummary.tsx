/**
 * A lead unit's 汇总报送 in the served viewer (`fengong serve`), on its own unit page: every unit's
 * latest entry on each task it leads (the server lets a lead unit read them all), the covering
 * notice's duty to report them (e.g. 10月30日前 to 市政府办公室), and the summary submitted to the
 * office as a recorded act (`POST /api/plans/<plan>/submissions`), with the ones submitted before.
 * What each part's state is comes from core's progress rules (the viewer's `progress`).
 */
import { findUnit, noticeDuties, sayServer } from '@fengong/core';
import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { useViewer } from '../context';
import { ledgerStateKey, roleKey } from '../lib/i18n';
import { servedSession } from '../lib/served-plans';
import './served.css';

interface Submission {
  id: string;
  at: string;
  tasks: number[];
  note?: string;
}

const planPath = (plan: string) => `/api/plans/${encodeURIComponent(plan)}`;

export default function LeadSummary({ unit, shownUnit }: { unit: string; shownUnit: string }) {
  const { analysis, asOf, t, lang, href, progress, ledger } = useViewer();
  const locale = lang === 'en' ? 'en' : 'zh-CN';
  const plan = ledger.plan;
  const [submitted, setSubmitted] = useState<Submission[] | undefined>();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const noteId = useId();
  const submittedText = (s: Submission) =>
    sayServer(
      'summary-submitted',
      { at: new Date(s.at).toLocaleString(locale), tasks: s.tasks.join(t('listSep')) },
      locale,
    );

  const reread = useCallback(async () => {
    const res = await fetch(`${planPath(plan)}/submissions`, { credentials: 'same-origin' });
    if (res.ok) setSubmitted(((await res.json()) as { submissions: Submission[] }).submissions);
  }, [plan]);
  useEffect(() => {
    void reread();
  }, [reread]);

  // Only on the unit's own page, and only for a unit that leads tasks of this plan.
  if (findUnit(analysis, shownUnit) !== unit) return null;
  const led = analysis.tasks
    .filter((x) => x.resolved.units.some((u) => u.unit === unit && u.role === 'lead'))
    .map((x) => x.task.number);
  if (led.length === 0) return null;
  const duty = noticeDuties(analysis, { unit, asOf }).find((d) => d.scope === 'ledTasks');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      const session = await servedSession();
      const res = await fetch(`${planPath(plan)}/submissions`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', ...(session ? { 'x-csrf-token': session.csrf } : {}) },
        body: JSON.stringify(note.trim() ? { note: note.trim() } : {}),
      });
      if (!res.ok) {
        const body = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
        throw new Error(body.error?.message ?? `HTTP ${res.status}`);
      }
      setNote('');
      await reread();
    } catch (problem) {
      const message = problem instanceof Error ? problem.message : String(problem);
      setError(sayServer('admin-failed', { message }, locale));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="lead-summary" aria-labelledby="lead-summary-title" data-testid="lead-summary">
      <h2 id="lead-summary-title">{sayServer('summary-heading', {}, locale)}</h2>
      {duty?.deadline ? (
        <p>{sayServer('summary-duty', { action: duty.action, deadline: duty.deadline.text }, locale)}</p>
      ) : null}
      <p className="muted">{sayServer('summary-intro', {}, locale)}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{sayServer('summary-col-task', {}, locale)}</th>
            <th scope="col">{sayServer('summary-col-unit', {}, locale)}</th>
            <th scope="col">{sayServer('summary-col-progress', {}, locale)}</th>
          </tr>
        </thead>
        <tbody>
          {led.flatMap((task) => {
            const parts = progress.task(task)?.parts ?? [];
            return parts.map((part, i) => (
              <tr key={`${task}-${part.unit}`} data-task={task} data-unit={part.unit}>
                {i === 0 ? (
                  <th scope="row" rowSpan={parts.length}>
                    <a href={href({ view: 'task', task })}>{t('taskTitle', { n: task })}</a>
                  </th>
                ) : null}
                <td>
                  {part.unit}
                  {t('paren', { x: t(roleKey(part.role)) })}
                </td>
                <td data-state={part.entry?.state ?? 'none'}>
                  {part.entry
                    ? part.entry.note
                      ? t('labelledValue', {
                          label: `${t(ledgerStateKey(part.entry.state))} ${part.entry.date}`,
                          value: part.entry.note,
                        })
                      : `${t(ledgerStateKey(part.entry.state))} ${part.entry.date}`
                    : sayServer('summary-not-reported', {}, locale)}
                </td>
              </tr>
            ));
          })}
        </tbody>
      </table>
      <ul data-testid="summaries-submitted">
        {submitted && submitted.length === 0 ? <li>{sayServer('summary-none', {}, locale)}</li> : null}
        {(submitted ?? []).map((s) => (
          <li key={s.id} data-submission={s.id}>
            {s.note ? t('labelledValue', { label: submittedText(s), value: s.note }) : submittedText(s)}
          </li>
        ))}
      </ul>
      <form onSubmit={submit}>
        <label htmlFor={noteId}>{sayServer('summary-note', {}, locale)}</label>
        <textarea
          id={noteId}
          value={note}
          maxLength={4000}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <button type="submit" disabled={busy}>
          {sayServer('summary-submit', {}, locale)}
        </button>
        {error ? <p role="alert">{error}</p> : null}
      </form>
    </section>
  );
}
