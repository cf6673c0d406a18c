/**
 * The browser's progress ledger on screen: a compact control per task row to record a unit's state
 * (an entry dated the status day; entries are only appended), the unit's current entry with its
 * note, reason, supporting material, reporter and history, and the ledger's export (.jsonl, as
 * `fengong progress import` reads it) and import. Every rule — which entry is current, what is done,
 * what an imported file adds or conflicts with — is core's: this file only shows it.
 */
import {
  type Diagnostic,
  formatDiagnostic,
  type LedgerEntry,
  type LedgerState,
  PROGRESS_STATES,
  type ProgressConflict,
  partStateNames,
  undoEntry,
} from '@fengong/core';
import { type ChangeEvent, type FormEvent, useId, useRef, useState } from 'react';
import { useViewer } from '../context';
import { localeOf } from './bits';
import { ledgerStateKey, roleKey, type Translate } from '../lib/i18n';
import { newId } from '../lib/ledger-store';
import { loadReporter, type Reporter, saveReporter } from '../lib/reporter';
import { isCalendarDay, localToday } from '../lib/route';
import { safeFileName, saveFile } from '../lib/save';

/** An entry's evidence: links open in a new tab, file names are shown as written. */
function Evidence({ items }: { items: readonly string[] }) {
  const { t } = useViewer();
  return (
    <>
      {items.map((item, i) => (
        <span key={item}>
          {i > 0 ? t('listSep') : ''}
          {/^https?:\/\//.test(item) ? (
            <a href={item} target="_blank" rel="noreferrer noopener">
              {item}
            </a>
          ) : (
            item
          )}
        </span>
      ))}
    </>
  );
}

/** The entries of each (task, unit) pair in ledger order, and the ids corrected by a later entry. */
interface LedgerIndex {
  byPair: ReadonlyMap<string, readonly LedgerEntry[]>;
  superseded: ReadonlySet<string>;
}

const NO_HISTORY: readonly LedgerEntry[] = [];
/** Made once per ledger (every row of a unit asks for its pair's history). */
const indexes = new WeakMap<readonly LedgerEntry[], LedgerIndex>();

function ledgerIndex(entries: readonly LedgerEntry[]): LedgerIndex {
  let index = indexes.get(entries);
  if (!index) {
    const byPair = new Map<string, LedgerEntry[]>();
    const superseded = new Set<string>();
    for (const e of entries) {
      const key = `${e.task}\u0000${e.unit}`;
      const list = byPair.get(key);
      if (list) list.push(e);
      else byPair.set(key, [e]);
      if (e.supersedes) superseded.add(e.supersedes);
    }
    index = { byPair, superseded };
    indexes.set(entries, index);
  }
  return index;
}

