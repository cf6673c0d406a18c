/**
 * Words of the report documents (报表文书用语) — what the overdue warning (逾期预警/催办), the look-back
 * (回头看), the lead units' summary (汇总报送), the responsibility matrix (责任矩阵) and a unit's list
 * (单位责任清单) say around core's answers: their titles, sentences, headings, captions, column titles
 * and sheet names. Templates with `{name}` slots, Chinese first; `@fengong/reports` says them with
 * {@link sayReport} in the locale it is asked for. Column titles the ledgers share stay in app.ts
 * (`report-col-*`).
 */
import { fill } from './app';
import type { Locale, MessageEntry, MessageParams } from './define';

const TEMPLATES = {
  // Shared pieces
  'as-of': ['截至{date}', 'as of {date}'],
  'review-day': ['核查日期：{date}', 'reviewed on {date}'],
  'plan-line': ['{title}（{number}）', '{title} ({number})'],
  'titled-on': ['{title}（{when}）', '{title} ({when})'],
  heading: ['{n:numeral}、{text}', '{n}. {text}'],
  'names-sep': ['、', ', '],
  'clauses-sep': ['；', '; '],
  'sentence-end': ['。', '.'],
  'in-brackets': ['（{text}）', ' ({text})'],
  'then-clause': ['，{text}', ', {text}'],
  note: ['说明：{text}', 'Note: {text}'],
  'role-units': ['{role}：{units}', '{role}: {units}'],
  'owners-role': ['{owners}\n（{role}）', '{owners}\n({role})'],
  'role-and-supervising': ['{role}、{supervising}', '{role}, {supervising}'],
  // A traffic light in a ledger's light column (亮灯), one character in Chinese
  'light-red': ['红', 'red'],
  'light-yellow': ['黄', 'yellow'],
  'light-green': ['绿', 'green'],
  'light-none': ['无', 'no light'],
  'deadline-reading': ['{text}\n（{reading}）', '{text}\n({reading})'],
  'unit-reason': ['{unit}（{reason}）', '{unit} ({reason})'],
  'unit-count': ['{unit}（{n}项）', '{unit} ({n})'],
  'status-blocked': ['{status}\n无法完成：{units}', '{status}\ncannot be completed: {units}'],
  'progress-by-task': ['{unit}{state}（任务已完成）', '{unit} {state} (the task is done)'],
  'progress-entry': ['{unit}（{date}）{state}{extra}', '{unit} ({date}) {state}{extra}'],
  'progress-note': ['：{note}', ': {note}'],
  'progress-reason': ['（原因：{reason}）', ' (reason: {reason})'],
  'progress-evidence': ['；佐证材料：{evidence}', '; evidence: {evidence}'],
  'progress-author': ['；填报人：{author}', '; reported by {author}'],
  'parts-finished': ['{done}/{total}个单位已完成', '{done} of {total} units done'],
  'parts-late': ['（逾期完成：{units}）', ' (done late: {units})'],
  'parts-blocked': ['无法完成：{units}', 'cannot be completed: {units}'],
  'some-names': ['{n}个：{names}等', '{n}: {names} and others'],
  'default-addressees': ['各有关单位', 'all units concerned'],
  // The fixed words of an official document (公文, GB/T 9704-2012)
  'official-mark': ['{issuer}文件', '{issuer}'],
  'official-addressees': ['{units}：', 'To: {units}'],
  'official-list-sep': ['，', ', '],
  'official-attachments': ['附件：', 'Attachments: '],
  'official-attachment': ['附件{n}', 'Attachment {n}'],
  'official-attachment-one': ['附件', 'Attachment'],
  'official-see-attachment': ['具体情况见附件{n}。', 'See attachment {n}.'],
  'official-cc': ['抄送：{units}。', 'Cc: {units}.'],
  'official-printed': ['{date}印发', 'printed on {date}'],
  'status-count': ['{label}{n}项', '{label} {n}'],
  'status-counts': ['共{n}{noun}{counts}。', '{n} {noun}{counts}.'],
  'status-counts-of': ['，其中{counts}', ': {counts}'],
  'noun-tasks': ['项任务', 'tasks'],
  yes: ['是', 'yes'],
  no: ['否', 'no'],
  // Column titles of these documents (the ledgers' shared ones are app.ts's `report-col-*`)
  'col-warning': ['预警状态', 'Warning'],
  'col-days-late': ['逾期天数', 'Days late'],
  'col-days-left': ['剩余天数', 'Days left'],
  'col-warnings': ['预警事项', 'Warnings'],
  'col-owners': ['责任主体', 'Owners'],
  'col-owner-type': ['主体类型', 'Owner role'],
  'col-check-status': ['核查状态', 'Status on review'],
  'col-check-result': ['核查结论', 'Finding'],
  'col-rectify-plan': ['整改措施及时限', 'Rectification and its deadline'],
  'col-rectify': ['需整改', 'To rectify'],
  'col-reported-progress': ['已报进展', 'Progress reported'],
  'col-units-progress': ['各单位情况', 'Units'],
  'col-rectify-measures': ['整改措施', 'Rectification'],
  'col-rectify-deadline': ['整改时限', 'Rectify by'],
  'col-excluded-reason': ['未纳入原因', 'Why not checked'],
  'col-co-lead-short': ['协同牵头', 'Co-leads'],
  'col-co-leads': ['协同牵头单位', 'Co-lead units'],
  'col-collect-from': ['收集对象', 'Collects from'],
  'col-report-due': ['汇总报送截止', 'Summary due'],
  'col-reported-units': ['已报送单位', 'Units reported'],
  'col-missing-units': ['未报送单位', 'Units not reported'],
  'col-role-short': ['角色', 'Role'],
  'col-members': ['包含单位', 'Member units'],
  'col-tasks': ['涉及任务', 'Tasks'],
  // 逾期预警
  'overdue-title': ['逾期预警', 'Overdue warning'],
  'overdue-official-title': [
    '关于《{plan}》有关任务逾期预警的通知',
    'Notice of overdue warnings on tasks of “{plan}”',
  ],
  'overdue-none': [
    '截至{date}，没有已逾期、存在逾期风险或临近到期的任务。',
    'As of {date}, no task is overdue, at risk or due soon.',
  ],
  'overdue-counts': [
    '截至{date}，已逾期任务{overdue}项，存在逾期风险（按从严理解已过期限）任务{atRisk}项，临近到期任务{dueSoon}项，涉及{units}个单位。请有关单位抓紧推进，按时保质完成。',
    'As of {date}, {overdue} tasks are overdue, {atRisk} at risk (past the stricter reading of their deadline) and {dueSoon} due soon, at {units} units. The units concerned are asked to press on and finish on time and well.',
  ],
  'overdue-items-title': ['预警事项', 'Warnings'],
  'overdue-group': ['{label}的任务：任务{tasks}', 'Tasks {label}: {tasks}'],
  'overdue-items-caption': ['逾期预警事项表', 'Table of warnings'],
  'overdue-units-title': ['分单位情况', 'By unit'],
  'overdue-most': [
    '涉及{units}个单位，预警事项较多的是：{most}。',
    '{units} units are concerned; those with the most warnings: {most}.',
  ],
  'overdue-units-caption': ['分单位预警情况表', 'Warnings by unit'],
  'overdue-asks-title': ['有关要求', 'What is asked'],
  'overdue-ask-press': [
    '请有关单位对照预警事项逐项核实，已逾期的任务抓紧推进、尽快完成；临近到期和存在逾期风险的任务，按从严理解的时限安排工作，确保按时保质完成。',
    'The units concerned are asked to check each warning: to press on with overdue tasks and finish them soon, and to plan tasks due soon or at risk by the stricter reading of their deadlines, so that they finish on time and well.',
  ],
  'overdue-ask-explain': [
    '确实无法按期完成的，请在台账“{reason}”栏说明原因，附佐证材料，注明报送日期和填报人，及时报送。',
    'A task that truly cannot be finished on time is explained in the ledger’s “{reason}” column, with supporting material, the day reported and who reports, and sent in promptly.',
  ],
  'overdue-item': ['任务{task}（{role}，{status}{blocked}）', 'task {task} ({role}, {status}{blocked})'],
  'overdue-item-blocked': ['，无法完成：{reason}', ', cannot be completed: {reason}'],
  'overdue-items-sheet': ['预警事项', 'Warnings'],
  'overdue-units-sheet': ['分单位', 'By unit'],
  'overdue-units-sheet-title': ['逾期预警分单位情况', 'Overdue warnings by unit'],
  // 回头看
  'lookback-title': ['“回头看”核查清单', 'Look-back checklist'],
  'lookback-official-title': [
    '关于《{plan}》落实情况“回头看”核查情况的通报',
    'Circular on the look-back review of “{plan}”',
  ],
  'lookback-intro': [
    '对有明确责任主体和时限要求的{checked}项任务逐项核查落实情况：已完成{done}项，逾期完成{doneLate}项，未到期{notDue}项，未完成需整改{rectify}项{cannot}。另有{excluded}项任务为长期工作、无具体完成时限或未明确责任主体，未纳入按期核查，列于附表，由责任单位对照要求自查。',
    'Each of the {checked} tasks with a clear owner and deadline was checked: {done} done, {doneLate} done late, {notDue} not yet due, {rectify} unfinished and to rectify{cannot}. Another {excluded} tasks are ongoing work, have no set deadline or no named owner; they are not checked by date, are listed in the annex, and their units check them themselves.',
  ],
  'lookback-intro-cannot': ['（其中报告无法完成{n}项）', ' (of which {n} reported as impossible)'],
  'lookback-note': [
    '说明：核查状态以核查日期判定；“{atRisk}”指按从严理解已过期限。需整改事项请责任主体填写整改措施及时限。{legend}',
    'Note: the status is judged on the review day; “{atRisk}” means past the stricter reading of the deadline. Owners of a task to rectify fill in the rectification and its deadline. {legend}',
  ],
  'lookback-items-title': ['逐项核查清单', 'Item-by-item checklist'],
  'lookback-items-caption': ['“回头看”逐项核查清单', 'Look-back checklist, item by item'],
  'lookback-excluded-title': ['附表：未纳入按期核查的任务', 'Annex: tasks not checked by date'],
  'lookback-excluded': ['未纳入按期核查的任务', 'Tasks not checked by date'],
  'lookback-sheet': ['核查清单', 'Checklist'],
  'lookback-excluded-sheet': ['未纳入核查', 'Not checked'],
  // 牵头单位进展汇总
  'lead-title': ['牵头单位进展汇总', 'Progress of the lead units'],
  'lead-official-report': [
    '关于《{plan}》牵头任务进展情况的报告',
    'Report on the progress of the tasks led under “{plan}”',
  ],
  'lead-official-circular': [
    '关于《{plan}》牵头任务进展情况的通报',
    'Circular on the progress of the tasks led under “{plan}”',
  ],
  'lead-office': ['市政府办公室', 'the city government office'],
  'lead-addressees': ['各牵头单位', 'all lead units'],
  'lead-duty': [
    '根据通知工作要求第{n:numeral}项，各牵头单位{when}{action}。{left}',
    'Under requirement {n} of the notice, every lead unit {when}{action}.{left}',
  ],
  'lead-duty-when': ['于{text}', 'by {text}: '],
  'lead-duty-left': ['截至{date}，汇总报送{status}。', ' As of {date}, the summary report is {status}.'],
  'lead-count': [
    '本方案共有牵头单位{leads}个；未明确牵头单位的任务{unled}项，由责任单位按职责落实并报送。',
    'Lead units in the plan: {leads}; tasks naming no lead unit: {unled}, carried out and reported by their responsible units.',
  ],
  'lead-heading': ['{unit}（牵头{n}项）', '{unit} (leads {n})'],
  'lead-report': ['报送要求：{action}{due}{status}。', 'To report: {action}{due}{status}.'],
  'lead-report-due': ['，时限{date}前', ', by {date}'],
  'lead-collect': ['收集对象：{targets}。', 'Collects from: {targets}.'],
  'lead-target': ['{name}（{role}）', '{name} ({role})'],
  'lead-target-group': ['{name}（{role}，{n}个单位：{members}）', '{name} ({role}, {n} units: {members})'],
  'lead-caption': ['{unit}牵头任务进展情况表', 'Progress of the tasks {unit} leads'],
  'lead-own': ['本单位{text}', 'This unit: {text}'],
  'lead-own-none': ['本单位未填报', 'This unit has not reported'],
  'lead-reported': ['已报送{reported}个，未报送{missing}个', '{reported} reported, {missing} not yet'],
  'lead-unled-title': ['未明确牵头单位的任务', 'Tasks without a lead unit'],
  'lead-unled-item': ['任务{task}：{text}（{role}：{units}）', 'task {task}: {text} ({role}: {units})'],
  'lead-unnamed': ['未明确', 'not named'],
  'lead-sheet': ['牵头任务', 'Lead tasks'],
  'lead-missing-sheet': ['未报送单位', 'Not reported'],
  'lead-missing-title': ['未报送单位名单', 'Units that have not reported'],
  'lead-targets-sheet': ['收集对象', 'Collects from'],
  'lead-targets-title': ['牵头单位收集对象', 'Whom the lead units collect from'],
  // 责任矩阵
  'matrix-title': ['责任分工矩阵', 'Responsibility matrix'],
  'matrix-sheet': ['责任矩阵', 'Matrix'],
  'matrix-intro': ['共{tasks}项任务、{columns}个{what}。', '{tasks} tasks, {columns} {what}. '],
  'matrix-units': ['单位', 'units'],
  'matrix-units-or-groups': ['单位或单位组', 'units or groups'],
  'matrix-legend': [
    '图例：{marks}；“{both}”表示负责并监管。',
    'Key: {marks}; “{both}” means responsible and supervising. ',
  ],
  'matrix-mark': ['{mark}＝{name}', '{mark} = {name}'],
  'matrix-marks-sep': ['，', ', '],
  'matrix-expanded': ['单位组已展开为其成员单位。', 'Groups are expanded into their member units.'],
  'matrix-grouped': [
    '单位组（如“市直各单位”）按方案原文列为一栏。',
    'A group (such as “市直各单位”) is one column, as the plan writes it.',
  ],
  'matrix-via': ['（经由{via}）', ' (via {via})'],
  'matrix-list-note': [
    '单位或单位组超过{max}个，矩阵按“任务—单位—角色”逐行列出。',
    'More than {max} units or groups: the matrix is listed one row per task, unit and role.',
  ],
  // 单位责任清单
  'unit-title': ['{unit}责任清单', 'Responsibilities of {unit}'],
  'unit-subtitle': ['{unit}{fullName}　{asOf}', '{unit}{fullName}, {asOf}'],
  'unit-sheet-title': ['{unit}任务清单', 'Tasks of {unit}'],
  'unit-intro': [
    '{unit}在本方案中共涉及任务{total}项：牵头{lead}项、负责{responsible}项、配合{supporting}项、监管{supervising}项。',
    '{unit} holds a role on {total} tasks of this plan: leads {lead}, responsible for {responsible}, supports {supporting}, supervises {supervising}. ',
  ],
  'unit-statuses': ['截至日期状态：{counts}。', 'On the day: {counts}.'],
  'unit-duty-lead': [
    '本单位牵头抓总，协调责任单位同向发力，并收集汇总所牵头任务的开展情况。',
    'This unit leads: it coordinates the responsible units and collects how the tasks it leads are going.',
  ],
  'unit-duty-responsible': [
    '本单位按职责分工具体落实。',
    'This unit carries the tasks out as its duties assign.',
  ],
  'unit-duty-supporting': [
    '本单位按职责分工配合落实。',
    'This unit supports the tasks as its duties assign.',
  ],
  'unit-duty-supervising': [
    '本单位按照职责分工强化监管。',
    'This unit supervises the tasks as its duties assign.',
  ],
  'unit-notice-title': ['通知工作要求', 'Requirements of the notice'],
  'unit-notice-duty': [
    '工作要求第{n:numeral}项{part}：{action}{tasks}{when}{status}。',
    'Requirement {n}{part}: {action}{tasks}{when}{status}.',
  ],
  'unit-notice-part': ['（之{n:numeral}）', ' (part {n})'],
  'unit-notice-led-tasks': ['（涉及任务{tasks}）', ' (tasks {tasks})'],
  'unit-notice-own-tasks': ['（涉及本单位任务{n}项）', ' ({n} tasks of this unit)'],
  'unit-notice-when': ['，时限：{text}（{reading}）', '; deadline: {text} ({reading})'],
  'unit-notice-read-by': ['按{date}前理解', 'read as by {date}'],
  'unit-notice-unread': ['未能解读', 'could not be read'],
  'unit-section': ['{role}任务（{n}项）', 'Tasks as {role} ({n})'],
  'unit-none': ['无。', 'None.'],
  'unit-via': ['\n（本单位作为“{via}”之一）', '\n(this unit as one of “{via}”)'],
  'unit-dates-title': ['时间节点', 'Dates'],
  'unit-date': ['{date}前：{what}', 'by {date}: {what}'],
  'unit-date-task': ['任务{task}{label}{role}', 'task {task}{label}{role}'],
  'unit-date-role': ['【{role}】', ' [{role}]'],
  // A unit's calendar (时限日历, .ics): its name, each event's summary, description and reminders
  'ics-calendar-name': ['{unit}时限日历 · {title}', '{unit} deadline calendar · {title}'],
  'ics-summary-task': ['【截止】任务{task}{role}{label}{title}', '[Due] Task {task}{role}{label}: {title}'],
  'ics-summary-notice': ['【报送截止】{title}', '[Report due] {title}'],
  'ics-summary-role': ['（{role}）', ' ({role})'],
  'ics-summary-label': ['{label}：', ', {label}'],
  'ics-summary-done': ['【已完成】{summary}', '[Done] {summary}'],
  'ics-requirement': ['通知工作要求第{n}项：{title}', 'Requirement {n} of the notice: {title}'],
  'ics-tasks': ['涉及任务：{tasks}', 'Tasks: {tasks}'],
  'ics-task': ['任务{task}：{title}', 'Task {task}: {title}'],
  'ics-category': ['工作类别：{category}', 'Category: {category}'],
  'ics-role': ['本单位角色：{role}', 'This unit’s role: {role}'],
  'ics-deadline': ['完成时限：{text}', 'Deadline as written: {text}'],
  'ics-reading': ['时限解读：{reading}', 'Read as: {reading}'],
  'ics-window': ['时段：{start}至{end}', 'Period: {start} to {end}'],
  'ics-strict': ['从严理解：{date}前', 'Stricter reading: by {date}'],
  'ics-alarm': ['{when}：{summary}', '{when}: {summary}'],
  'ics-alarm-week': ['一周后到期', 'Due in a week'],
  'ics-alarm-day': ['明日到期', 'Due tomorrow'],
  'ics-alarm-strict': ['按从严理解今日到期', 'Due today by the stricter reading'],
} as const satisfies Record<string, readonly [zh: string, en: string]>;

/**
 * A word of the report documents (see {@link sayReport}).
 *
 * @example
 * const id: ReportWord = 'overdue-title';
 */
export type ReportWord = keyof typeof TEMPLATES;

/**
 * A word of the report documents in `locale`, its `{name}` slots filled from `params`.
 *
 * @example
 * sayReport('overdue-title'); //=> '逾期预警'
 * sayReport('as-of', { date: '2021-10-01' }, 'en'); //=> 'as of 2021-10-01'
 */
export function sayReport(id: ReportWord, params: MessageParams = {}, locale: Locale = 'zh-CN'): string {
  const [zh, en] = TEMPLATES[id];
  return fill(locale === 'en' ? en : zh, params);
}

/** The words of the report documents as entries of the catalogue (`report/<id>`), for its checks. */
export const REPORT_WORD_MESSAGES = Object.fromEntries(
  Object.keys(TEMPLATES).map((id) => [
    `report/${id}`,
    {
      'zh-CN': (p: MessageParams) => sayReport(id as ReportWord, p),
      en: (p: MessageParams) => sayReport(id as ReportWord, p, 'en'),
    },
  ]),
) as { readonly [K in ReportWord as `report/${K}`]: MessageEntry<MessageParams> };
