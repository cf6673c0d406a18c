/**
 * Words of the programs (程序用语) — what the command line says around core's answers: what it
 * wrote, what it imported, the headings of a comparison and of a look-back. Written as templates
 * with `{name}` slots, Chinese first; an app says them with {@link sayApp}. Kept free of any other
 * module so that `@fengong/core/labels` can carry them to a program's start-up.
 */
import type { Locale, MessageEntry, MessageParams } from './define';

const TEMPLATES = {
  // fengong import
  'import-exists': ['{file} 已存在：加 --force 覆盖', '{file} exists: add --force to overwrite it'],
  'import-no-plan': ['{file}：未能导入方案', '{file}: no plan could be imported'],
  'import-wrote': [
    '✓ 已写入 {file}：{tasks} 项任务，{categories} 个类别（{format}版式 {layout}）',
    '✓ wrote {file}: {tasks} tasks in {categories} categories ({format}layout {layout})',
  ],
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
  'lookback-unit': ['{ordinal}、{unit}（{n} 项）', '{i}. {unit} ({n})'],
  // fengong-report: the workbook's people columns, and the stricter readings said once
  'report-responsible-person': ['责任人', 'Responsible person'],
  'report-contact': ['联系人', 'Contact'],
  'report-phone': ['联系电话', 'Phone'],
  // fengong-report: the column titles of the ledgers (任务分工台账) and their words
  'report-ledger': ['任务分工台账', 'Task ledger'],
  'report-unit-ledger': ['{unit}任务台账', 'Task ledger of {unit}'],
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
    '说明：“{deadline}”栏括号内为本台账对时限的理解；“{status}”按截至日期判定，红灯为已逾期，黄灯为临近到期或按从严理解已逾期。',
    'Note: the brackets of the “{deadline}” column give this ledger’s reading of the deadline; “{status}” is judged on the as-of day: red is overdue, amber is due soon or overdue by the stricter reading.',
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
  // fengong --help: the program's and each command's help (help-cmd-<command>, help-<command>-<option>,
  // help-common-<option> for an option several commands share), commander's headings and usage errors
  'help-cmd-completion': ['打印 shell 补全脚本', 'print a shell completion script (bash or zsh)'],
  'help-completion-shell': ['bash 或 zsh', 'bash or zsh'],
  'help-cmd-deadlines': ['时限日历：逐月到期事项及长期工作', 'month-by-month calendar of what falls due'],
  'help-common-plan': ['方案文件（YAML 或 JSON）', 'plan file (YAML or JSON)'],
  'help-common-units': [
    '单位名录（默认：方案所指定的名录）',
    'unit registry (default: the one the plan names)',
  ],
  'help-common-ledger': [
    '据以判定完成情况的进度台账（默认：方案旁的 <plan>.progress.jsonl）',
    'progress ledger for completion (default: <plan>.progress.jsonl beside the plan)',
  ],
  'help-common-as-of': ['按此日判定状态（默认：今天）', 'judge status on this day (default: today)'],
  'help-deadlines-json': ['以 JSON 输出时限日历', 'print the calendar core returned, as JSON'],
  'help-cmd-diff': ['方案比对：两年方案的新增、删除、修改、调整单位与时限', 'how two plans differ'],
  'help-diff-planA': ['较早的方案（YAML 或 JSON）', 'the earlier plan (YAML or JSON)'],
  'help-diff-planB': ['较新的方案（YAML 或 JSON）', 'the later plan (YAML or JSON)'],
  'help-diff-units': [
    '两份方案共用的单位名录（默认：各方案所指定的名录）',
    'unit registry for both plans (default: the one each plan names)',
  ],
  'help-diff-min-similarity': [
    '文字相似度低于此值（0–1）的视为不同任务',
    'texts less alike than this (0–1) are different tasks',
  ],
  'help-diff-json': ['以 JSON 输出比对结果', 'print the comparison core returned, as JSON'],
  'help-after-diff': [
    '任务按文字匹配（字符二元组 Dice 相似度），编号变了也能对上。时限按各自方案的年份比较：2021 年方案中的“2021年9月前”与 2022 年方案中的“2022年9月前”视为同一时限。',
    "Tasks are matched by their text (character-bigram Dice similarity), so renumbered tasks still match.\nDeadlines are compared relative to each plan's year: 2021年9月前 in a 2021 plan and 2022年9月前 in a\n2022 plan are the same deadline.",
  ],
  'help-cmd-explain': ['解读说明：fengong 如何读一个落实单位格或时限', 'how fengong reads one cell'],
  'help-cmd-explain-roles': ['读一个落实单位格：分句、角色、位置、提示', 'read one units cell'],
  'help-cmd-explain-deadline': ['读一个时限：类型、截止日、解读与其他解读、状态', 'read one deadline phrase'],
  'help-roles-text': [
    '落实单位格，如“市财政局牵头，市直各单位按职责分工落实”',
    'the units cell, e.g. “市财政局牵头，市直各单位按职责分工落实”',
  ],
  'help-deadline-text': ['完成时限，如“2021 年 9 月前”', 'the deadline, e.g. “2021 年 9 月前”'],
  'help-roles-units': [
    '据以识别单位名称、展开单位组的单位名录',
    'unit registry to resolve names and expand groups',
  ],
  'help-common-json': ['以 JSON 输出解读结果', 'print the explanation core returned, as JSON'],
  'help-deadline-issued': [
    '方案成文日期；未写年份的时限取其年份（默认：今天）',
    'the plan’s date of issue; year-less phrases take its year (default: today)',
  ],
  'help-deadline-as-of': ['同时按此日判定状态', 'also judge the status on this day'],
  'help-cmd-import': [
    '从原文导入方案',
    'import a plan from its document (.docx, .xlsx, .csv, .pdf, .doc, .xls or text)',
  ],
  'help-import-file': [
    '原文文件：.docx、.xlsx、.csv/.tsv、.pdf、.doc/.xls（需 LibreOffice）或 UTF-8 文本',
    'the document: .docx, .xlsx, .csv/.tsv, .pdf, .doc/.xls (with LibreOffice), or UTF-8 text',
  ],
  'help-import-output': [
    '将方案写为 YAML（需核对之处以注释标出）',
    'write the plan as YAML (comments mark the spots to check)',
  ],
  'help-common-force': ['输出文件已存在时覆盖', 'overwrite the output file if it exists'],
  'help-import-review': ['对照原文行列出没有把握之处', 'print the uncertain spots beside the source lines'],
  'help-import-all': [
    '与 --review 或 -o 同用：把有把握的判断也列出',
    'with --review or -o: show the confident decisions too',
  ],
  'help-import-json': [
    '以 JSON 输出方案、诊断与版式（{ plan、diagnostics、layout }）',
    'print { plan, diagnostics, layout } as JSON',
  ],
  'help-import-layout': ['按此版式读取，不自动识别', 'use this layout instead of detecting it'],
  'help-import-units': [
    '单位名录：据以核对落实单位格，并写入方案',
    'unit registry: checks the units cells and is named in the plan',
  ],
  'help-import-issued': [
    '原文未写明时的成文日期（YYYY-MM-DD）',
    'date of issue (YYYY-MM-DD) when the document states none',
  ],
  'help-import-sheet': [
    '要读取的工作表（默认：含方案表格的那张）',
    'the sheet of a workbook to read (default: the one with a plan table)',
  ],
  'help-after-import': [
    '文件类型按开头的字节（及文件名）判断：Word 文档、工作簿、CSV/TSV 导出文件和 PDF 逐表逐格读取；旧版 .doc/.xls 先用 LibreOffice 转换（Debian：libreoffice-writer / libreoffice-calc；FENGONG_SOFFICE 指定程序）；文本交给文本导入。\n文本版式（--layout）：{layouts}。\n不加 -o、--json 或 --review 时，方案以 YAML 输出。',
    "The file's kind is told by its first bytes (and its name): a Word document, a workbook, a CSV/TSV\nexport or a PDF is read table by table, cell by cell; old .doc/.xls files are converted with\nLibreOffice first (Debian: libreoffice-writer / libreoffice-calc; FENGONG_SOFFICE names the\nprogram); text goes to the text importer.\nLayouts of text (--layout): {layouts}.\nWithout -o, --json or --review the plan is printed as YAML.",
  ],
  'help-cmd-lookback': [
    '回头看：上一年度方案中有明确责任主体和时限、尚未完成的任务，按单位列出',
    'last year’s unfinished tasks, by unit',
  ],
  'help-lookback-plan': ['上一年度的方案文件（YAML 或 JSON）', 'last year’s plan file (YAML or JSON)'],
  'help-lookback-ledger': [
    '其进度台账（默认：方案旁的 <plan>.progress.jsonl；没有台账则视为均未完成）',
    'its progress ledger (default: <plan>.progress.jsonl beside it; none: nothing is done)',
  ],
  'help-lookback-as-of': ['回头看的日期（默认：今天）', 'the review day (default: today)'],
  'help-lookback-json': ['以 JSON 输出回头看清单', 'print the look-back core returned, as JSON'],
  'help-after-lookback': [
    '有明确责任主体（牵头单位，或没有牵头单位时的责任单位）且有明确截止日的任务才列入核查；截止日已过、责任主体未在台账中全部报告完成的，为未完成。责任主体的当前记录为“无法完成”的，该任务归入“无法完成”（附原因），单独成类，不计入“未完成”。fengong-report 的“回头看核查清单”与此相同。',
    "A task is checked when it names a clear owner (its lead units, or its responsible units) and a dated\ndeadline; it is unfinished when its deadline has passed and its owners have not all reported it\nfinished in the ledger. When an owner's current entry says 无法完成, the task is classed 无法完成 (with\nthe reason), a class of its own: the counts never add it to 未完成. fengong-report's 回头看核查清单 is the\nsame look-back.",
  ],
  'help-cmd-matrix': ['责任矩阵：任务 × 单位（牵/责/配/督）', 'the tasks × units matrix with role marks'],
  'help-matrix-expand': [
    '每个成员单位一栏，而不是每个单位组一栏',
    'one column per member unit instead of one per group',
  ],
  'help-matrix-json': ['以 JSON 输出责任矩阵', 'print the matrix core returned, as JSON'],
  'help-cmd-progress': ['进度台账：记录、查看、导入、导出各单位的进展', 'the progress ledger'],
  'help-cmd-progress-add': ['记录一条进展', 'record one unit’s progress on one task'],
  'help-cmd-progress-list': ['查看台账：各单位每项任务的最新进展', 'each unit’s latest entry on each task'],
  'help-cmd-progress-status': [
    '进展状况：每项任务及各单位的完成情况',
    'where each task and each unit’s part stands',
  ],
  'help-cmd-progress-import': ['导入填报台账（xlsx、csv）或台账记录（jsonl）', 'import filled-in ledgers'],
  'help-cmd-progress-export': ['导出台账', 'export the ledger (CSV, JSON or JSON Lines)'],
  'help-progress-import-files': [
    '填报后的台账工作簿（.xlsx）、CSV 文件或 JSON Lines 台账（.jsonl）',
    'filled-in ledger workbooks (.xlsx), CSV files, or JSON Lines ledgers (.jsonl)',
  ],
  'help-progress-ledger': [
    '台账文件（默认：方案旁的 <plan>.progress.jsonl）',
    'the ledger file (default: <plan>.progress.jsonl beside the plan)',
  ],
  'help-common-task': ['任务编号', 'task number'],
  'help-progress-add-unit': ['报告单位（名称、简称或全称）', 'the reporting unit (name, alias or full name)'],
  'help-progress-add-date': [
    '该状态自哪天起成立；已完成的，为完成之日（默认：今天）',
    'the day the state holds from; for a finished state the day it was finished (default: today)',
  ],
  'help-progress-add-note': ['进展情况', 'progress in words (进展情况)'],
  'help-progress-add-reason': [
    '无法完成的原因（状态为“无法完成”时必填）',
    'why it cannot be completed (required with 无法完成)',
  ],
  'help-progress-add-evidence': [
    '佐证材料的链接或文件名',
    'links or file names of supporting material (佐证材料)',
  ],
  'help-progress-add-author': [
    '记录人（默认：$FENGONG_AUTHOR）',
    'who records it (default: $FENGONG_AUTHOR)',
  ],
  'help-progress-add-supersedes': [
    '本条所更正的记录（其编号，或 list 显示的前 8 位）',
    'the entry this one corrects (its id, or the first 8 characters shown by list)',
  ],
  'help-progress-add-json': ['以 JSON 输出所记录的条目', 'print the recorded entry as JSON'],
  'help-progress-list-unit': ['只看此单位（单位组：其成员）', 'only this unit (a group: its members)'],
  'help-common-task-2': ['只看此项任务', 'only this task'],
  'help-progress-list-as-of': [
    '截至此日所知（此日之后的记录不计）',
    'as known on this day (entries dated later are left out)',
  ],
  'help-progress-list-history': [
    '按记录顺序列出全部条目，含已被更正的',
    'every entry, corrected ones included, in the order recorded',
  ],
  'help-progress-list-json': ['以 JSON 输出记录', 'print the entries as JSON'],
  'help-progress-status-unit': [
    '只看此单位承担角色的任务，并列出其本单位的部分',
    'only the tasks this unit holds a role on, with its own part',
  ],
  'help-progress-status-as-of': [
    '状态日期（默认：今天）；此日之后的记录视为尚不知道',
    'the status day (default: today); entries dated later are not yet known',
  ],
  'help-progress-status-json': [
    '以 JSON 输出进展报告（每项任务、各单位的部分及统计）',
    'print core’s progress report (every task, every unit’s part, the counts) as JSON',
  ],
  'help-progress-import-unit': [
    '这份台账是哪个单位填报的（用于写单位组、多个单位或未写单位的行）',
    'whose copy this is, for rows that name a group, several units or none',
  ],
  'help-progress-import-date': [
    '填报日期，用于没有“日期”列的行（默认：今天）',
    'the day the rows are reported on, for rows without a 日期 column (default: today)',
  ],
  'help-progress-import-author': [
    '导入人（默认：$FENGONG_AUTHOR）',
    'who imports (default: $FENGONG_AUTHOR)',
  ],
  'help-progress-import-correct': [
    '与台账中同日记录不一致的行视为更正，而不是冲突',
    'rows that disagree with the ledger’s entry of the same day correct it instead of conflicting',
  ],
  'help-progress-import-dry-run': ['只检查并报告，不写入', 'check and report, but write nothing'],
  'help-progress-import-json': [
    '以 JSON 输出各文件导入的内容',
    'print what was imported from each file as JSON',
  ],
  'help-progress-export-format': ['输出格式', 'output format'],
  'help-progress-export-current': [
    '只输出有效记录（已被更正的不计）',
    'only the entries that count (corrected ones left out)',
  ],
  'help-progress-export-as-of': ['只输出此日及以前的记录', 'only entries dated on or before this day'],
  'help-progress-export-output': ['写入此文件，而不是标准输出', 'write to this file instead of stdout'],
  'help-after-progress': [
    '台账为方案旁的 <plan>.progress.jsonl（或 --ledger <file>）：每条记录一行 JSON，只追加不改写。更正是一条新记录，取代有误的那条（--supersedes）。牵头单位（没有牵头单位时为全部责任单位）均已完成（最新记录为“已完成”或“已完成（逾期）”）的，任务即告完成；单位本身的最新记录为完成或任务已完成的，该单位的部分即告完成。同一天的两条记录，以后记录的为准。',
    "The ledger is <plan>.progress.jsonl beside the plan (or --ledger <file>): one JSON line per entry,\nonly ever appended. A correction is a new entry that supersedes the wrong one (--supersedes).\nA task is done for the plan when its lead units (with no lead, all its responsible units) have\nfinished (latest entry 已完成 or 已完成（逾期）); a unit's part is done when its own latest entry says so\nor the task is done. Of two entries on one day, the one recorded later counts.",
  ],
  'help-after-progress-status': [
    '全部责任主体（牵头单位；没有牵头单位时为责任单位）均已完成的，任务即告完成；单位本身的最新记录为完成或任务已完成的，该单位的部分即告完成。“无法完成”单独成类，附原因。报表和查看器所示相同。',
    "A task is done when all its owners (its lead units; with no lead, its responsible units) have\nfinished; a unit's part is done when its own latest entry says so or the task is done. 无法完成 is\nits own class, with the reason. The reports and the viewer show the same.",
  ],
  'help-after-progress-import': [
    '各行按“任务编号”和“单位”与方案对应。未填写的行跳过；与台账所记相同的行不新增记录，因此同一文件导入两次不会重复。同一单位同一任务同一天有两种不同的“完成情况”（行与行、文件与文件、文件与台账之间）即为冲突：逐一列出全部冲突，有冲突的文件不导入，其他文件照常导入，退出代码为 1。文件有错误（未知的任务或单位、不属于五种状态之一的状态）时停止导入：不写入任何内容，退出代码为 2。',
    'Rows are matched to the plan by 任务编号 and 单位. Rows with nothing filled in are skipped; rows that\nrepeat what the ledger says add nothing, so importing a file twice adds nothing.\nTwo different 完成情况 for one unit and task on one day (between rows, files, or a file and the\nledger) are a conflict: every conflict is listed, a file with a conflict imports nothing, the other\nfiles import, and the exit code is 1. A file with an error (unknown task or unit, a state that is not\none of the five) stops the import: nothing is written, exit code 2.',
  ],
  'help-cmd-serve': ['共享服务：各单位在线填报，办公室实时查看', 'serve plans to every unit, live'],
  'help-cmd-serve-invite': ['邀请单位：打印一次性登录链接', 'print a unit’s one-time sign-in link'],
  'help-serve-plans': [
    '方案文件（YAML 或 JSON）；一个服务可承载多份方案',
    'plan files (YAML or JSON); one server holds several plans',
  ],
  'help-serve-invite-unit': ['单位（名称、简称或全称）', 'the unit (name, alias or full name)'],
  'help-serve-db': [
    'postgres://…（默认：方案旁数据目录中的内置数据库）',
    'postgres://… (default: the embedded engine in a data directory beside the plans)',
  ],
  'help-serve-data': [
    '内置数据库的数据目录（默认：第一份方案旁的 .fengong-server）',
    'the embedded engine’s data directory (default: .fengong-server beside the first plan)',
  ],
  'help-serve-port': ['端口（默认 4180；0：任一空闲端口）', 'port (default 4180; 0: any free port)'],
  'help-serve-host': [
    '监听地址（默认 127.0.0.1；部署在 TLS 反向代理之后）',
    'address to listen on (default 127.0.0.1; behind a TLS reverse proxy)',
  ],
  'help-serve-url': [
    '用户访问的地址，用于登录链接（如 https://fengong.example.gov.cn）',
    'the address people open, for sign-in links (e.g. https://fengong.example.gov.cn)',
  ],
  'help-serve-secure-cookies': [
    '将 Cookie 标为 Secure（由反向代理经 https 提供服务时）',
    'mark cookies Secure (when served over https by a reverse proxy)',
  ],
  'help-serve-trust-proxy': [
    '从 X-Forwarded-For 取客户端地址（部署在反向代理之后时）',
    'take the client’s address from X-Forwarded-For (behind a reverse proxy)',
  ],
  'help-serve-invite-db': [
    'postgres://…（默认：方案旁的内置数据库）',
    'postgres://… (default: the embedded engine beside the plan)',
  ],
  'help-serve-invite-data': ['内置数据库的数据目录', 'the embedded engine’s data directory'],
  'help-serve-invite-url': [
    '用户访问的地址（默认：正在运行的服务的地址）',
    'the address people open (default: the running server’s)',
  ],
  'help-serve-invite-name': [
    '填报人姓名（默认：单位名称）',
    'the person’s name (填报人; default: the unit’s name)',
  ],
  'help-cmd-tasks': ['列出任务：按单位、角色、类别、状态、时限筛选', 'list tasks, filtered'],
  'help-tasks-unit': [
    '此单位承担角色的任务（名称、简称或全称；单位组展开）',
    'tasks this unit holds a role on (name, alias or full name; groups expanded)',
  ],
  'help-tasks-role': ['与 --unit 同用：只看这些角色', 'with --unit: only these roles'],
  'help-tasks-category': [
    '此类别（或类别名称的一部分）下的任务',
    'tasks of this category (or a part of its name)',
  ],
  'help-tasks-status': ['在 --as-of 当日为此状态的任务', 'tasks with this status on --as-of'],
  'help-tasks-due-before': [
    '首个截止日在此日或之前（YYYY-MM-DD）',
    'first due day on or before this day (YYYY-MM-DD)',
  ],
  'help-tasks-due-after': [
    '首个截止日在此日或之后（YYYY-MM-DD）',
    'first due day on or after this day (YYYY-MM-DD)',
  ],
  'help-tasks-count': ['只输出符合条件的任务数', 'print only how many tasks match'],
  'help-tasks-json': ['以 JSON 输出任务列表', 'print the task views core returned, as JSON'],
  'help-tasks-fail-on': [
    '所列任务中有此状态时以代码 1 退出（atRisk：有逾期风险或已逾期）',
    'exit 1 when any listed task has this status (atRisk: at risk or overdue)',
  ],
  'help-cmd-unit': ['单位责任清单：牵头、负责、配合、监管的任务及通知要求', 'a unit’s responsibility list'],
  'help-unit-name': ['单位或单位组：名称、简称或全称', 'unit or group: name, alias or full name'],
  'help-unit-json': ['以 JSON 输出责任清单', 'print the responsibility list core returned, as JSON'],
  'help-cmd-units': ['单位名录：单位及单位组成员', 'the unit registry, with group members'],
  'help-units-file': [
    '单位名录（units.yaml），或要显示其名录的方案',
    'a registry (units.yaml) or a plan whose registry to show',
  ],
  'help-units-json': [
    '以 JSON 输出单位名录，单位组附展开后的成员',
    'print the registry as JSON, groups with their expanded members',
  ],
  'help-cmd-validate': ['检查方案文件并打印摘要', 'check a plan file and print its summary'],
  'help-validate-units': [
    '单位名录（默认：方案所指定的名录，或方案旁的 units.yaml）',
    'unit registry (default: the one the plan names, or units.yaml beside it)',
  ],
  'help-validate-json': ['以 JSON 输出摘要', 'print the summary as JSON'],
  'help-cmd-who': ['谁来做：一项任务的全部角色，单位组展开到成员', 'every role on one task, groups expanded'],
  'help-who-json': ['以 JSON 输出任务详情', 'print the task detail core returned, as JSON'],
  'help-progress-add-state': [
    '未开始|推进中|已完成|已完成（逾期）|无法完成，或 notStarted|inProgress|done|doneLate|cannotComplete',
    '未开始|推进中|已完成|已完成（逾期）|无法完成, or notStarted|inProgress|done|doneLate|cannotComplete',
  ],
  'help-progress-list-state': [
    '只看这些状态（未开始|推进中|已完成|已完成（逾期）|无法完成，或 notStarted|inProgress|done|doneLate|cannotComplete）',
    'only these states (未开始|推进中|已完成|已完成（逾期）|无法完成, or notStarted|inProgress|done|doneLate|cannotComplete)',
  ],
  'help-cmd-program': ['分工方案：谁牵头、谁负责、何时完成', 'query a division-of-labour plan'],
  'help-program-lang': ['界面语言', 'message language'],
  'help-program-debug': ['出错时显示调用栈', 'show stack traces for errors'],
  'help-program-no-cache': [
    '重新读取方案，不使用也不写入已编译方案的缓存',
    'read the plan afresh; do not use or write the compiled-plan cache',
  ],
  'help-program-version': ['显示版本号', 'output the version number'],
  'help-program-help': ['显示命令帮助', 'display help for command'],
  'help-program-help-command': ['显示某个命令的帮助', 'display help for command'],
  'help-title-usage': ['用法：', 'Usage:'],
  'help-title-arguments': ['参数：', 'Arguments:'],
  'help-title-options': ['选项：', 'Options:'],
  'help-title-commands': ['命令：', 'Commands:'],
  'help-title-global-options': ['全局选项：', 'Global Options:'],
  'help-title-examples': ['示例：', 'Examples:'],
  'help-word-options': ['[选项]', '[options]'],
  'help-word-command': ['[命令]', '[command]'],
  'help-word-choices': ['可选：{choices}', 'choices: {choices}'],
  'help-word-default': ['默认：{value}', 'default: {value}'],
  'help-error-unknown-option': ['错误：未知的选项 {option}', 'error: unknown option {option}'],
  'help-error-unknown-command': ['错误：未知的命令 {command}', 'error: unknown command {command}'],
  'help-error-missing-argument': ['错误：缺少参数 {argument}', 'error: missing required argument {argument}'],
  'help-error-option-missing-argument': [
    '错误：选项 {option} 缺少取值',
    'error: option {option} argument missing',
  ],
  'help-error-missing-option': [
    '错误：缺少必填选项 {option}',
    'error: required option {option} not specified',
  ],
  'help-error-invalid-choice': [
    '错误：选项 {option} 的取值“{value}”无效，可选：{choices}',
    'error: option {option} argument “{value}” is invalid; allowed choices are {choices}',
  ],
  'help-error-too-many-arguments': [
    '错误：参数过多（应为 {expected} 个，实为 {got} 个）',
    'error: too many arguments (expected {expected}, got {got})',
  ],
  'help-error-did-you-mean': ['（是否指 {names}？）', '(Did you mean {names}?)'],
} as const satisfies Record<string, readonly [zh: string, en: string]>;

/** A word of the programs (see {@link sayApp}). */
export type AppMessage = keyof typeof TEMPLATES;

function fill(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
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

/** The words of the programs as entries of the catalogue (`app/<id>`), for the catalogue's checks. */
export const APP_MESSAGES = Object.fromEntries(
  Object.keys(TEMPLATES).map((id) => [
    `app/${id}`,
    {
      'zh-CN': (p: MessageParams) => sayApp(id as AppMessage, p, 'zh-CN'),
      en: (p: MessageParams) => sayApp(id as AppMessage, p, 'en'),
    },
  ]),
) as { readonly [K in AppMessage as `app/${K}`]: MessageEntry<MessageParams> };
