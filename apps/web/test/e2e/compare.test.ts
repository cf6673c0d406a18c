/**
 * Issue 21, item 4: 回头看 and year-to-year comparison in the viewer give the CLI's numbers on the same
 * plans: `fengong lookback --json` with the same ledger, `fengong diff --json` on the same two plans.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  createLedgerEntry,
  type Lookback,
  type Plan,
  type PlanDiff,
  parsePlan,
  serializeLedger,
} from '@fengong/core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { planHash } from '../../src/lib/library';
import { repoRoot } from '../support/build';
import { gotoView, openSession, type Session } from '../support/page';

const baseUrl = inject('baseUrl');
const SEED = 'seeds/zhanjiang-2021/plan.yaml';
const UNITS = 'seeds/zhanjiang/units.yaml';
const REVIEW = '2022-03-01';
const dir = mkdtempSync(path.join(os.tmpdir(), 'fengong-web-compare-'));
const ledgerFile = path.join(dir, 'plan.progress.jsonl');
const nextFile = path.join(dir, 'plan-2022.json');
let s: Session;

/** Run the CLI from source, as a user would. */
function fengong(args: string[]): string {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=@fengong/source', path.join(repoRoot, 'apps/cli/src/bin.ts'), ...args],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '', NO_COLOR: '1', FENGONG_NO_CACHE: '1' },
      timeout: 120_000,
    },
  );
  if (r.status !== 0) throw new Error(`fengong ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return r.stdout;
}

/** Next year's plan as such plans change: reworded, re-assigned, moved, recategorized, removed, added. */
function nextYear(): Plan {
  const plan: Plan = parsePlan(readFileSync(path.join(repoRoot, SEED), 'utf8'));
  const task = (n: number) => plan.tasks.find((t) => t.number === n)!;
  task(10).text = task(10).text.replace('扎实做好', '切实做好');
  task(7).units = task(7).units.replace('市财政局牵头', '市审计局牵头');
  task(15).deadline = '2021 年 10 月前';
  task(12).category = '做好财政信息公开';
  plan.tasks = plan.tasks.filter((t) => t.number !== 20);
  plan.tasks.push({
    number: 51,
    category: task(49).category,
    text: '建立健全政务公开工作考核评估机制，每季度通报各单位政务公开工作情况。',
    units: '市政府办公室',
    deadline: '2021年12月前',
  });
  plan.tasks = plan.tasks.map((t, i) => ({ ...t, number: i + 1 }));
  plan.meta.title = `${plan.meta.title}（2022年）`;
  plan.registry = undefined;
  return plan;
}

beforeAll(async () => {
  const plan = parsePlan(readFileSync(path.join(repoRoot, SEED), 'utf8'));
  const id = plan.meta.documentNumber ?? plan.meta.title;
  const stamp = (n: number) => ({ id: `e${n}`, recordedAt: `2021-12-0${n}T08:00:00Z` });
  const entries = [
    createLedgerEntry({ plan: id, task: 7, unit: '市财政局', date: '2021-12-01', state: 'done' }, stamp(1)),
    createLedgerEntry(
      { plan: id, task: 31, unit: '市政府办公室', date: '2021-09-01', state: 'done' },
      stamp(2),
    ),
    createLedgerEntry(
      {
        plan: id,
        task: 9,
        unit: '市财政局',
        date: '2021-12-01',
        state: 'cannotComplete',
        reason: '上级系统未开放',
      },
      stamp(3),
    ),
  ];
  writeFileSync(ledgerFile, serializeLedger(entries));
  writeFileSync(nextFile, JSON.stringify(nextYear(), null, 2));
  s = await openSession();
}, 60_000);

afterAll(async () => {
  await s?.browser.close();
  rmSync(dir, { recursive: true, force: true });
});

const numberOf = async (selector: string) => Number(await s.page.locator(selector).textContent());

describe('the look-back and the comparison give the CLI’s numbers', () => {
  it('回头看: the counts and each unit’s tasks to rectify, with the same ledger', async () => {
    const cli = JSON.parse(
      fengong(['lookback', SEED, '--ledger', ledgerFile, '--as-of', REVIEW, '--json']),
    ) as Lookback;
    // The same ledger, imported in the viewer.
    await gotoView(s.page, baseUrl, '#/unit/市财政局');
    await s.page.getByTestId('ledger-file').setInputFiles(ledgerFile);
    await s.page.getByTestId('ledger-result').filter({ hasText: '新增 3 条' }).waitFor();
    await gotoView(s.page, baseUrl, `#/lookback?asOf=${REVIEW}`);
    await s.page.getByTestId('lookback').waitFor();
    for (const key of [
      'checked',
      'done',
      'doneLate',
      'notDue',
      'unfinished',
      'cannotComplete',
      'excluded',
    ] as const)
      expect([key, await numberOf(`[data-count="${key}"] .card-number`)]).toEqual([key, cli.counts[key]]);
    expect(cli.counts.cannotComplete).toBe(1);
    const units = await s.page
      .locator('.lookback-units > li')
      .evaluateAll((l) =>
        l.map((u) => [
          u.getAttribute('data-unit'),
          [...u.querySelectorAll('[data-task]')].map((t) => Number(t.getAttribute('data-task'))),
        ]),
      );
    expect(units).toEqual(cli.byUnit.map((u) => [u.unit, u.tasks.map((t) => t.task)]));
    expect(s.errors).toEqual([]);
  });

  it('方案比对: added, removed and changed tasks, chosen from the library', async () => {
    const cli = JSON.parse(fengong(['diff', SEED, nextFile, '--units', UNITS, '--json'])) as PlanDiff;
    await gotoView(s.page, baseUrl, '#/overview');
    await s.page.locator('[data-testid="file-input"]').setInputFiles(nextFile);
    await s.page.locator('[data-testid="plan-title"]', { hasText: '（2022年）' }).waitFor();
    const id = planHash(nextYear());
    // From the start screen: A = the built-in 2021 plan, B = the 2022 plan.
    await gotoView(s.page, baseUrl, '#/');
    await s.page.getByTestId('compare-a').selectOption('builtin');
    await s.page.getByTestId('compare-b').selectOption(id);
    await s.page.getByTestId('compare-go').click();
    await s.page.getByTestId('diff').waitFor();
    const hash = new URL(s.page.url()).hash;
    expect(hash).toContain(`plan=${id}`);
    expect(hash).toContain('base=builtin');
    // The comparison's own chooser of plan A shows the plan in use.
    expect(await s.page.getByTestId('diff-base').inputValue()).toBe('builtin');
    for (const key of Object.keys(cli.counts) as (keyof PlanDiff['counts'])[])
      expect([key, await numberOf(`[data-count="${key}"] .card-number`)]).toEqual([key, cli.counts[key]]);
    const numbers = (section: string) =>
      s.page
        .locator(`[data-section="${section}"] [data-task]`)
        .evaluateAll((l) => l.map((e) => Number(e.getAttribute('data-task'))));
    expect(await numbers('added')).toEqual(cli.added.map((t) => t.number));
    expect(await numbers('removed')).toEqual(cli.removed.map((t) => t.number));
    const changed = await s.page
      .locator('[data-section="changed"] li[data-a]')
      .evaluateAll((l) =>
        l.map((e) => [
          Number(e.getAttribute('data-a')),
          Number(e.getAttribute('data-b')),
          e.getAttribute('data-kinds'),
        ]),
      );
    expect(changed).toEqual(
      cli.changed
        .filter((c) => !(c.kinds.length === 1 && c.kinds[0] === 'renumbered'))
        .map((c) => [c.a, c.b, c.kinds.join(' ')]),
    );
    expect(s.errors).toEqual([]);
  });
});
