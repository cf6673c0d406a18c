/**
 * `fengong progress`: the progress ledger (进度台账) — record what units report, list it, import filled-in
 * ledger workbooks, export it. The ledger is `<plan>.progress.jsonl` beside the plan (`--ledger` to
 * choose another file): append-only, one JSON line per entry.
 */
import type { ConflictClaim, Diagnostic, LedgerEntry, PlanAnalysis, ProgressBatch } from '@fengong/core';
import type { JsonlLedgerStore } from '@fengong/core/node';
import { type Command, Option } from 'commander';
import { FailOnError, UsageError } from '../errors';
import { lang } from '../i18n';
import { print, printJson } from '../io';

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

const warn = (line: string) => process.stderr.write(`${line}\n`);

/** Print warnings (not infos) for a person, on stderr. */
export async function printWarnings(diagnostics: readonly Diagnostic[]): Promise<void> {
  const shown = diagnostics.filter((d) => d.severity !== 'info');
  if (shown.length === 0) return;
  const { formatDiagnostic } = await import('@fengong/core');
  for (const d of shown) warn(formatDiagnostic(d));
}

/**
 * Load a plan and its ledger (`--ledger`, else `<plan>.progress.jsonl`); the ledger's warnings go to
 * stderr, and a ledger of another plan is an input error.
 */
export async function loadLedger(planFile: string, options: LedgerOptions): Promise<LoadedLedger> {
  const { loadAnalysis } = await import('../context');
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

const shortId = (id: string) => id.slice(0, 8);

async function stateOption(value: string): Promise<LedgerEntry['state']> {
  const { ledgerStateFrom, ledgerStateLabel, LedgerState } = await import('@fengong/core');
  const state = ledgerStateFrom(value);
  if (state) return state;
  const choices = LedgerState.options.map((s) => `${ledgerStateLabel(s)}（${s}）`).join('、');
  throw new UsageError(say('badState', { value, choices }));
}

/** A ledger entry named by its id or an unambiguous beginning of it (at least 4 characters). */
function findEntry(entries: readonly LedgerEntry[], id: string): LedgerEntry {
  const exact = entries.find((e) => e.id === id);
  if (exact) return exact;
  const hits = id.length >= 4 ? entries.filter((e) => e.id.startsWith(id)) : [];
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1)
    throw new UsageError(say('ambiguousEntry', { id, ids: hits.map((e) => shortId(e.id)).join('、') }));
  throw new UsageError(say('noSuchEntry', { id }));
}

interface AddOptions extends LedgerOptions {
  task: string;
  unit: string;
  state: string;
  date?: string;
  note?: string;
  reason?: string;
  evidence?: string[];
  author?: string;
  supersedes?: string;
  json?: boolean;
}

