/**
 * Messages of a program's mistakes in calling core (用法错误) — options of a query that cannot hold
 * together or cannot be read — thrown as `FengongUsageError` (see define.ts): Chinese first.
 */
import { defineMessages } from './define';

export const USAGE_MESSAGES = defineMessages({
  'usage/status-needs-as-of': {
    'zh-CN': () => '按状态筛选需要 asOf（判定状态的日期）',
    en: () => 'a status filter needs an asOf day',
  },
  'usage/roles-need-unit': {
    'zh-CN': () => '按角色筛选需要 unit：角色是某个单位在任务中的角色',
    en: () => 'a roles filter needs a unit: roles are a unit’s roles on its tasks',
  },
  'usage/bad-date': {
    'zh-CN': (p: { option: string; value: string }) =>
      `${p.option} 应为真实存在的日期，写作 YYYY-MM-DD，实为“${p.value}”`,
    en: (p: { option: string; value: string }) =>
      `${p.option} must be a real calendar date written as YYYY-MM-DD, not “${p.value}”`,
  },
  'usage/bad-value': {
    'zh-CN': (p: { option: string; value: string; choices: string }) =>
      `${p.option} 中的“${p.value}”不是可选值（可选：${p.choices}）`,
    en: (p: { option: string; value: string; choices: string }) =>
      `“${p.value}” is not a value of ${p.option} (one of: ${p.choices})`,
  },
  'usage/not-whole-number': {
    'zh-CN': (p: { option: string; value: string }) => `${p.option} 应为整数，实为“${p.value}”`,
    en: (p: { option: string; value: string }) => `${p.option} must be a whole number, not “${p.value}”`,
  },
  'usage/bad-date-time': {
    'zh-CN': (p: { option: string; value: string }) => `${p.option} 应为 ISO 8601 日期时间，实为“${p.value}”`,
    en: (p: { option: string; value: string }) => `${p.option} is not a date-time: “${p.value}”`,
  },
  'usage/report-unknown-kind': {
    'zh-CN': (p: { kind: string; known: string }) => `未知的报表类型“${p.kind}”（可选：${p.known}）`,
    en: (p: { kind: string; known: string }) => `unknown report kind “${p.kind}” (known: ${p.known})`,
  },
  'usage/report-unknown-format': {
    'zh-CN': (p: { format: string; known: string }) => `未知的文件格式“${p.format}”（可选：${p.known}）`,
    en: (p: { format: string; known: string }) => `unknown format “${p.format}” (known: ${p.known})`,
  },
  'usage/report-needs-unit': {
    'zh-CN': () => '单位责任清单（unit）需要指定单位',
    en: () => 'the unit report (unit) needs a unit',
  },
  'usage/ics-per-unit': {
    'zh-CN': () => '时限日历（ics）按单位生成：请用单位责任清单（unit）',
    en: () => 'calendars (ics) are written per unit: use the unit report',
  },
  'usage/ics-needs-unit': {
    'zh-CN': () => '时限日历（ics）需要指定单位',
    en: () => 'a calendar (ics) needs a unit',
  },
  'usage/unknown-option': {
    'zh-CN': (p: { option: string }) => `未知的选项 ${p.option}`,
    en: (p: { option: string }) => `unknown option ${p.option}`,
  },
});
