/**
 * One progress model, four frontends (issue #18): the seed plan with a ledger of every hard case
 * (packages/core/test/fixtures/hard-cases.progress.jsonl: a correction, two entries on one day,
 * 无法完成 with its reason, co-leads, responsible units with no lead, a lead done while supporters are
 * not, supporters done while the lead is not, entries before and after the status day) goes through
 * core, `fengong progress status --json` and `fengong lookback --json`, fengong-report's CSV files,
 * and the viewer in Chromium (the ledger imported through its import, as a person would). All must
 * give every (task, unit) pair the same state and status, every task the same status, and the same
 * counts.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  analyzePlan,
  type DeadlineStatus,
  lookback,
  type PartState,
  parseLedger,
  parsePlan,
  parseRegistry,
  type ProgressReport,
  progressReport,
  progressStateNames,
  statusNames,
} from '@fengong/core';
import { readFilledLedger, reportFileName } from '@fengong/reports';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../support/build';
import { gotoView, openSession, type Session } from '../support/page';

const baseUrl = inject('baseUrl');
const PLAN = 'seeds/zhanjiang-2021/plan.yaml';
const LEDGER = 'packages/core/test/fixtures/hard-cases.progress.jsonl';
/** The status day: after most entries, before the lead's 11-05 entry on task 7. */
const AS_OF = '2021-10-20';
/** The look-back's review day. */
const REVIEW = '2022-03-01';

const analysis = analyzePlan(parsePlan(readFileSync(path.join(repoRoot, PLAN), 'utf8')), {
  registry: parseRegistry(readFileSync(path.join(repoRoot, 'seeds/zhanjiang/units.yaml'), 'utf8')),
});
const ledgerText = readFileSync(path.join(repoRoot, LEDGER), 'utf8');
const { entries } = parseLedger(ledgerText);

/** (task, unit) → state and status; task → status; as each frontend shows them. */
interface Answer {
  parts: Map<string, { state: PartState; status: DeadlineStatus }>;
  tasks: Map<number, DeadlineStatus>;
}

const key = (task: number, unit: string) => `${task}\u0000${unit}`;

function fromReport(report: ProgressReport): Answer {
  const parts = new Map<string, { state: PartState; status: DeadlineStatus }>();
  const tasks = new Map<number, DeadlineStatus>();
  for (const t of report.tasks) {
    tasks.set(t.task, t.status.status);
    for (const p of t.parts) parts.set(key(t.task, p.unit), { state: p.state, status: p.status.status });
  }
  return { parts, tasks };
}

const core = fromReport(progressReport(analysis, entries, { asOf: AS_OF }));
const coreLookback = lookback(analysis, { asOf: REVIEW, entries });
const units = [...new Set([...core.parts.keys()].map((k) => k.split('\u0000')[1]!))];

/** Run a program of the repository from source, as a user would (no cache, Chinese messages). */
function run(bin: string, args: string[]): string {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=@fengong/source', path.join(repoRoot, bin), ...args],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '', NO_COLOR: '1', FENGONG_NO_CACHE: '1' },
      timeout: 120_000,
    },
  );
  if (r.status !== 0) throw new Error(`${bin} ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return r.stdout;
}

/** The rows of a CSV file as fengong's reports write it, keyed by header. */
function csvRows(file: string): Record<string, string>[] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const records: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n') {
      cells.push(cell.replace(/\r$/, ''));
      records.push(cells);
      cells = [];
      cell = '';
    } else cell += ch;
  }
  const [header, ...body] = records;
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

/** A status as the reports print it (已逾期20天, 逾期完成（逾期5天）…) back to its code. */
function statusFromText(text: string): DeadlineStatus {
  const found = (Object.entries(statusNames.zh) as [DeadlineStatus, string][])
    .filter(([, label]) => text.startsWith(label))
    .sort((a, b) => b[1].length - a[1].length)[0];
  if (!found) throw new Error(`not a status: ${text}`);
  return found[0];
}

/** A unit's part as its sheet shows it: finished by its status; else 无法完成 by its 完成情况; else open. */
function stateFromSheet(status: DeadlineStatus, filled: string): PartState {
  if (status === 'done' || status === 'doneLate') return status;
  return filled === progressStateNames.zh.cannotComplete ? 'cannotComplete' : 'open';
}

function compare(name: string, answer: Answer): void {
  expect(answer.tasks, `${name}: every task's status`).toEqual(core.tasks);
  const diff = [...core.parts].filter(([k, v]) => JSON.stringify(answer.parts.get(k)) !== JSON.stringify(v));
  expect(
    diff.map(
      ([k, v]) =>
        `${k.replace('\u0000', ' ')}: core ${JSON.stringify(v)}, ${name} ${JSON.stringify(answer.parts.get(k))}`,
    ),
    `${name}: every (task, unit) pair`,
  ).toEqual([]);
  expect(answer.parts.size, `${name}: no pair more or less`).toBe(core.parts.size);
}

