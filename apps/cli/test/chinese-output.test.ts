/**
 * The Chinese CLI speaks Chinese: on the seed plan and on bad input (a plan with errors, a GBK file,
 * a missing file, a damaged .docx, a damaged ledger), nothing it prints holds an English sentence —
 * and the English CLI says the same errors in English.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildProgram } from '../src/main';
import { fengong } from './run';

/** Three or more English words in a row: a sentence (or most of one) left in English. */
const ENGLISH_SENTENCE = /\b[A-Za-z]{2,}(?:[ ,;:'’]+[A-Za-z]{2,}){2,}\b/;

const PLAN = 'seeds/zhanjiang-2021/plan.yaml';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'fengong-zh-'));
  writeFileSync(path.join(dir, 'bad.yaml'), 'meta:\n  titel: x\n');
  // 中文方案 in GBK.
  writeFileSync(
    path.join(dir, 'gbk.yaml'),
    Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xb7, 0xbd, 0xb0, 0xb8, 0x0a]),
  );
  writeFileSync(path.join(dir, 'bad.jsonl'), '{"id":"x","plan":"y"}\nnot json\n');
  writeFileSync(path.join(dir, 'bad.docx'), Buffer.from([0x50, 0x4b, 0x05, 0x06]));
});

/** What a run printed, both streams. */
const printed = (r: { stdout: string; stderr: string }) => `${r.stdout}\n${r.stderr}`;

/** Lines of `text` with an English sentence in them. */
const englishLines = (text: string) => text.split('\n').filter((line) => ENGLISH_SENTENCE.test(line));

describe('the Chinese CLI prints no English sentence', () => {
  test.each([
    ['validate', PLAN],
    ['tasks', PLAN, '--as-of', '2021-10-01'],
    ['unit', PLAN, '市财政局', '--as-of', '2021-10-01'],
    ['who', PLAN, '7'],
    ['matrix', PLAN],
    ['deadlines', PLAN],
    ['units', 'seeds/zhanjiang/units.yaml'],
    ['lookback', PLAN, '--as-of', '2022-01-10'],
    ['diff', PLAN, PLAN],
    ['import', 'seeds/000_fc8bcf8b29ea9190.txt', '--review'],
  ])('on the seed: %s', async (...args) => {
    const r = await fengong(args);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(englishLines(printed(r))).toEqual([]);
  });

  test.each([
    ['a plan with errors', () => ['validate', path.join(dir, 'bad.yaml')]],
    ['a GBK file', () => ['validate', path.join(dir, 'gbk.yaml')]],
    ['a missing file', () => ['validate', path.join(dir, 'nope.yaml')]],
    ['a damaged .docx', () => ['import', path.join(dir, 'bad.docx')]],
    ['a damaged ledger', () => ['progress', 'list', PLAN, '--ledger', path.join(dir, 'bad.jsonl')]],
  ])('on bad input: %s (exit 2, Chinese; English with --lang en)', async (_what, args) => {
    const zh = await fengong(args());
    expect(zh.code).toBe(2);
    expect(zh.stderr).toMatch(/[\u4e00-\u9fff]/);
    expect(englishLines(printed(zh))).toEqual([]);
    const en = await fengong(['--lang', 'en', ...args()]);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(ENGLISH_SENTENCE);
  });
});

/** Every command path of the program: [], ['tasks'], ['progress', 'add'], … */
function commandPaths(): string[][] {
  const walk = (cmd: Command, at: string[]): string[][] => [
    at,
    ...cmd.commands.filter((c) => c.name() !== 'help').flatMap((c) => walk(c, [...at, c.name()])),
  ];
  return walk(buildProgram(), []);
}

/**
 * The words of a help text, without its code: example command lines (`$ fengong …`), the command
 * path of the usage line, JSON shapes (`{ plan, diagnostics }`) and camelCase names (layouts, states).
 */
const helpWords = (text: string) =>
  text
    .split('\n')
    .filter((line) => !/^\s*\$ /.test(line))
    .map((line) =>
      line
        .replace(/^(用法：|Usage:) fengong(?: [a-z-]+)*/, '$1')
        .replace(/\{[^}]*\}/g, '')
        .replace(/\b[a-z]+[A-Z]\w*\b/g, ''),
    );

describe('the help speaks Chinese, and English with --lang en', () => {
  const paths = commandPaths();

  test('every command is reached (the walk is not empty)', () => {
    expect(paths.length).toBeGreaterThan(15);
    expect(paths).toContainEqual(['progress', 'add']);
  });

  test.each(paths.map((p) => [p.join(' ') || 'fengong', p] as const))('%s --help', async (_name, at) => {
    const zh = await fengong([...at, '--help']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^用法：/);
    expect(helpWords(zh.stdout).filter((line) => ENGLISH_SENTENCE.test(line))).toEqual([]);
    const en = await fengong(['--lang', 'en', ...at, '--help']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^Usage:/);
    // commander's own words are English too (the commands' names and examples may hold Chinese).
    expect(en.stdout).not.toMatch(/用法|选项：|显示命令帮助/);
  });

  test.each([
    ['an unknown option', ['tasks', PLAN, '--bogus'], '未知的选项 --bogus', 'unknown option --bogus'],
    ['a missing argument', ['tasks'], '缺少参数 plan', 'missing required argument plan'],
    ['too many arguments', ['who', PLAN, '7', '8'], '参数过多', 'too many arguments'],
    ['a value not among the choices', ['tasks', PLAN, '--status', 'late'], '“late”无效', '“late” is invalid'],
  ])('a usage error: %s', async (_what, args, zhText, enText) => {
    const zh = await fengong(args);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(zhText);
    expect(helpWords(zh.stderr).filter((line) => ENGLISH_SENTENCE.test(line))).toEqual([]);
    const en = await fengong(['--lang', 'en', ...args]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(enText);
  });
});
