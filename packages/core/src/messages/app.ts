/**
 * Words of the programs (程序用语) — what the command line says around core's answers: what it
 * wrote, what it imported, the headings of a comparison and of a look-back. Written as templates
 * with `{name}` slots, Chinese first; an app says them with {@link sayApp}. Kept free of any other
 * module so that `@fengong/core/labels` can carry them to a program's start-up.
 */
import { chineseNumeral, type Locale, type MessageEntry, type MessageParams } from './define';

const TEMPLATES = {
  // fengong import
  'import-exists': ['{file} 已存在：加 --force 覆盖', '{file} exists: add --force to overwrite it'],
  'import-no-plan': ['{file}：未能导入方案', '{file}: no plan could be imported'],
  'import-wrote': [
    '✓ 已写入 {file}：{tasks} 项任务，{categories} 个类别（{format}版式 {layout}）',
    '✓ wrote {file}: {tasks} tasks in {categories} categories ({format}layout {layout})',
  ],
  'import-format': ['{format}，', '{format}, '],
  'import-spots': [
    '  {n} 处需要核对（文件中以 “# check:” 注释标出；fengong import {source} --review 可对照原文查看）',
    '  {n} spot(s) to check (marked “# check:” in the file; see them beside the source with fengong import {source} --review)',
  ],
  'import-none': ['  没有需要核对之处', '  nothing to check'],
  'import-not-written': ['{file}：无法写入（{why}）', '{file}: cannot write ({why})'],
  'import-converting': [
    '{file} 是旧版 {kind} 文件：用 LibreOffice 转换后导入…',
    '{file} is an old {kind} file: converting it with LibreOffice…',
  ],
  // fengong progress
  'progress-recorded': [
    '✓ 已记录 {id}：任务 {task} · {unit} · {state} · {date}（{file}）',
    '✓ recorded {id}: task {task} · {unit} · {state} · {date} ({file})',
  ],
  'progress-corrects': ['  更正记录 {id}', '  corrects {id}'],
  'progress-owners': [
    '  任务 {task} 责任主体（{role}）已完成 {done}/{total}{whole}',
    '  task {task}: {done}/{total} owners ({role}) have finished{whole}',
  ],
  'progress-whole-done': ['，任务已完成', '; the task is done'],
  'progress-same-day': [
    '注意：{unit} 已于 {date} 报告任务 {task} 为“{state}”（记录 {id}）；本条记录在后，以本条为准。若那条有误，请用 --supersedes {id} 更正。',
    'note: {unit} already reported task {task} as “{state}” on {date} (entry {id}); this entry is later and counts. If that one was a mistake, correct it with --supersedes {id}.',
  ],
  'progress-bad-state': ['--state “{value}”：应为 {choices}', '--state “{value}”: expected {choices}'],
  'progress-needs-reason': ['“无法完成”需要用 --reason 说明原因', '“cannotComplete” needs a --reason'],
  'progress-no-such-entry': [
    '--supersedes {id}：台账中没有这条记录',
    '--supersedes {id}: no such entry in the ledger',
  ],
  'progress-ambiguous-entry': [
    '--supersedes {id}：有多条记录以此开头（{ids}），请写完整',
    '--supersedes {id}: several entries start with it ({ids}); give more of it',
  ],
  'progress-no-entries': ['台账中没有符合条件的记录', 'no entries match'],
  'progress-total': ['合计 {n} 条', 'total {n}'],
  'progress-file-ok': [
    '✓ {file}：新增 {added} 条，已有 {unchanged} 条，未填 {blank} 行',
    '✓ {file}: {added} new, {unchanged} already there, {blank} rows not filled in',
  ],
  'progress-file-conflict': [
    '✗ {file}：有 {n} 处冲突，该文件未导入',
    '✗ {file}: {n} conflict(s); nothing imported from this file',
  ],
  'progress-conflict': [
    '  冲突：任务 {task} · {unit} · {date}：{claims}',
    '  conflict: task {task} · {unit} · {date}: {claims}',
  ],
  'progress-claim': ['{state}（{where}）', '{state} ({where})'],
  'progress-claim-row': ['{source}{sheet} 第{row}行', '{source}{sheet} row {row}'],
  'progress-ledger-entry': ['台账记录 {id}', 'ledger entry {id}'],
  'progress-appended': ['已写入台账 {file}：新增 {n} 条', 'wrote {n} new entries to {file}'],
  'progress-dry-run': ['（试运行：未写入台账）', '(dry run: the ledger was not written)'],
  'progress-conflicts-found': [
    '有 {n} 处冲突未导入：同一单位同一任务同一天报告了不同的完成情况。请核实后修改文件再导入，或用 --correct 以文件为准更正台账。',
    '{n} conflict(s) not imported: one unit reported different states for one task on one day. Check them and fix the file, or let the files correct the ledger with --correct.',
  ],
  'progress-import-errors': ['未导入任何内容：{n} 处错误', 'nothing was imported: {n} error(s)'],
  'progress-exported': ['✓ 已导出 {n} 条记录到 {file}', '✓ exported {n} entries to {file}'],
  'progress-ledger-of-other': ['{file} 不是 {plan} 的台账', '{file} is not the ledger of {plan}'],
  'progress-unknown-file': [
    '{file}：不认识的文件类型（可导入 .xlsx、.csv、.jsonl）',
    '{file}: unknown kind of file (.xlsx, .csv and .jsonl can be imported)',
  ],
  'progress-corrected': ['（已更正）', ' (corrected)'],
  'progress-reason': ['原因：{reason}', 'reason: {reason}'],
  'progress-list-header': ['任务|单位|日期|完成情况|进展情况|记录', 'task|unit|date|state|progress|entry'],
  'progress-status-header': [
    '任务|状态|完成情况|已完成单位|无法完成|未完成单位',
    'task|status|state|units done|cannot complete|open',
  ],
  'progress-blocked': ['{unit}：{reason}', '{unit}: {reason}'],
  'progress-status-total': [
    '截至 {asOf} 共 {n} 项任务：已完成 {done} 项，逾期完成 {doneLate} 项，无法完成 {cannotComplete} 项，未完成 {open} 项',
    '{n} tasks on {asOf}: done {done}, done late {doneLate}, cannot be completed {cannotComplete}, open {open}',
  ],
  'progress-owners-lead': ['牵头单位', 'lead units'],
  'progress-owners-responsible': ['责任单位', 'responsible units'],
  'progress-claims-separator': [' 与 ', ' vs '],
  'list-separator': ['、', ', '],
  'clause-separator': ['；', '; '],
  // fengong diff
  'diff-renumbered': ['编号调整', 'renumbered'],
  'diff-reworded': ['内容修改', 'reworded'],
  'diff-reassigned': ['单位调整', 'reassigned'],
  'diff-deadlineMoved': ['时限调整', 'deadline moved'],
  'diff-recategorized': ['类别调整', 'recategorized'],
  'diff-similarity': ['相似度 {n}', 'similarity {n}'],
  'diff-units': ['单位：{parts}', 'units: {parts}'],
  'diff-deadline': ['时限：{a} → {b}{moved}', 'deadline: {a} → {b}{moved}'],
  'diff-later': ['（推后 {n} 天）', ' ({n} days later)'],
  'diff-earlier': ['（提前 {n} 天）', ' ({n} days earlier)'],
  'diff-category': ['类别：{a} → {b}', 'category: {a} → {b}'],
  'diff-plan': ['{title}{number}，{n} 项任务', '{title}{number}, {n} tasks'],
  'diff-counts': [
    '新增 {added} 项，删除 {removed} 项，修改 {changed} 项{kinds}，未变 {unchanged} 项',
    'added {added}, removed {removed}, changed {changed}{kinds}, unchanged {unchanged}',
  ],
  'diff-kinds': ['（{kinds}）', ' ({kinds})'],
  'diff-added': ['新增', 'Added'],
  'diff-removed': ['删除', 'Removed'],
  'diff-changed': ['修改', 'Changed'],
  'diff-renumbered-only': ['仅编号调整', 'Renumbered only'],
  // fengong lookback
  'lookback-late': ['，已逾期{n}天', ', {n} days late'],
  'lookback-deadline': ['（完成时限：{text}；截止{due}{late}）', '(deadline: {text}; due {due}{late})'],
  'lookback-item': ['  {i}. 【任务{task}】{text}{deadline}', '  {i}. [task {task}] {text} {deadline}'],
  'lookback-blocked': ['     无法完成（{unit}）：{reason}', '     cannot be completed ({unit}): {reason}'],
  'lookback-open': ['     尚未完成：{units}', '     not finished: {units}'],
  'lookback-plan': ['{title}（{number}）', '{title} ({number})'],
  'lookback-title': ['回头看：{plan}，核查日期 {asOf}', 'Look-back: {plan}, reviewed on {asOf}'],
  'lookback-counts': [
    '有明确责任主体和时限要求的任务 {checked} 项：已完成 {done} 项，逾期完成 {doneLate} 项，未到期 {notDue} 项，未完成 {unfinished} 项，无法完成 {cannotComplete} 项；另有 {excluded} 项为长期工作或无具体时限，未按时限核查。',
    'Tasks with a clear owner and a dated deadline: {checked} — done {done}, done late {doneLate}, not yet due {notDue}, unfinished {unfinished}, cannot be completed {cannotComplete}. Not checked by date: {excluded} (ongoing work or no readable deadline).',
  ],
  'lookback-nothing': ['没有需要整改的事项。', 'Nothing to rectify.'],
  'lookback-unit': ['{i:numeral}、{unit}（{n} 项）', '{i}. {unit} ({n})'],
  // fengong-report: the workbook's people columns, and the stricter readings said once
  'report-responsible-person': ['责任人', 'Responsible person'],
  'report-contact': ['联系人', 'Contact'],
  'report-phone': ['联系电话', 'Phone'],
  // fengong-report: the column titles of the ledgers (任务分工台账) and their words
  'report-ledger': ['任务分工台账', 'Task ledger'],
  'report-unit-ledger': ['{unit}任务台账', 'Task ledger of {unit}'],
  'report-ledger-of': ['{unit}任务分工台账', 'Task ledger of {unit}'],
  'report-plan-ledger': ['{plan}任务分工台账', '{plan}: task ledger'],
  'report-col-task': ['任务编号', 'Task no.'],
  'report-col-number': ['编号', 'No.'],
  'report-col-category': ['工作类别', 'Category'],
  'report-col-requirement': ['具体要求', 'Requirement'],
  'report-col-units-as-written': ['落实单位（原文）', 'Units (as written)'],
  'report-col-units': ['落实单位', 'Units'],
  'report-col-lead': ['牵头单位', 'Lead units'],
  'report-col-responsible': ['责任单位', 'Responsible units'],
  'report-col-supporting': ['配合单位', 'Supporting units'],
  'report-col-supervising': ['监管单位', 'Supervising units'],
  'report-col-role': ['本单位角色', 'Role of this unit'],
  'report-col-deadline': ['完成时限', 'Deadline'],
  'report-col-reading': ['时限解读', 'Deadline read as'],
  'report-col-due': ['截止日期', 'Due date'],
  'report-col-status': ['状态', 'Status'],
  'report-col-light': ['亮灯', 'Light'],
  'report-col-state': ['完成情况', 'State'],
  'report-col-progress': ['进展情况', 'Progress'],
  'report-col-reason': ['无法完成原因', 'Why it cannot be completed'],
  'report-col-evidence': ['佐证材料', 'Evidence'],
  'report-col-reported': ['报送日期', 'Reported on'],
  'report-col-author': ['填报人', 'Reported by'],
  'report-col-remark': ['备注', 'Remarks'],
  'report-col-unit': ['单位', 'Unit'],
  'report-col-entry': ['原记录编号', 'Entry shown'],
  'report-ledger-note': [
    '说明：“{deadline}”栏括号内为本台账对时限的理解；“{status}”按截至日期判定，红灯为已逾期，黄灯为临近到期或按从严理解已逾期。{legend}',
    'Note: the brackets of the “{deadline}” column give this ledger’s reading of the deadline; “{status}” is judged on the as-of day: red is overdue, amber is due soon or overdue by the stricter reading. {legend}',
  ],
  'report-matrix-key': [
    '单位栏以编号表示，编号与单位的对照见“{title}”。',
    'Unit columns are numbered; “{title}” gives the unit of each number.',
  ],
  'report-matrix-key-title': ['单位编号对照', 'Unit numbers'],
  'report-matrix-grid-title': ['任务与单位', 'Tasks and units'],
  'report-stricter-legend': [
    '时限可作更严理解的，表中只列本表的理解，从严理解在此统一说明：如“{text}”按{due}前理解，从严理解为{strict}前；按从严理解已过期限、尚未完成的任务，状态为“{atRisk}”（黄灯）。',
    'Where a deadline can be read more strictly, the table gives this report’s reading only; the stricter reading is said here once: e.g. “{text}” is read as by {due}, strictly as by {strict}; unfinished tasks past the stricter day are “{atRisk}” (amber).',
  ],
} as const satisfies Record<string, readonly [zh: string, en: string]>;

