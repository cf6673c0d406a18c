/**
 * The office's list of the 汇总报送 received (汇总报送收取情况), in the viewer served by `fengong
 * serve`: every lead unit of the plan, its latest summary (when, who, its note) or 未报送 — the
 * server's answer (`GET /api/plans/<plan>/summaries`, core's `summaryReceipts`), read again when a
 * lead unit submits (the server's live events), without a reload.
 */
import { noticeDuties, sayServer } from '@fengong/core';
import { useCallback, useEffect, useState } from 'react';
import { useViewer } from '../context';
import './served.css';

interface Receipt {
  unit: string;
  tasks: number[];
  count: number;
  latest?: { id: string; at: string; author?: string; note?: string };
}

const planPath = (plan: string) => `/api/plans/${encodeURIComponent(plan)}`;

export default function SummaryReceipts() {
  const { analysis, asOf, t, lang, href, ledger } = useViewer();
  const locale = lang === 'en' ? 'en' : 'zh-CN';
  const plan = ledger.plan;
  const [receipts, setReceipts] = useState<Receipt[] | undefined>();

  const reread = useCallback(async () => {
    const res = await fetch(`${planPath(plan)}/summaries`, { credentials: 'same-origin' }).catch(
      () => undefined,
    );
    if (res?.ok) setReceipts(((await res.json()) as { receipts: Receipt[] }).receipts);
  }, [plan]);
  useEffect(() => {
    void reread();
    // A lead unit's summary, recorded on the server: read the list again.
    const events = new EventSource('/api/events', { withCredentials: true });
    const changed = (e: MessageEvent<string>) => {
      try {
        if ((JSON.parse(e.data) as { plan: string }).plan === plan) void reread();
      } catch {}
    };
    events.addEventListener('submission', changed);
    return () => events.close();
  }, [plan, reread]);

  if (!receipts || receipts.length === 0) return null;
  const submitted = receipts.filter((r) => r.latest).length;
  // The covering notice's duty of the lead units (e.g. 10月30日前 报市政府办公室), as core reads it.
  const duty = noticeDuties(analysis, { unit: receipts[0]!.unit, asOf }).find((d) => d.scope === 'ledTasks');
  return (
    <section
      className="summary-receipts"
      aria-labelledby="summary-receipts-title"
      data-testid="summary-receipts"
    >
      <h2 id="summary-receipts-title">{sayServer('receipts-heading', {}, locale)}</h2>
      {duty?.deadline ? (
        <p>{sayServer('summary-duty', { action: duty.action, deadline: duty.deadline.text }, locale)}</p>
      ) : null}
      <p className="muted">{sayServer('receipts-intro', {}, locale)}</p>
      <p data-testid="summary-receipts-counts">
        {sayServer('receipts-counts', { submitted, missing: receipts.length - submitted }, locale)}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{sayServer('receipts-col-unit', {}, locale)}</th>
            <th scope="col">{sayServer('receipts-col-tasks', {}, locale)}</th>
            <th scope="col">{sayServer('receipts-col-state', {}, locale)}</th>
          </tr>
        </thead>
        <tbody>
          {receipts.map((r) => {
            const latest = r.latest;
            const line = latest
              ? sayServer(
                  'receipts-submitted',
                  { at: new Date(latest.at).toLocaleString(locale), author: latest.author ?? r.unit },
                  locale,
                )
              : sayServer('summary-not-reported', {}, locale);
            return (
              <tr key={r.unit} data-unit={r.unit} data-state={latest ? 'submitted' : 'missing'}>
                <th scope="row">
                  <a href={href({ view: 'unit', unit: r.unit })}>{r.unit}</a>
                </th>
                <td>
                  {r.tasks.map((task, i) => (
                    <span key={task}>
                      {i > 0 ? t('listSep') : null}
                      <a href={href({ view: 'task', task })}>{task}</a>
                    </span>
                  ))}
                </td>
                <td>
                  {latest?.note ? t('labelledValue', { label: line, value: latest.note }) : line}
                  {r.count > 1 ? (
                    <span className="muted">
                      {' '}
                      {t('paren', { x: sayServer('receipts-times', { n: r.count }, locale) })}
                    </span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