async function add(planFile: string, options: AddOptions): Promise<void> {
  const { dateOption, taskNumber, today } = await import('../context');
  const core = await import('@fengong/core');
  const date = dateOption(options.date, '--date') ?? today();
  const state = await stateOption(options.state);
  const { analysis, store, entries } = await loadLedger(planFile, options);
  const task = taskNumber(analysis, options.task);
  core.findUnit(analysis, options.unit); // an unknown name: the closest names, through the error funnel
  const reporter = core.checkReporter(analysis, task, options.unit);
  if (typeof reporter === 'string') throw new UsageError(reporter);
  if (state === 'cannotComplete' && !options.reason?.trim()) throw new UsageError(say('needsReason'));
  const corrected = options.supersedes !== undefined ? findEntry(entries, options.supersedes) : undefined;
  const { randomUUID } = await import('node:crypto');
  let entry: LedgerEntry;
  try {
    entry = core.createLedgerEntry(
      {
        plan: core.planId(analysis.plan),
        task,
        unit: reporter.unit,
        date,
        state,
        ...(options.note !== undefined ? { note: options.note } : {}),
        ...(options.reason !== undefined ? { reason: options.reason } : {}),
        ...(options.evidence ? { evidence: options.evidence } : {}),
        ...((options.author ?? process.env.FENGONG_AUTHOR)
          ? { author: options.author ?? process.env.FENGONG_AUTHOR }
          : {}),
        ...(corrected ? { supersedes: corrected.id } : {}),
        source: 'fengong progress add',
      },
      { id: randomUUID(), recordedAt: new Date().toISOString() },
    );
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const sameDay = core
    .currentEntries(entries)
    .filter(
      (e) =>
        e.task === task &&
        e.unit === reporter.unit &&
        e.date === date &&
        e.state !== state &&
        e.id !== corrected?.id,
    );
  const appended = await store.append([entry]);
  await printWarnings(appended.diagnostics);
  for (const e of sameDay) {
    warn(
      say('sameDay', {
        unit: e.unit,
        date: e.date,
        task,
        state: lang() === 'en' ? e.state : core.ledgerStateLabel(e.state),
        id: shortId(e.id),
      }),
    );
  }
  if (options.json) return printJson(entry);
  const lines = [
    say('recorded', {
      id: shortId(entry.id),
      task,
      unit: entry.unit,
      state: lang() === 'en' ? state : core.ledgerStateLabel(state),
      date,
      file: store.file,
    }),
  ];
  if (corrected) lines.push(say('corrects', { id: shortId(corrected.id) }));
  const all = [...entries, entry];
  const item = analysis.byNumber.get(task)!;
  const owners = core.taskOwners(item);
  const latest = core.latestEntries(all, {}, analysis).get(task);
  const done = owners.units.filter((u) => {
    const e = latest?.get(u);
    return e !== undefined && core.isFinishedState(e.state);
  }).length;
  const roleLabel = lang() === 'en' ? owners.role : owners.role === 'lead' ? '牵头单位' : '责任单位';
  lines.push(
    say('owners', {
      task,
      role: roleLabel,
      done,
      total: owners.units.length,
      whole: done === owners.units.length && done > 0 ? say('wholeDone') : '',
    }),
  );
  print(lines.join('\n'));
}

interface ListOptions extends LedgerOptions {
  unit?: string;
  task?: string;
  state?: string[];
  asOf?: string;
  history?: boolean;
  json?: boolean;
}

async function list(planFile: string, options: ListOptions): Promise<void> {
  const { dateOption, taskNumber } = await import('../context');
  const core = await import('@fengong/core');
  const asOf = dateOption(options.asOf, '--as-of');
  const { analysis, entries } = await loadLedger(planFile, options);
  const task = options.task !== undefined ? taskNumber(analysis, options.task) : undefined;
  const states = options.state ? await Promise.all(options.state.map(stateOption)) : undefined;
  let units: Set<string> | undefined;
  if (options.unit !== undefined) {
    const unit = core.findUnit(analysis, options.unit);
    const members = analysis.registry.membersOf.get(unit);
    units = new Set(members && members.length > 0 ? members.map((m) => m.name) : [unit]);
  }
  const canonical = (name: string) => {
    const hit = core.lookupName(analysis.registry, name);
    return hit?.kind === 'unit' ? hit.unit.name : name;
  };
  let shown: LedgerEntry[];
  if (options.history) {
    shown = entries.filter((e) => asOf === undefined || e.date <= asOf);
  } else {
    const latest = core.latestEntries(entries, asOf !== undefined ? { asOf } : {}, analysis);
    shown = [...latest.values()].flatMap((byUnit) => [...byUnit.values()]);
    shown.sort(
      (a, b) =>
        a.task - b.task ||
        (analysis.resolved.byUnit.ids.get(canonical(a.unit)) ?? 1e9) -
          (analysis.resolved.byUnit.ids.get(canonical(b.unit)) ?? 1e9),
    );
  }
  shown = shown.filter(
    (e) =>
      (task === undefined || e.task === task) &&
      (units === undefined || units.has(canonical(e.unit))) &&
      (states === undefined || states.includes(e.state)),
  );
  if (options.json) return printJson(shown);
  if (shown.length === 0) return print(say('noEntries'));
  const { renderTable } = await import('../table');
  const superseded = new Set(entries.flatMap((e) => (e.supersedes ? [e.supersedes] : [])));
  const en = lang() === 'en';
  const header = en
    ? ['task', 'unit', 'date', 'state', 'progress', 'entry']
    : ['任务', '单位', '日期', '完成情况', '进展情况', '记录'];
  const rows = shown.map((e) => [
    String(e.task),
    e.unit,
    e.date,
    `${en ? e.state : core.ledgerStateLabel(e.state)}${superseded.has(e.id) ? (en ? ' (corrected)' : '（已更正）') : ''}`,
    [e.note, e.reason && `${en ? 'reason' : '原因'}：${e.reason}`, e.remark]
      .filter(Boolean)
      .join('；')
      .replace(/\s+/g, ' '),
    `${shortId(e.id)}${e.supersedes ? ` ← ${shortId(e.supersedes)}` : ''}`,
  ]);
  print(
    `${renderTable(header, rows, { maxWidths: [4, 24, 10, 16, 40, 20] })}\n${say('total', { n: shown.length })}`,
  );
}

interface ImportOptions extends LedgerOptions {
  unit?: string;
  date?: string;
  author?: string;
  correct?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

async function readBatch(file: string): Promise<ProgressBatch> {
  const lower = file.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) {
    const { readTextFile } = await import('@fengong/core/node');
    const { safeParseLedger } = await import('@fengong/core');
    const read = safeParseLedger(await readTextFile(file), { fileName: file });
    return read.success
      ? {
          kind: 'entries',
          source: file,
          entries: read.entries,
          lines: read.lines,
          diagnostics: read.diagnostics,
        }
      : { kind: 'entries', source: file, entries: [], diagnostics: read.diagnostics };
  }
  if (!/\.(xlsx|xlsm|csv|txt)$/.test(lower)) throw new UsageError(say('unknownFile', { file }));
  const { readFile } = await import('node:fs/promises');
  const { FengongFileError } = await import('@fengong/core/node');
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FengongFileError(file, code === 'ENOENT' ? 'no such file' : (code ?? String(error)));
  }
  const { readFilledLedger } = await import('@fengong/reports');
  return readFilledLedger(bytes, { fileName: file });
}

