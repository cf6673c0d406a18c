/**
 * What the `fengong progress` subcommands share: their messages, the plan and ledger loaded and
 * checked together, state and entry options.
 */
import type { Diagnostic, LedgerEntry, PlanAnalysis } from '@fengong/core';
import type { JsonlLedgerStore } from '@fengong/core/node';
import { UsageError } from '../../errors';
import { lang, locale } from '../../i18n';

const messages = {
  zh: {
    recorded: '✓ 已记录 {id}：任务 {task} · {unit} · {state} · {date}（{file}）',
    corrects: '  更正记录 {id}',
    owners: '  任务 {task} 责任主体（{role}）已完成 {done}/{total}{whole}',
    wholeDone: '，任务已完成',
    sameDay:
      '注意：{unit} 已于 {date} 报告任务 {task} 为“{state}”（记录 {id}）；本条记录在后，以本条为准。若那条有误，请用 --supersedes {id} 更正。',
    badState: '--state “{value}”：应为 {choices}',
    needsReason: '“无法完成”需要用 --reason 说明原因',
    noSuchEntry: '--supersedes {id}：台账中没有这条记录',
    ambiguousEntry: '--supersedes {id}：有多条记录以此开头（{ids}），请写完整',
    notOnTask: '{message}',
    noEntries: '台账中没有符合条件的记录',
    total: '合计 {n} 条',
    fileOk: '✓ {file}：新增 {added} 条，已有 {unchanged} 条，未填 {blank} 行',
    fileConflict: '✗ {file}：有 {n} 处冲突，该文件未导入',
    conflict: '  冲突：任务 {task} · {unit} · {date}：{claims}',
    claim: '{state}（{where}）',
    ledgerEntry: '台账记录 {id}',
    appended: '已写入台账 {file}：新增 {n} 条',
    dryRun: '（试运行：未写入台账）',
    conflictsFound:
      '有 {n} 处冲突未导入：同一单位同一任务同一天报告了不同的完成情况。请核实后修改文件再导入，或用 --correct 以文件为准更正台账。',
    importErrors: '未导入任何内容：{n} 处错误',
    exported: '✓ 已导出 {n} 条记录到 {file}',
    exists: '{file} 已存在：加 --force 覆盖',
    ledgerOfOther: '{file} 不是 {plan} 的台账',
    unknownFile: '{file}：不认识的文件类型（可导入 .xlsx、.csv、.jsonl）',
  },
  en: {
    recorded: '✓ recorded {id}: task {task} · {unit} · {state} · {date} ({file})',
    corrects: '  corrects {id}',
    owners: '  task {task}: {done}/{total} owners ({role}) have finished{whole}',
    wholeDone: '; the task is done',
    sameDay:
      'note: {unit} already reported task {task} as “{state}” on {date} (entry {id}); this entry is later and counts. If that one was a mistake, correct it with --supersedes {id}.',
    badState: '--state “{value}”: expected {choices}',
    needsReason: '“cannotComplete” needs a --reason',
    noSuchEntry: '--supersedes {id}: no such entry in the ledger',
    ambiguousEntry: '--supersedes {id}: several entries start with it ({ids}); give more of it',
    notOnTask: '{message}',
    noEntries: 'no entries match',
    total: 'total {n}',
    fileOk: '✓ {file}: {added} new, {unchanged} already there, {blank} rows not filled in',
    fileConflict: '✗ {file}: {n} conflict(s); nothing imported from this file',
    conflict: '  conflict: task {task} · {unit} · {date}: {claims}',
    claim: '{state} ({where})',
    ledgerEntry: 'ledger entry {id}',
    appended: 'wrote {n} new entries to {file}',
    dryRun: '(dry run: the ledger was not written)',
    conflictsFound:
      '{n} conflict(s) not imported: one unit reported different states for one task on one day. Check them and fix the file, or let the files correct the ledger with --correct.',
    importErrors: 'nothing was imported: {n} error(s)',
    exported: '✓ exported {n} entries to {file}',
    exists: '{file} exists: add --force to overwrite it',
    ledgerOfOther: '{file} is not the ledger of {plan}',
    unknownFile: '{file}: unknown kind of file (.xlsx, .csv and .jsonl can be imported)',
  },
};

type MessageKey = keyof (typeof messages)['zh'];

/** A message of this command in the current language. */
export function say(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const text: string = messages[lang()][key];
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** Options every ledger command takes. */
export interface LedgerOptions {
  units?: string;
  ledger?: string;
}

/** A plan, its ledger store, and the ledger's entries (checked against the plan). */
export interface LoadedLedger {
  analysis: PlanAnalysis;
  store: JsonlLedgerStore;
  entries: LedgerEntry[];
}

export const warn = (line: string) => process.stderr.write(`${line}\n`);

/** Print warnings (not infos) for a person, on stderr. */
export async function printWarnings(diagnostics: readonly Diagnostic[]): Promise<void> {
  const shown = diagnostics.filter((d) => d.severity !== 'info');
  if (shown.length === 0) return;
  const { formatDiagnostic } = await import('@fengong/core');
  for (const d of shown) warn(formatDiagnostic(d, { locale: locale() }));
}

/**
 * Load a plan and its ledger (`--ledger`, else `<plan>.progress.jsonl`); the ledger's warnings go to
 * stderr, and a ledger of another plan is an input error.
 */
export async function loadLedger(planFile: string, options: LedgerOptions): Promise<LoadedLedger> {
  const { loadAnalysis } = await import('../../context');
  const { openLedger } = await import('@fengong/core/node');
  const { checkLedger, FengongInputError } = await import('@fengong/core');
  const analysis = await loadAnalysis(planFile, options);
  const store = openLedger(planFile, options.ledger);
  const read = await store.readAll();
  const checks = checkLedger(analysis, read.entries, { fileName: store.file, lines: read.lines });
  const errors = checks.filter((d) => d.severity === 'error');
  if (errors.length > 0)
    throw new FengongInputError(errors, say('ledgerOfOther', { file: store.file, plan: planFile }));
  await printWarnings([...read.diagnostics, ...checks]);
  return { analysis, store, entries: read.entries };
}

export const shortId = (id: string) => id.slice(0, 8);

export async function stateOption(value: string): Promise<LedgerEntry['state']> {
  const { ledgerStateFrom, progressStateLabels, PROGRESS_STATES } = await import('@fengong/core');
  const state = ledgerStateFrom(value);
  if (state) return state;
  const choices = PROGRESS_STATES.map((s) => `${progressStateLabels[s]}（${s}）`).join('、');
  throw new UsageError(say('badState', { value, choices }));
}

/** A ledger entry named by its id or an unambiguous beginning of it (at least 4 characters). */
export function findEntry(entries: readonly LedgerEntry[], id: string): LedgerEntry {
  const exact = entries.find((e) => e.id === id);
  if (exact) return exact;
  const hits = id.length >= 4 ? entries.filter((e) => e.id.startsWith(id)) : [];
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1)
    throw new UsageError(say('ambiguousEntry', { id, ids: hits.map((e) => shortId(e.id)).join('、') }));
  throw new UsageError(say('noSuchEntry', { id }));
}
