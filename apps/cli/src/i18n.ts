/** Chinese messages by default; English when `--lang en` or LANG/LC_ALL says English. */
const zh = {
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
} as const;

type Messages = Record<keyof typeof zh, string>;

const en: Messages = {
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
};

export type Lang = 'zh' | 'en';

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

/** The message `key` in the current language, with `{name}` placeholders filled in. */
export function t(key: keyof typeof zh, vars: Record<string, string | number> = {}): string {
  const text: string = (current === 'en' ? en : zh)[key];
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
