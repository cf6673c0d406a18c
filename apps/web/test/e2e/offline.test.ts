/** The offline single file (dist/fengong-offline.html) works from a file:// URL, with no server. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession, type Session } from '../support/page';

const offlineUrl = inject('offlineUrl');
let s: Session;

beforeAll(async () => {
  s = await openSession();
});

afterAll(async () => {
  await s?.browser.close();
});

describe('the offline file', () => {
  it('opens from file:// with the seed plan and follows links', async () => {
    const requests: string[] = [];
    s.page.on('request', (r) => requests.push(r.url()));
    await s.page.goto(`${offlineUrl}#/unit/市财政局?asOf=2021-10-01`);
    await s.page.locator('[data-unit-view="市财政局"]').waitFor();
    const led = await s.page
      .locator('.role-section[data-role="lead"] tbody tr')
      .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-task'))));
    expect(led).toEqual([7, 8, 9]);
    await s.page.locator('a.task-link', { hasText: /^7$/ }).first().click();
    await s.page.locator('[data-task-view="7"]').waitFor();
    // one file: nothing else is fetched
    expect(
      requests.filter((u) => !u.startsWith(offlineUrl.split('#')[0]!) && !u.startsWith('data:')),
    ).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  it('imports a text file with the importer bundled in', async () => {
    const text =
      '工作任务 具体要求 落实单位 完成时限\n一、做好财政信息公开\n1.公开预算决算。 市财政局牵头 2021年9月前\n';
    await s.page
      .locator('[data-testid="file-input"]')
      .setInputFiles({ name: 'plan.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await s.page.locator('[data-testid="import-review"], [data-testid="file-problems"]').first().waitFor();
    expect(s.errors).toEqual([]);
  });
});