/** A word of the programs (see {@link sayApp}). */
export type AppMessage = keyof typeof TEMPLATES;

/**
 * A template's `{name}` slots filled from `params`; a `{name:numeral}` slot says a number as Chinese
 * counts it (一、二、… — {@link chineseNumeral}), so that a heading's numeral is the catalogue's.
 *
 * @example
 * fill('合计 {n} 条', { n: 3 }); //=> '合计 3 条'
 * fill('{n:numeral}、{text}', { n: 12, text: '工作要求' }); //=> '十二、工作要求'
 */
export function fill(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)(:numeral)?\}/g, (slot: string, k: string, numeral?: string) => {
    const value = params[k];
    if (value === undefined) return slot;
    return numeral && typeof value === 'number' ? chineseNumeral(value) : String(value);
  });
}

/**
 * A word of the programs in `locale`, its `{name}` slots filled from `params`.
 *
 * @example
 * sayApp('progress-total', { n: 3 }); //=> '合计 3 条'
 * sayApp('progress-total', { n: 3 }, 'en'); //=> 'total 3'
 */
export function sayApp(id: AppMessage, params: MessageParams = {}, locale: Locale = 'zh-CN'): string {
  const [zh, en] = TEMPLATES[id];
  return fill(locale === 'en' ? en : zh, params);
}

/**
 * Templates as entries of the catalogue (`app/<id>`), for the catalogue's checks.
 *
 * @example
 * templateEntries({ hi: ['你好，{name}', 'hello, {name}'] })['app/hi'].en({ name: 'A' }); //=> 'hello, A'
 */
export function templateEntries<T extends Record<string, readonly [zh: string, en: string]>>(
  templates: T,
): { readonly [K in keyof T & string as `app/${K}`]: MessageEntry<MessageParams> } {
  return Object.fromEntries(
    Object.entries(templates).map(([id, [zh, en]]) => [
      `app/${id}`,
      { 'zh-CN': (p: MessageParams) => fill(zh, p), en: (p: MessageParams) => fill(en, p) },
    ]),
  ) as never;
}

/** The words of the programs as entries of the catalogue (`app/<id>`), for the catalogue's checks. */
export const APP_MESSAGES = templateEntries(TEMPLATES);
