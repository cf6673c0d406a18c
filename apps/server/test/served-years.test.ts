/**
 * The served viewer with two plans (two years) on one server, in Chromium: it shows the plan read
 * from the server (`GET /api/plans/<plan>/plan`), not its built-in copy; it lists the server's plans
 * and `?plan=<id>` opens one; the other year is kept for the comparison. And a lead unit's 汇总报送:
 * 市财政局 (lead of tasks 7–9 of the seed plan) sees the entries of the units on its tasks, submits
 * its summary from its unit page, and the office's open page (admin.html, another browser context)
 * drops it from the lead units without a summary (未报送) without a reload (server-sent events).
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { issueToken } from '../src/auth';
import { Client, enc, SEED_PLAN, TEST_PLAN } from './harness';
import { useServedViewer } from './served-viewer';

const SEED_ID = '湛府办〔2021〕15号';
const TEST_ID = '测试〔2022〕1号';
const LEAD = '市财政局';
const v = useServedViewer([SEED_PLAN, TEST_PLAN]);

/** A new office sign-in link (each is spent by one browser context). */
async function officeLink(): Promise<string> {
  return `${v.server.url}/signin#${await issueToken(v.server.db, 'office', 1)}`;
}

async function officeClient(): Promise<Client> {
  const c = new Client(v.server.url);
  await c.signIn(await officeLink());
  return c;
}

const planTitle = (page: Page) => page.getByTestId('plan-title').textContent();

test('the served viewer shows the server’s plans; ?plan= opens one; the other year is there to compare', async () => {
  const { server } = v;
  const page = await v.signedInPage(server.adminLink);
  // The plans the page reads from the server (`GET /api/plans/<id>/plan`), from sign-in on.
  const reads: string[] = [];
  page.on('request', (r) => reads.push(decodeURIComponent(new URL(r.url()).pathname)));
  // The chooser lists both years, the first (the seed plan, as started) in use.
  const chooser = page.locator('nav.served-plans');
  await chooser.locator(`a[data-served-plan="${SEED_ID}"][aria-current="page"]`).waitFor();
  expect(await chooser.locator('a').count()).toBe(2);
  expect(await planTitle(page)).toBe(server.plans.get(SEED_ID)!.title);
  // Read from the server: its file's name, not the built-in copy (内置示例).
  const source = page.locator('#open-hint > span').first();
  expect(await source.textContent()).toBe('方案：plan.yaml');

  // ?plan= opens the 2022 plan, which the viewer has no copy of (a new page: its reads from here).
  reads.length = 0;
  await chooser.locator(`a[data-served-plan="${TEST_ID}"]`).click();
  await page.waitForURL((url) => url.searchParams.get('plan') === TEST_ID);
  await page.locator(`nav.served-plans a[data-served-plan="${TEST_ID}"][aria-current="page"]`).waitFor();
  await page.getByTestId('plan-title').filter({ hasText: '服务端测试方案' }).waitFor();
  expect(await source.textContent()).toBe('方案：plan-2022.yaml');

  // The served viewer's plans are the server's: no way back to the built-in example.
  expect(await page.getByRole('button', { name: '回到内置示例' }).count()).toBe(0);

  // Only the plan shown was read: the other year is listed, and read when the comparison picks it.
  const planReads = (id: string) => reads.filter((p) => p === `/api/plans/${id}/plan`).length;
  expect(planReads(TEST_ID)).toBeGreaterThan(0);
  expect(planReads(SEED_ID)).toBe(0);
  await page.locator('nav.views a[data-view="diff"]').click();
  const base = page.getByTestId('diff-base');
  await base.waitFor();
  const seedOption = base.locator(`option[value="served:${SEED_ID}"]`);
  await seedOption.waitFor({ state: 'attached' });
  // Neither the built-in example nor the plan in use is offered as plan A.
  expect(await base.locator('option[value="builtin"]').count()).toBe(0);
  expect(await base.locator(`option[value="served:${TEST_ID}"]`).count()).toBe(0);
  expect(planReads(SEED_ID)).toBe(0);
  const value = `served:${SEED_ID}`;
  await base.selectOption(value);
  await page.getByTestId('diff').waitFor();
  expect(planReads(SEED_ID)).toBe(1);
  // Plan A is the server's copy, kept in the library under its content hash.
  expect(new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('base')).toMatch(/^[0-9a-f]{16}$/);
  const errors = v.errors.get(page) ?? [];
  expect(errors).toEqual([]);
});

