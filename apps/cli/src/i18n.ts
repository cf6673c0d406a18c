/**
 * The command line's language (界面语言): Chinese by default; English when `--lang en` or
 * LC_ALL/LC_MESSAGES/LANG says English. Every word it says comes from core's catalogue: {@link t}
 * says the command line's own words (`cli-…` entries of `sayHelp`), in the current language.
 */
import { type HelpMessage, sayHelp } from '@fengong/core/labels';

export type Lang = 'zh' | 'en';

/** A word of the command line: its id in core's catalogue without the `cli-` prefix. */
export type MessageKey = HelpMessage extends infer M ? (M extends `cli-${infer K}` ? K : never) : never;

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

/** The word `key` of the catalogue in the current language, with its `{name}` slots filled in. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return sayHelp(`cli-${key}` as HelpMessage, vars, locale());
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
