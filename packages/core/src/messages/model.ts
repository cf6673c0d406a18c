/**
 * Messages of plan and registry files (方案与单位名录文件) — what `validate`, `parsePlan` and
 * `parseRegistry` say about YAML/JSON a person wrote (see define.ts): Chinese first.
 */
import { defineMessages } from './define';

export const MODEL_MESSAGES = defineMessages({
  'too-deep': {
    'zh-CN': (p: { max: number }) => `文件中列表和映射嵌套超过 ${p.max} 层；方案只需几层`,
    en: (p: { max: number }) =>
      `the document nests lists and mappings more than ${p.max} levels deep; a plan needs a few`,
  },
  'yaml-syntax': {
    'zh-CN': (p: { detail: string }) => `YAML 语法错误：${p.detail}`,
    en: (p: { detail: string }) => `YAML: ${p.detail}`,
  },
  'duplicate-key': {
    'zh-CN': (p: { detail: string }) => `键重复：${p.detail}`,
    en: (p: { detail: string }) => `YAML: ${p.detail}`,
  },
  'json-syntax': {
    'zh-CN': (p: { detail: string; strict: boolean }) =>
      `JSON 语法错误：${p.detail}${p.strict ? '（严格的 JSON 不允许注释、末尾逗号或单引号）' : ''}`,
    en: (p: { detail: string; strict: boolean }) =>
      `JSON: ${p.detail}${p.strict ? ' (strict JSON has no comments, trailing commas or single quotes)' : ''}`,
  },
  'yaml-aliases': {
    'zh-CN': (p: { detail: string }) => `无法展开文件中的别名：${p.detail}`,
    en: (p: { detail: string }) => `the document could not be expanded: ${p.detail}`,
  },
  'unknown-key': {
    'zh-CN': (p: { key: string }) => `未知的键“${p.key}”（拼写有误，或不应写在此处）`,
    en: (p: { key: string }) => `unknown key “${p.key}”`,
  },
  'missing-key': {
    'zh-CN': (p: { key: string }) => `缺少必填的“${p.key}”`,
    en: (p: { key: string }) => `“${p.key}” is required`,
  },
  'wrong-type': {
    'zh-CN': () => '类型不对',
    en: () => 'wrong type',
  },
  'invalid-value': {
    'zh-CN': () => '取值不在允许范围内',
    en: () => 'value not allowed',
  },
  'empty-document': {
    'zh-CN': () => '文件是空的：只有空白或注释',
    en: () => 'the document is empty: it holds nothing but white space or comments',
  },
  'not-a-mapping': {
    'zh-CN': () => '文件应为“键: 值”形式的映射',
    en: () => 'the document must be a mapping of keys to values',
  },
  'invalid-date': {
    'zh-CN': () => '应为真实存在的日期，写作 YYYY-MM-DD',
    en: () => 'expected a real calendar date written as YYYY-MM-DD',
  },
  'empty-text': {
    'zh-CN': () => '不能为空',
    en: () => 'must not be empty',
  },
  'task-number-whole': {
    'zh-CN': () => '任务编号应为整数，如 7',
    en: () => 'a task number is a whole number, e.g. 7',
  },
  'task-number-positive': {
    'zh-CN': () => '任务编号应为正整数',
    en: () => 'a task number is a positive whole number',
  },
  'empty-units': {
    'zh-CN': () => '落实单位为空：每项任务至少要有一个单位',
    en: () => 'the units cell (落实单位) is empty: every task needs at least one unit',
  },
  'no-categories': {
    'zh-CN': () => '方案至少要有一个类别',
    en: () => 'a plan needs at least one category',
  },
  'no-tasks': {
    'zh-CN': () => '方案至少要有一项任务',
    en: () => 'a plan needs at least one task',
  },
  'duplicate-category': {
    'zh-CN': (p: { name: string }) => `类别“${p.name}”重复`,
    en: (p: { name: string }) => `duplicate category “${p.name}”`,
  },
  'duplicate-task-number': {
    'zh-CN': (p: { number: number; first: number }) =>
      `任务编号 ${p.number} 重复（已用于 tasks[${p.first}]）`,
    en: (p: { number: number; first: number }) =>
      `duplicate task number ${p.number} (already used by tasks[${p.first}])`,
  },
  'missing-category': {
    'zh-CN': (p: { task: string; category: string }) =>
      `第 ${p.task} 项任务所属类别“${p.category}”不在 categories 中`,
    en: (p: { task: string; category: string }) =>
      `task ${p.task} names category “${p.category}”, which is not in categories`,
  },
  'printed-before-issued': {
    'zh-CN': (p: { printed: string; issued: string }) => `印发日期 ${p.printed} 早于成文日期 ${p.issued}`,
    en: (p: { printed: string; issued: string }) => `printed ${p.printed} is before issued ${p.issued}`,
  },
  'group-without-members': {
    'zh-CN': () => '单位组需要 members、memberKinds 或 vague: true',
    en: () => 'a group needs members, memberKinds, or vague: true',
  },
  'duplicate-name': {
    'zh-CN': (p: { name: string; prior: string }) => `名称“${p.name}”已被 ${p.prior} 使用`,
    en: (p: { name: string; prior: string }) => `name “${p.name}” is already used by ${p.prior}`,
  },
  'unknown-group-member': {
    'zh-CN': (p: { group: string; member: string }) =>
      `单位组“${p.group}”的成员“${p.member}”不是名录中的单位`,
    en: (p: { group: string; member: string }) =>
      `group “${p.group}” lists member “${p.member}”, which is not a unit of the registry`,
  },
});

/**
 * What the schema of a plan or a registry says is wrong with a value: one of its own messages, or
 * `invalid-value` for any other (never zod's own English).
 *
 * @example
 * const issue: SchemaIssue = 'empty-units';
 */
export type SchemaIssue = (typeof SCHEMA_ISSUES)[number];
export const SCHEMA_ISSUES = [
  'invalid-date',
  'empty-text',
  'task-number-whole',
  'task-number-positive',
  'empty-units',
  'no-categories',
  'no-tasks',
  'group-without-members',
  'invalid-value',
] as const satisfies readonly (keyof typeof MODEL_MESSAGES)[];
