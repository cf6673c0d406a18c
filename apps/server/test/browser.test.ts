/**
 * The viewer served by `fengong serve`, in Chromium with two browser contexts: 市财政局 records its
 * part of task 7 and the office's open page shows it without a reload (server-sent events);
 * 市财政局 has no control on a task it holds no role on, and the API answers 403 there. And the
 * office's list of the 汇总报送 received: 市财政局 submits its summary from its unit page, and the
 * office's open overview shows it received (when, by whom) without a reload.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { issueToken } from '../src/auth';
import { Client, enc, SEED_PLAN } from './harness';
import { useServedViewer } from './served-viewer';

const PLAN = '湛府办〔2021〕15号';
const UNIT = '市财政局';
const v = useServedViewer([SEED_PLAN]);

async function signedInPage(link: string): Promise<Page> {
  const page = await v.signedInPage(link);
  await page.locator('#view-title').first().waitFor();
  return page;
}

async function openUnit(page: Page): Promise<void> {
  await page.goto(`${v.server.url}/#/unit/${enc(UNIT)}?asOf=2021-10-01`);
  await page.locator('section[data-role="lead"] tr[data-task="7"]').waitFor();
}

test('市财政局 records; the office’s open page shows it without a reload', async () => {
  const { server } = v;
  const officePage = await signedInPage(server.adminLink);
  // The office invites 市财政局 (through the API, as the admin page would).
  const admin = new Client(server.url);
  await admin.signIn(await officeLink());
  const invited = await admin.post<{ link: string }>(`/api/plans/${enc(PLAN)}/invites`, { unit: UNIT });
  const unitPage = await signedInPage(invited.body.link);

  await openUnit(officePage);
  await openUnit(unitPage);
  const officeRow = officePage.locator('section[data-role="lead"] tr[data-task="7"]');
  expect(await officeRow.locator('.status').getAttribute('data-status')).not.toBe('done');

  const row = unitPage.locator('section[data-role="lead"] tr[data-task="7"]');
  await row.getByRole('combobox', { name: '市财政局在任务 7 的完成情况' }).selectOption('done');
  await row.getByRole('textbox', { name: '任务 7 的进展说明（可选）' }).fill('已在政府网站公开');
  // Dated today unless the clerk gives the day it was done: the page's status day is 2021-10-01.
  await row.getByTestId('record-date').fill('2021-10-01');
  await row.getByRole('button', { name: '记录任务 7 的进度' }).click();
  await row.locator('.status[data-status="done"]').waitFor();

  // No reload on the office's page: the event brings the entry.
  await officeRow.locator('.status[data-status="done"]').waitFor({ timeout: 30_000 });
  const stored = await admin.get<{
    entries: { unit: string; task: number; state: string; author: string }[];
  }>(`/api/plans/${enc(PLAN)}/entries`);
  expect(stored.body.entries).toEqual([
    expect.objectContaining({ unit: UNIT, task: 7, state: 'done', author: UNIT }),
  ]);

  // Task 26: 市财政局 holds no role on it — no control on its page, and the API refuses.
  expect(await unitPage.locator('form[data-record="26"]').count()).toBe(0);
  const status = await unitPage.evaluate(async (plan) => {
    const me = (await (await fetch('/api/session')).json()) as { csrf: string };
    const res = await fetch(`/api/plans/${encodeURIComponent(plan)}/entries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrf },
      body: JSON.stringify({ task: 26, state: 'done' }),
    });
    return res.status;
  }, PLAN);
  expect(status).toBe(403);
  const errors = [...v.errors.values()].flat();
  expect(errors.filter((e) => !/403/.test(e))).toEqual([]);
});

test('市财政局 submits its 汇总报送; the office’s open overview shows it received, without a reload', async () => {
  const { server } = v;
  const officePage = await signedInPage(await officeLink());
  await officePage.goto(`${server.url}/#/overview?asOf=2021-10-25`);
  const receipts = officePage.getByTestId('summary-receipts');
  await receipts.waitFor();
  // Every lead unit of the plan (core's reading), each 未报送 so far.
  const leads = new Set(
    server.plans
      .get(PLAN)!
      .analysis.tasks.flatMap((t) => t.resolved.units.filter((u) => u.role === 'lead').map((u) => u.unit)),
  );
  const rows = receipts.locator('tbody tr');
  expect(new Set(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-unit'))))).toEqual(
    leads,
  );
  expect(await receipts.locator('tr[data-state="submitted"]').count()).toBe(0);
  const leadRow = receipts.locator(`tr[data-unit="${UNIT}"]`);
  expect(await leadRow.getAttribute('data-state')).toBe('missing');
  expect(await leadRow.locator('td').last().textContent()).toBe('未报送');
  expect(await leadRow.locator('td').first().textContent()).toBe('7、8、9');
  expect(await receipts.textContent()).toContain('10月30日前');

  // 市财政局, in its own browser context, submits its summary from its unit page.
  const admin = new Client(server.url);
  await admin.signIn(await officeLink());
  const invited = await admin.post<{ link: string }>(`/api/plans/${enc(PLAN)}/invites`, {
    unit: UNIT,
    name: '市财政局 张三',
  });
  const unitPage = await signedInPage(invited.body.link);
  await unitPage.goto(`${server.url}/#/unit/${enc(UNIT)}?asOf=2021-10-25`);
  const box = unitPage.getByTestId('lead-summary');
  await box.waitFor();
  await box.getByLabel('汇总说明（可选）').fill('任务7至9已汇总');
  await box.getByRole('button', { name: '报送汇总' }).click();
  await box.locator('li[data-submission]').waitFor();

  // No reload on the office's page: the event brings the summary, with its time and sender.
  await leadRow.and(officePage.locator('[data-state="submitted"]')).waitFor({ timeout: 30_000 });
  const cell = await leadRow.locator('td').last().textContent();
  expect(cell).toContain('已报送（报送人：市财政局 张三）');
  expect(cell).toContain('任务7至9已汇总');
  expect(await receipts.getByTestId('summary-receipts-counts').textContent()).toBe(
    `已报送 1 个单位，未报送 ${leads.size - 1} 个单位`,
  );
  const stored = await admin.get<{ receipts: { unit: string; latest?: { at: string } }[] }>(
    `/api/plans/${enc(PLAN)}/summaries`,
  );
  const at = stored.body.receipts.find((r) => r.unit === UNIT)!.latest!.at;
  expect(cell).toContain(await officePage.evaluate((iso) => new Date(iso).toLocaleString('zh-CN'), at));

  // The list is the office's: not on the unit's overview, and the API refuses it.
  await unitPage.goto(`${server.url}/#/overview?asOf=2021-10-25`);
  await unitPage.locator('#view-title').first().waitFor();
  expect(await unitPage.getByTestId('summary-receipts').count()).toBe(0);
  const status = await unitPage.evaluate(
    async (plan) => (await fetch(`/api/plans/${encodeURIComponent(plan)}/summaries`)).status,
    PLAN,
  );
  expect(status).toBe(403);
  expect([...v.errors.values()].flat().filter((e) => !/403/.test(e))).toEqual([]);
});

/** A second office sign-in link (the one printed at start was spent by the office's browser). */
async function officeLink(): Promise<string> {
  return `${v.server.url}/signin#${await issueToken(v.server.db, 'office', 1)}`;
}
