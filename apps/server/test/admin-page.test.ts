/**
 * The office's page (apps/web/admin.html) served by `fengong serve`, in Chromium: the office invites
 * a unit and gets its one-time link, which signs the unit in in another browser context; the unit
 * records and the office's 未报送 list drops it without a reload; the office sends a 催办 and
 * downloads it as a Word 公文, and downloads a report; a unit opening the page is told it is the
 * office's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { TEST_PLAN } from './harness';
import { useServedViewer } from './served-viewer';

const v = useServedViewer([TEST_PLAN]);

/** Click a download link; the file's suggested name and bytes. */
async function downloadBy(page: Page, link: Locator): Promise<[string, Buffer]> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const file = path.join(v.dir, `download-${Date.now()}`);
  await download.saveAs(file);
  return [download.suggestedFilename(), readFileSync(file)];
}

test('the office invites, sees 未报送 live, sends a 催办 and downloads it and the reports', async () => {
  const { server, errors } = v;
  const office = await v.signedInPage(server.adminLink);
  await office.goto(`${server.url}/admin.html`);
  const unreported = office.locator('#admin-unreported');
  // The test plan's owners, neither of which has reported: 市财政局 (task 1) and 市公安局 (task 2).
  await unreported.locator('tr[data-unit="市公安局"]').waitFor();
  await expect(unreported.locator('tr[data-unit="市财政局"] td').nth(1).textContent()).resolves.toBe('1');

  // Invite 市公安局: a one-time link that signs it in.
  await office.locator('#admin-invite-unit').fill('市公安局');
  await office.getByRole('button', { name: '生成登录链接' }).click();
  const link = await office.locator('#admin-invite-link').inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/signin#\S+$/);
  const unit = await v.signedInPage(link);
  const plan = [...server.plans.keys()][0]!;
  const recorded = await unit.evaluate(async (planId) => {
    const me = (await (await fetch('/api/session')).json()) as { csrf: string; person: { unit: string } };
    const res = await fetch(`/api/plans/${encodeURIComponent(planId)}/entries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrf },
      body: JSON.stringify({ task: 2, state: 'inProgress', note: '正在整理执法信息' }),
    });
    return { unit: me.person.unit, status: res.status };
  }, plan);
  expect(recorded).toEqual({ unit: '市公安局', status: 201 });
  // No reload: the live event takes 市公安局 off the office's 未报送 list.
  await unreported.locator('tr[data-unit="市公安局"]').waitFor({ state: 'detached', timeout: 30_000 });
  expect(await unreported.locator('tr[data-unit="市财政局"]').count()).toBe(1);

  // 催办 to 市财政局 with a 文号, downloaded as a Word 公文.
  await office.locator('#admin-document-number').fill('测试督〔2022〕3号');
  await unreported.locator('tr[data-unit="市财政局"]').getByRole('button', { name: '催办' }).click();
  const sent = office.locator('#admin-reminders li[data-unit="市财政局"]');
  await sent.waitFor();
  const [docName, docBytes] = await downloadBy(office, sent.getByRole('link'));
  expect(docName).toBe('催办通知-市财政局.docx');
  expect(docBytes.subarray(0, 2).toString()).toBe('PK');

  // A report in an office format.
  const [xlsxName, xlsxBytes] = await downloadBy(
    office,
    office.locator('#admin-exports li[data-kind="ledger"] a[data-format="xlsx"]'),
  );
  expect(xlsxName).toBe('任务分工台账.xlsx');
  expect(xlsxBytes.subarray(0, 2).toString()).toBe('PK');

  // The unit may not use the office's page.
  await unit.goto(`${server.url}/admin.html`);
  await expect(unit.getByRole('alert').textContent()).resolves.toContain('仅供办公室');
  expect(errors.get(office)).toEqual([]);
  // The unit's viewer asks for what the office may see and is refused (403): nothing else went wrong.
  expect(errors.get(unit)!.filter((e) => !/status of 403/.test(e))).toEqual([]);
});
