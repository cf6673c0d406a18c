/**
 * Messages of `fengong serve` (共享服务): what the server answers people over HTTP and prints at
 * start, and the office's page (see define.ts): Chinese first. A part of the catalogue of its own,
 * said with {@link sayServer}, so that the viewer does not load these words.
 */
import { defineMessages, type Locale, type PartParamsOf, sayFrom } from './define';

export const SERVER_MESSAGES = defineMessages({
  'server-signed-out': {
    'zh-CN': () => '请先登录（使用办公室发给本单位的登录链接）',
    en: () => 'sign in first (with the link the office sent your unit)',
  },
  'server-forbidden': {
    'zh-CN': () => '无权进行此操作',
    en: () => 'you may not do this',
  },
  'server-not-found': {
    'zh-CN': (p: { path: string }) => `没有这个地址：${p.path}`,
    en: (p: { path: string }) => `no such address: ${p.path}`,
  },
  'server-method': {
    'zh-CN': (p: { method: string }) => `此地址不支持 ${p.method} 请求`,
    en: (p: { method: string }) => `${p.method} is not allowed here`,
  },
  'server-no-plan': {
    'zh-CN': (p: { plan: string }) => `服务器上没有方案“${p.plan}”`,
    en: (p: { plan: string }) => `the server holds no plan “${p.plan}”`,
  },
  'server-no-task': {
    'zh-CN': (p: { task: string }) => `方案中没有编号为 ${p.task} 的任务`,
    en: (p: { task: string }) => `the plan has no task ${p.task}`,
  },
  'server-unknown-unit': {
    'zh-CN': (p: { unit: string }) => `方案中没有单位“${p.unit}”`,
    en: (p: { unit: string }) => `the plan names no unit “${p.unit}”`,
  },
  'server-no-role': {
    'zh-CN': (p: { task: number; unit: string }) => `任务 ${p.task}：${p.unit} 在该任务上没有分工，不能填报`,
    en: (p: { task: number; unit: string }) =>
      `task ${p.task}: ${p.unit} holds no role on it and cannot report`,
  },
  'server-other-unit': {
    'zh-CN': (p: { unit: string }) => `只能为本单位（${p.unit}）填报或查看`,
    en: (p: { unit: string }) => `you report and look for your own unit only (${p.unit})`,
  },
  'server-bad-token': {
    'zh-CN': () => '登录链接无效、已过期或已使用过；请向办公室索取新的链接',
    en: () => 'the sign-in link is invalid, expired or already used; ask the office for a new one',
  },
  'server-throttled': {
    'zh-CN': (p: { seconds: number }) => `登录尝试过于频繁，请 ${p.seconds} 秒后再试`,
    en: (p: { seconds: number }) => `too many sign-in attempts; try again in ${p.seconds} s`,
  },
  'server-csrf': {
    'zh-CN': () => '请求缺少有效的防伪令牌（CSRF），请刷新页面后重试',
    en: () => 'the request lacks a valid CSRF token; reload the page and try again',
  },
  'server-too-large': {
    'zh-CN': (p: { limit: number }) => `请求内容超过 ${p.limit} 字节的上限`,
    en: (p: { limit: number }) => `the request is larger than ${p.limit} bytes`,
  },
  'server-bad-json': {
    'zh-CN': (p: { detail: string }) => `请求内容不是有效的 JSON：${p.detail}`,
    en: (p: { detail: string }) => `the request is not valid JSON: ${p.detail}`,
  },
  'server-bad-field': {
    'zh-CN': (p: { field: string; detail: string }) => `字段“${p.field}”无效：${p.detail}`,
    en: (p: { field: string; detail: string }) => `field “${p.field}” is invalid: ${p.detail}`,
  },
  'server-no-entry': {
    'zh-CN': (p: { id: string }) => `要更正的记录 ${p.id} 不存在，或不是同一任务同一单位的记录`,
    en: (p: { id: string }) => `entry ${p.id} to correct does not exist, or is not of the same task and unit`,
  },
  'server-id-taken': {
    'zh-CN': (p: { id: string }) => `记录编号 ${p.id} 已用于另一条内容不同的记录`,
    en: (p: { id: string }) => `entry id ${p.id} is already taken by a different entry`,
  },
  'server-not-lead': {
    'zh-CN': (p: { unit: string }) => `${p.unit} 不牵头本方案的任何任务，无需汇总报送`,
    en: (p: { unit: string }) => `${p.unit} leads no task of this plan and has no summary to submit`,
  },
  'server-import-errors': {
    'zh-CN': (p: { n: number }) => `未导入任何内容：${p.n} 处错误`,
    en: (p: { n: number }) => `nothing was imported: ${p.n} error(s)`,
  },
  'server-unavailable': {
    'zh-CN': () => '数据库暂时不可用，本次未保存，请稍后重试',
    en: () => 'the database is unavailable for now; nothing was saved, try again shortly',
  },
  'server-internal': {
    'zh-CN': () => '服务器内部错误（请报告），本次未保存',
    en: () => 'internal server error (please report it); nothing was saved',
  },
  'server-started': {
    'zh-CN': (p: { url: string; plans: number; engine: string; where: string }) =>
      `fengong 共享服务已启动：${p.url}（${p.plans} 个方案；数据库：${p.engine} ${p.where}）`,
    en: (p: { url: string; plans: number; engine: string; where: string }) =>
      `fengong serve is running at ${p.url} (${p.plans} plan(s); database: ${p.engine} ${p.where})`,
  },
  'server-admin-link': {
    'zh-CN': (p: { link: string; hours: number }) =>
      `办公室（管理员）登录链接，仅可使用一次，${p.hours} 小时内有效：\n${p.link}`,
    en: (p: { link: string; hours: number }) =>
      `the office's (admin's) sign-in link, for one use within ${p.hours} h:\n${p.link}`,
  },
  'server-invite-link': {
    'zh-CN': (p: { unit: string; plan: string; link: string; days: number }) =>
      `${p.unit}（${p.plan}）的登录链接，仅可使用一次，${p.days} 天内有效：\n${p.link}`,
    en: (p: { unit: string; plan: string; link: string; days: number }) =>
      `sign-in link of ${p.unit} (${p.plan}), for one use within ${p.days} days:\n${p.link}`,
  },
  'server-plan-twice': {
    'zh-CN': (p: { plan: string; files: string }) => `两个文件是同一方案“${p.plan}”：${p.files}`,
    en: (p: { plan: string; files: string }) => `two files are the same plan “${p.plan}”: ${p.files}`,
  },
  'server-port-taken': {
    'zh-CN': (p: { port: number }) => `端口 ${p.port} 已被占用：换一个端口（--port），或先停止占用它的程序`,
    en: (p: { port: number }) => `port ${p.port} is in use: choose another (--port), or stop what holds it`,
  },
  'server-no-plans': {
    'zh-CN': () => '请给出至少一个方案文件：fengong serve <方案文件>，例如 seeds/zhanjiang-2021/plan.yaml',
    en: () => 'give at least one plan file, e.g. `fengong serve seeds/zhanjiang-2021/plan.yaml`',
  },
  'server-signin-title': {
    'zh-CN': () => 'fengong 登录',
    en: () => 'fengong sign-in',
  },
  'server-signin-busy': {
    'zh-CN': () => '正在登录……',
    en: () => 'signing in…',
  },
  'server-signin-incomplete': {
    'zh-CN': () => '链接不完整：请使用办公室发来的完整登录链接',
    en: () => 'the link is incomplete: use the whole link the office sent',
  },
  'server-signin-done': {
    'zh-CN': () => '已登录：',
    en: () => 'signed in: ',
  },
  'server-signin-enter': {
    'zh-CN': () => '进入',
    en: () => 'enter',
  },
  'server-reminder-title': {
    'zh-CN': () => '催办通知',
    en: () => 'Reminder',
  },
  'server-reminder-doc-title': {
    'zh-CN': (p: { plan: string }) => `关于抓紧报送《${p.plan}》有关任务落实情况的催办通知`,
    en: (p: { plan: string }) => `Reminder to report on the tasks of “${p.plan}”`,
  },
  'server-reminder-body': {
    'zh-CN': (p: { asOf: string; plan: string; n: number; tasks: string }) =>
      `截至${p.asOf}，你单位承担的《${p.plan}》任务中，尚有${p.n}项需抓紧推进并报送落实情况（任务${p.tasks}），未报送或已逾期的情况详见附件。请对照逐项核实，及时报送；确实无法按期完成的，请说明原因并附佐证材料。`,
    en: (p: { asOf: string; plan: string; n: number; tasks: string }) =>
      `As of ${p.asOf}, ${p.n} of your tasks in “${p.plan}” need pushing forward and reporting (tasks ${p.tasks}); what is unreported or overdue is in the attachment. Please check each and report soon; where a task cannot be completed on time, give the reason and supporting material.`,
  },
  'server-reminder-table': {
    'zh-CN': () => '催办事项表',
    en: () => 'Tasks reminded',
  },
  'server-reminder-col-task': { 'zh-CN': () => '编号', en: () => 'No.' },
  'server-reminder-col-text': { 'zh-CN': () => '具体要求', en: () => 'Requirement' },
  'server-reminder-col-role': { 'zh-CN': () => '分工', en: () => 'Role' },
  'server-reminder-col-deadline': { 'zh-CN': () => '完成时限', en: () => 'Deadline' },
  'server-reminder-col-status': { 'zh-CN': () => '时限状态', en: () => 'Deadline status' },
  'server-reminder-col-reported': { 'zh-CN': () => '报送情况', en: () => 'Reported' },
  'server-reminder-unreported': { 'zh-CN': () => '未报送', en: () => 'not reported' },
  'server-reminder-reported': {
    'zh-CN': (p: { date: string; state: string }) => `${p.date}报送：${p.state}`,
    en: (p: { date: string; state: string }) => `reported ${p.date}: ${p.state}`,
  },
  'server-reminder-note': {
    'zh-CN': (p: { note: string }) => `另：${p.note}`,
    en: (p: { note: string }) => `Also: ${p.note}`,
  },
  'server-bad-report': {
    'zh-CN': (p: { kind: string; format: string; detail: string }) =>
      `不能导出“${p.kind}.${p.format}”：${p.detail}`,
    en: (p: { kind: string; format: string; detail: string }) =>
      `cannot export “${p.kind}.${p.format}”: ${p.detail}`,
  },
  'admin-title': { 'zh-CN': () => '办公室管理', en: () => 'Office' },
  'admin-not-office': {
    'zh-CN': () => '此页仅供办公室（管理员）使用：请使用办公室的登录链接登录',
    en: () => 'this page is for the office (admin): sign in with the office’s link',
  },
  'admin-plan': { 'zh-CN': () => '方案', en: () => 'Plan' },
  'admin-viewer': { 'zh-CN': () => '打开查看器', en: () => 'Open the viewer' },
  'admin-invite-heading': { 'zh-CN': () => '邀请单位', en: () => 'Invite a unit' },
  'admin-invite-unit': { 'zh-CN': () => '单位名称', en: () => 'Unit' },
  'admin-invite-button': { 'zh-CN': () => '生成登录链接', en: () => 'Make a sign-in link' },
  'admin-invite-link': {
    'zh-CN': (p: { unit: string; days: number }) =>
      `${p.unit}的登录链接（仅可使用一次，${p.days} 天内有效），请发给该单位：`,
    en: (p: { unit: string; days: number }) =>
      `sign-in link of ${p.unit} (one use, within ${p.days} days); send it to the unit:`,
  },
  'admin-unreported-heading': { 'zh-CN': () => '未报送', en: () => 'Not reported' },
  'admin-unreported-none': { 'zh-CN': () => '各单位均已报送', en: () => 'every unit has reported' },
  'admin-col-unit': { 'zh-CN': () => '单位', en: () => 'Unit' },
  'admin-col-tasks': { 'zh-CN': () => '未报送任务', en: () => 'Tasks not reported' },
  'admin-col-action': { 'zh-CN': () => '操作', en: () => 'Action' },
  'admin-summaries': {
    'zh-CN': (p: { units: string }) => `尚未汇总报送的牵头单位：${p.units}`,
    en: (p: { units: string }) => `lead units without a summary report: ${p.units}`,
  },
  'admin-remind-button': { 'zh-CN': () => '催办', en: () => 'Remind' },
  'admin-document-number': { 'zh-CN': () => '催办文号（可选）', en: () => 'Document number (optional)' },
  'admin-reminders-heading': { 'zh-CN': () => '已发催办', en: () => 'Reminders sent' },
  'admin-reminders-none': { 'zh-CN': () => '尚未发出催办', en: () => 'no reminder sent yet' },
  'admin-reminder-line': {
    'zh-CN': (p: { unit: string; at: string; tasks: string }) => `${p.at} 催办${p.unit}（任务${p.tasks}）`,
    en: (p: { unit: string; at: string; tasks: string }) => `${p.at} reminded ${p.unit} (tasks ${p.tasks})`,
  },
  'admin-reminder-download': {
    'zh-CN': () => '下载催办通知（公文，Word）',
    en: () => 'download the reminder (official document, Word)',
  },
  'admin-exports-heading': { 'zh-CN': () => '导出报表', en: () => 'Export reports' },
  'admin-export-unit': {
    'zh-CN': () => '单位（单位责任清单用）',
    en: () => 'Unit (for the unit list)',
  },
  'admin-export-jsonl': { 'zh-CN': () => '全部进展记录（JSONL）', en: () => 'every entry (JSONL)' },
  'served-plans-heading': { 'zh-CN': () => '本服务器上的方案', en: () => 'Plans on this server' },
  'served-plan-line': {
    'zh-CN': (p: { title: string; id: string; tasks: number }) => `${p.title}（${p.id}，${p.tasks} 项任务）`,
    en: (p: { title: string; id: string; tasks: number }) => `${p.title} (${p.id}, ${p.tasks} tasks)`,
  },
  'summary-heading': { 'zh-CN': () => '汇总报送', en: () => 'Summary report' },
  'summary-duty': {
    'zh-CN': (p: { action: string; deadline: string }) => `通知要求：${p.action}（${p.deadline}）。`,
    en: (p: { action: string; deadline: string }) => `The notice asks: ${p.action} (${p.deadline}).`,
  },
  'summary-intro': {
    'zh-CN': () => '本单位牵头的任务和各单位的进展如下；汇总后向办公室报送，报送即记录在案。',
    en: () =>
      'The tasks your unit leads and every unit’s progress on them; submit the summary to the office (it is recorded).',
  },
  'summary-col-task': { 'zh-CN': () => '任务', en: () => 'Task' },
  'summary-col-unit': { 'zh-CN': () => '单位', en: () => 'Unit' },
  'summary-col-progress': { 'zh-CN': () => '最新进展', en: () => 'Latest progress' },
  'summary-not-reported': { 'zh-CN': () => '未报送', en: () => 'not reported' },
  'summary-note': { 'zh-CN': () => '汇总说明（可选）', en: () => 'Summary (optional)' },
  'summary-submit': { 'zh-CN': () => '报送汇总', en: () => 'Submit the summary' },
  'summary-none': {
    'zh-CN': () => '本单位尚未报送汇总',
    en: () => 'your unit has not submitted a summary yet',
  },
  'summary-submitted': {
    'zh-CN': (p: { at: string; tasks: string }) => `${p.at} 已报送汇总（任务${p.tasks}）`,
    en: (p: { at: string; tasks: string }) => `${p.at}: summary submitted (tasks ${p.tasks})`,
  },
  'receipts-heading': { 'zh-CN': () => '汇总报送收取情况', en: () => 'Summary reports received' },
  'receipts-intro': {
    'zh-CN': () => '各牵头单位向办公室汇总报送的情况：已报送的列出最近一次的时间和报送人，其余为未报送。',
    en: () =>
      'Each lead unit’s summary report to the office: the latest one’s time and sender where one was sent; the others have not reported.',
  },
  'receipts-counts': {
    'zh-CN': (p: { submitted: number; missing: number }) =>
      `已报送 ${p.submitted} 个单位，未报送 ${p.missing} 个单位`,
    en: (p: { submitted: number; missing: number }) =>
      `${p.submitted} units have submitted, ${p.missing} have not`,
  },
  'receipts-col-unit': { 'zh-CN': () => '牵头单位', en: () => 'Lead unit' },
  'receipts-col-tasks': { 'zh-CN': () => '牵头任务', en: () => 'Tasks led' },
  'receipts-col-state': { 'zh-CN': () => '汇总报送', en: () => 'Summary report' },
  'receipts-submitted': {
    'zh-CN': (p: { at: string; author: string }) => `${p.at} 已报送（报送人：${p.author}）`,
    en: (p: { at: string; author: string }) => `submitted ${p.at} by ${p.author}`,
  },
  'receipts-times': {
    'zh-CN': (p: { n: number }) => `共报送 ${p.n} 次`,
    en: (p: { n: number }) => `${p.n} submitted in all`,
  },
  'admin-failed': {
    'zh-CN': (p: { message: string }) => `操作未完成：${p.message}`,
    en: (p: { message: string }) => `not done: ${p.message}`,
  },
});

/**
 * A code of the server's part of the catalogue.
 *
 * @example
 * const code: ServerMessage = 'server-forbidden';
 */
export type ServerMessage = keyof typeof SERVER_MESSAGES;

/**
 * The parameters a message of the server's part takes.
 *
 * @example
 * const params: ServerParamsOf<'server-not-found'> = { path: '/x' };
 */
export type ServerParamsOf<C extends ServerMessage> = PartParamsOf<typeof SERVER_MESSAGES, C>;

/**
 * Say a message of the server's part of the catalogue (按目录成句), in Chinese unless `locale` says
 * otherwise.
 *
 * @example
 * sayServer('server-not-found', { path: '/x' }); //=> '没有这个地址：/x'
 * sayServer('server-forbidden', {}, 'en'); //=> 'you may not do this'
 */
export function sayServer<C extends ServerMessage>(
  code: C,
  params: ServerParamsOf<C>,
  locale: Locale = 'zh-CN',
): string {
  return sayFrom(SERVER_MESSAGES, code, params, locale);
}