test('the lead unit submits its 汇总报送; the office’s open page sees it without a reload', async () => {
  const { server } = v;
  const admin = await officeClient();
  const invited = await admin.post<{ link: string }>(`/api/plans/${enc(SEED_ID)}/invites`, { unit: LEAD });
  // A unit on task 7 reports first (through the API), so the lead has an entry of another unit to see.
  const helper = server.plans
    .get(SEED_ID)!
    .analysis.byNumber.get(7)!
    .resolved.units.find((u) => u.unit !== LEAD)!.unit;
  const helperInvite = await admin.post<{ link: string }>(`/api/plans/${enc(SEED_ID)}/invites`, {
    unit: helper,
  });
  const helperClient = new Client(server.url);
  await helperClient.signIn(helperInvite.body.link);
  const recorded = await helperClient.post(`/api/plans/${enc(SEED_ID)}/entries`, {
    task: 7,
    state: 'inProgress',
    date: '2021-10-20',
    note: '已提供配合材料',
  });
  expect(recorded.status).toBe(201);

  // The office's page, open in its own browser context.
  const office = await v.signedInPage(await officeLink());
  await office.goto(`${server.url}/admin.html`);
  const summaries = office.locator('#admin-summaries');
  await summaries.waitFor();
  expect(await summaries.textContent()).toContain(LEAD);

  // 市财政局 on its own unit page: the 汇总报送 box, with the notice's duty and the helper's entry.
  const lead = await v.signedInPage(invited.body.link);
  await lead.goto(`${server.url}/?plan=${enc(SEED_ID)}#/unit/${enc(LEAD)}?asOf=2021-10-25`);
  const box = lead.getByTestId('lead-summary');
  await box.waitFor();
  expect(await box.textContent()).toContain('10月30日前');
  const helperRow = box.locator(`tr[data-task="7"][data-unit="${helper}"]`);
  await expect(helperRow.textContent()).resolves.toContain('已提供配合材料');
  expect(await box.locator('[data-testid="summaries-submitted"] li').textContent()).toBe(
    '本单位尚未报送汇总',
  );

  await box.getByLabel('汇总说明（可选）').fill('任务7至9均在推进，详见台账');
  await box.getByRole('button', { name: '报送汇总' }).click();
  await box.locator('[data-testid="summaries-submitted"] li[data-submission]').waitFor();
  expect(await box.locator('li[data-submission]').textContent()).toContain('任务7、8、9');

  // No reload on the office's page: the event takes 市财政局 off the lead units without a summary.
  await expect
    .poll(async () => (await summaries.count()) === 0 || !(await summaries.textContent())?.includes(LEAD), {
      timeout: 30_000,
    })
    .toBe(true);
  // Recorded as an act: in the submissions and the audit log.
  const stored = await admin.get<{ submissions: { unit: string; note?: string }[] }>(
    `/api/plans/${enc(SEED_ID)}/submissions`,
  );
  expect(stored.body.submissions).toEqual([
    expect.objectContaining({ unit: LEAD, note: '任务7至9均在推进，详见台账' }),
  ]);
  const log = await admin.get<{ audit: { action: string }[] }>('/api/audit');
  expect(log.body.audit.some((l) => l.action === 'submit')).toBe(true);
  expect([...v.errors.values()].flat()).toEqual([]);
});
