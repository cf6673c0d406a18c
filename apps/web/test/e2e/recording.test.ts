/**
 * Issue 21, item 3: recording progress as a clerk expects. A new entry is dated today (not the as-of
 * day) with a visible, editable 报送日期; 填报人 and 联系电话 are remembered by the browser; the pair's
 * history shows note, evidence and who reported; focus returns to the row; the last entry can be
 * taken back by a correction (nothing deleted).
 */
import { readFile } from 'node:fs/promises';
import { parseLedger } from '@fengong/core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gotoView, openSession, type Session } from '../support/page';

const baseUrl = inject('baseUrl');
let s: Session;
let today: string;

beforeAll(async () => {
  s = await openSession();
});

afterAll(async () => {
  await s?.browser.close();
});

const row = () => s.page.locator('section[data-role="lead"] tr[data-task="7"]');

async function exported() {
  const [file] = await Promise.all([
    s.page.waitForEvent('download'),
    s.page.getByRole('button', { name: '导出台账（.jsonl）' }).click(),
  ]);
  return parseLedger(await readFile(await file.path(), 'utf8')).entries;
}

describe('recording progress', () => {
  it('dates a new entry today, whatever the as-of day, with the 报送日期 shown and editable', async () => {
    await gotoView(s.page, baseUrl, '#/unit/市财政局?asOf=2021-10-01');
    // Today in the browser's own time zone (the session's is Asia/Shanghai).
    today = await s.page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(today).not.toBe('2021-10-01');
    await row().getByTestId('record-state').selectOption('inProgress');
    const date = row().getByTestId('record-date');
    expect(await date.isVisible()).toBe(true);
    expect(await date.inputValue()).toBe(today);
    expect(await row().getByText('报送日期').isVisible()).toBe(true);
    await row().getByRole('textbox', { name: '任务 7 的进展说明（可选）' }).fill('已公开预算');
    await row()
      .getByRole('textbox', { name: '任务 7 的佐证材料链接（可选）' })
      .fill('https://www.zhanjiang.gov.cn/yusuan');
    await row().getByTestId('record-author').fill('张三');
    await row().getByTestId('record-phone').fill('0759-3331234');
    await row().getByRole('button', { name: '记录任务 7 的进度' }).click();
    await row()
      .getByTestId('record-done')
      .filter({ hasText: `已记录：任务 7，推进中（${today}）` })
      .waitFor();
    // Dated after the as-of day: said, since the row (judged on 2021-10-01) does not count it.
    expect(await row().getByTestId('record-done').textContent()).toContain('晚于截至日期 2021-10-01');
    const entries = await exported();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      task: 7,
      unit: '市财政局',
      state: 'inProgress',
      date: today,
      note: '已公开预算',
      evidence: ['https://www.zhanjiang.gov.cn/yusuan'],
      author: '张三',
      phone: '0759-3331234',
    });
  });

  it('returns focus to the row after recording, and shows the pair’s history', async () => {
    await gotoView(s.page, baseUrl, '#/unit/市财政局?asOf=2021-10-01');
    await row().getByTestId('record-state').selectOption('done');
    await row().getByTestId('record-date').fill('2021-09-28');
    await row().getByRole('button', { name: '记录任务 7 的进度' }).click();
    await row()
      .getByTestId('record-done')
      .filter({ hasText: '已记录：任务 7，已完成（2021-09-28）' })
      .waitFor();
    expect(
      await s.page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-task')),
    ).toBe('7');
    expect(await s.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'record-state',
    );
    // Dated before the as-of day, so the row now counts it.
    await row().locator('.status[data-status="done"]').waitFor();
    const history = row().getByTestId('entry-history');
    await history.locator('summary').click();
    const text = await history.textContent();
    expect(text).toContain('历史记录（2 条）');
    expect(text).toContain(`${today} 推进中：已公开预算`);
    expect(text).toContain('https://www.zhanjiang.gov.cn/yusuan');
    expect(text).toContain('填报人：张三');
    expect(text).toContain('联系电话：0759-3331234');
    expect(text).toContain('2021-09-28 已完成');
  });

  it('remembers 填报人 and 联系电话 in this browser', async () => {
    await s.page.reload();
    await s.page.locator('#view-title').waitFor();
    const other = s.page.locator('section[data-role="lead"] tr[data-task="8"]');
    await other.getByTestId('record-state').selectOption('notStarted');
    expect(await other.getByTestId('record-author').inputValue()).toBe('张三');
    expect(await other.getByTestId('record-phone').inputValue()).toBe('0759-3331234');
    await other.getByTestId('record-state').selectOption('');
  });

  it('takes back the last entry with a correction: nothing is deleted', async () => {
    await gotoView(s.page, baseUrl, '#/unit/市财政局?asOf=2021-10-01');
    await row().getByTestId('record-state').selectOption('cannotComplete');
    await row().getByTestId('record-date').fill('2021-09-30');
    await row().getByRole('textbox', { name: '任务 7 无法完成的原因' }).fill('系统未上线');
    await row().getByRole('button', { name: '记录任务 7 的进度' }).click();
    await row().locator('.recorded[data-recorded="cannotComplete"]').waitFor();
    await row().getByTestId('record-undo').click();
    await row().getByTestId('record-done').filter({ hasText: '已撤销任务 7 的记录' }).waitFor();
    // Back to what the unit said before: 已完成 on 2021-09-28 (the latest entry that counts).
    await row().locator('.recorded[data-recorded="done"]').waitFor();
    expect(await s.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'record-state',
    );
    const entries = await exported();
    expect(entries.map((e) => e.state)).toEqual(['inProgress', 'done', 'cannotComplete', 'done']);
    const [, , taken, correction] = entries;
    expect(correction).toMatchObject({ supersedes: taken!.id, date: '2021-09-30', author: '张三' });
    const history = row().getByTestId('entry-history');
    await history.locator('summary').click();
    expect(await history.locator('li[data-superseded]').textContent()).toContain('（已更正）');
    expect(s.errors).toEqual([]);
  });
});
