/** The built-in Zhanjiang 2021 plan in the production build: views, links, the status day. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzePlan, parsePlan, parseRegistry, statusText, taskStatus } from '@fengong/core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../support/build';
import { gotoView, openSession, type Session } from '../support/page';

const baseUrl = inject('baseUrl');
let s: Session;

beforeAll(async () => {
  s = await openSession();
});

afterAll(async () => {
  await s?.browser.close();
});

describe('the seed plan', () => {
  it('opens with the Zhanjiang 2021 plan built in', async () => {
    await gotoView(s.page, baseUrl);
    expect(await s.page.locator('[data-testid="plan-title"]').textContent()).toBe(
      '湛江市2021年政务公开工作要点分工方案',
    );
    expect(await s.page.locator('#view-title').textContent()).toBe('湛江市2021年政务公开工作要点分工方案');
    // 12 categories, 50 tasks
    expect(await s.page.locator('details.category').count()).toBe(12);
    expect(await s.page.locator('.task-row').count()).toBe(50);
    // the notice's general duties, with the 30 October report
    const duties = await s.page.locator('.requirements').textContent();
    expect(duties).toContain('收集汇总所牵头工作任务开展情况');
    expect(duties).toContain('2021-10-30');
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(s.errors).toEqual([]);
  });

  it('lists tasks 7–9 as led by 市财政局 in its unit view', async () => {
    await gotoView(s.page, baseUrl, '#/unit/市财政局?asOf=2021-10-01');
    await s.page.locator('[data-unit-view="市财政局"]').waitFor();
    const led = await s.page
      .locator('.role-section[data-role="lead"] tbody tr')
      .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-task'))));
    expect(led).toEqual([7, 8, 9]);
    // The later tables' rows come just after the first ones are painted.
    await expect
      .poll(() =>
        s.page
          .locator('.role-section[data-role="supervising"] tbody tr')
          .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-task')))),
      )
      .toEqual([38]);
    // the 30 October report to 市政府办公室 covers the tasks it leads
    const report = s.page.locator('.duty[data-scope="ledTasks"]');
    expect(await report.textContent()).toContain('市政府办公室');
    expect(await report.textContent()).toContain('2021-10-30');
    expect(await report.locator('a.task-link').allTextContents()).toEqual(['7', '8', '9']);
  });

  it('prints the unit view without its controls, with the status day', async () => {
    await gotoView(s.page, baseUrl, '#/unit/市财政局?asOf=2021-10-01');
    await s.page.emulateMedia({ media: 'print' });
    await s.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await s.page.locator('.views').isVisible()).toBe(false);
    expect(await s.page.locator('.picker').isVisible()).toBe(false);
    expect(await s.page.locator('.toolbar').isVisible()).toBe(false);
    expect(await s.page.locator('.print-only').textContent()).toBe('截至日期：2021-10-01');
    expect(await s.page.locator('.role-section[data-role="responsible"] tbody tr').count()).toBe(22);
    await s.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await s.page.emulateMedia({ media: 'screen' });
    expect(await s.page.locator('.print-only').isVisible()).toBe(false);
  });

  it('finds a unit by its full name and switches units from the picker', async () => {
    await gotoView(s.page, baseUrl, '#/unit');
    await s.page.getByLabel('搜索单位（名称、简称或全称）').fill('湛江市发展和改革局');
    await s.page.locator('.picker a[data-unit="市发展改革局"]').click();
    await s.page.locator('[data-unit-view="市发展改革局"]').waitFor();
    expect(decodeURIComponent(new URL(s.page.url()).hash)).toBe('#/unit/市发展改革局');
    const led = await s.page
      .locator('.role-section[data-role="lead"] tbody tr')
      .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-task'))));
    expect(led).toEqual([3, 4, 5]);
  });

  it('shows task 26’s no-single-owner notice and the roles read from its units cell', async () => {
    await gotoView(s.page, baseUrl, '#/task/26');
    await s.page.locator('[data-task-view="26"]').waitFor();
    const notices = s.page.locator('[data-testid="task-notices"] .notice');
    expect(await notices.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')))).toEqual([
      'no-single-owner',
    ]);
    expect(await notices.first().textContent()).toContain('无唯一牵头单位');
    const spans = await s.page
      .locator('[data-testid="units-cell"] mark.span-name')
      .evaluateAll((els) => els.map((e) => [e.firstChild?.textContent, e.getAttribute('data-role')]));
    expect(spans).toEqual([
      ['各县（市、区）政府（管委会）', 'responsible'],
      ['市政府办公室', 'responsible'],
      ['市政务服务数据管理局', 'responsible'],
      ['市司法局', 'responsible'],
    ]);
    // groups expanded, with the group each unit came through
    const viaCounties = s.page.locator(
      '.expanded-role[data-role="responsible"] dd[data-via="各县（市、区）政府（管委会）"]',
    );
    expect(await viaCounties.locator('.expanded-unit').count()).toBe(12);
    expect(await viaCounties.locator('.expanded-unit[data-unit="赤坎区政府"]').count()).toBe(1);
    const direct = s.page.locator(
      '.expanded-role[data-role="responsible"] dd:not([data-via]) .expanded-unit',
    );
    expect(await direct.evaluateAll((els) => els.map((e) => e.getAttribute('data-unit')))).toEqual([
      '市政府办公室',
      '市政务服务数据管理局',
      '市司法局',
    ]);
  });

  it('highlights task 38’s supervising clause and task 7’s lead', async () => {
    await gotoView(s.page, baseUrl, '#/task/38');
    const roles38 = await s.page
      .locator('[data-testid="units-cell"] mark.span-name')
      .evaluateAll((els) => els.map((e) => `${e.firstChild?.textContent}:${e.getAttribute('data-role')}`));
    expect(roles38).toContain('市审计局:supervising');
    await gotoView(s.page, baseUrl, '#/task/7');
    const lead = s.page.locator('[data-testid="units-cell"] mark[data-role="lead"].span-name');
    expect(await lead.first().getAttribute('data-span')).toBe('15-19');
    expect(await s.page.locator('.deadline-part').first().textContent()).toContain('2021-12-31');
  });

  it('turns task 15 red on 2021-10-01 and not on 2021-08-15 (the as-of control)', async () => {
    await gotoView(s.page, baseUrl, '#/task/15?asOf=2021-08-15');
    const status = s.page.locator('[data-task-view="15"] .box .status').first();
    expect(await status.getAttribute('class')).not.toContain('status-red');
    expect(await status.getAttribute('data-status')).toBe('pending');
    await s.page.locator('[data-testid="as-of"]').fill('2021-10-01');
    await s.page.waitForFunction(() => window.location.hash.includes('asOf=2021-10-01'));
    expect(await status.getAttribute('class')).toContain('status-red');
    expect(await status.getAttribute('data-status')).toBe('overdue');
    // the overview's row for task 15 follows the same day
    await s.page.locator('nav.views a[data-view="overview"]').click();
    await s.page.locator('.view-overview').waitFor();
    expect(s.page.url()).toContain('asOf=2021-10-01');
    const row = s.page.locator('.task-row', { has: s.page.locator('a.task-link', { hasText: /^15$/ }) });
    expect(await row.locator('.status').getAttribute('class')).toContain('status-red');
  });

  it('says a status as core’s catalogue does (statusText), in Chinese and in English', async () => {
    const analysis = analyzePlan(
      parsePlan(readFileSync(path.join(repoRoot, 'seeds/zhanjiang-2021/plan.yaml'), 'utf8')),
      { registry: parseRegistry(readFileSync(path.join(repoRoot, 'seeds/zhanjiang/units.yaml'), 'utf8')) },
    );
    const status = taskStatus(analysis.byNumber.get(15)!, analysis, { asOf: '2021-10-01' });
    expect(status.status).toBe('overdue');
    await gotoView(s.page, baseUrl, '#/task/15?asOf=2021-10-01');
    const pill = s.page.locator('[data-task-view="15"] .box .status').first();
    const zh = (await pill.textContent())!;
    expect(zh).toBe(statusText(status, { year: 2021 }));
    expect(zh).toMatch(new RegExp(`^已逾期${status.daysLate}天$`));
    await gotoView(s.page, baseUrl, '#/task/15?asOf=2021-10-01&lang=en');
    const en = (await s.page.locator('[data-task-view="15"] .box .status').first().textContent())!;
    expect(en).toBe(statusText(status, { locale: 'en', year: 2021 }));
    expect(en).toMatch(/^overdue by \d+ days?$/);
  });

  it('shows the matrix with role marks and opens a group into its members', async () => {
    await gotoView(s.page, baseUrl, '#/matrix');
    const cell = s.page.locator('tr[data-task="7"] td.role-lead');
    expect(await cell.count()).toBe(1);
    expect(await cell.textContent()).toContain('牵');
    await s.page.locator('.group-toggles button[data-group="市直各单位"]').click();
    await s.page.locator('th.m-col-member[data-column="市审计局"]').waitFor();
    expect(
      await s.page.locator('.group-toggles button[data-group="市直各单位"]').getAttribute('aria-expanded'),
    ).toBe('true');
  });

  it('shows the calendar with lights as of the chosen day', async () => {
    await gotoView(s.page, baseUrl, '#/calendar?asOf=2021-10-01');
    const sept = s.page.locator('#month-2021-09 .calendar-item[data-task="15"]');
    expect(await sept.getAttribute('data-light')).toBe('red');
    expect(await s.page.locator('[data-testid="ongoing-band"]').textContent()).toContain('长期工作');
    await gotoView(s.page, baseUrl, '#/calendar?asOf=2021-08-15');
    expect(
      await s.page.locator('#month-2021-09 .calendar-item[data-task="15"]').getAttribute('data-light'),
    ).not.toBe('red');
  });

  it('returns to the unit and task last shown, and names them in the window title', async () => {
    await gotoView(s.page, baseUrl, '#/unit/市审计局?asOf=2021-10-01');
    expect(await s.page.title()).toMatch(/^市审计局 · 单位 · 湛江市2021年/);
    await gotoView(s.page, baseUrl, '#/task/38?asOf=2021-10-01');
    await s.page.locator('.views a[data-view="unit"]').click();
    await s.page.locator('[data-unit-view="市审计局"]').waitFor();
    await s.page.locator('.views a[data-view="task"]').click();
    await s.page.locator('[data-task-view="38"]').waitFor();
    expect(s.page.url()).toContain('asOf=2021-10-01');
  });

  it('switches to English and keeps the view in the URL', async () => {
    await gotoView(s.page, baseUrl, '#/task/26');
    await s.page.getByRole('button', { name: 'English' }).click();
    await s.page.waitForFunction(() => window.location.hash.includes('lang=en'));
    expect(await s.page.locator('#view-title').textContent()).toBe('Task 26');
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(s.errors).toEqual([]);
  });
});
