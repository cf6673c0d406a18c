/**
 * Issue 21, item 5: the calendar by unit with the notice's duties, the matrix's statuses and sticky
 * first column, the wider requirement column, invalid URL parameters explained, one h1 per view,
 * and a short keyboard path to a unit's first task; from the findings (8), the overview's
 * 单位次 explained and a unit's 通知要求 named once each.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  analyzePlan,
  noticeDuties,
  parsePlan,
  parseRegistry,
  sayViewer,
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
let s: Session;

beforeAll(async () => {
  s = await openSession();
});

afterAll(async () => {
  await s?.browser.close();
});

describe('calendar, matrix and layout', () => {
  it('filters the calendar by unit and lists the notice’s 10-30 汇总报送 duty in October', async () => {
    const list = unitResponsibilities(analysis, '市财政局');
    const own = new Set(
      [list.lead, list.responsible, list.supporting, list.supervising].flat().map((t) => t.number),
    );
    await gotoView(s.page, baseUrl, `#/calendar?unit=市财政局&asOf=${AS_OF}`);
    expect(await s.page.getByTestId('calendar-unit').inputValue()).toBe('市财政局');
    const tasks = await s.page
      .locator('.calendar-item[data-task]')
      .evaluateAll((l) => l.map((e) => Number(e.getAttribute('data-task'))));
    expect(tasks.length).toBeGreaterThan(0);
    for (const n of tasks) expect(own.has(n)).toBe(true);
    const october = s.page.locator('#month-2021-10 .calendar-duty');
    expect(await october.count()).toBeGreaterThan(0);
    expect(await october.first().textContent()).toContain('2021-10-30');
    expect(await october.first().textContent()).toContain('市政府办公室');
    // Every unit: the duty is there too; picking a unit in the list puts it in the URL.
    await gotoView(s.page, baseUrl, `#/calendar?asOf=${AS_OF}`);
    expect(await s.page.locator('#month-2021-10 .calendar-duty').count()).toBeGreaterThan(0);
    await s.page.getByTestId('calendar-unit').selectOption('市财政局');
    await s.page.waitForFunction(() => window.location.hash.includes('unit='));
  });

  it('colours the matrix rows by status, keeps the first column in place and the last column reachable', async () => {
    await gotoView(s.page, baseUrl, `#/matrix?asOf=${AS_OF}`);
    const row = s.page.locator('.matrix tbody tr[data-task="15"]');
    const expected = taskStatus(analysis.byNumber.get(15)!, analysis, { asOf: AS_OF });
    expect(await row.getAttribute('data-status')).toBe(expected.status);
    expect(await row.locator('.m-row-head').getAttribute('class')).toContain(`m-status-${expected.light}`);
    const box = s.page.locator('.matrix-box');
    const before = await row.locator('.m-row-head').boundingBox();
    await box.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
    });
    await s.page.waitForTimeout(300);
    const after = await row.locator('.m-row-head').boundingBox();
    expect(after!.x).toBeCloseTo(before!.x, 0);
    const boxRect = await box.boundingBox();
    const last = s.page.locator('.matrix thead th.m-col').last();
    const lastRect = await last.boundingBox();
    expect(lastRect!.x + lastRect!.width).toBeLessThanOrEqual(boxRect!.x + boxRect!.width + 1);
    // The whole box fits in the window, so its horizontal scroll bar can be on screen with it.
    expect(boxRect!.height).toBeLessThanOrEqual(800);
  });

  it('gives the requirement column room on a desktop screen', async () => {
    await gotoView(s.page, baseUrl, `#/unit/市财政局?asOf=${AS_OF}`);
    const width = await s.page
      .locator('section[data-role="lead"] thead th')
      .nth(1)
      .evaluate((e) => e.getBoundingClientRect().width);
    expect(width).toBeGreaterThanOrEqual(360);
  });

  it('explains 单位次 on the overview, and names each 通知要求 once on a unit page', async () => {
    await gotoView(s.page, baseUrl, `#/?asOf=${AS_OF}`);
    expect(await s.page.getByTestId('assignments-hint').textContent()).toBe(sayViewer('roleAssignmentsHint'));
    expect(await s.page.locator('#by-role-title ~ table abbr').getAttribute('title')).toBe(
      sayViewer('roleAssignmentsHint'),
    );
    // The lead row's 单位次: each unit leading a task once, groups expanded (core's assignments).
    const leads = analysis.tasks.reduce(
      (n, t) => n + t.resolved.units.filter((u) => u.role === 'lead').length,
      0,
    );
    expect(await s.page.locator('tr[data-role="lead"] td').nth(1).textContent()).toBe(String(leads));

    await gotoView(s.page, baseUrl, `#/unit/市财政局?asOf=${AS_OF}`);
    const labels = await s.page.locator('.duty-group > .muted').allTextContents();
    const requirements = [
      ...new Set(noticeDuties(analysis, { unit: '市财政局', asOf: AS_OF }).map((d) => d.requirement)),
    ];
    expect(requirements.length).toBeGreaterThan(1);
    // Requirement 1 has two duties for every unit: one heading over both, not 要求 1 twice.
    expect(labels).toEqual(requirements.map((n) => sayViewer('requirementDuties', { n })));
    expect(await s.page.locator('.duty-group[data-requirement="1"] .duty').count()).toBe(
      noticeDuties(analysis, { unit: '市财政局', asOf: AS_OF }).filter((d) => d.requirement === 1).length,
    );
  });

  it('explains invalid URL parameters instead of ignoring them', async () => {
    await gotoView(s.page, baseUrl, '#/?asOf=2021-02-30');
    const note = s.page.getByTestId('invalid-params');
    expect(await note.textContent()).toContain('asOf=2021-02-30：不是有效日期');
    await gotoView(s.page, baseUrl, '#/unit/市财政局?status=late&role=boss');
    expect(await s.page.getByTestId('invalid-params').textContent()).toContain('status=late');
    expect(await s.page.getByTestId('invalid-params').textContent()).toContain('role=boss');
  });

  it('has one h1 on every view', async () => {
    for (const hash of [
      '#/',
      `#/?asOf=${AS_OF}`,
      `#/unit?asOf=${AS_OF}`,
      `#/unit/市财政局?asOf=${AS_OF}`,
      '#/task/26',
      '#/matrix',
      '#/calendar',
      '#/lookback',
      '#/diff?base=builtin',
    ]) {
      await gotoView(s.page, baseUrl, hash);
      expect([hash, await s.page.locator('h1').count()]).toEqual([hash, 1]);
    }
  });

  it('reaches a unit’s first task in a few keystrokes from the unit list, with the 3 px focus ring on selects', async () => {
    await gotoView(s.page, baseUrl, `#/unit?asOf=${AS_OF}`);
    await s.page.locator('.picker a[data-unit="市财政局"]').first().click();
    await s.page.waitForFunction(() => document.activeElement?.id === 'view-title');
    let tabs = 0;
    const inTasks = () =>
      s.page.evaluate(() => Boolean(document.activeElement?.closest('.role-section tbody')));
    while (!(await inTasks()) && tabs < 20) {
      await s.page.keyboard.press('Tab');
      tabs++;
      const skip = await s.page.evaluate(() => document.activeElement?.classList.contains('skip-inline'));
      if (skip) await s.page.keyboard.press('Enter');
    }
    expect(tabs).toBeLessThanOrEqual(10);
    for (let i = 0; i < 6 && (await s.page.evaluate(() => document.activeElement?.tagName)) !== 'SELECT'; i++)
      await s.page.keyboard.press('Tab');
    const ring = await s.page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { tag: el.tagName, outline: getComputedStyle(el).outlineWidth };
    });
    expect(ring).toEqual({ tag: 'SELECT', outline: '3px' });
    expect(s.errors).toEqual([]);
  });
});
