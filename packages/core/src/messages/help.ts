/**
 * The words of the command lines (命令行用语): the help of `fengong` and `fengong-report` — the
 * program's and each command's help (help-cmd-<command>, help-<command>-<option>, help-common-<option>
 * for an option several commands share), commander's headings and usage errors — and the command
 * line's own words (cli-…: the headings of its tables and summaries, its errors). A part of the
 * catalogue of its own, said with {@link sayHelp}, so that only the command lines carry it: the
 * viewer never loads these words.
 */
import { fill, templateEntries } from './app';
import type { Locale, MessageParams } from './define';

const TEMPLATES = {
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
  // fengong-report
  'help-cmd-report': [
    '报表：把分工方案写成台账、责任清单、进展汇总、逾期预警、回头看清单和责任矩阵',
    'write the reports of a plan: ledger, unit lists, summary, warnings, look-back, matrix',
  ],
  'help-report-plan': ['方案文件（YAML 或 JSON）', 'plan file (YAML or JSON)'],
  'help-report-units': [
    '单位名录（默认：方案所指定的名录，或方案旁的 units.yaml）',
    'unit registry (default: the one the plan names, or units.yaml beside it)',
  ],
  'help-report-as-of': [
    '按此日判定状态，写作 YYYY-MM-DD（默认：今天）',
    'status day YYYY-MM-DD (default: today)',
  ],
  'help-report-ledger': [
    '进度台账（默认：方案旁的 <plan>.progress.jsonl，如有）',
    'progress ledger (default: <plan>.progress.jsonl beside the plan, when it exists)',
  ],
  'help-report-unit': [
    '单独出具报表的单位（默认：承担任务的每个单位）',
    'units that get their own reports (default: every unit on a task)',
  ],
  'help-report-kinds': [
    '报表种类，以逗号分隔（默认：全部）：{kinds}',
    'report kinds, comma-separated (default: all): {kinds}',
  ],
  'help-report-formats': [
    '文件格式，以逗号分隔（默认：全部）：{formats}',
    'formats, comma-separated (default: all): {formats}',
  ],
  'help-report-issuer': [
    '逾期预警、进展汇总和回头看公文的发文机关（默认：方案所写的）',
    'the issuer (发文机关) of the warning, summary and look-back DOCX (default: the plan’s)',
  ],
  'help-report-doc-number': [
    '发文字号，如 湛府办函〔2021〕88号',
    'document number (发文字号), e.g. 湛府办函〔2021〕88号',
  ],
  'help-report-addressee': ['主送机关（默认：方案所写的）', 'addressees (主送机关; default: the plan’s)'],
  'help-report-cc': ['抄送机关', 'copies to (抄送机关)'],
  'help-report-date': [
    '公文的成文日期（也是印发日期），YYYY-MM-DD（默认：--as-of 的日期）',
    'the date the official documents are signed and printed (成文日期), YYYY-MM-DD (default: the --as-of day)',
  ],
  'help-report-out': ['写入文件及 index.html 的目录', 'directory to write the files and index.html into'],
  'help-report-progress': [
    '显示进度条（默认：标准错误输出为终端时）',
    'show a progress bar (default: when stderr is a terminal)',
  ],
  'help-report-no-progress': ['不显示进度条', 'never show a progress bar'],
  'help-report-error-unknown': [
    '{option}：不认识 {items}（可选：{choices}）',
    '{option}: unknown {items} (choices: {choices})',
  ],
  'help-report-error-empty': [
    '{option}：至少给一项（可选：{choices}）',
    '{option}: give at least one (choices: {choices})',
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
  'help-word-extras': ['（{parts}）', ' ({parts})'],
  'help-word-extras-separator': ['，', ', '],
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
  // fengong: the headings of its tables and summaries, and its errors
  'cli-error': ['错误', 'error'],
  'cli-internal-error': ['fengong 内部错误（请报告）', 'internal error in fengong (please report it)'],
  'cli-unknown-unit': ['未找到单位 “{unit}”', 'no such unit “{unit}”'],
  'cli-did-you-mean': ['；是否指：{names}', '; did you mean: {names}'],
  'cli-unknown-task': ['没有编号为 {n} 的任务', 'no task numbered {n}'],
  'cli-bad-date': ['日期应写作 YYYY-MM-DD', 'dates are written YYYY-MM-DD'],
  'cli-bad-similarity': ['应为大于 0、不大于 1 的数', 'a number above 0 and at most 1'],
  'cli-valid': ['有效', 'valid'],
  'cli-categories': ['类别', 'categories'],
  'cli-tasks': ['任务', 'tasks'],
  'cli-units': ['单位', 'units'],
  'cli-groups': ['单位组', 'groups'],
  'cli-deadlines': ['时限', 'deadlines'],
  'cli-number': ['编号', 'No.'],
  'cli-category': ['类别', 'category'],
  'cli-units-cell': ['落实单位', 'units'],
  'cli-leaders': ['牵头领导', 'leaders'],
  'cli-lead': ['牵头', 'lead'],
  'cli-role': ['角色', 'role'],
  'cli-deadline': ['完成时限', 'deadline'],
  'cli-deadline-due': ['{deadline}（截止 {due}）', '{deadline} (due {due})'],
  'cli-due': ['截止', 'due'],
  'cli-status': ['状态', 'status'],
  'cli-text': ['具体要求', 'requirement'],
  'cli-via': ['经由', 'via'],
  'cli-total': ['合计 {n}', 'total {n}'],
  'cli-no-tasks': ['没有符合条件的任务', 'no tasks match'],
  'cli-notice-duties': ['通知要求', 'duties from the notice'],
  'cli-ongoing-work': ['长期工作（{n}）: {tasks}', 'ongoing work ({n}): {tasks}'],
  'cli-undated': ['未明确时限: {tasks}', 'no readable date: {tasks}'],
  'cli-members': ['成员 {n}', 'members {n}'],
  'cli-aliases': ['别名', 'aliases'],
  'cli-full-name': ['全称', 'full name'],
  'cli-territorial': ['（属地）', ' (territorial)'],
  'cli-group-mark': ['（组）', ' (group)'],
  'cli-vague-group': ['（泛指，成员不定）', ' (any such unit: no fixed members)'],
  'cli-group-by-kind': ['（按类型：{kinds}）', ' (by kind: {kinds})'],
  'cli-units-no-registry': [
    '此方案没有单位名录（请在方案中用 registry: 指定，或将 units.yaml 放在方案旁）',
    'this plan has no unit registry (name one with `registry:` or put units.yaml beside it)',
  ],
  'cli-kind': ['类型', 'kind'],
  'cli-reading': ['（解读: {reading}）', ' (reading: {reading})'],
  'cli-alternatives': ['其他解读', 'other readings'],
  'cli-year-inferred': ['年份按方案成文年份推定', 'the year is taken from the date of issue'],
  'cli-fail-on-met': ['有 {n} 项任务为“{status}”（--fail-on）', '{n} task(s) are “{status}” (--fail-on)'],
  // fengong-report: what it wrote
  'cli-report-wrote': [
    '{title}，截至{asOf}：写入 {n} 个文件到 {dir}',
    '{title}, as of {asOf}: wrote {n} files to {dir}',
  ],
  'cli-report-open-index': ['打开 {file} 查看目录。', 'Open {file} for the index.'],
} as const satisfies Record<string, readonly [zh: string, en: string]>;

/** A word of the command line's help (see {@link sayHelp}). */
export type HelpMessage = keyof typeof TEMPLATES;

/**
 * A word of the command line's help in `locale`, its `{name}` slots filled from `params`.
 *
 * @example
 * sayHelp('help-error-did-you-mean', { names: 'tasks' }); //=> '（是否指 tasks？）'
 * sayHelp('help-error-did-you-mean', { names: 'tasks' }, 'en'); //=> '(Did you mean tasks?)'
 */
export function sayHelp(id: HelpMessage, params: MessageParams = {}, locale: Locale = 'zh-CN'): string {
  const [zh, en] = TEMPLATES[id];
  return fill(locale === 'en' ? en : zh, params);
}

/** The help's words as entries of the catalogue (`app/<id>`), for the catalogue's checks. */
export const HELP_MESSAGES = templateEntries(TEMPLATES);
