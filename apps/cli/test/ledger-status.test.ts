import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { fengong, repoRoot } from './run';

test('tasks, unit and deadlines take completion from the ledger beside the plan', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fengong-ledger-'));
  const plan = path.join(dir, 'plan.yaml');
  const registry = path.join(repoRoot, 'seeds/zhanjiang/units.yaml');
  writeFileSync(
    plan,
    readFileSync(path.join(repoRoot, 'seeds/zhanjiang-2021/plan.yaml'), 'utf8').replace(
      'registry: ../zhanjiang/units.yaml',
      `registry: ${registry}`,
    ),
  );
  const add = await fengong([
    'progress',
    'add',
    plan,
    '--task',
    '7',
    '--unit',
    '市财政局',
    '--state',
    '已完成',
    '--date',
    '2021-09-20',
  ]);
  expect(add.stderr).toBe('');
  expect(add.code).toBe(0);

  const tasks = JSON.parse(
    (
      await fengong([
        'tasks',
        plan,
        '--unit',
        '市财政局',
        '--role',
        'lead',
        '--as-of',
        '2021-10-01',
        '--json',
      ])
    ).stdout,
  );
  expect(
    tasks.map((t: { number: number; status: { status: string } }) => [t.number, t.status.status]),
  ).toEqual([
    [7, 'done'],
    [8, 'pending'],
    [9, 'pending'],
  ]);
  const done = JSON.parse(
    (await fengong(['tasks', plan, '--status', 'done', '--as-of', '2021-10-01', '--json'])).stdout,
  );
  expect(done.map((t: { number: number }) => t.number)).toEqual([7]);
  const unit = JSON.parse(
    (await fengong(['unit', plan, '市财政局', '--as-of', '2021-10-01', '--json'])).stdout,
  );
  expect(unit.lead[0].status.status).toBe('done');
  const cal = JSON.parse((await fengong(['deadlines', plan, '--as-of', '2021-10-01', '--json'])).stdout);
  const item = cal.months
    .flatMap((m: { items: { task: number }[] }) => m.items)
    .find((i: { task: number }) => i.task === 7);
  expect(item.status).toBe('done');
  // Without the ledger (another ledger file that does not exist) the task is pending again.
  const none = JSON.parse(
    (
      await fengong([
        'tasks',
        plan,
        '--unit',
        '市财政局',
        '--role',
        'lead',
        '--as-of',
        '2021-10-01',
        '--json',
        '--ledger',
        path.join(dir, 'none.jsonl'),
      ])
    ).stdout,
  );
  expect(none[0].status.status).toBe('pending');
});