/** A unit's current entry on a task, what it says, and the history of the (task, unit) pair. */
function CurrentEntry({ task, unit }: { task: number; unit: string }) {
  const { t, lang, progress, ledger } = useViewer();
  const { byPair, superseded } = ledgerIndex(ledger.entries);
  const history = byPair.get(`${task}\u0000${unit}`) ?? NO_HISTORY;
  const latest = progress.entry(task, unit);
  if (!latest && history.length === 0) return null;
  const part = progress.part(task, unit);
  return (
    <div className="recorded-entry">
      {latest ? (
        <>
          <span
            className="recorded"
            data-recorded={latest.state}
            title={part ? partStateNames[lang][part.state] : undefined}
          >
            {t('ledgerLatest', { state: t(ledgerStateKey(latest.state)), date: latest.date })}
          </span>
          {latest.note ? <span className="recorded-note"> {latest.note}</span> : null}
          {latest.state === 'cannotComplete' && latest.reason ? (
            <span className="recorded-reason" data-reason>
              {' '}
              {t('ledgerReasonShown', { reason: latest.reason })}
            </span>
          ) : null}
          {latest.evidence?.length ? (
            <span className="recorded-evidence">
              {' '}
              {t('labelled', { label: t('ledgerEvidence') })}
              <Evidence items={latest.evidence} />
            </span>
          ) : null}
          {latest.author ? (
            <span className="recorded-author"> {t('ledgerAuthor', { name: latest.author })}</span>
          ) : null}
        </>
      ) : null}
      {history.length > 0 ? (
        <details className="recorded-history" data-testid="entry-history">
          <summary>{t('ledgerHistory', { n: history.length })}</summary>
          <ol>
            {history.map((e) => (
              <li key={e.id} data-entry={e.id} data-superseded={superseded.has(e.id) ? true : undefined}>
                {e.date} {t(ledgerStateKey(e.state))}
                {e.note ? `${t('colon')}${e.note}` : ''}
                {e.reason ? t('paren', { x: t('ledgerReasonShown', { reason: e.reason }) }) : ''}
                {e.evidence?.length ? (
                  <>
                    {' '}
                    {t('labelled', { label: t('ledgerEvidence') })}
                    <Evidence items={e.evidence} />
                  </>
                ) : null}
                {e.author ? ` · ${t('ledgerAuthor', { name: e.author })}` : ''}
                {e.phone ? ` · ${t('ledgerPhoneShown', { phone: e.phone })}` : ''}
                {superseded.has(e.id) ? ` ${t('ledgerCorrected')}` : ''}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}

/**
 * Where a task stands by the ledger (任务进展): how many of its owners finished (the task is done when
 * all have), who cannot complete it and why, and every unit that reported, with its part.
 */
export function TaskProgressBox({ task }: { task: number }) {
  const { t, lang, progress } = useViewer();
  const titleId = useId();
  const whole = progress.task(task);
  if (!whole) return null;
  const owners = whole.parts.filter((p) => p.owner);
  const finished = owners.filter((p) => p.state === 'done' || p.state === 'doneLate');
  const shown = whole.parts.filter((p) => p.entry);
  // Owners that have not reported, by name (a group may expand to thousands: the first few).
  const silent = owners.filter((p) => !p.entry);
  return (
    <section className="box" aria-labelledby={titleId} data-task-progress={whole.state}>
      <h2 id={titleId}>{t('taskProgress')}</h2>
      <p>
        {t('taskProgressOwners', {
          role: t(roleKey(whole.owners.role)),
          done: finished.length,
          total: owners.length,
        })}{' '}
        <strong>{partStateNames[lang][whole.state]}</strong>
      </p>
      {whole.blocked.length > 0 ? (
        <p className="record-error" data-blocked>
          {t('taskProgressBlocked', {
            units: whole.blocked.map((b) => t('named', { name: b.unit, x: b.reason })).join(t('listSep')),
          })}
        </p>
      ) : null}
      <ul className="task-parts">
        {shown.map((p) => (
          <li key={`${p.unit}:${p.role}`} data-unit={p.unit} data-part-state={p.state}>
            {t('labelledValue', {
              label: t('named', { name: p.unit, x: t(roleKey(p.role)) }),
              value: partStateNames[lang][p.state],
            })}
            {p.byTask ? ` ${t('taskProgressByTask')}` : ''}
            {p.entry
              ? ` · ${p.entry.date} ${t(ledgerStateKey(p.entry.state))}${p.entry.note ? `${t('colon')}${p.entry.note}` : ''}${p.reason ? t('paren', { x: t('ledgerReasonShown', { reason: p.reason }) }) : ''}${p.entry.author ? ` · ${t('ledgerAuthor', { name: p.entry.author })}` : ''}`
              : ''}
          </li>
        ))}
      </ul>
      {silent.length > 0 ? (
        <p className="muted" data-silent-owners={silent.length}>
          {t('taskProgressSilent', {
            n: silent.length,
            units: `${silent
              .slice(0, 20)
              .map((p) => p.unit)
              .join(t('listSep'))}${silent.length > 20 ? '…' : ''}`,
          })}
        </p>
      ) : null}
      {whole.parts.length > shown.length + silent.length ? (
        <p className="muted">
          {t('taskProgressOthers', { n: whole.parts.length - shown.length - silent.length })}
        </p>
      ) : null}
    </section>
  );
}

/** The reporter's fields of the record form (remembered in this browser). */
const REPORTER_FIELDS = [
  { field: 'author', label: 'ledgerReporter', type: 'text', autoComplete: 'name' },
  { field: 'phone', label: 'ledgerPhone', type: 'tel', autoComplete: 'tel' },
] as const;

/**
 * Record the state of `unit` on task `task`: dated today unless the clerk changes the 报送日期, signed
 * with the 填报人 and 联系电话 this browser remembers. After recording, focus returns to the row's
 * control, and the entry can be taken back (a correction that supersedes it; nothing is deleted).
 */
export function RecordProgress({ task, unit }: { task: number; unit: string }) {
  const { asOf, today, t, ledger } = useViewer();
  const [state, setState] = useState<LedgerState | ''>('');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [evidence, setEvidence] = useState('');
  const [date, setDate] = useState(today);
  // Read from the browser's storage when the clerk starts an entry (not for every row shown).
  const [reporter, setReporter] = useState<Reporter | null>(null);
  const signer = () => reporter ?? loadReporter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ entry: LedgerEntry; undone?: LedgerEntry } | null>(null);
  const errorId = useId();
  const select = useRef<HTMLSelectElement>(null);
  const backToRow = () => {
    // The row may be gone (filtered out once recorded): then the view's heading.
    const target = select.current?.isConnected ? select.current : document.getElementById('view-title');
    target?.focus();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!state) return;
    if (state === 'cannotComplete' && !reason.trim()) {
      setError(t('ledgerNeedReason'));
      return;
    }
    if (!isCalendarDay(date)) {
      setError(t('invalid_asOf', { value: date, today }));
      return;
    }
    try {
      const items = evidence
        .split(/[\s；;]+/)
        .map((s) => s.trim())
        .filter(Boolean);
      const signed = signer();
      saveReporter(signed);
      const entry = await ledger.record({
        task,
        unit,
        date,
        state,
        note,
        reason: state === 'cannotComplete' ? reason : undefined,
        author: signed.author,
        phone: signed.phone,
        ...(items.length ? { evidence: items } : {}),
      });
      setState('');
      setNote('');
      setReason('');
      setEvidence('');
      setDate(today);
      setError(null);
      setDone({ entry });
      backToRow();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  const undo = async () => {
    if (!done) return;
    const correction = undoEntry(ledger.entries, done.entry.id, signer());
    if (!correction) return;
    const { plan: _plan, ...input } = correction;
    const undone = await ledger.record(input);
    setDone({ entry: done.entry, undone });
    backToRow();
  };
  return (
    <form className="record-progress" data-record={task} onSubmit={submit}>
      <CurrentEntry task={task} unit={unit} />
      <select
        ref={select}
        value={state}
        aria-label={t('ledgerState', { n: task, unit })}
        data-testid="record-state"
        onChange={(e) => {
          setState(e.currentTarget.value as LedgerState | '');
          if (!reporter) setReporter(loadReporter());
        }}
      >
        <option value="">{t('ledgerPick')}</option>
        {PROGRESS_STATES.map((s) => (
          <option key={s} value={s}>
            {t(ledgerStateKey(s))}
          </option>
        ))}
      </select>
      {state ? (
        <>
          <label className="record-field">
            <span>{t('ledgerDate')}</span>
            <input
              type="date"
              value={date}
              required
              aria-label={t('ledgerDateLabel', { n: task })}
              data-testid="record-date"
              onChange={(e) => setDate(e.currentTarget.value)}
            />
          </label>
          {(
            [
              [note, setNote, 'ledgerNote'],
              [evidence, setEvidence, 'ledgerEvidenceInput'],
            ] as const
          ).map(([value, set, key]) => (
            <input
              key={key}
              type="text"
              value={value}
              aria-label={t(key, { n: task })}
              placeholder={t(key, { n: task })}
              onChange={(e) => set(e.currentTarget.value)}
            />
          ))}
          {REPORTER_FIELDS.map(({ field, label, type, autoComplete }) => (
            <label key={field} className="record-field">
              <span>{t(label)}</span>
              <input
                type={type}
                value={reporter?.[field] ?? ''}
                autoComplete={autoComplete}
                data-testid={`record-${field}`}
                onChange={(e) => setReporter({ ...signer(), [field]: e.currentTarget.value })}
              />
            </label>
          ))}
          <span className="muted small">{t('ledgerReporterHint')}</span>
        </>
      ) : null}
      {state === 'cannotComplete' ? (
        <input
          type="text"
          required
          value={reason}
          aria-label={t('ledgerReason', { n: task })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          placeholder={t('ledgerReason', { n: task })}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
      ) : null}
      <button
        type="submit"
        disabled={!state}
        aria-label={t('ledgerRecordLabel', { n: task })}
        data-testid="record-button"
      >
        {t('ledgerRecord')}
      </button>
      {error ? (
        <span id={errorId} role="alert" className="record-error">
          {error}
        </span>
      ) : null}
      <span role="status" className="record-done" data-testid="record-done">
        {done && !done.undone ? (
          <>
            {t('ledgerRecorded', {
              n: task,
              state: t(ledgerStateKey(done.entry.state)),
              date: done.entry.date,
            })}
            {done.entry.date > asOf ? ` ${t('ledgerAfterAsOf', { asOf })}` : ''}{' '}
            <button
              type="button"
              className="link-button"
              data-testid="record-undo"
              aria-label={t('ledgerUndoLabel', {
                n: task,
                state: t(ledgerStateKey(done.entry.state)),
                date: done.entry.date,
              })}
              onClick={() => void undo()}
            >
              {t('ledgerUndo')}
            </button>
          </>
        ) : done?.undone ? (
          t('ledgerUndone', { n: task, state: t(ledgerStateKey(done.undone.state)) })
        ) : null}
      </span>
    </form>
  );
}

/** A conflict as the CLI's import reports it: 冲突：任务 7 · 市财政局 · 2021-10-20：已完成（台账记录 0b5c…）与 推进中（b.xlsx 第5行）. */
function conflictText(c: ProgressConflict, t: Translate): string {
  const claims = c.claims.map((claim) => {
    const where =
      claim.row !== undefined
        ? t('ledgerClaimRow', { file: claim.source, sheet: claim.sheet ?? '', row: claim.row })
        : claim.entry !== undefined
          ? t('ledgerClaimEntry', { id: claim.entry.slice(0, 8) })
          : claim.source;
    return t('named', { name: t(ledgerStateKey(claim.state)), x: where });
  });
  return t('ledgerConflict', {
    task: c.task,
    unit: c.unit,
    date: c.date,
    claims: claims.join(t('ledgerVersus')),
  });
}

/**
 * The ledger's count, export (.jsonl) and import: a .jsonl ledger, or a filled-in ledger workbook
 * (.xlsx, .csv), reconciled with what this browser holds by core's `reconcileProgress` — the CLI's
 * `fengong progress import`: repeats add nothing, conflicts are listed and their file imports nothing.
 */
export function LedgerPanel() {
  const { t, lang, ledger, analysis } = useViewer();
  const fileInput = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<{
    messages: string[];
    conflicts: string[];
    diagnostics: Diagnostic[];
  } | null>(null);
  const titleId = useId();
  const exportLedger = async () => {
    const { serializeLedger } = await import('../lib/ledger-files');
    saveFile(
      serializeLedger(ledger.entries),
      safeFileName(t('ledgerFileName', { plan: ledger.plan })),
      'application/jsonl;charset=utf-8',
    );
  };
  const onPick = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const [{ readProgressFile }, { reconcileProgress }] = await Promise.all([
      import('@fengong/reports'),
      import('../lib/ledger-files'),
    ]);
    const batch = await readProgressFile(new Uint8Array(await file.arrayBuffer()), { fileName: file.name });
    const imported = reconcileProgress(analysis, ledger.entries, [batch], {
      date: localToday(),
      recordedAt: new Date().toISOString(),
      newId,
    });
    const outcome = imported.batches[0]!;
    if (imported.errors === 0) await ledger.add(imported.entries);
    const messages =
      imported.errors > 0
        ? [t('ledgerImportFailed')]
        : outcome.accepted
          ? [t('ledgerImported', { n: outcome.entries.length, unchanged: outcome.unchanged })]
          : [t('ledgerImportConflicts', { n: outcome.conflicts.length })];
    setResult({
      messages,
      conflicts: outcome.conflicts.map((c) => conflictText(c, t)),
      diagnostics: outcome.diagnostics.filter((d) => d.severity !== 'info'),
    });
  };
  return (
    <section className="box ledger-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('ledgerTitle')}</h2>
      <p className="muted">{t('ledgerHint')}</p>
      <p>
        <span data-testid="ledger-count">{t('ledgerCount', { n: ledger.entries.length })}</span>{' '}
        <button type="button" data-testid="ledger-export" onClick={() => void exportLedger()}>
          {t('ledgerExport')}
        </button>{' '}
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('ledgerImport')}
        </button>
        <input
          ref={fileInput}
          type="file"
          className="sr-only"
          tabIndex={-1}
          aria-label={t('ledgerImport')}
          accept=".jsonl,.ndjson,.xlsx,.csv,application/jsonl,application/x-ndjson,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={onPick}
          data-testid="ledger-file"
        />
      </p>
      {result ? (
        <div role="status" className="ledger-result" data-testid="ledger-result">
          {result.messages.map((m) => (
            <p key={m}>{m}</p>
          ))}
          {result.conflicts.length > 0 ? (
            <ul className="conflicts">
              {result.conflicts.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          ) : null}
          {result.diagnostics.length > 0 ? (
            <ul className="diagnostics">
              {result.diagnostics.slice(0, 50).map((d, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: diagnostics carry no id
                <li key={i} data-severity={d.severity} data-code={d.code}>
                  {formatDiagnostic(d, { locale: localeOf(lang), code: lang === 'en' })}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
