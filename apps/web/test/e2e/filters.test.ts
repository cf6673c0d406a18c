/**
 * Issue 21, item 2: what matters in one step. The status summary's counts filter the list when
 * clicked (exactly the tasks core judges so), a role filter, a CJK-aware search with highlights, all in
 * the URL; the same on the overview.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  analyzePlan,
  listTasks,
  parsePlan,
  parseRegistry,
  searchTasks,
  taskStatus,
  unitResponsibilities,
} from '@fengong/core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../support/build';
import { gotoView, openSession, type Session } from '../support/page';

const baseUrl = inject('baseUrl');
const AS_OF = '2021-10-01';
const analysis = analyzePlan(
  parsePlan(readFileSync(path.join(repoRoot, 'seeds/zhanjiang-2021/plan.yaml'), 'utf8')),
  {
    registry: parseRegistry(readFileSync(path.join(repoRoot, 'seeds/zhanjiang/units.yaml'), 'utf8')),
  },
);
const list = unitResponsibilities(analysis, '市财政局');
const unitTasks = [
  ...new Set([list.lead, list.responsible, list.supporting, list.supervising].flat().map((t) => t.number)),
];
const statusOf = (n: number) => taskStatus(analysis.byNumber.get(n)!, analysis, { asOf: AS_OF }).status;

let s: Session;

beforeAll(async () => {
  s = await openSession();
});

afterAll(async () => {
  await s?.browser.close();
});

const shownTasks = () =>
  s.page
    .locator('.role-section tbody tr')
    .evaluateAll((rows) =>
      [...new Set(rows.map((r) => Number(r.getAttribute('data-task'))))].sort((a, b) => a - b),
    );
const query = () => new URLSearchParams(new URL(s.page.url()).hash.split('?')[1] ?? '');

describe('the unit page’s filters', () => {
  it('a click on the 逾期 count lists exactly the overdue tasks', async () => {
    const overdue = unitTasks.filter((n) => statusOf(n) === 'overdue').sort((a, b) => a - b);
    expect(overdue.length).toBeGreaterThan(0);
    await gotoView(s.page, baseUrl, `#/unit/市财政局?asOf=${AS_OF}`);
    const link = s.page.locator('[data-testid="status-summary"] a[data-filter="overdue"]');
    expect(await link.textContent()).toBe(`已逾期 ${overdue.length}`);
    expect(await s.page.locator('[data-testid="status-summary"] a[data-filter="all"]').textContent()).toBe(
      `全部 ${unitTasks.length}`,
    );
    await link.click();
    await s.page.getByTestId('filter-result').waitFor();
    expect(query().get('status')).toBe('overdue');
    expect(await shownTasks()).toEqual(overdue);
    const statuses = await s.page
      .locator('.role-section tbody .status')
      .evaluateAll((l) => l.map((e) => e.getAttribute('data-status')));
    expect(new Set(statuses)).toEqual(new Set(['overdue']));
    // The filter is in the URL: a reload keeps it.
    await s.page.reload();
    await s.page.getByTestId('filter-result').waitFor();
    expect(await shownTasks()).toEqual(overdue);
  });

  it('filters by role, and searches text, numbers and units with highlights', async () => {
    await gotoView(s.page, baseUrl, `#/unit/市财政局?asOf=${AS_OF}`);
    await s.page.getByTestId('role-filter').selectOption('lead');
    await s.page.getByTestId('filter-result').waitFor();
    expect(query().get('role')).toBe('lead');
    expect(
      await s.page.locator('.role-section').evaluateAll((l) => l.map((e) => e.getAttribute('data-role'))),
    ).toEqual(['lead']);
    expect(await shownTasks()).toEqual(list.lead.map((t) => t.number).sort((a, b) => a - b));

    await s.page.getByTestId('task-search').fill('公开');
    await s.page.waitForFunction(() => window.location.hash.includes('q='));
    const expected = searchTasks(analysis, '公开', { tasks: list.lead.map((t) => t.number) }).map(
      (h) => h.task,
    );
    await s.page.waitForFunction(
      (n) => document.querySelectorAll('.role-section tbody tr').length === n,
      expected.length,
    );
    expect(await shownTasks()).toEqual(expected.sort((a, b) => a - b));
    const marks = await s.page.locator('.role-section mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['公开']));
    // A task number finds its task.
    await gotoView(s.page, baseUrl, `#/unit/市财政局?asOf=${AS_OF}&q=${list.lead[0]!.number}`);
    expect(await shownTasks()).toContain(list.lead[0]!.number);
    expect(s.errors).toEqual([]);
  });
});

describe('the overview’s filters', () => {
  it('a click on a count lists those tasks; the search finds units too', async () => {
    const views = listTasks(analysis, { asOf: AS_OF });
    const overdue = views.filter((v) => v.status?.status === 'overdue').map((v) => v.number);
    await gotoView(s.page, baseUrl, `#/?asOf=${AS_OF}`);
    const link = s.page.locator('[data-testid="status-summary"] a[data-filter="overdue"]');
    expect(await link.textContent()).toBe(`已逾期 ${overdue.length}`);
    await link.click();
    await s.page.getByTestId('filtered-tasks').waitFor();
    const rows = () =>
      s.page
        .locator('[data-testid="filtered-tasks"] .task-row')
        .evaluateAll((l) => l.map((e) => Number(e.getAttribute('data-task'))));
    expect(await rows()).toEqual(overdue);
    await gotoView(s.page, baseUrl, `#/?asOf=${AS_OF}&q=市财政局`);
    await s.page.getByTestId('filtered-tasks').waitFor();
    expect(await rows()).toEqual(searchTasks(analysis, '市财政局').map((h) => h.task));
    expect(s.errors).toEqual([]);
  });
});