function claimText(claim: ConflictClaim, label: (s: LedgerEntry['state']) => string): string {
  const en = lang() === 'en';
  const where =
    claim.row !== undefined
      ? `${claim.source}${claim.sheet ? ` ${claim.sheet}` : ''} ${en ? `row ${claim.row}` : `第${claim.row}行`}`
      : claim.entry !== undefined
        ? say('ledgerEntry', { id: shortId(claim.entry) })
        : claim.source;
  return say('claim', { state: label(claim.state), where });
}

async function importFiles(planFile: string, files: string[], options: ImportOptions): Promise<void> {
  const { dateOption, today } = await import('../context');
  const core = await import('@fengong/core');
  const date = dateOption(options.date, '--date') ?? today();
  const { analysis, store, entries } = await loadLedger(planFile, options);
  if (options.unit !== undefined) core.findUnit(analysis, options.unit);
  const batches: ProgressBatch[] = [];
  for (const file of files) batches.push(await readBatch(file));
  const { randomUUID } = await import('node:crypto');
  const author = options.author ?? process.env.FENGONG_AUTHOR;
  const result = core.reconcileProgress(analysis, entries, batches, {
    date,
    recordedAt: new Date().toISOString(),
    newId: randomUUID,
    ...(author ? { author } : {}),
    ...(options.unit !== undefined ? { unit: options.unit } : {}),
    ...(options.correct ? { correct: true } : {}),
  });
  const diagnostics = result.batches.flatMap((b) => b.diagnostics);
  if (result.errors > 0) {
    throw new core.FengongInputError(
      diagnostics.filter((d) => d.severity !== 'info'),
      say('importErrors', { n: result.errors }),
    );
  }
  await printWarnings(diagnostics);
  if (!options.dryRun && result.entries.length > 0) {
    const appended = await store.append(result.entries);
    await printWarnings(appended.diagnostics);
  }
  if (options.json) {
    printJson({
      ledger: store.file,
      dryRun: options.dryRun === true,
      appended: options.dryRun ? 0 : result.entries.length,
      conflicts: result.conflicts,
      files: result.batches.map((b) => ({
        file: b.source,
        accepted: b.accepted,
        added: b.entries.length,
        unchanged: b.unchanged,
        blank: b.blank,
        conflicts: b.conflicts,
        diagnostics: b.diagnostics,
      })),
      entries: result.entries,
    });
  } else {
    const label = (s: LedgerEntry['state']) => (lang() === 'en' ? s : core.ledgerStateLabel(s));
    const lines: string[] = [];
    for (const b of result.batches) {
      if (b.accepted) {
        lines.push(
          say('fileOk', { file: b.source, added: b.entries.length, unchanged: b.unchanged, blank: b.blank }),
        );
        continue;
      }
      lines.push(say('fileConflict', { file: b.source, n: b.conflicts.length }));
      for (const c of b.conflicts) {
        lines.push(
          say('conflict', {
            task: c.task,
            unit: c.unit,
            date: c.date,
            claims: c.claims.map((x) => claimText(x, label)).join(lang() === 'en' ? ' vs ' : ' 与 '),
          }),
        );
      }
    }
    lines.push(
      `${say('appended', { file: store.file, n: options.dryRun ? 0 : result.entries.length })}${options.dryRun ? ` ${say('dryRun')}` : ''}`,
    );
    print(lines.join('\n'));
  }
  if (result.conflicts > 0) throw new FailOnError(say('conflictsFound', { n: result.conflicts }));
}

