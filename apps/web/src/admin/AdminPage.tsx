/**
 * The office's page (办公室管理), served by `fengong serve` at /admin.html: invite a unit (a one-time
 * sign-in link), see who has not reported (未报送, kept current by the server's live events), send a
 * 催办 and download it as a 公文, and download every report in office formats. Everything it shows is
 * the server's answer; every word is core's catalogue.
 */
import { type Locale, type ServerMessage, type ServerParamsOf, sayServer } from '@fengong/core';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { type Lang, translator } from '../lib/i18n';
import {
  invite,
  listPlans,
  onPlanChange,
  type Person,
  type PlanInfo,
  planPath,
  type Reminder,
  type ReportInfo,
  remind,
  reminders,
  reports,
  type Unreported,
  unreported,
  whoAmI,
} from './api';

/** The office's page speaks Chinese: its words are the server's part of the catalogue, its punctuation the viewer's. */
const LANG: Lang = 'zh';
const LOCALE: Locale = 'zh-CN';
const t = translator(LANG);
const say = <C extends ServerMessage>(id: C, params: ServerParamsOf<C>) => sayServer(id, params, LOCALE);
/** A list of units or task numbers, as the catalogue separates them (、). */
const listOf = (items: readonly (string | number)[]) => items.join(t('listSep'));

export function AdminPage() {
  const [person, setPerson] = useState<Person | null | undefined>(undefined);
  const [plans, setPlans] = useState<PlanInfo[]>([]);
  const [plan, setPlan] = useState<string>('');
  const [error, setError] = useState<string>('');

  useEffect(() => {
    void whoAmI().then(async (me) => {
      setPerson(me ?? null);
      if (me?.role !== 'office') return;
      const list = await listPlans();
      setPlans(list);
      setPlan(list[0]?.id ?? '');
    });
  }, []);

  if (person === undefined) return null;
  if (person === null || person.role !== 'office')
    return (
      <main className="admin">
        <h1>{say('admin-title', {})}</h1>
        <p role="alert">{say('admin-not-office', {})}</p>
      </main>
    );
  return (
    <main className="admin">
      <h1>{say('admin-title', {})}</h1>
      <p>
        <label>
          {say('admin-plan', {})}{' '}
          <select id="admin-plan" value={plan} onChange={(e) => setPlan(e.target.value)}>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {t('named', { name: p.title, x: p.id })}
              </option>
            ))}
          </select>
        </label>{' '}
        <a href={`/?plan=${encodeURIComponent(plan)}`}>{say('admin-viewer', {})}</a>
      </p>
      {error && (
        <p role="alert" id="admin-error">
          {say('admin-failed', { message: error })}
        </p>
      )}
      {plan && <PlanAdmin key={plan} plan={plan} onError={setError} />}
    </main>
  );
}

