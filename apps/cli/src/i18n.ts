/** Chinese messages by default; English when `--lang en` or LANG/LC_ALL says English. */
import { labelMessages } from '@fengong/core/labels';

const zh = {
  ...labelMessages('zh'),
  error: '错误',
  internalError: 'fengong 内部错误（请报告）',
  valid: '有效',
  invalid: '无效',
  categories: '类别',
  tasks: '任务',
  units: '单位',
  groups: '单位组',
  deadlines: '时限',
  warnings: '提醒',
  unknownUnit: '未找到单位',
  didYouMean: '是否指',
  unknownTask: '没有编号为 {n} 的任务',
  badDate: '日期应写作 YYYY-MM-DD',
  number: '编号',
  category: '类别',
  leaders: '牵头领导',
  lead: '牵头',
  role: '角色',
  deadline: '完成时限',
  due: '截止',
  status: '状态',
  text: '具体要求',
  via: '经由',
  total: '合计',
  noTasks: '没有符合条件的任务',
  noticeDuties: '通知要求',
  ongoingWork: '长期工作',
  undated: '未明确时限',
  members: '成员',
  aliases: '别名',
  kind: '类型',
  reading: '解读',
  alternatives: '其他解读',
  failOnMet: '有 {n} 项任务为“{status}”（--fail-on）',
} as const;

type Messages = Record<keyof typeof zh, string>;

const en: Messages = {
  ...labelMessages('en'),
  error: 'error',
  internalError: 'internal error in fengong (please report it)',
  valid: 'valid',
  invalid: 'invalid',
  categories: 'categories',
  tasks: 'tasks',
  units: 'units',
  groups: 'groups',
  deadlines: 'deadlines',
  warnings: 'notices',
  unknownUnit: 'no such unit',
  didYouMean: 'did you mean',
  unknownTask: 'no task numbered {n}',
  badDate: 'dates are written YYYY-MM-DD',
  number: 'No.',
  category: 'category',
  leaders: 'leaders',
  lead: 'lead',
  role: 'role',
  deadline: 'deadline',
  due: 'due',
  status: 'status',
  text: 'requirement',
  via: 'via',
  total: 'total',
  noTasks: 'no tasks match',
  noticeDuties: 'duties from the notice',
  ongoingWork: 'ongoing work',
  undated: 'no readable date',
  members: 'members',
  aliases: 'aliases',
  kind: 'kind',
  reading: 'reading',
  alternatives: 'other readings',
  failOnMet: '{n} task(s) are “{status}” (--fail-on)',
};

export type Lang = 'zh' | 'en';
export type MessageKey = keyof typeof zh;

let current: Lang = detectLang(process.env);

/** The language from the environment: English when LC_ALL, LC_MESSAGES or LANG starts with `en`. */
export function detectLang(env: NodeJS.ProcessEnv): Lang {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(tag) ? 'en' : 'zh';
}

export function setLang(lang: Lang): void {
  current = lang;
}

export function lang(): Lang {
  return current;
}

/** The current language as core's locale, for core's messages and diagnostics. */
export function locale(): 'zh-CN' | 'en' {
  return current === 'en' ? 'en' : 'zh-CN';
}

/** The message `key` in the current language, with `{name}` placeholders filled in. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const text: string = (current === 'en' ? en : zh)[key];
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** The value of `--lang` in `argv` (`--lang en` or `--lang=en`), before commander parses it. */
export function langOption(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'zh' || value === 'en') return value;
  }
  return undefined;
}
