/**
 * Issue 21: a unit whose page has more rows than the viewer paints at once. Its lists are windowed:
 * the first rows come at once, more after they are painted, and the rest as the reader scrolls to
 * them (each role's first 60, all of them after “show all”). Scrolling down the page brings every row
 * into view, in core's order, and the 逾期 count and its filter agree with core on the same plan.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  analyzePlan,
  parsePlan,
  parseRegistry,
  type Role,
  taskStatus,
  unitResponsibilities,
} from '@fengong/core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generatePlan } from '../../../../scripts/lib/generate';
import { gotoView, inPlan, openSession, type Session } from '../support/page';

const baseUrl = inject('baseUrl');
const AS_OF = '2021-10-01';
const ROLES: Role[] = ['lead', 'responsible', 'supporting', 'supervising'];
/** Rows per role before “show all” (FIRST_ROWS of the unit view). */
const FIRST_ROWS = 60;

// A generated plan of 400 tasks: its city departments hold roles on many of them (through 市直各单位).
const generated = generatePlan({ tasks: 400, units: 120, seed: 21 });
const planText = JSON.stringify(generated.plan);
const registryText = JSON.stringify(generated.registry);
const analysis = analyzePlan(parsePlan(planText, { fileName: 'plan.json' }), {
  registry: parseRegistry(registryText, { fileName: 'units.json' }),
});

/** Each role's task numbers for `unit`, in core's order. */
function rowsOf(unit: string): Record<Role, number[]> {
  const list = unitResponsibilities(analysis, unit);
  return Object.fromEntries(ROLES.map((r) => [r, list[r].map((t) => t.number)])) as Record<Role, number[]>;
}
const total = (rows: Record<Role, number[]>) => ROLES.reduce((n, r) => n + rows[r].length, 0);

// The department with the most rows, and one whose every role fits in its first 60 rows.
const departments = generated.registry.units.filter((u) => u.kind === 'cityDepartment').map((u) => u.name);
const byRows = departments
  .map((name) => ({ name, rows: rowsOf(name) }))
  .sort((a, b) => total(b.rows) - total(a.rows));
const big = byRows[0]!;

let s: Session;
let dir: string;

beforeAll(async () => {
  s = await openSession();
  dir = await mkdtemp(path.join(os.tmpdir(), 'fengong-long-unit-'));
  const planFile = path.join(dir, 'plan.json');
  const registryFile = path.join(dir, 'units.json');
  await writeFile(planFile, planText);
  await writeFile(registryFile, registryText);
  await gotoView(s.page, baseUrl);
  await s.page.locator('[data-testid="file-input"]').setInputFiles([planFile, registryFile]);
  await s.page.locator('[data-testid="plan-title"]', { hasText: '400项' }).waitFor();
});

afterAll(async () => {
  await s?.browser.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Whether a table's end (where more rows are rendered when it nears the screen) is in view. */
const endInView = () =>
  s.page.evaluate(() =>
    [...document.querySelectorAll('.more-rows')].some((e) => {
      const box = e.getBoundingClientRect();
      return box.top < window.innerHeight && box.bottom >= 0;
    }),
  );

/**
 * Scroll the page from top to bottom most of a screen at a time, as a reader would, waiting at each
 * step for the rows in view to be rendered; the task numbers of the rows seen inside the viewport on
 * the way, per role, in the order they stand on the page.
 */
async function scrollAndSee(): Promise<Record<Role, number[]>> {
  await s.page.evaluate(() => window.scrollTo(0, 0));
  const seen = Object.fromEntries(ROLES.map((r) => [r, [] as number[]])) as Record<Role, number[]>;
  for (let step = 0; step < 400; step++) {
    await expect.poll(endInView, { timeout: 30_000 }).toBe(false);
    const visible = await s.page.locator('.role-section tbody tr').evaluateAll((rows) =>
      rows
        .filter((row) => {
          const box = row.getBoundingClientRect();
          return box.height > 0 && box.bottom > 0 && box.top < window.innerHeight;
        })
        .map((row) => ({
          role: row.closest('.role-section')!.getAttribute('data-role')!,
          task: Number(row.getAttribute('data-task')),
        })),
    );
    for (const { role, task } of visible) {
      const list = seen[role as Role];
      if (!list.includes(task)) list.push(task);
    }
    const atEnd = await s.page.evaluate(() => {
      const before = window.scrollY;
      window.scrollBy(0, window.innerHeight * 0.8);
      return window.scrollY === before;
    });
    if (atEnd) break;
  }
  return seen;
}

describe('a unit with more rows than the first paint', () => {
  it('the plan has such a unit (the test would prove nothing otherwise)', () => {
    expect(total(big.rows)).toBeGreaterThan(48);
    expect(ROLES.some((r) => big.rows[r].length > FIRST_ROWS)).toBe(true);
  });

  it('scrolling shows every row of each role’s first 60, then every row after “show all”', async () => {
    await gotoView(s.page, baseUrl, inPlan(s.page, `#/unit/${encodeURIComponent(big.name)}?asOf=${AS_OF}`));
    await s.page.locator(`[data-unit-view="${big.name}"]`).waitFor();
    const firstSixty = Object.fromEntries(ROLES.map((r) => [r, big.rows[r].slice(0, FIRST_ROWS)]));
    // Not every row is in the page before the reader scrolls to it (the lists are windowed).
    expect(await s.page.locator('.role-section tbody tr').count()).toBeLessThan(total(big.rows));
    expect(await scrollAndSee()).toEqual(firstSixty);
    for (const role of ROLES.filter((r) => big.rows[r].length > FIRST_ROWS))
      await s.page.locator(`.role-section[data-role="${role}"] .show-all`).click();
    expect(await scrollAndSee()).toEqual(big.rows);
  });

  it('the 逾期 count is core’s, and its filter lists exactly the overdue rows', async () => {
    const tasks = [...new Set(ROLES.flatMap((r) => big.rows[r]))];
    const overdue = new Set(
      tasks.filter(
        (n) => taskStatus(analysis.byNumber.get(n)!, analysis, { asOf: AS_OF }).status === 'overdue',
      ),
    );
    expect(overdue.size).toBeGreaterThan(0);
    await gotoView(s.page, baseUrl, inPlan(s.page, `#/unit/${encodeURIComponent(big.name)}?asOf=${AS_OF}`));
    const link = s.page.locator('[data-testid="status-summary"] a[data-filter="overdue"]');
    expect(await link.textContent()).toBe(`已逾期 ${overdue.size}`);
    expect(await s.page.locator('[data-testid="status-summary"] a[data-filter="all"]').textContent()).toBe(
      `全部 ${tasks.length}`,
    );
    await link.click();
    await s.page.getByTestId('filter-result').waitFor();
    const expected = Object.fromEntries(
      ROLES.map((r) => [r, big.rows[r].filter((n) => overdue.has(n))]),
    ) as Record<Role, number[]>;
    for (const role of ROLES.filter((r) => expected[r].length > FIRST_ROWS))
      await s.page.locator(`.role-section[data-role="${role}"] .show-all`).click();
    const seen = await scrollAndSee();
    expect(seen).toEqual(expected);
    expect(new Set(ROLES.flatMap((r) => seen[r]))).toEqual(overdue);
    expect(await s.page.getByTestId('filter-result').textContent()).toContain(String(overdue.size));
  });
});
