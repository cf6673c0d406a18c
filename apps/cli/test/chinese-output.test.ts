/**
 * The Chinese CLI speaks Chinese: on the seed plan and on bad input (a plan with errors, a GBK file,
 * a missing file, a damaged .docx, a damaged ledger), nothing it prints holds an English sentence —
 * and the English CLI says the same errors in English.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  deadlineKindNames,
  fileFormatNames,
  layoutNames,
  lightNames,
  lookbackResultNames,
  progressStateNames,
  roleNames,
  statusNames,
  unitKindNames,
} from '@fengong/core/labels';
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

/**
 * Every code of core's enums that has a label: layouts, formats of a document, kinds of unit,
 * deadline kinds and statuses, lights, roles, progress states, look-back findings.
 */
const CODES = [
  ...new Set(
    [
      layoutNames,
      fileFormatNames,
      unitKindNames,
      deadlineKindNames,
      statusNames,
      lightNames,
      roleNames,
      progressStateNames,
      lookbackResultNames,
    ].flatMap((table) => Object.keys(table.zh)),
  ),
];
const CODE = new RegExp(`(?<![\\w.-])(?:${CODES.join('|')})(?![\\w-])`);
/** A path of the model where a place belongs: tasks[3].units, task[26].units, meta.issued. */
const MODEL_PATH =
  /\b[a-z]+(?:\[\d+\])+(?:\.[A-Za-z]+)*|\b(?:meta|tasks?|units|groups|categories|conventions)\.(?!ya?ml\b|json\b)[A-Za-z]+\b/;

/**
 * The lines of a run where a code stands for a label: read without the files named on the command
 * line, the document's own lines a review quotes (`│`), and the diagnostic codes kept in brackets
 * for support (`[no-single-owner]`).
 */
function codeLines(r: { stdout: string; stderr: string }, args: readonly string[]): string[] {
  const files = args.filter((a) => /[/.]/.test(a));
  return printed(r)
    .split('\n')
    .filter((line) => !line.includes('│'))
    .map((line) => files.reduce((l, f) => l.split(f).join(' '), line).replace(/\[[a-z][a-z0-9-]*\]/g, ' '))
    .filter((line) => CODE.test(line) || MODEL_PATH.test(line));
}

const FILES = 'packages/core/test/fixtures/files';
const CORPUS = 'packages/core/test/corpus/plans';

describe('the Chinese CLI prints a label where core has a code', () => {
  const out = (name: string) => path.join(dir, name);
  test.each([
    ['import', () => ['import', 'seeds/000_fc8bcf8b29ea9190.txt', '-o', out('seed.yaml'), '--force']],
    ['import --review --all', () => ['import', 'seeds/000_fc8bcf8b29ea9190.txt', '--review', '--all']],
    [
      'import of a Word document',
      () => ['import', `${FILES}/zhanjiang-2021.docx`, '-o', out('docx.yaml'), '--force'],
    ],
    [
      'import of a workbook',
      () => ['import', `${FILES}/safety-2022.xlsx`, '--sheet', '任务台账', '--review', '--all'],
    ],
    [
      'import of labelled prose',
      () => ['import', `${CORPUS}/01_lishan_2023_gzbg_fengong.txt`, '--review', '--all'],
    ],
    [
      'import of a delimited table',
      () => ['import', `${CORPUS}/30_zhonglou_2021_minsheng_fenjie.txt`, '--review', '--all'],
    ],
    [
      'import of bracketed prose',
      () => ['import', `${CORPUS}/42_xianan_2023_gzbg_zerenfenjie.txt`, '--review', '--all'],
    ],
    [
      'import of numbered items',
      () => ['import', `${CORPUS}/125_taobei_2021_shisiwu_qingdan_cut.txt`, '--review', '--all'],
    ],
    ['validate', () => ['validate', PLAN]],
    ['validate with a registry named', () => ['validate', PLAN, '--units', 'seeds/zhanjiang/units.yaml']],
    ['validate, a plan with errors', () => ['validate', path.join(dir, 'bad.yaml')]],
    ['units', () => ['units', 'seeds/zhanjiang/units.yaml']],
    ['explain deadline', () => ['explain', 'deadline', '每季度末']],
    ['who', () => ['who', PLAN, '26']],
    ['tasks', () => ['tasks', PLAN, '--as-of', '2021-10-01']],
    ['deadlines', () => ['deadlines', PLAN]],
    ['progress status', () => ['progress', 'status', PLAN, '--as-of', '2021-10-01']],
  ])('%s', async (_what, args) => {
    const r = await fengong(args());
    expect(r.stdout.length + r.stderr.length).toBeGreaterThan(0);
    expect(codeLines(r, args())).toEqual([]);
  });

  test('the validate of an imported plan (no registry beside it) names its places in words', async () => {
    await fengong(['import', 'seeds/000_fc8bcf8b29ea9190.txt', '-o', out('seed-2.yaml'), '--force']);
    const r = await fengong(['validate', out('seed-2.yaml')]);
    expect(r.stdout).toContain('第 2 项任务的落实单位');
    expect(codeLines(r, [out('seed-2.yaml')])).toEqual([]);
  });

  test('and the check sees a code: the English review shows the model’s paths', async () => {
    const args = ['--lang', 'en', 'import', 'seeds/000_fc8bcf8b29ea9190.txt', '--review'];
    expect(codeLines(await fengong(args), args)).toContainEqual(expect.stringContaining('tasks[13].units'));
  });
});
