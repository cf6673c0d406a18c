/**
 * Issue 21, item 1: the plan library. A plan opened is kept in this browser (IndexedDB) under a content
 * hash the URL names, so a reload opens the same plan with its ledger; a browser without the plan says so
 * and shows no other plan's data; the start screen lists, switches and removes plans.
 */
import { parsePlan } from '@fengong/core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { planHash } from '../../src/lib/library';
import { gotoView, openSession, type Session } from '../support/page';

const baseUrl = inject('baseUrl');
let s: Session;

const PLAN = `meta:
  title: 示例县2022年政务公开工作要点分工方案
  documentNumber: 示府办〔2022〕3号
  issued: "2022-03-01"
categories:
  - name: 做好财政信息公开
tasks:
  - number: 1
    category: 做好财政信息公开
    text: 公开预算决算。
    units: 市财政局牵头，市审计局配合
    deadline: 2022年6月底前
  - number: 2
    category: 做好财政信息公开
    text: 公开政府债务信息。
    units: 市财政局
    deadline: 长期工作
`;
const id = planHash(parsePlan(PLAN));

beforeAll(async () => {
  s = await openSession();
});

afterAll(async () => {
  await s?.browser.close();
});

const planInUrl = () => new URLSearchParams(new URL(s.page.url()).hash.split('?')[1] ?? '').get('plan');

