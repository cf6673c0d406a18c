/**
 * Messages of the progress ledger (进度台账) — what reading a ledger file, importing a filled-in
 * workbook and checking entries against the plan say (see define.ts): Chinese first.
 */
import { defineMessages, type Locale } from './define';

/** Why a unit may not report on a task: the facts of `unit-not-on-task` and its kin. */
export type ReporterFacts = {
  problem: 'no-task' | 'unknown-unit' | 'group' | 'no-role';
  task: number;
  /** The name as written. */
  name?: string;
  /** The unit or group it names. */
  unit?: string;
  /** Closest registry names, a group's members or the task's units, joined with 、. */
  names?: string;
};

function reporterZh(p: ReporterFacts): string {
  switch (p.problem) {
    case 'no-task':
      return `方案中没有第 ${p.task} 项任务`;
    case 'unknown-unit':
      return `第 ${p.task} 项任务：${unknownUnitZh(p)}`;
    case 'group':
      return `第 ${p.task} 项任务：“${p.unit}”是单位组，进展按单位记录${p.names ? `（如 ${p.names}）` : ''}`;
    case 'no-role':
      return `第 ${p.task} 项任务：“${p.unit}”在此任务中没有角色（此任务的单位：${p.names ?? ''}）`;
  }
}

function reporterEn(p: ReporterFacts): string {
  switch (p.problem) {
    case 'no-task':
      return `the plan has no task ${p.task}`;
    case 'unknown-unit':
      return `task ${p.task}: ${unknownUnitEn(p)}`;
    case 'group':
      return `task ${p.task}: ${p.unit} is a group; progress is recorded per unit${p.names ? ` (e.g. ${p.names})` : ''}`;
    case 'no-role':
      return `task ${p.task}: ${p.unit} holds no role on it (its units: ${p.names ?? ''})`;
  }
}

const unknownUnitZh = (p: { name?: string; names?: string }) =>
  `方案及其单位名录中没有单位“${p.name}”${p.names ? `；最接近的：${p.names}` : ''}`;
const unknownUnitEn = (p: { name?: string; names?: string }) =>
  `no unit “${p.name}” in this plan or its registry${p.names ? `; closest: ${p.names}` : ''}`;

/**
 * Why a unit may not report on a task, in `locale`.
 *
 * @example
 * sayReporter({ problem: 'no-task', task: 77 }, 'en'); //=> 'the plan has no task 77'
 */
export function sayReporter(facts: ReporterFacts, locale: Locale): string {
  return locale === 'en' ? reporterEn(facts) : reporterZh(facts);
}

/** A damaged line inside the ledger: what to do about it. */
const DAMAGED_ZH = '（台账中间有一行已损坏：请从备份恢复，或将其移出文件）';
const DAMAGED_EN =
  ' (a damaged line inside the ledger: restore it from a backup, or move it out of the file)';