interface ExportOptions extends LedgerOptions {
  format: 'csv' | 'json' | 'jsonl';
  current?: boolean;
  asOf?: string;
  output?: string;
  force?: boolean;
}

async function exportLedger(planFile: string, options: ExportOptions): Promise<void> {
  const { dateOption } = await import('../context');
  const core = await import('@fengong/core');
  const asOf = dateOption(options.asOf, '--as-of');
  const { entries } = await loadLedger(planFile, options);
  let chosen = options.current ? core.currentEntries(entries) : entries;
  if (asOf !== undefined) chosen = chosen.filter((e) => e.date <= asOf);
  const text =
    options.format === 'json'
      ? `${JSON.stringify(chosen, null, 2)}\n`
      : options.format === 'jsonl'
        ? core.serializeLedger(chosen)
        : core.ledgerToCsv(chosen);
  if (!options.output) {
    process.stdout.write(text);
    return;
  }
  const { writeFile } = await import('node:fs/promises');
  try {
    await writeFile(options.output, text, { flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(say('exists', { file: options.output }));
    const { FengongFileError } = await import('@fengong/core/node');
    throw new FengongFileError(options.output, code ?? String(error));
  }
  print(say('exported', { n: chosen.length, file: options.output }));
}

const STATE_HELP =
  '未开始|推进中|已完成|已完成（逾期）|无法完成, or notStarted|inProgress|done|doneLate|cannotComplete';

export function registerProgress(program: Command): void {
  const progress = program
    .command('progress')
    .description('进度台账：记录、查看、导入、导出各单位的进展 — the progress ledger')
    .addHelpText(
      'after',
      `
The ledger is <plan>.progress.jsonl beside the plan (or --ledger <file>): one JSON line per entry,
only ever appended. A correction is a new entry that supersedes the wrong one (--supersedes).
A task is done for a unit when that unit's latest entry says 已完成 or 已完成（逾期）; it is done
for the plan when its lead units (with no lead, all its responsible units) have finished.

Examples:
  $ fengong progress add plan.yaml --task 7 --unit 市财政局 --state 已完成 --note 已在专栏公开
  $ fengong progress list plan.yaml --unit 市财政局
  $ fengong progress import plan.yaml 市财政局.xlsx 赤坎区.xlsx --date 2021-10-20
  $ fengong progress export plan.yaml --format csv -o ledger.csv`,
    );

  const common = (cmd: Command) =>
    cmd
      .option('--ledger <file>', 'the ledger file (default: <plan>.progress.jsonl beside the plan)')
      .option('--units <registry>', 'unit registry (default: the one the plan names)');

  common(
    progress
      .command('add')
      .description('记录一条进展 — record one unit’s progress on one task')
      .argument('<plan>', 'plan file (YAML or JSON)')
      .requiredOption('--task <n>', 'task number')
      .requiredOption('--unit <name>', 'the reporting unit (name, alias or full name)')
      .requiredOption('--state <state>', STATE_HELP)
      .option(
        '--date <date>',
        'the day the state holds from; for a finished state the day it was finished (default: today)',
      )
      .option('--note <text>', 'progress in words (进展情况)')
      .option('--reason <text>', 'why it cannot be completed (required with 无法完成)')
      .option('--evidence <item...>', 'links or file names of supporting material (佐证材料)')
      .option('--author <name>', 'who records it (default: $FENGONG_AUTHOR)')
      .option(
        '--supersedes <id>',
        'the entry this one corrects (its id, or the first 8 characters shown by list)',
      )
      .option('--json', 'print the recorded entry as JSON'),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ fengong progress add seeds/zhanjiang-2021/plan.yaml --task 7 --unit 市财政局 --state 推进中 --date 2021-10-10
  $ fengong progress add seeds/zhanjiang-2021/plan.yaml --task 9 --unit 市财政局 --state 无法完成 --reason 上级系统未开放
  $ fengong progress add seeds/zhanjiang-2021/plan.yaml --task 7 --unit 市财政局 --state 推进中 --supersedes 1f2e3d4c`,
    )
    .action(add);

  common(
    progress
      .command('list')
      .description('查看台账：各单位每项任务的最新进展 — each unit’s latest entry on each task')
      .argument('<plan>', 'plan file (YAML or JSON)')
      .option('--unit <name>', 'only this unit (a group: its members)')
      .option('--task <n>', 'only this task')
      .option('--state <state...>', `only these states (${STATE_HELP})`)
      .option('--as-of <date>', 'as known on this day (entries dated later are left out)')
      .option('--history', 'every entry, corrected ones included, in the order recorded')
      .option('--json', 'print the entries as JSON'),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ fengong progress list seeds/zhanjiang-2021/plan.yaml --unit 市财政局
  $ fengong progress list seeds/zhanjiang-2021/plan.yaml --task 7 --history
  $ fengong progress list seeds/zhanjiang-2021/plan.yaml --state 无法完成 --json`,
    )
    .action(list);

  common(
    progress
      .command('import')
      .description('导入填报台账（xlsx、csv）或台账记录（jsonl） — import filled-in ledgers')
      .argument('<plan>', 'plan file (YAML or JSON)')
      .argument('<files...>', 'filled-in ledger workbooks (.xlsx), CSV files, or JSON Lines ledgers (.jsonl)')
      .option('--unit <name>', 'whose copy this is, for rows that name a group, several units or none')
      .option(
        '--date <date>',
        'the day the rows are reported on, for rows without a 日期 column (default: today)',
      )
      .option('--author <name>', 'who imports (default: $FENGONG_AUTHOR)')
      .option(
        '--correct',
        'rows that disagree with the ledger’s entry of the same day correct it instead of conflicting',
      )
      .option('--dry-run', 'check and report, but write nothing')
      .option('--json', 'print what was imported from each file as JSON'),
  )
    .addHelpText(
      'after',
      `
Rows are matched to the plan by 任务编号 and 单位. Rows with nothing filled in are skipped; rows that
repeat what the ledger says add nothing, so importing a file twice adds nothing.
Two different 完成情况 for one unit and task on one day (between rows, files, or a file and the
ledger) are a conflict: every conflict is listed, a file with a conflict imports nothing, the other
files import, and the exit code is 1. A file with an error (unknown task or unit, a state that is not
one of the five) stops the import: nothing is written, exit code 2.

Examples:
  $ fengong progress import seeds/zhanjiang-2021/plan.yaml 市财政局.xlsx 赤坎区政府.xlsx --date 2021-10-20
  $ fengong progress import seeds/zhanjiang-2021/plan.yaml 任务分工台账.xlsx --unit 市政府办公室
  $ fengong progress import seeds/zhanjiang-2021/plan.yaml browser.progress.jsonl`,
    )
    .action(importFiles);

  common(
    progress
      .command('export')
      .description('导出台账 — export the ledger (CSV, JSON or JSON Lines)')
      .argument('<plan>', 'plan file (YAML or JSON)')
      .addOption(
        new Option('--format <format>', 'output format').choices(['csv', 'json', 'jsonl']).default('csv'),
      )
      .option('--current', 'only the entries that count (corrected ones left out)')
      .option('--as-of <date>', 'only entries dated on or before this day')
      .option('-o, --output <file>', 'write to this file instead of stdout')
      .option('-f, --force', 'overwrite the output file if it exists'),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ fengong progress export seeds/zhanjiang-2021/plan.yaml > ledger.csv
  $ fengong progress export seeds/zhanjiang-2021/plan.yaml --format json --current`,
    )
    .action(exportLedger);
}