describe('the same ledger through core, the CLI, fengong-report and the viewer', () => {
  it('core: the hard cases come out as the rules say', () => {
    const part = (task: number, unit: string) => core.parts.get(key(task, unit));
    expect(part(7, '赤坎区政府')?.state).toBe('open'); // its 已完成 was corrected
    expect(part(7, '霞山区政府')?.state).toBe('done'); // a supporter done while the lead is not
    expect(part(7, '市财政局')?.state).toBe('open'); // its 已完成 is dated after the status day
    expect(part(8, '市财政局')?.state).toBe('done'); // two entries on one day: the later-recorded
    expect(part(8, '赤坎区政府')?.state).toBe('done'); // the lead done: no unit on the task owes more
    expect(part(9, '市财政局')).toEqual({ state: 'cannotComplete', status: 'pending' });
    expect(part(1, '赤坎区政府')?.state).toBe('doneLate'); // the lead done after the deadline
    expect(part(3, '市商务局')?.state).toBe('done'); // 已完成（逾期） before the deadline: on time
    expect(core.tasks.get(3)).toBe('pending'); // a co-lead not done
    expect(part(15, '赤坎区政府')?.state).toBe('cannotComplete');
    expect(part(31, '市政府办公室')?.state).toBe('done');
    expect(core.tasks.get(31)).toBe('overdue'); // the other responsible unit is not done
    expect(coreLookback.counts).toEqual({
      checked: 23,
      done: 3,
      doneLate: 1,
      notDue: 0,
      unfinished: 17,
      cannotComplete: 2,
      excluded: 27,
    });
  });

  it('fengong progress status --json and fengong lookback --json', () => {
    const status = JSON.parse(
      run('apps/cli/src/bin.ts', [
        'progress',
        'status',
        PLAN,
        '--ledger',
        LEDGER,
        '--as-of',
        AS_OF,
        '--json',
      ]),
    ) as ProgressReport;
    compare('CLI', fromReport(status));
    expect(status.counts).toEqual(progressReport(analysis, entries, { asOf: AS_OF }).counts);
    const back = JSON.parse(
      run('apps/cli/src/bin.ts', ['lookback', PLAN, '--ledger', LEDGER, '--as-of', REVIEW, '--json']),
    );
    expect(back.counts).toEqual(coreLookback.counts);
  });

  it('fengong-report: the unit lists, the work ledger and the look-back as CSV', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'fengong-consistency-'));
    try {
      run('apps/report/src/bin.ts', [
        PLAN,
        '--ledger',
        LEDGER,
        '--as-of',
        AS_OF,
        '--kinds',
        'unit,ledger',
        '--formats',
        'csv',
        '--out',
        out,
      ]);
      const answer: Answer = { parts: new Map(), tasks: new Map() };
      for (const row of csvRows(path.join(out, reportFileName('ledger', 'csv'))))
        answer.tasks.set(Number(row.任务编号), statusFromText(row.状态!));
      for (const unit of units) {
        for (const row of csvRows(path.join(out, reportFileName('unit', 'csv', unit)))) {
          const status = statusFromText(row.状态!);
          answer.parts.set(key(Number(row.任务编号), unit), {
            state: stateFromSheet(status, row.完成情况!),
            status,
          });
        }
      }
      compare('fengong-report', answer);

      run('apps/report/src/bin.ts', [
        PLAN,
        '--ledger',
        LEDGER,
        '--as-of',
        REVIEW,
        '--kinds',
        'lookback',
        '--formats',
        'csv',
        '--out',
        out,
      ]);
      const rows = csvRows(path.join(out, reportFileName('lookback', 'csv')));
      const count = (label: string) => rows.filter((r) => r.核查结论 === label).length;
      expect({
        excluded: undefined,
        checked: rows.length,
        done: count('已完成'),
        doneLate: count('逾期完成'),
        notDue: count('未到期'),
        unfinished: count('未完成，需整改'),
        cannotComplete: count('无法完成，需整改'),
      }).toEqual({ ...coreLookback.counts, excluded: undefined });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('round trip: a unit’s workbook from fengong-report, imported back unchanged by the CLI, adds nothing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'fengong-roundtrip-'));
    try {
      const ledger = path.join(dir, 'ledger.jsonl');
      copyFileSync(path.join(repoRoot, LEDGER), ledger);
      run('apps/report/src/bin.ts', [
        PLAN,
        '--ledger',
        ledger,
        '--as-of',
        AS_OF,
        '--unit',
        '市财政局',
        '--kinds',
        'unit',
        '--formats',
        'xlsx',
        '--out',
        dir,
      ]);
      const workbook = path.join(dir, reportFileName('unit', 'xlsx', '市财政局'));
      // The workbook carries the reason of 无法完成, the day of each entry and the entry it shows.
      const rows = (await readFilledLedger(readFileSync(workbook), { fileName: 'x.xlsx' })).sheets[0]!.rows;
      expect(rows.find((r) => r.cells.task === '9')?.cells).toMatchObject({
        state: '无法完成',
        reason: '上级系统未开放接口',
        date: '2021-10-08',
        basis: 'hc-13',
      });
      const imported = JSON.parse(
        run('apps/cli/src/bin.ts', ['progress', 'import', PLAN, workbook, '--ledger', ledger, '--json']),
      );
      expect(imported).toMatchObject({ appended: 0, conflicts: 0 });
      expect(readFileSync(ledger, 'utf8')).toBe(ledgerText);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('the viewer in Chromium', () => {
    let s: Session;
    beforeAll(async () => {
      s = await openSession();
    });
    afterAll(async () => {
      await s?.browser.close();
    });

    it('imports the ledger through its import: every entry, no conflict', async () => {
      await gotoView(s.page, baseUrl, `#/unit/市财政局?asOf=${AS_OF}`);
      await s.page.getByTestId('ledger-file').setInputFiles({
        name: 'hard-cases.progress.jsonl',
        mimeType: 'application/jsonl',
        buffer: Buffer.from(ledgerText),
      });
      await s.page.getByTestId('ledger-result').waitFor();
      expect(await s.page.getByTestId('ledger-result').textContent()).toContain(`新增 ${entries.length} 条`);
      expect(await s.page.getByTestId('ledger-count').textContent()).toBe(`本机已记录 ${entries.length} 条`);
    });

    it('every unit’s rows and every task agree with core', async () => {
      const answer: Answer = { parts: new Map(), tasks: new Map() };
      for (const unit of units) {
        await gotoView(s.page, baseUrl, `#/unit/${encodeURIComponent(unit)}?asOf=${AS_OF}`);
        // Going from one unit to the next changes only the hash: until the page has handled it, the
        // previous unit's view (its title, its tables, all its rows) is still there and would pass
        // for this one's. Wait for this unit's view, then for every row its role headings count:
        // a unit's first rows are painted at once and the rest just after (the built-in plan's
        // units have at most 45 rows in all, under the 48 rendered once painted). Both as long as a
        // loaded machine needs.
        const view = s.page.locator(`[data-unit-view="${unit}"]`);
        await view.waitFor({ timeout: 60_000 });
        await expect
          .poll(
            () =>
              view.evaluate((article) => {
                const listed = [...article.querySelectorAll('.role-section h2')].reduce(
                  (n, h) => n + Number(/(\d+)\D*$/.exec(h.textContent ?? '')?.[1] ?? 0),
                  0,
                );
                return article.querySelectorAll('.role-section tr[data-task]').length - listed;
              }),
            { timeout: 60_000 },
          )
          .toBe(0);
        const rows = await view.locator('.role-section tr[data-task]').evaluateAll((trs) =>
          trs.map((tr) => ({
            task: Number(tr.getAttribute('data-task')),
            state: tr.getAttribute('data-part-state'),
            status: tr.querySelector('.status')?.getAttribute('data-status'),
          })),
        );
        for (const r of rows)
          answer.parts.set(key(r.task, unit), {
            state: r.state as PartState,
            status: r.status as DeadlineStatus,
          });
      }
      await gotoView(s.page, baseUrl, `#/?asOf=${AS_OF}`);
      // The same for the overview: its rows, every task's, once the unit view has gone.
      const overview = s.page.locator('.view-overview li.task-row[data-task]');
      await expect.poll(() => overview.count(), { timeout: 60_000 }).toBe(core.tasks.size);
      const tasks = await overview.evaluateAll((lis) =>
        lis.map((li) => [
          Number(li.getAttribute('data-task')),
          li.querySelector('.status')?.getAttribute('data-status'),
        ]),
      );
      for (const [task, status] of tasks) answer.tasks.set(task as number, status as DeadlineStatus);
      compare('viewer', answer);
      expect(s.errors).toEqual([]);
      // One page per unit of the plan, in turn: on a loaded machine this takes longer than one page.
    }, 300_000);

    it('round trip: the 台账 downloaded from the viewer carries the entries and imports back adding nothing', async () => {
      await gotoView(s.page, baseUrl, `#/unit/市财政局?asOf=${AS_OF}`);
      await s.page.locator('.downloads').evaluate((d) => {
        (d as HTMLDetailsElement).open = true;
      });
      const [file] = await Promise.all([
        s.page.waitForEvent('download'),
        s.page.locator('button[data-download="ledger-xlsx"]').click(),
      ]);
      const bytes = readFileSync((await file.path())!);
      const rows = (await readFilledLedger(bytes, { fileName: 'ledger.xlsx' })).sheets[0]!.rows;
      expect(rows.find((r) => r.cells.task === '9')?.cells).toMatchObject({
        state: '无法完成',
        reason: '上级系统未开放接口',
      });
      expect(rows.find((r) => r.cells.task === '7')?.cells).toMatchObject({
        state: '推进中',
        note: '汇总中',
      });
      await s.page.getByTestId('ledger-file').setInputFiles({
        name: 'ledger.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: bytes,
      });
      await s.page.getByTestId('ledger-result').getByText('新增 0 条', { exact: false }).waitFor();
      expect(await s.page.getByTestId('ledger-count').textContent()).toBe(`本机已记录 ${entries.length} 条`);
    });

    it('each task view: the task’s state, how many owners finished, who cannot complete it and why', async () => {
      const report = progressReport(analysis, entries, { asOf: AS_OF });
      const states: Record<string, number> = { done: 0, doneLate: 0, cannotComplete: 0, open: 0 };
      for (const t of report.tasks) {
        await gotoView(s.page, baseUrl, `#/task/${t.task}?asOf=${AS_OF}`);
        const box = s.page.locator('[data-task-progress]');
        const state = (await box.getAttribute('data-task-progress')) as PartState;
        expect(state, `task ${t.task}`).toBe(t.state);
        states[state]!++;
        if (t.blocked.length > 0)
          expect(await box.locator('[data-blocked]').textContent()).toContain(
            t.blocked.map((b) => `${b.unit}（${b.reason}）`).join('、'),
          );
      }
      expect(states).toEqual(report.counts.tasks);
      await gotoView(s.page, baseUrl, `#/task/3?asOf=${AS_OF}`);
      expect(await s.page.locator('[data-task-progress] p').first().textContent()).toContain('2/3');
    });

    it('shows the reason of 无法完成 and the history where the entry is', async () => {
      await gotoView(s.page, baseUrl, `#/unit/市财政局?asOf=${AS_OF}`);
      const row9 = s.page.locator('section[data-role="lead"] tr[data-task="9"]');
      expect(await row9.locator('[data-reason]').textContent()).toContain('上级系统未开放接口');
      await gotoView(s.page, baseUrl, `#/unit/赤坎区政府?asOf=${AS_OF}`);
      const row7 = s.page.locator('tr[data-task="7"]').first();
      expect(await row7.locator('.recorded').getAttribute('data-recorded')).toBe('inProgress');
      expect(await row7.locator('.recorded-history li[data-superseded]').count()).toBe(1);
    });
  });
});