export const LEDGER_MESSAGES = defineMessages({
  'ledger-duplicate-id': {
    'zh-CN': (p: { entry: string; first: number }) =>
      `记录 ${p.entry} 重复出现（首次在第 ${p.first} 行）；后一份不读取`,
    en: (p: { entry: string; first: number }) =>
      `entry ${p.entry} appears again (first on line ${p.first}); the later copy is ignored`,
  },
  'ledger-json': {
    'zh-CN': (p: { line: number; detail: string }) => `第 ${p.line} 行不是有效的 JSON 行${DAMAGED_ZH}`,
    en: (p: { line: number; detail: string }) => `line ${p.line}: not a JSON line: ${p.detail}${DAMAGED_EN}`,
  },
  'ledger-entry': {
    'zh-CN': (p: { line: number; detail: string; detailEn: string }) =>
      `第 ${p.line} 行不是有效的记录：${p.detail}${DAMAGED_ZH}`,
    en: (p: { line: number; detail: string; detailEn: string }) =>
      `line ${p.line}: not a valid entry: ${p.detailEn}${DAMAGED_EN}`,
  },
  'ledger-interrupted-write': {
    'zh-CN': (p: { line: number }) =>
      `第 ${p.line} 行：多条记录连在一起——写入中断（如程序崩溃）留下的半条记录，或缺少换行；未写完的部分不读取，完整的记录照常读取`,
    en: (p: { line: number }) =>
      `line ${p.line}: entries run together — the beginning of an entry left by an interrupted write (e.g. a crash), or a missing line break; unfinished parts are ignored, the complete entries are read`,
  },
  'ledger-partial-line': {
    'zh-CN': () => '最后一行未写完（写入被中断，如程序崩溃），不读取；已确认的记录没有丢失',
    en: () =>
      'the last line is unfinished (a write was interrupted, e.g. by a crash) and is ignored; no acknowledged entry is lost',
  },
  'ledger-other-plan': {
    'zh-CN': (p: { entry: string; plan: string; id: string }) =>
      `记录 ${p.entry} 属于方案“${p.plan}”，不是“${p.id}”`,
    en: (p: { entry: string; plan: string; id: string }) =>
      `entry ${p.entry} is for plan “${p.plan}”, not “${p.id}”`,
  },
  'ledger-other-plan/check': {
    'zh-CN': (p: { plan: string; id: string }) =>
      `记录属于方案“${p.plan}”，不是本方案（“${p.id}”）：台账是否选错？`,
    en: (p: { plan: string; id: string }) =>
      `entry for plan “${p.plan}”, not this plan (“${p.id}”): is this the right ledger?`,
  },
  'ledger-entry-mismatch': {
    'zh-CN': (p: ReporterFacts & { entry: string }) => `记录 ${p.entry}：${reporterZh(p)}`,
    en: (p: ReporterFacts & { entry: string }) => `entry ${p.entry}: ${reporterEn(p)}`,
  },
  'unit-not-on-task': {
    'zh-CN': reporterZh,
    en: reporterEn,
  },
  'unknown-unit/ledger': {
    'zh-CN': (p: { name: string; names?: string }) => unknownUnitZh(p),
    en: (p: { name: string; names?: string }) => unknownUnitEn(p),
  },
  'workbook-other-plan': {
    'zh-CN': (p: { number: string; title?: string; planNumber: string }) =>
      `此工作簿是${p.number}${p.title ? `（${p.title}）` : ''}的台账，不是${p.planNumber}的`,
    en: (p: { number: string; title?: string; planNumber: string }) =>
      `this workbook is the ledger of ${p.number}${p.title ? `（${p.title}）` : ''}, not of ${p.planNumber}`,
  },
  'missing-state': {
    'zh-CN': (p: { task: number }) =>
      `第 ${p.task} 项任务：填写了“进展情况”或“备注”，但没有“完成情况”；此行跳过（请从下拉列表选择完成情况）`,
    en: (p: { task: number }) =>
      `task ${p.task}: 进展情况 or 备注 filled in but no 完成情况; the row is skipped (choose a state from the drop-down)`,
  },
  'unknown-state': {
    'zh-CN': (p: { task: number }) => `第 ${p.task} 项任务：“完成情况”不是五种状态之一`,
    en: (p: { task: number }) => `task ${p.task}: 完成情况 is not one of the five states`,
  },
  'unit-ambiguous': {
    'zh-CN': (p: { task: number; cell?: string }) =>
      `第 ${p.task} 项任务：${p.cell ? `此行由“${p.cell}”填报，不是一个单位` : '此行没有写明单位'}；请用 --unit 说明是哪个单位的表`,
    en: (p: { task: number; cell?: string }) =>
      `task ${p.task}: ${p.cell ? `the row is answered by ${p.cell}, not one unit` : 'the row names no unit'}; say whose copy this is with --unit`,
  },
  'unit-mismatch': {
    'zh-CN': (p: { task: number; row: string; option: string }) =>
      `第 ${p.task} 项任务：此行属于“${p.row}”，但 --unit 说此表是“${p.option}”的`,
    en: (p: { task: number; row: string; option: string }) =>
      `task ${p.task}: the row is ${p.row}'s, but --unit says the file is ${p.option}'s`,
  },
  'invalid-date/ledger': {
    'zh-CN': (p: { task: number }) => `第 ${p.task} 项任务：“日期”应写作 YYYY-MM-DD`,
    en: (p: { task: number }) => `task ${p.task}: 日期 is not a YYYY-MM-DD day`,
  },
  'missing-reason': {
    'zh-CN': (p: { task?: number }) =>
      p.task === undefined
        ? '“无法完成”须写明原因'
        : `第 ${p.task} 项任务：“无法完成”须写明原因：请填在“无法完成原因”（或“进展情况”）栏`,
    en: (p: { task?: number }) =>
      p.task === undefined
        ? '无法完成 (cannotComplete) needs a reason'
        : `task ${p.task}: 无法完成 needs a reason: write it in 无法完成原因 (or 进展情况)`,
  },
  'supersedes-self': {
    'zh-CN': () => '记录不能更正它自己',
    en: () => 'an entry cannot supersede itself',
  },
  'repeated-row': {
    'zh-CN': (p: { task: number; unit: string; date: string; first: string; second: string }) =>
      `第 ${p.task} 项任务，${p.unit}：${p.date} 填报了两次（第 ${p.first} 行和第 ${p.second} 行）；以后一行为准`,
    en: (p: { task: number; unit: string; date: string; first: string; second: string }) =>
      `task ${p.task}, ${p.unit}: reported twice for ${p.date} (rows ${p.first} and ${p.second}); the later row stands`,
  },
  'unknown-task': {
    'zh-CN': (p: { task: string }) => `方案中没有第 ${p.task} 项任务`,
    en: (p: { task: string }) => `the plan has no task ${p.task}`,
  },
  'missing-task': {
    'zh-CN': () => '此行已填写，但没有“任务编号”',
    en: () => 'a filled-in row without a 任务编号',
  },
  // A filled-in ledger workbook or CSV that cannot be read (@fengong/reports' readProgressFile).
  'xlsx-unreadable': {
    'zh-CN': (p: { detail: string }) => `不是可读取的 XLSX 工作簿（${p.detail}）：请另存为 .xlsx`,
    en: (p: { detail: string }) => `not a readable XLSX workbook (${p.detail}); save it as .xlsx`,
  },
  'not-a-ledger': {
    'zh-CN': () => '没有哪个工作表带有台账的列（“任务编号”和“完成情况”）：这是 fengong 生成的台账吗？',
    en: () =>
      'no sheet has the columns of a ledger (任务编号 and 完成情况): is this a ledger produced by fengong?',
  },
  'csv-gb18030': {
    'zh-CN': () => '文件不是 UTF-8 编码，已按 GB18030 读取',
    en: () => 'the file is not UTF-8; it was read as GB18030',
  },
  'encoding/ledger': {
    'zh-CN': () => '文件既不是 UTF-8 也不是 GB18030 编码的文本',
    en: () => 'the file is neither UTF-8 nor GB18030 text',
  },
  // Where a problem of a filled-in ledger is: a cell of a workbook or a CSV file.
  'place/cell': {
    'zh-CN': (p: { file: string; sheet?: string; row: number; column: string }) =>
      `${p.file}${p.sheet ? ` 工作表“${p.sheet}”` : ''} 第 ${p.row} 行 ${p.column} 列`,
    en: (p: { file: string; sheet?: string; row: number; column: string }) =>
      `${p.file}${p.sheet ? `, sheet “${p.sheet}”` : ''}, row ${p.row}, column ${p.column}`,
  },
  'ledger-unknown-task': {
    'zh-CN': (p: { task: number }) => `方案中没有第 ${p.task} 项任务`,
    en: (p: { task: number }) => `the plan has no task ${p.task}`,
  },
  'ledger-unit-without-role': {
    'zh-CN': (p: { unit: string; task: number }) => `“${p.unit}”在第 ${p.task} 项任务中没有角色`,
    en: (p: { unit: string; task: number }) => `${p.unit} holds no role on task ${p.task}`,
  },
  'ledger-done-after-deadline': {
    'zh-CN': (p: { task: number; unit: string; date: string; due: string }) =>
      `第 ${p.task} 项任务：${p.unit} 于 ${p.date} 报“已完成”，晚于时限 ${p.due}；按“逾期完成”计`,
    en: (p: { task: number; unit: string; date: string; due: string }) =>
      `task ${p.task}: ${p.unit} reports 已完成 on ${p.date}, after the deadline ${p.due}; it counts as 逾期完成`,
  },
  'ledger-done-late-before-deadline': {
    'zh-CN': (p: { task: number; unit: string; date: string; due: string }) =>
      `第 ${p.task} 项任务：${p.unit} 于 ${p.date} 报“已完成（逾期）”，并未晚于时限 ${p.due}；状态以日期为准`,
    en: (p: { task: number; unit: string; date: string; due: string }) =>
      `task ${p.task}: ${p.unit} reports 已完成（逾期） on ${p.date}, not after the deadline ${p.due}; status follows the date`,
  },
  'ledger-supersedes-unknown': {
    'zh-CN': (p: { entry: string; supersedes: string }) =>
      `记录 ${p.entry} 更正的 ${p.supersedes} 不在台账中`,
    en: (p: { entry: string; supersedes: string }) =>
      `entry ${p.entry} corrects ${p.supersedes}, which is not in the ledger`,
  },
  'no-registry': {
    'zh-CN': () => '未找到单位名录（请用 --units 指定，或将 units.yaml 放在方案旁）：单位组无法展开',
    en: () =>
      'no unit registry found (give --units, or put units.yaml beside the plan): groups cannot be expanded',
  },
  'deadline-override': {
    'zh-CN': (p: { due: string; reason: string }) => `时限按方案的调整设为 ${p.due}：${p.reason}`,
    en: (p: { due: string; reason: string }) =>
      `deadline set to ${p.due} by the plan’s override: ${p.reason}`,
  },
});
