/**
 * Importing progress into the ledger (台账导入): rows of filled-in ledger workbooks (or CSV), and
 * entries of another ledger (JSON Lines, e.g. from the web viewer), matched to the plan by task number
 * and unit, checked, and reconciled with what the ledger already holds.
 *
 * The rules, decided once here so the CLI and the viewer agree:
 * - A row with nothing filled in (no 完成情况, 进展情况 or 备注) is blank and skipped.
 * - A row that repeats what the ledger already says for that unit and task (same state, progress,
 *   remark, evidence) adds nothing — so importing the same file twice adds nothing.
 * - A row answered by several units or a group (a row of the plan-wide sheet) is nobody's in
 *   particular: text without a state there is fengong's own summary of the units' reports and is
 *   skipped; a finished state on a task the ledger already counts as done adds nothing; anything else
 *   needs `unit` (whose copy the file is).
 * - Two different states for the same unit and task on the same day — between rows, files, or a
 *   file's rows and the ledger — are a conflict (冲突). Entries of a JSON Lines ledger carry when they
 *   were recorded, so the progress rules settle their same-day ties (the later-recorded counts):
 *   they merge entry by entry and never conflict. Every conflict is reported, none is settled silently:
 *   **a file with any conflict imports nothing**; other files import. With `correct`, rows that
 *   disagree with the ledger's entry of that day are recorded as corrections (更正) of it instead.
 * - A file with any error (unknown task, unknown unit, a unit with no role on the task, a state that
 *   is not one of the five) imports nothing either; errors name the file, sheet, row and column.
 */
import type { Diagnostic } from '../diagnostics';
import { catalogued, type Locale, type MessageParams } from '../messages';
import { type ReporterFacts, sayReporter } from '../messages/ledger';
import type { IsoDate } from '../model/schema';
import { isIsoDate } from '../model/schema';
import type { PlanAnalysis } from '../queries/analysis';
import { closestUnits } from '../registry/closest';
import { lookupName } from '../registry/lookup';
import { compareEntries, currentEntries, ledgerProgress, planId } from './rules';
import { createLedgerEntry, type LedgerEntry, type LedgerState } from './schema';
import { isFinishedState, ledgerStateFrom, PROGRESS_STATES, progressStateLabels } from './states';

/**
 * The fields a progress row can carry, by the workbook column they come from: 任务编号 `task`,
 * 单位 `unit`, 完成情况 `state`, 进展情况 `note`, 备注 `remark`, 日期 `date`, 佐证材料 `evidence`,
 * 填报人 `author`, 责任人 `responsiblePerson`, 联系人 `contact`, 联系电话 `phone`, 原因 `reason`,
 * 记录编号 `id` (the row is that entry), 原记录编号 `basis` (the row shows that entry, as a ledger
 * workbook writes it).
 *
 * @example
 * const field: ProgressField = 'state'; // 完成情况
 */
export type ProgressField =
  | 'task'
  | 'unit'
  | 'state'
  | 'note'
  | 'remark'
  | 'date'
  | 'evidence'
  | 'author'
  | 'responsiblePerson'
  | 'contact'
  | 'phone'
  | 'reason'
  | 'id'
  | 'basis';

/**
 * One row of a filled-in ledger (填报行), its cells as text.
 *
 * @example
 * const row: ProgressRow = { row: 5, cells: { task: '7', unit: '市财政局', state: '已完成', note: '已公开' } };
 */
export interface ProgressRow {
  /** 1-based row of the sheet (line of a CSV file). */
  row: number;
  cells: Partial<Record<ProgressField, string>>;
}

/**
 * One sheet of a filled-in ledger (填报表): where each field's column is, and the rows.
 *
 * @example
 * const sheet: ProgressSheet = { name: '市财政局', columns: { task: 1, state: 11, note: 12, remark: 13, unit: 14 }, rows: [] };
 */
export interface ProgressSheet {
  name?: string;
  /** 1-based column of each field found. */
  columns: Partial<Record<ProgressField, number>>;
  rows: ProgressRow[];
}

