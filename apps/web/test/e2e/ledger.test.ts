/** The progress ledger in the browser: record a unit's state, keep it in IndexedDB, export it as .jsonl. */
import { readFile } from 'node:fs/promises';
import { parseLedger } from '@fengong/core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gotoView, openSession, type Session } from '../support/page';

const baseUrl = inject('baseUrl');
let s: Session;

beforeAll(async () => {
  s = await openSession();
});

afterAll(async () => {
  await s?.browser.close();
});

const row = () => s.page.locator('section[data-role="lead"] tr[data-task="7"]');

describe('progress ledger', () => {
  it('records 已完成 for 市财政局 on task 7 and the task turns done', async () => {
    await gotoView(s.page, baseUrl, '#/unit/市财政局?asOf=2021-10-01');
    expect(await row().locator('.status').getAttribute('data-status')).not.toBe('done');
    await row().getByRole('combobox', { name: '市财政局在任务 7 的完成情况' }).selectOption('done');
    await row().getByRole('textbox', { name: '任务 7 的进展说明（可选）' }).fill('已在政府网站公开');
    // An entry is dated today unless the clerk gives the day it was done (报送日期).
    await row().getByTestId('record-date').fill('2021-10-01');
    await row().getByRole('button', { name: '记录任务 7 的进度' }).click();
    await row().locator('.status[data-status="done"]').waitFor();
    expect(await row().locator('.recorded').textContent()).toBe('已记录：已完成（2021-10-01）');
    expect(await s.page.getByTestId('ledger-count').textContent()).toBe('本机已记录 1 条');
  });

  it('keeps the entry after a reload (IndexedDB)', async () => {
    await s.page.reload();
    await s.page.locator('#view-title').first().waitFor();
    await row().locator('.status[data-status="done"]').waitFor();
    expect(await row().locator('.recorded').getAttribute('data-recorded')).toBe('done');
    await gotoView(s.page, baseUrl, '#/task/7?asOf=2021-10-01');
    await s.page.locator('.status[data-status="done"]').first().waitFor();
  });

  it('exports a .jsonl ledger the CLI can import', async () => {
    await gotoView(s.page, baseUrl, '#/unit/市财政局?asOf=2021-10-01');
    await row().locator('.recorded').waitFor();
    const [file] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name: '导出台账（.jsonl）' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.jsonl$/);
    const text = await readFile(await file.path(), 'utf8');
    const { entries, diagnostics } = parseLedger(text);
    expect(diagnostics).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      task: 7,
      unit: '市财政局',
      state: 'done',
      date: '2021-10-01',
      note: '已在政府网站公开',
    });
    expect(s.errors).toEqual([]);
  });
});