function PlanAdmin({ plan, onError }: { plan: string; onError: (message: string) => void }) {
  const [missing, setMissing] = useState<Unreported | undefined>();
  const [sent, setSent] = useState<Reminder[]>([]);
  const [kinds, setKinds] = useState<ReportInfo[]>([]);
  const [documentNumber, setDocumentNumber] = useState('');
  const failed = useCallback((e: unknown) => onError(e instanceof Error ? e.message : String(e)), [onError]);

  const refresh = useCallback(() => {
    void Promise.all([unreported(plan), reminders(plan)])
      .then(([u, r]) => {
        setMissing(u);
        setSent(r);
      })
      .catch(failed);
  }, [plan, failed]);

  useEffect(() => {
    refresh();
    void reports(plan).then(setKinds).catch(failed);
    return onPlanChange(plan, refresh);
  }, [plan, refresh, failed]);

  const sendReminder = (unit: string, tasks: number[]) => {
    onError('');
    void remind(plan, unit, tasks, documentNumber.trim() || undefined)
      .then(refresh)
      .catch(failed);
  };

  return (
    <>
      <Invite plan={plan} onError={failed} />
      <section id="admin-unreported" aria-labelledby="admin-unreported-h">
        <h2 id="admin-unreported-h">{say('admin-unreported-heading', {})}</h2>
        <p>
          <label>
            {say('admin-document-number', {})}{' '}
            <input
              id="admin-document-number"
              value={documentNumber}
              onChange={(e) => setDocumentNumber(e.target.value)}
            />
          </label>
        </p>
        {missing && missing.units.length === 0 && <p>{say('admin-unreported-none', {})}</p>}
        {missing && missing.units.length > 0 && (
          <table>
            <thead>
              <tr>
                <th>{say('admin-col-unit', {})}</th>
                <th>{say('admin-col-tasks', {})}</th>
                <th>{say('admin-col-action', {})}</th>
              </tr>
            </thead>
            <tbody>
              {missing.units.map((u) => (
                <tr key={u.unit} data-unit={u.unit}>
                  <td>{u.unit}</td>
                  <td>{listOf(u.tasks)}</td>
                  <td>
                    <button type="button" onClick={() => sendReminder(u.unit, u.tasks)}>
                      {say('admin-remind-button', {})}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {missing && missing.summaries.length > 0 && (
          <p id="admin-summaries">{say('admin-summaries', { units: listOf(missing.summaries) })}</p>
        )}
      </section>
      <section id="admin-reminders" aria-labelledby="admin-reminders-h">
        <h2 id="admin-reminders-h">{say('admin-reminders-heading', {})}</h2>
        {sent.length === 0 ? (
          <p>{say('admin-reminders-none', {})}</p>
        ) : (
          <ul>
            {sent.map((r) => (
              <li key={r.id} data-unit={r.unit}>
                {say('admin-reminder-line', {
                  unit: r.unit,
                  at: new Date(r.at).toLocaleString(LOCALE),
                  tasks: listOf(r.tasks),
                })}{' '}
                <a href={`${planPath(plan)}/reminders/${encodeURIComponent(r.id)}/document`} download>
                  {say('admin-reminder-download', {})}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Exports plan={plan} kinds={kinds} units={missing?.units.map((u) => u.unit) ?? []} />
    </>
  );
}

function Invite({ plan, onError }: { plan: string; onError: (e: unknown) => void }) {
  const [unit, setUnit] = useState('');
  const [made, setMade] = useState<{ unit: string; link: string; days: number } | undefined>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void invite(plan, unit.trim())
      .then((answer) => setMade({ unit: answer.person.unit ?? unit, link: answer.link, days: answer.days }))
      .catch(onError);
  };
  return (
    <section id="admin-invite" aria-labelledby="admin-invite-h">
      <h2 id="admin-invite-h">{say('admin-invite-heading', {})}</h2>
      <form onSubmit={submit}>
        <label>
          {say('admin-invite-unit', {})}{' '}
          <input id="admin-invite-unit" value={unit} onChange={(e) => setUnit(e.target.value)} required />
        </label>{' '}
        <button type="submit">{say('admin-invite-button', {})}</button>
      </form>
      {made && (
        <p id="admin-invite-result">
          {say('admin-invite-link', { unit: made.unit, days: made.days })}
          <br />
          <input id="admin-invite-link" readOnly value={made.link} size={80} />
        </p>
      )}
    </section>
  );
}

function Exports({ plan, kinds, units }: { plan: string; kinds: ReportInfo[]; units: string[] }) {
  const [unit, setUnit] = useState('');
  const href = (kind: ReportInfo, format: string) =>
    `${planPath(plan)}/reports/${kind.kind}.${format}${kind.perUnit && unit ? `?unit=${encodeURIComponent(unit)}` : ''}`;
  return (
    <section id="admin-exports" aria-labelledby="admin-exports-h">
      <h2 id="admin-exports-h">{say('admin-exports-heading', {})}</h2>
      <p>
        <label>
          {say('admin-export-unit', {})}{' '}
          <input
            id="admin-export-unit"
            list="admin-units"
            value={unit}
            onChange={(e) => setUnit(e.target.value)}
          />
        </label>
        <datalist id="admin-units">
          {units.map((u) => (
            <option key={u} value={u} />
          ))}
        </datalist>
      </p>
      <ul>
        {kinds.map((kind) => (
          <li key={kind.kind} data-kind={kind.kind}>
            {t('labelled', { label: kind.title })}
            {kind.formats.map((format) => (
              <span key={format}>
                {' '}
                {kind.perUnit && !unit ? (
                  <span className="muted">{format.toUpperCase()}</span>
                ) : (
                  <a href={href(kind, format)} download data-format={format}>
                    {format.toUpperCase()}
                  </a>
                )}
              </span>
            ))}
          </li>
        ))}
        <li>
          <a href={`${planPath(plan)}/export.jsonl`} download data-format="jsonl">
            {say('admin-export-jsonl', {})}
          </a>
        </li>
      </ul>
    </section>
  );
}
