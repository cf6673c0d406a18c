/**
 * The browser's progress ledger on screen: a compact control per task row to record a unit's state
 * (an entry dated the status day; entries are only appended), and the ledger's export (.jsonl, as
 * `fengong progress import` reads it) and import.
 */
import {
  type Diagnostic,
  type LedgerEntry,
  LedgerState,
  safeParseLedger,
  serializeLedger,
} from '@fengong/core';
import { type ChangeEvent, type FormEvent, useId, useRef, useState } from 'react';
import { useViewer } from '../context';
import { ledgerStateKey } from '../lib/i18n';
import { safeFileName, saveFile } from '../lib/save';

const STATES = LedgerState.options;

/** The latest entry of a unit on a task (by date, then recording time). */
function latestOf(entries: readonly LedgerEntry[], task: number, unit: string): LedgerEntry | undefined {
  let latest: LedgerEntry | undefined;
  for (const e of entries) {
    if (e.task !== task || e.unit !== unit) continue;
    if (!latest || e.date > latest.date || (e.date === latest.date && e.recordedAt >= latest.recordedAt)) {
      latest = e;
    }
  }
  return latest;
}

/** Record the state of `unit` on task `task` as of the status day. */
export function RecordProgress({ task, unit }: { task: number; unit: string }) {
  const { asOf, t, ledger } = useViewer();
  const [state, setState] = useState<LedgerState | ''>('');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const latest = latestOf(ledger.entries, task, unit);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!state) return;
    if (state === 'cannotComplete' && !reason.trim()) {
      setError(t('ledgerNeedReason'));
      return;
    }
    try {
      await ledger.record({
        task,
        unit,
        date: asOf,
        state,
        note,
        reason: state === 'cannotComplete' ? reason : undefined,
      });
      setState('');
      setNote('');
      setReason('');
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <form className="record-progress" data-record={task} onSubmit={submit}>
      {latest ? (
        <span className="recorded" data-recorded={latest.state}>
          {t('ledgerLatest', { state: t(ledgerStateKey(latest.state)), date: latest.date })}
        </span>
      ) : null}
      <select
        value={state}
        aria-label={t('ledgerState', { n: task, unit })}
        data-testid="record-state"
        onChange={(e) => setState(e.currentTarget.value as LedgerState | '')}
      >
        <option value="">{t('ledgerPick')}</option>
        {STATES.map((s) => (
          <option key={s} value={s}>
            {t(ledgerStateKey(s))}
          </option>
        ))}
      </select>
      {state ? (
        <input
          type="text"
          value={note}
          aria-label={t('ledgerNote', { n: task })}
          placeholder={t('ledgerNote', { n: task })}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
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
    </form>
  );
}

/** The ledger's count, export (.jsonl) and import (with the file's diagnostics). */
export function LedgerPanel() {
  const { t, ledger } = useViewer();
  const fileInput = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<{ messages: string[]; diagnostics: Diagnostic[] } | null>(null);
  const titleId = useId();
  const exportLedger = () => {
    saveFile(
      serializeLedger(ledger.entries),
      safeFileName(`进度台账-${ledger.plan}.jsonl`),
      'application/jsonl;charset=utf-8',
    );
  };
  const onPick = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = safeParseLedger(await file.text(), { fileName: file.name });
    if (!read.success) {
      setResult({ messages: [t('ledgerImportFailed')], diagnostics: read.diagnostics });
      return;
    }
    const mine = read.entries.filter((entry) => entry.plan === ledger.plan);
    const known = new Set(ledger.entries.map((entry) => entry.id));
    const fresh = mine.filter((entry) => !known.has(entry.id));
    await ledger.add(fresh);
    const messages = [t('ledgerImported', { n: fresh.length })];
    const other = read.entries.length - mine.length;
    if (other > 0) messages.push(t('ledgerOtherPlan', { n: other }));
    setResult({ messages, diagnostics: read.diagnostics });
  };
  return (
    <section className="box ledger-panel" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('ledgerTitle')}</h3>
      <p className="muted">{t('ledgerHint')}</p>
      <p>
        <span data-testid="ledger-count">{t('ledgerCount', { n: ledger.entries.length })}</span>{' '}
        <button type="button" data-testid="ledger-export" onClick={exportLedger}>
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
          accept=".jsonl,.json,.txt,application/jsonl,application/x-ndjson,text/plain"
          onChange={onPick}
          data-testid="ledger-file"
        />
      </p>
      {result ? (
        <div role="status" className="ledger-result">
          {result.messages.map((m) => (
            <p key={m}>{m}</p>
          ))}
          {result.diagnostics.length > 0 ? (
            <ul className="diagnostics">
              {result.diagnostics.slice(0, 50).map((d, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: diagnostics carry no id
                <li key={i} data-severity={d.severity}>
                  {d.start ? `${d.start.line}: ` : ''}
                  {d.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