/**
 * What one file to import holds (导入批次): sheets of rows read from a workbook or CSV, or the
 * entries of a JSON Lines ledger.
 *
 * @example
 * const batch: ProgressBatch = { kind: 'rows', source: '市财政局.xlsx', sheets: [sheet], diagnostics: [] };
 */
export type ProgressBatch =
  | {
      kind: 'rows';
      source: string;
      /** What the workbook says it is (its hidden `_fengong` sheet), when it says. */
      plan?: { title?: string; documentNumber?: string };
      sheets: ProgressSheet[];
      /** Findings of the reader. */
      diagnostics: Diagnostic[];
    }
  | { kind: 'entries'; source: string; entries: LedgerEntry[]; lines?: number[]; diagnostics: Diagnostic[] };

/**
 * A batch of rows from a filled-in workbook or CSV (填报表批次), as the reports package's reader gives it.
 *
 * @example
 * const batch: ProgressRowsBatch = await readFilledLedger(bytes, { fileName: '市财政局.xlsx' });
 */
export type ProgressRowsBatch = Extract<ProgressBatch, { kind: 'rows' }>;

/**
 * One claim in a conflict: a state, and where it comes from (a row of a file, or a ledger entry).
 *
 * @example
 * const claim: ConflictClaim = { state: 'done', source: '市财政局.xlsx', sheet: '市财政局', row: 5 };
 */
export interface ConflictClaim {
  state: LedgerState;
  source: string;
  sheet?: string;
  row?: number;
  /** The ledger entry making the claim, for a claim already in the ledger. */
  entry?: string;
}

/**
 * Different states for the same unit and task on the same day (同日状态冲突).
 *
 * @example
 * const c: ProgressConflict = { task: 7, unit: '市财政局', date: '2021-10-20',
 *   claims: [{ state: 'done', source: '台账', entry: '0b5c…' }, { state: 'inProgress', source: 'b.xlsx', row: 5 }] };
 */
export interface ProgressConflict {
  task: number;
  unit: string;
  date: IsoDate;
  claims: ConflictClaim[];
}

/**
 * What happened to one file (导入结果).
 *
 * @example
 * const o: BatchOutcome = { source: 'a.xlsx', accepted: true, entries: [], unchanged: 3, blank: 40, conflicts: [], diagnostics: [] };
 */
export interface BatchOutcome {
  source: string;
  /** The file's entries are to be appended (no errors, no conflicts). */
  accepted: boolean;
  /** New entries from the file (appended only when accepted). */
  entries: LedgerEntry[];
  /** Rows or entries that repeat what the ledger already holds. */
  unchanged: number;
  /** Rows with nothing filled in. */
  blank: number;
  conflicts: ProgressConflict[];
  /** The reader's findings and the rows' problems; any error rejects the file. */
  diagnostics: Diagnostic[];
}

/**
 * The result of {@link reconcileProgress} (导入核对): per file, and everything to append.
 *
 * @example
 * const r: ProgressImport = reconcileProgress(analysis, ledger, batches, options);
 * r.entries.length; // entries to append
 */
export interface ProgressImport {
  batches: BatchOutcome[];
  /** The new entries of the accepted files, in order: append these. */
  entries: LedgerEntry[];
  /** How many conflicts (each counted once, however many files it involves). */
  conflicts: number;
  /** How many errors, over all files. */
  errors: number;
}

/**
 * Options of {@link reconcileProgress}. The caller supplies the day, the time and the ids (core reads
 * neither the clock nor a random source).
 *
 * @example
 * const options: ReconcileOptions = { date: '2021-10-20', recordedAt: new Date().toISOString(), newId: () => crypto.randomUUID() };
 */
export interface ReconcileOptions {
  /** The day rows without a 日期 column are reported on (填报日期). */
  date: IsoDate;
  recordedAt: string;
  newId: () => string;
  /** Who recorded the import, for rows without a 填报人. */
  author?: string | undefined;
  /** The unit that filled the file in, for rows whose 单位 is a group, several units, or empty. */
  unit?: string | undefined;
  /** Record rows that disagree with the ledger's entry of the same day as corrections of it. */
  correct?: boolean | undefined;
}

interface Candidate {
  batch: number;
  entry: Omit<LedgerEntry, 'id' | 'recordedAt'> & { id?: string; recordedAt?: string };
  sheet?: string;
  row?: number;
  /** A whole entry from a JSON Lines ledger. */
  whole?: LedgerEntry;
}