describe('the plan library', () => {
  it('a bare address lands on the library, which lists the built-in plan', async () => {
    await s.page.goto(baseUrl);
    await s.page.locator('#view-title').waitFor();
    expect(await s.page.locator('h1').allTextContents()).toEqual(['方案库']);
    await s.page.locator('[data-plan="builtin"]').waitFor();
    expect(await s.page.locator('[data-plan="builtin"] .library-title a').textContent()).toContain('湛江市');
  });

  it('keeps a plan opened from a file, names it in the URL, and a reload opens the same plan and ledger', async () => {
    await gotoView(s.page, baseUrl, '#/task/26');
    await s.page.locator('[data-testid="file-input"]').setInputFiles({
      name: 'plan.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(PLAN),
    });
    await s.page.locator('[data-testid="plan-title"]', { hasText: '示例县' }).waitFor();
    expect(planInUrl()).toBe(id);
    await gotoView(s.page, baseUrl, `#/unit/市财政局?plan=${id}&asOf=2022-03-10`);
    const row = s.page.locator('section[data-role="lead"] tr[data-task="1"]');
    await row.getByTestId('record-state').selectOption('inProgress');
    await row.getByTestId('record-button').click();
    await s.page.getByTestId('ledger-count').filter({ hasText: '本机已记录 1 条' }).waitFor();

    await s.page.reload();
    await s.page.locator('[data-testid="plan-title"]', { hasText: '示例县' }).waitFor();
    expect(planInUrl()).toBe(id);
    await s.page.getByTestId('ledger-count').filter({ hasText: '本机已记录 1 条' }).waitFor();
    expect(
      await s.page
        .locator('.role-section[data-role="lead"] tbody tr')
        .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-task')))),
    ).toEqual([1]);
    expect(s.errors).toEqual([]);
  });

  it('opens a plan in a Web Worker and keeps its analysis beside it: a reload uses it unless made for another plan, registry or build', async () => {
    const context = await s.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(`${baseUrl}#/?asOf=2022-03-10`);
    await page.locator('#view-title').waitFor();
    await page.locator('[data-testid="file-input"]').setInputFiles({
      name: 'plan.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(PLAN),
    });
    await page.locator('[data-testid="plan-title"]', { hasText: '示例县' }).waitFor();
    expect(workers.filter((url) => url.includes('open-worker'))).toHaveLength(1);
    // The saved analysis (core's bytes), as the page reads it: its key names the plan, and the title
    // shown comes from it (changed in place: the title is UTF-16 in the bytes, the same length).
    const saved = (change: string) =>
      page.evaluate(
        ([planId, change]) =>
          new Promise<string>((resolve, reject) => {
            const open = indexedDB.open('fengong-ledger');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const store = open.result.transaction('analyses', 'readwrite').objectStore('analyses');
              const get = store.get(planId!);
              get.onsuccess = () => {
                const value = get.result as { key: string; bytes: Uint8Array };
                if (change === 'title') {
                  const utf16 = (text: string) =>
                    Array.from(text).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
                  const [from, to] = [utf16('示例县2022年'), utf16('缓存县2022年')];
                  const at = value.bytes.findIndex((_, i) => from.every((b, k) => value.bytes[i + k] === b));
                  value.bytes.set(to, at);
                }
                if (change === 'key') value.key = value.key.replace(/\|[^|]*$/, '|another-build');
                store.put(value, planId);
                open.result.close();
                resolve(value.key);
              };
            };
          }),
        [id, change] as const,
      );
    expect((await saved('none')).startsWith(`${id}|`)).toBe(true);
    const title = () => page.locator('.view-overview #view-title').textContent();
    expect(await title()).toBe('示例县2022年政务公开工作要点分工方案');
    // Changed in the store, the saved analysis shows on reload: the page did not analyse the plan again.
    await saved('title');
    await page.reload();
    await page.locator('.view-overview #view-title').waitFor();
    expect(await title()).toBe('缓存县2022年政务公开工作要点分工方案');
    // Saved by another build of core, it is not used: the plan is analysed again (and saved again).
    await saved('key');
    await page.reload();
    await page.locator('.view-overview #view-title').waitFor();
    expect(await title()).toBe('示例县2022年政务公开工作要点分工方案');
    await expect.poll(() => saved('none'), { timeout: 30_000 }).not.toContain('another-build');
    await context.close();
  });

  it('a browser without the plan says so plainly and shows no other plan’s data', async () => {
    const other = await s.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await other.newPage();
    await page.goto(`${baseUrl}#/unit/市财政局?plan=${id}&asOf=2022-03-10`);
    await page.getByTestId('plan-missing').waitFor();
    expect(await page.locator('h1').textContent()).toBe('本浏览器中没有这份方案');
    expect(await page.getByTestId('plan-missing').textContent()).toContain(id);
    expect(await page.locator('[data-testid="plan-title"]').count()).toBe(0);
    expect(await page.locator('.role-section, .task-row, [data-testid="ledger-count"]').count()).toBe(0);
    expect(await page.content()).not.toContain('湛江');
    await other.close();
  });

  it('a plan opened again with small edits is a new library entry that finds its ledger by 文号', async () => {
    const edited = PLAN.replace('公开政府债务信息。', '公开政府债务限额和余额信息。');
    const editedId = planHash(parsePlan(edited));
    expect(editedId).not.toBe(id);
    await gotoView(s.page, baseUrl, `#/?plan=${id}&asOf=2022-03-10`);
    await s.page.locator('[data-testid="file-input"]').setInputFiles({
      name: 'plan-v2.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(edited),
    });
    await s.page.waitForFunction((want) => window.location.hash.includes(`plan=${want}`), editedId);
    await gotoView(s.page, baseUrl, `#/unit/市财政局?plan=${editedId}&asOf=2022-03-10`);
    await s.page.getByTestId('ledger-count').filter({ hasText: '本机已记录 1 条' }).waitFor();
    const row = s.page.locator('section[data-role="lead"] tr[data-task="1"]');
    // The entry (dated today, after the status day) is in the row's history.
    expect(await row.getByTestId('entry-history').locator('summary').textContent()).toBe('历史记录（1 条）');
    expect(s.errors).toEqual([]);
  });

  it('lists the plan with its title and 文号, switches between plans, and removes one', async () => {
    await s.page.goto(`${baseUrl}#/`);
    const item = s.page.locator(`[data-plan="${id}"]`);
    await item.waitFor();
    expect(await item.textContent()).toContain('示府办〔2022〕3号');
    expect(await item.textContent()).toContain('plan.yaml');
    // switch to the built-in plan and back
    await s.page.locator('[data-plan="builtin"] .library-title a').click();
    await s.page.locator('[data-testid="plan-title"]', { hasText: '湛江市' }).waitFor();
    expect(planInUrl()).toBeNull();
    await s.page.goto(`${baseUrl}#/`);
    await item.locator('.library-title a').click();
    await s.page.locator('[data-testid="plan-title"]', { hasText: '示例县' }).waitFor();
    expect(planInUrl()).toBe(id);
    // remove (asks once more), then its address says it is gone
    await s.page.goto(`${baseUrl}#/`);
    await item.getByRole('button', { name: /删除/ }).click();
    await item.getByTestId('remove-confirm').click();
    await s.page.getByText('已删除“示例县2022年政务公开工作要点分工方案”。').waitFor();
    expect(await s.page.locator(`[data-plan="${id}"]`).count()).toBe(0);
    await s.page.goto(`${baseUrl}#/overview?plan=${id}`);
    await s.page.reload();
    await s.page.getByTestId('plan-missing').waitFor();
    expect(s.errors).toEqual([]);
  });
});
