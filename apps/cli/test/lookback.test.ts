/**
 * `fengong lookback`: last year's plan checked on a review day against its progress ledger — the
 * unfinished tasks with a clear owner and deadline, by unit, as text to paste and as JSON.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Lookback } from '@fengong/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fengong } from './run';

const seed = 'seeds/zhanjiang-2021/plan.yaml';
const dir = mkdtempSync(path.join(tmpdir(), 'fengong-lookback-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ledger = path.join(dir, 'plan.progress.jsonl');

beforeAll(async () => {
  const add = async (...args: string[]) => {
    const r = await fengong(['progress', 'add', seed, ...args, '--ledger', ledger]);
    if (r.code !== 0) throw new Error(r.stderr);
  };
  await add('--task', '7', '--unit', '市财政局', '--state', '已完成', '--date', '2021-12-01');
  await add('--task', '31', '--unit', '市政府办公室', '--state', '已完成', '--date', '2021-09-01');
  await add(
    '--task',
    '9',
    '--unit',
    '市财政局',
    '--state',
    '无法完成',
    '--reason',
    '上级系统未开放',
    '--date',
    '2021-12-01',
  );
}, 60_000);

describe('fengong lookback', () => {
  test('--json: the tasks with a clear owner and deadline that are unfinished, by unit', async () => {
    const r = await fengong(['lookback', seed, '--as-of', '2022-03-01', '--ledger', ledger, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as Lookback;
    expect(result.counts).toEqual({
      checked: 23,
      done: 1,
      doneLate: 0,
      notDue: 0,
      unfinished: 21,
      cannotComplete: 1,
      excluded: 27,
    });
    expect(result.items.filter((t) => t.rectify).map((t) => t.task)).not.toContain(7);
    const office = result.byUnit.find((u) => u.unit === '市政府办公室')!;
    expect(office.tasks.map((t) => t.task)).toEqual([1, 26, 30, 33, 46, 47]);
    const data = result.byUnit.find((u) => u.unit === '市政务服务数据管理局')!;
    expect(data.tasks.map((t) => t.task)).toContain(31);
    expect(result.items.find((t) => t.task === 9)).toMatchObject({
      result: 'cannotComplete',
      blocked: [{ unit: '市财政局', reason: '上级系统未开放' }],
    });
  });

  test('the text is ready to paste: a summary, then each unit’s numbered items', async () => {
    const r = await fengong(['lookback', seed, '--as-of', '2022-03-01', '--ledger', ledger]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(
      '回头看：湛江市2021年政务公开工作要点分工方案（湛府办〔2021〕15号），核查日期 2022-03-01',
    );
    expect(lines[1]).toBe(
      '有明确责任主体和时限要求的任务 23 项：已完成 1 项，逾期完成 0 项，未到期 0 项，未完成 21 项，无法完成 1 项；另有 27 项为长期工作或无具体时限，未按时限核查。',
    );
    expect(r.stdout).toContain('一、市政府办公室（6 项）');
    expect(r.stdout).toMatch(
      / {2}1\. 【任务1】县级以上各级人民政府主动公开.*（完成时限：2021 年 9 月前完成现有规划文件主动公开；长期工作；截止2021-09-30，已逾期152天）/,
    );
    expect(r.stdout).toContain('无法完成（市财政局）：上级系统未开放');
    expect(r.stdout).toMatch(/、各县（市、区）政府（管委会）（\d+ 项）/);
  });

  test('in English: units numbered with digits, readings, statuses and reasons in English (the catalogue’s)', async () => {
    const r = await fengong(['lookback', seed, '--as-of', '2022-03-01', '--ledger', ledger, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\n1. 市政府办公室 (6)\n');
    expect(r.stdout).not.toMatch(/^[一二三四五六七八九十]+、/m);
    const json = await fengong([
      'lookback',
      seed,
      '--as-of',
      '2022-03-01',
      '--ledger',
      ledger,
      '--json',
      '--lang',
      'en',
    ]);
    const result = JSON.parse(json.stdout) as Lookback;
    const first = result.items.find((t) => t.deadline.kind === 'by')!;
    expect(first.deadline.mainReading).toBe(`by ${first.due}`);
    expect(first.status.text).toMatch(/^overdue by \d+ days$/);
    expect(new Set(result.excluded.map((e) => e.reasonLabel))).toEqual(new Set(['no dated deadline']));
  });

  test('without a ledger every checked task is unfinished; a bad day is a usage error', async () => {
    const r = await fengong([
      'lookback',
      seed,
      '--as-of',
      '2022-03-01',
      '--ledger',
      path.join(dir, 'none.jsonl'),
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).counts.unfinished).toBe(23);
    const bad = await fengong(['lookback', seed, '--as-of', '2022-3-1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--as-of “2022-3-1”');
  });
});