const columnLetter = (n: number): string => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

const sameText = (a: string | undefined, b: string | undefined) => (a ?? '') === (b ?? '');
const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  (a ?? []).join('\n') === (b ?? []).join('\n');

/** Who answers for the work and whom to ask (责任人, 联系人, 联系电话): the same, or not said in `a`. */
const CONTACT_FIELDS = ['responsiblePerson', 'contact', 'phone'] as const;
const sameContacts = (a: Candidate['entry'], b: LedgerEntry) =>
  CONTACT_FIELDS.every((f) => a[f] === undefined || a[f] === b[f]);

/** Same facts (state and words, and the people named when a row names them), whatever the day. */
function sameFacts(a: Candidate['entry'], b: LedgerEntry): boolean {
  return (
    sameContacts(a, b) &&
    a.task === b.task &&
    a.unit === b.unit &&
    a.state === b.state &&
    sameText(a.note, b.note) &&
    sameText(a.remark, b.remark) &&
    sameText(a.reason, b.reason) &&
    sameList(a.evidence, b.evidence)
  );
}

const keyOf = (e: { task: number; unit: string; date: string }) => `${e.task}\u0000${e.unit}\u0000${e.date}`;

/** Split a 佐证材料 cell into items: one per line, or separated by ；/;. */
function evidenceItems(text: string | undefined): string[] | undefined {
  if (!text) return undefined;
  const items = text
    .split(/[\n；;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

/** Several names in one 单位 cell: 市财政局；市商务局 or 市财政局、市商务局. */
const MULTIPLE = /[；;、,，\n]/;

/**
 * Check filled-in ledgers (and JSON Lines ledgers) against the plan and the ledger, and work out what
 * to append (导入核对). Pure: nothing is written; the caller appends `entries` (see the module notes
 * for the rules on blank rows, repeats, conflicts and errors).
 *
 * @example
 * const result = reconcileProgress(analysis, existing, [await readFilledLedger(bytes, { fileName: 'a.xlsx' })], {
 *   date: '2021-10-20', recordedAt: new Date().toISOString(), newId: () => crypto.randomUUID(),
 * });
 * if (result.conflicts === 0 && result.errors === 0) await store.append(result.entries);
 */
export function reconcileProgress(
  analysis: PlanAnalysis,
  existing: readonly LedgerEntry[],
  batches: readonly ProgressBatch[],
  options: ReconcileOptions,
): ProgressImport {
  const id = planId(analysis.plan);
  const outcomes: BatchOutcome[] = batches.map((b) => ({
    source: b.source,
    accepted: false,
    entries: [],
    unchanged: 0,
    blank: 0,
    conflicts: [],
    diagnostics: [...b.diagnostics],
  }));
  const existingIds = new Set(existing.map((e) => e.id));
  const existingById = new Map(existing.map((e) => [e.id, e]));
  const candidates: Candidate[] = [];
  const optionUnit = options.unit !== undefined ? resolveUnit(analysis, options.unit) : undefined;
  let done: ReadonlyMap<number, unknown> | undefined;
  const taskDone = () => {
    // No status day: every entry the ledger holds counts.
    done ??= ledgerProgress(analysis, existing, { asOf: '9999-12-31' }).taskCompletion;
    return done;
  };

  batches.forEach((batch, b) => {
    const outcome = outcomes[b]!;
    const problem = (d: Omit<Diagnostic, 'file'>) => outcome.diagnostics.push({ file: batch.source, ...d });
    if (batch.kind === 'entries') {
      batch.entries.forEach((entry, i) => {
        const line = batch.lines?.[i];
        const at = line !== undefined ? { start: { line, column: 1, offset: 0 } } : {};
        if (existingIds.has(entry.id)) {
          outcome.unchanged++;
          return;
        }
        if (entry.plan !== id && entry.plan !== analysis.plan.meta.title) {
          problem({
            ...at,
            severity: 'error',
            code: 'ledger-other-plan',
            ...catalogued('ledger-other-plan', { entry: entry.id, plan: entry.plan, id }),
          });
          return;
        }
        const checked = checkTaskUnit(analysis, entry.task, entry.unit);
        if ('problem' in checked) {
          problem({
            ...at,
            severity: 'error',
            code: 'ledger-entry-mismatch',
            ...catalogued('ledger-entry-mismatch', { ...checked, entry: entry.id }),
          });
          return;
        }
        const whole = { ...entry, unit: checked.unit };
        candidates.push({ batch: b, entry: whole, whole });
      });
      return;
    }
    if (typeof optionUnit === 'object') {
      problem({ severity: 'error', code: 'unknown-unit', ...catalogued('unknown-unit/ledger', optionUnit) });
      return;
    }
    const meta = batch.plan;
    if (
      meta?.documentNumber &&
      analysis.plan.meta.documentNumber &&
      meta.documentNumber !== analysis.plan.meta.documentNumber
    ) {
      problem({
        severity: 'error',
        code: 'workbook-other-plan',
        ...catalogued('workbook-other-plan', {
          number: meta.documentNumber,
          planNumber: analysis.plan.meta.documentNumber,
          ...(meta.title ? { title: meta.title } : {}),
        }),
      });
      return;
    }
    for (const sheet of batch.sheets) {
      for (const row of sheet.rows) {
        const at = (field: ProgressField) => {
          const column = sheet.columns[field] ?? 1;
          return {
            start: { line: row.row, column, offset: 0 },
            ...(sheet.name !== undefined ? { path: [sheet.name, `${columnLetter(column)}${row.row}`] } : {}),
            cell: {
              ...(sheet.name !== undefined ? { sheet: sheet.name } : {}),
              row: row.row,
              column: columnLetter(column),
            },
          };
        };
        const c = row.cells;
        const stateText = c.state?.trim() ?? '';
        const note = c.note?.trim() || undefined;
        const remark = c.remark?.trim() || undefined;
        if (!stateText && !note && !remark && !c.reason?.trim() && !c.evidence?.trim()) {
          outcome.blank++;
          continue;
        }
        const taskText = c.task?.trim() ?? '';
        const task = /^\d+$/.test(taskText) ? Number(taskText) : Number.NaN;
        if (!analysis.byNumber.has(task)) {
          problem({
            ...at('task'),
            severity: 'error',
            ...(taskText
              ? { code: 'unknown-task', ...catalogued('unknown-task', { task: taskText }), found: taskText }
              : { code: 'missing-task', ...catalogued('missing-task', {}) }),
          });
          continue;
        }
        const unitCell = c.unit?.trim() ?? '';
        // A row of the plan-wide sheet answered by several units (or a group) is nobody's in particular.
        const ambiguous =
          optionUnit === undefined &&
          (!unitCell || MULTIPLE.test(unitCell) || isGroupName(analysis, unitCell));
        if (!stateText) {
          // On such a row, text without a state is fengong's own summary of what the units reported.
          if (ambiguous) {
            outcome.blank++;
            continue;
          }
          problem({
            ...at('state'),
            severity: 'warning',
            code: 'missing-state',
            ...catalogued('missing-state', { task }),
          });
          continue;
        }
        const state = ledgerStateFrom(stateText);
        if (!state) {
          problem({
            ...at('state'),
            severity: 'error',
            code: 'unknown-state',
            ...catalogued('unknown-state', { task }),
            expected: PROGRESS_STATES.map((s) => progressStateLabels[s]).join('、'),
            found: stateText,
          });
          continue;
        }
        let unitName: string;
        if (ambiguous) {
          // fengong marks a task finished there once all its owners have reported it: nothing new.
          if (isFinishedState(state) && taskDone().has(task)) {
            outcome.unchanged++;
            continue;
          }
          problem({
            ...at('unit'),
            severity: 'error',
            code: 'unit-ambiguous',
            ...catalogued('unit-ambiguous', unitCell ? { task, cell: unitCell } : { task }),
          });
          continue;
        }
        if (optionUnit !== undefined) {
          const single = unitCell && !MULTIPLE.test(unitCell) ? resolveUnit(analysis, unitCell) : undefined;
          if (
            typeof single === 'string' &&
            single !== optionUnit &&
            !analysis.registry.groupByName.has(single)
          ) {
            problem({
              ...at('unit'),
              severity: 'error',
              code: 'unit-mismatch',
              ...catalogued('unit-mismatch', { task, row: single, option: optionUnit }),
            });
            continue;
          }
          unitName = optionUnit;
        } else {
          unitName = unitCell;
        }
        const checked = checkTaskUnit(analysis, task, unitName);
        if ('problem' in checked) {
          problem({
            ...at('unit'),
            severity: 'error',
            code: 'unit-not-on-task',
            ...catalogued('unit-not-on-task', checked),
          });
          continue;
        }
        const dateText = c.date?.trim();
        if (dateText && !isIsoDate(dateText)) {
          problem({
            ...at('date'),
            severity: 'error',
            code: 'invalid-date',
            ...catalogued('invalid-date/ledger', { task }),
            found: dateText,
          });
          continue;
        }
        // A reason belongs to 无法完成 only (a row changed from 无法完成 may keep its old reason cell).
        const reason = state === 'cannotComplete' ? c.reason?.trim() || note || remark : undefined;
        if (state === 'cannotComplete' && !reason) {
          problem({
            ...at(sheet.columns.reason !== undefined ? 'reason' : 'note'),
            severity: 'error',
            code: 'missing-reason',
            ...catalogued('missing-reason', { task }),
          });
          continue;
        }
        const evidence = evidenceItems(c.evidence);
        const author = c.author?.trim() || options.author;
        const people: Partial<Record<(typeof CONTACT_FIELDS)[number], string>> = {};
        for (const f of CONTACT_FIELDS) {
          const value = c[f]?.trim();
          if (value) people[f] = value;
        }
        const rowId = c.id?.trim();
        if (rowId && existingIds.has(rowId)) {
          outcome.unchanged++;
          continue;
        }
        // A ledger workbook's row shows an entry (原记录编号): unchanged, it adds nothing, whatever the
        // day; changed, it is a new report dated by 报送日期 when the row changed that day, else by the
        // import day — never by the shown entry's day, which would contradict that entry.
        const shown = c.basis?.trim() ? existingById.get(c.basis.trim()) : undefined;
        // The shown entry may name its unit by a full name or an alias.
        const basis =
          shown && resolveUnit(analysis, shown.unit) === checked.unit
            ? { ...shown, unit: checked.unit }
            : undefined;
        const facts = {
          task,
          unit: checked.unit,
          state,
          ...(reason ? { reason } : {}),
          ...(note ? { note } : {}),
          ...(remark ? { remark } : {}),
          ...(evidence ? { evidence } : {}),
          ...people,
        };
        if (basis && sameFacts({ ...facts, plan: id, date: basis.date }, basis)) {
          outcome.unchanged++;
          continue;
        }
        const date = dateText && dateText !== basis?.date ? dateText : options.date;
        candidates.push({
          batch: b,
          sheet: sheet.name,
          row: row.row,
          entry: {
            ...(rowId ? { id: rowId } : {}),
            plan: id,
            task,
            unit: checked.unit,
            date,
            state,
            ...(reason ? { reason } : {}),
            ...(note ? { note } : {}),
            ...(remark ? { remark } : {}),
            ...(evidence ? { evidence } : {}),
            ...(author ? { author } : {}),
            ...people,
            source: `${batch.source}${sheet.name ? `#${sheet.name}` : ''}!${row.row}`,
          },
        });
      }
    }
  });

  // Repeats inside one file: the same unit and task twice on a day with the same state — the later
  // row stands (with a warning when its words differ).
  const deduped: Candidate[] = [];
  const inBatch = new Map<string, number>();
  for (const cand of candidates) {
    const key = `${cand.batch}\u0000${keyOf(cand.entry)}\u0000${cand.entry.state}`;
    const at = inBatch.get(key);
    if (at === undefined) {
      inBatch.set(key, deduped.push(cand) - 1);
      continue;
    }
    const prior = deduped[at]!;
    if (!sameFacts(cand.entry, { ...prior.entry, id: '', recordedAt: '' } as LedgerEntry)) {
      outcomes[cand.batch]!.diagnostics.push({
        file: batches[cand.batch]!.source,
        severity: 'warning',
        code: 'repeated-row',
        ...catalogued('repeated-row', {
          task: cand.entry.task,
          unit: cand.entry.unit,
          date: cand.entry.date,
          first: String(prior.row ?? '?'),
          second: String(cand.row ?? '?'),
        }),
        ...(cand.row !== undefined ? { start: { line: cand.row, column: 1, offset: 0 } } : {}),
      });
    }
    deduped[at] = cand;
    outcomes[cand.batch]!.unchanged++;
  }

  // Conflicts: different states for one unit and task on one day.
  const current = currentEntries(existing);
  const ledgerByKey = new Map<string, LedgerEntry[]>();
  for (const e of current) {
    const k = keyOf(e);
    const list = ledgerByKey.get(k);
    if (list) list.push(e);
    else ledgerByKey.set(k, [e]);
  }
  const candByKey = new Map<string, Candidate[]>();
  for (const cand of deduped) {
    const k = keyOf(cand.entry);
    const list = candByKey.get(k);
    if (list) list.push(cand);
    else candByKey.set(k, [cand]);
  }
  // Entries that a later entry corrects (in the ledger or in the files) make no claim.
  const superseded = new Set<string>();
  for (const e of current) if (e.supersedes !== undefined) superseded.add(e.supersedes);
  for (const c of deduped) if (c.whole?.supersedes !== undefined) superseded.add(c.whole.supersedes);
  const corrections = new Map<Candidate, string[]>();
  for (const [k, listed] of candByKey) {
    const cands = listed.filter((c) => !c.whole || !superseded.has(c.whole.id));
    // Recorded entries (a JSON Lines ledger) carry their recording time: on one day the one recorded
    // later counts (the progress rules), so they never conflict; rows of a workbook or CSV do.
    if (cands.length === 0 || cands.every((c) => c.whole)) continue;
    const inLedger = (ledgerByKey.get(k) ?? []).filter((e) => !superseded.has(e.id));
    const importedStates = new Set(cands.map((c) => c.entry.state));
    const ledgerStates = new Set(inLedger.map((e) => e.state));
    const all = new Set([...importedStates, ...ledgerStates]);
    if (all.size <= 1) continue;
    if (options.correct && importedStates.size === 1 && cands.every((c) => !c.whole)) {
      // The files agree among themselves; they correct the ledger's entries of that day.
      for (const cand of cands)
        corrections.set(
          cand,
          inLedger.filter((e) => e.state !== cand.entry.state).map((e) => e.id),
        );
      continue;
    }
    const first = cands[0]!.entry;
    const conflict: ProgressConflict = {
      task: first.task,
      unit: first.unit,
      date: first.date,
      claims: [
        ...inLedger.map(
          (e): ConflictClaim => ({ state: e.state, source: e.source ?? 'ledger', entry: e.id }),
        ),
        ...cands.map(
          (c): ConflictClaim => ({
            state: c.entry.state,
            source: batches[c.batch]!.source,
            ...(c.sheet !== undefined ? { sheet: c.sheet } : {}),
            ...(c.row !== undefined ? { row: c.row } : {}),
            ...(c.whole ? { entry: c.whole.id } : {}),
          }),
        ),
      ],
    };
    for (const b of new Set(cands.map((c) => c.batch))) outcomes[b]!.conflicts.push(conflict);
  }

  // What each clean file adds, in order; later files see what earlier ones added.
  const sameDay = new Map<string, LedgerEntry[]>(ledgerByKey);
  const latest = new Map<string, LedgerEntry>();
  const remember = (e: LedgerEntry, added: boolean) => {
    const k = `${e.task}\u0000${e.unit}`;
    const known = latest.get(k);
    if (!known || compareEntries(known, e) < 0) latest.set(k, e);
    if (added) sameDay.set(keyOf(e), [...(sameDay.get(keyOf(e)) ?? []), e]);
  };
  for (const e of current) remember(e, false);
  const appended: LedgerEntry[] = [];
  let errors = 0;
  const conflicts = new Set<ProgressConflict>();
  outcomes.forEach((outcome, b) => {
    const hasErrors = outcome.diagnostics.some((d) => d.severity === 'error');
    errors += outcome.diagnostics.filter((d) => d.severity === 'error').length;
    for (const c of outcome.conflicts) conflicts.add(c);
    if (hasErrors || outcome.conflicts.length > 0) return;
    const mine = deduped.filter((c) => c.batch === b);
    for (const cand of mine) {
      const e = cand.entry;
      const correcting = corrections.get(cand);
      if (!correcting?.length) {
        const last = latest.get(`${e.task}\u0000${e.unit}`);
        if ((last && sameFacts(e, last)) || (sameDay.get(keyOf(e)) ?? []).some((w) => sameFacts(e, w))) {
          outcome.unchanged++;
          continue;
        }
      }
      const entries: LedgerEntry[] = [];
      const targets = correcting?.length ? correcting : [undefined];
      targets.forEach((target, i) => {
        const entry =
          cand.whole ??
          createLedgerEntry(
            { ...e, ...(target ? { supersedes: target } : {}) },
            { id: i === 0 && e.id ? e.id : options.newId(), recordedAt: options.recordedAt },
          );
        entries.push(entry);
      });
      for (const entry of entries) {
        outcome.entries.push(entry);
        remember(entry, true);
      }
    }
    outcome.accepted = true;
    appended.push(...outcome.entries);
  });
  return { batches: outcomes, entries: appended, conflicts: conflicts.size, errors };
}

/** Does the name stand for a group (单位组) of the registry? */
function isGroupName(analysis: PlanAnalysis, name: string): boolean {
  const unit = resolveUnit(analysis, name);
  return typeof unit === 'string' && analysis.registry.groupByName.has(unit);
}

/** A unit named by its canonical name, alias or full name, or as the plan writes it; else why not. */
function resolveUnit(analysis: PlanAnalysis, name: string): string | { name: string; names?: string } {
  const entry = lookupName(analysis.registry, name);
  if (entry) return entry.kind === 'unit' ? entry.unit.name : entry.group.name;
  const trimmed = name.replace(/\s+/g, '');
  if (analysis.tasks.some((t) => t.resolved.units.some((u) => u.unit === trimmed))) return trimmed;
  const close = closestUnits(analysis.registry, name, 3).map((s) => s.name);
  return { name, ...(close.length ? { names: close.join('、') } : {}) };
}

/**
 * Is this unit on this task? The canonical unit, or a sentence saying what is wrong (an unknown
 * unit with the closest names, a group instead of a unit, a unit with no role on the task).
 */
function checkTaskUnit(
  analysis: PlanAnalysis,
  task: number,
  name: string,
): { unit: string } | (ReporterFacts & MessageParams) {
  const item = analysis.byNumber.get(task);
  if (!item) return { problem: 'no-task', task };
  const unit = resolveUnit(analysis, name);
  if (typeof unit !== 'string') return { problem: 'unknown-unit', task, ...unit };
  if (analysis.registry.groupByName.has(unit)) {
    const members = item.resolved.units.filter((u) => u.via === unit).map((u) => u.unit);
    return {
      problem: 'group',
      task,
      unit,
      ...(members.length ? { names: members.slice(0, 3).join('、') } : {}),
    };
  }
  if (!item.resolved.units.some((u) => u.unit === unit)) {
    const names = [
      ...item.resolved.roles.lead,
      ...item.resolved.roles.responsible,
      ...item.resolved.roles.supporting,
    ];
    return { problem: 'no-role', task, unit, names: names.join('、') };
  }
  return { unit };
}

/**
 * Check that a unit may report on a task (填报资格), as `fengong progress add` does: the canonical
 * unit name, or a sentence saying what is wrong (in Chinese unless `locale` says otherwise).
 *
 * @example
 * checkReporter(analysis, 7, '湛江市财政局'); //=> { unit: '市财政局' }
 * checkReporter(analysis, 7, '市直各单位'); //=> '第 7 项任务：“市直各单位”是单位组，进展按单位记录（如 …）'
 */
export function checkReporter(
  analysis: PlanAnalysis,
  task: number,
  unit: string,
  locale: Locale = 'zh-CN',
): { unit: string } | string {
  const checked = checkTaskUnit(analysis, task, unit);
  return 'problem' in checked ? sayReporter(checked, locale) : checked;
}
