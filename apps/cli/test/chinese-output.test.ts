/**
 * The Chinese CLI speaks Chinese: on the seed plan and on bad input (a plan with errors, a GBK file,
 * a missing file, a damaged .docx, a damaged ledger), nothing it prints holds an English sentence —
 * and the English CLI says the same errors in English.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
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
