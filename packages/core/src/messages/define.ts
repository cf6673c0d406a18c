/**
 * How a message of the catalogue (消息目录) is written: one entry per diagnostic code, a Chinese
 * and an English rendering of the same parameters. Chinese is the product's language; English is
 * for the `--lang en` CLI and for developers.
 */

/**
 * The languages fengong speaks (界面语言). `zh-CN` is the default everywhere.
 *
 * @example
 * const locale: Locale = 'zh-CN';
 */
export type Locale = 'zh-CN' | 'en';

/**
 * What a message says, as data: kept on the diagnostic (`params`) so that any front end can say it
 * again in another language.
 *
 * @example
 * const params: MessageParams = { task: 7, lines: '85–93' };
 */
export type MessageParams = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * One entry of the catalogue: the same facts said in each language.
 *
 * @example
 * const entry: MessageEntry<{ task: number }> = {
 *   'zh-CN': (p) => `第 ${p.task} 项任务`,
 *   en: (p) => `task ${p.task}`,
 * };
 */
export interface MessageEntry<P extends MessageParams> {
  'zh-CN': (params: P) => string;
  en: (params: P) => string;
}

/**
 * Declare a part of the catalogue (the parameters of each entry are inferred from its renderers).
 *
 * @example
 * const part = defineMessages({ 'no-plan': { 'zh-CN': () => '没有方案', en: () => 'no plan' } });
 */
// biome-ignore lint/suspicious/noExplicitAny: each entry keeps its own parameter type
export function defineMessages<T extends Record<string, MessageEntry<any>>>(entries: T): T {
  return entries;
}

/**
 * The parameters entry `C` of a part of the catalogue takes.
 *
 * @example
 * const part = defineMessages({ hi: { 'zh-CN': (p: { name: string }) => `你好，${p.name}`, en: (p: { name: string }) => `hi, ${p.name}` } });
 * const params: PartParamsOf<typeof part, 'hi'> = { name: '市财政局' };
 */
export type PartParamsOf<T, C extends keyof T> = T[C] extends { 'zh-CN': (...args: infer A) => string }
  ? A extends [infer P, ...unknown[]]
    ? P
    : Record<string, never>
  : never;

/**
 * Say entry `code` of a part of the catalogue (按目录成句), in Chinese unless `locale` says otherwise:
 * what `say` does for the catalogue and `sayServer` for the server's part.
 *
 * @example
 * const part = defineMessages({ 'no-plan': { 'zh-CN': () => '没有方案', en: () => 'no plan' } });
 * sayFrom(part, 'no-plan', {}, 'en'); //=> 'no plan'
 */
// biome-ignore lint/suspicious/noExplicitAny: each entry keeps its own parameter type
export function sayFrom<T extends Record<string, MessageEntry<any>>, C extends keyof T>(
  part: T,
  code: C,
  params: PartParamsOf<T, C>,
  locale: Locale = 'zh-CN',
): string {
  return part[code]![locale](params);
}

const DIGITS = '零一二三四五六七八九';

/**
 * A whole number as Chinese documents count and number their headings (中文数字), 0–99: 1 → 一,
 * 10 → 十, 12 → 十二, 20 → 二十; any other number as its digits. What a template's
 * `{name:numeral}` slot says (一、二、… in a Chinese heading).
 *
 * @example
 * chineseNumeral(12); //=> '十二'
 * chineseNumeral(20); //=> '二十'
 * chineseNumeral(120); //=> '120'
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/**
 * `a–b` or `a` for a range of lines (行号范围).
 *
 * @example
 * lineRange([310, 314]); //=> '310–314'
 */
export function lineRange(lines: readonly [number, number] | undefined): string {
  if (!lines) return '?';
  return lines[0] === lines[1] ? `${lines[0]}` : `${lines[0]}–${lines[1]}`;
}
