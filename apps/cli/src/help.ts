/**
 * The help of the command line (命令帮助): every command's and option's description, commander's
 * headings and its usage errors, from core's catalogue (`help-…` words of the programs), in Chinese
 * unless `--lang en` or LANG says English. Loaded at start-up: it reads `@fengong/core/labels` only.
 */
import { type HelpMessage, sayApp, sayHelp } from '@fengong/core/labels';
import type { Command, Help } from 'commander';
import { locale } from './i18n';

/** The id of a help text in the catalogue, without its `help-` prefix. */
export type HelpId = HelpMessage extends infer M ? (M extends `help-${infer K}` ? K : never) : never;

/** A help text of the catalogue in the current language. */
export function h(id: HelpId, params: Record<string, string | number> = {}): string {
  return sayHelp(`help-${id}` as HelpMessage, params, locale());
}

/** The text after a command's help: what to know (`prose`), then example command lines. */
export function examples(lines: readonly string[], prose?: HelpId, params?: Record<string, string>): string {
  const head = prose ? `\n${h(prose, params)}\n` : '';
  return `${head}\n${h('title-examples')}\n${lines.map((line) => `  $ ${line}`).join('\n')}`;
}

const TITLES: Readonly<Record<string, HelpId>> = {
  'Usage:': 'title-usage',
  'Arguments:': 'title-arguments',
  'Options:': 'title-options',
  'Commands:': 'title-commands',
  'Global Options:': 'title-global-options',
};

/** commander's own words in a usage line: `[options]`, `[command]`. */
const usageWords = (text: string) =>
  text.replace(/\[options\]/g, h('word-options')).replace(/\[command\]/g, h('word-command'));

/** `(choices: "a", "b", default: "x")` after a description, said in the current language. */
const extraWords = (text: string) =>
  text.replace(/ \((choices: .*|default: .*)\)$/s, (_, inner: string) => {
    const parts = inner.split(/, (?=choices: |default: )/).map((part) => {
      const choices = /^choices: (.*)$/.exec(part);
      if (choices) return h('word-choices', { choices: choices[1]! });
      return h('word-default', { value: part.slice('default: '.length) });
    });
    return h('word-extras', { parts: parts.join(h('word-extras-separator')) });
  });

/** Help in the current language: headings, usage words and option details from the catalogue. */
export function helpConfiguration(): Partial<Help> {
  return {
    styleTitle: (title: string) => (TITLES[title] ? h(TITLES[title]!) : title),
    commandUsage(this: Help, cmd: Command) {
      const path: string[] = [];
      for (let c: Command | null = cmd.parent; c; c = c.parent) path.unshift(c.name());
      return usageWords([...path, cmd.name(), cmd.usage()].join(' '));
    },
    subcommandTerm: (cmd: Command) => {
      const args = cmd.registeredArguments
        .map((a) =>
          a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}${a.variadic ? '...' : ''}]`,
        )
        .join(' ');
      const options = cmd.options.length ? ` ${h('word-options')}` : '';
      return `${cmd.name()}${options}${args ? ` ${args}` : ''}`;
    },
    optionDescription(this: Help, option) {
      return extraWords(Object.getPrototypeOf(this).optionDescription.call(this, option));
    },
    argumentDescription(this: Help, argument) {
      return extraWords(Object.getPrototypeOf(this).argumentDescription.call(this, argument));
    },
  };
}

/**
 * A usage error of commander (unknown option, missing argument, bad choice…) said in the current
 * language from the catalogue; anything else as it is.
 */
export function sayUsageError(message: string): string {
  const [first = '', ...rest] = message.replace(/\n$/, '').split('\n');
  const said = sayFirstLine(first);
  const hint = rest
    .join('\n')
    .replace(/^\(Did you mean (?:one of )?(.*)\?\)$/, (_, names: string) =>
      h('error-did-you-mean', { names }),
    );
  return `${said}${hint ? `\n${hint}` : ''}\n`;
}

/** `a, b, c` as a list in the current language (、 in Chinese). */
const list = (names: string) => names.split(', ').join(sayApp('list-separator', {}, locale()));

/** commander's usage errors, each with the catalogue's sentence for what it matched. */
const USAGE_ERRORS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^error: unknown option '(.*)'$/, (m) => h('error-unknown-option', { option: m[1]! })],
  [/^error: unknown command '(.*)'$/, (m) => h('error-unknown-command', { command: m[1]! })],
  [/^error: missing required argument '(.*)'$/, (m) => h('error-missing-argument', { argument: m[1]! })],
  [/^error: option '(.*)' argument missing$/, (m) => h('error-option-missing-argument', { option: m[1]! })],
  [/^error: required option '(.*)' not specified$/, (m) => h('error-missing-option', { option: m[1]! })],
  [
    /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/,
    (m) => h('error-invalid-choice', { option: m[1]!, value: m[2]!, choices: list(m[3]!) }),
  ],
  [
    /^error: too many arguments(?: for '.*')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (m) => h('error-too-many-arguments', { expected: m[1]!, got: m[2]! }),
  ],
];

function sayFirstLine(line: string): string {
  for (const [pattern, say] of USAGE_ERRORS) {
    const m = pattern.exec(line);
    if (m) return say(m);
  }
  return line;
}
