/** Opening files: a plan replaces the seed, a bad file shows its diagnostics, a text is imported. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../support/build';
import { gotoView, inPlan, openSession, type Session } from '../support/page';

const baseUrl = inject('baseUrl');
let s: Session;

const SMALL_PLAN = `meta:
  title: 示例县2022年政务公开工作要点分工方案
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

const SMALL_REGISTRY = `government: 示例县
units:
  - name: 县财政局
    kind: cityDepartment
  - name: 县审计局
    kind: cityDepartment
groups: []
`;

const BROKEN = `meta:
  title: 测试方案
  issued: 2021-13-01
categories:
  - name: 甲
tasks:
  - number: 1
    category: 乙
    text: 做好工作
    units: ""
`;

const file = (name: string, text: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

beforeAll(async () => {
  s = await openSession();
});

/** The tasks a unit leads, from its page in the viewer. */
async function ledBy(unit: string): Promise<number[]> {
  await gotoView(s.page, baseUrl, inPlan(s.page, `#/unit/${unit}`));
  return s.page
    .locator('.role-section[data-role="lead"] tbody tr')
    .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-task'))));
}

afterAll(async () => {
  await s?.browser.close();
});

describe('opening files', () => {
  it('replaces the seed with a plan opened by the file picker', async () => {
    await gotoView(s.page, baseUrl, '#/task/26');
    await s.page.locator('[data-testid="file-input"]').setInputFiles(file('plan.yaml', SMALL_PLAN));
    await s.page.locator('[data-testid="plan-title"]', { hasText: '示例县' }).waitFor();
    // back to the overview of the new plan (named in the URL), with its two tasks
    expect(new URL(s.page.url()).hash).toMatch(/^#\/\?plan=[0-9a-f]{16}$/);
    expect(await s.page.locator('#view-title').textContent()).toBe('示例县2022年政务公开工作要点分工方案');
    expect(await s.page.locator('.task-row').count()).toBe(2);
    expect(await s.page.locator('.source-line').textContent()).toContain('plan.yaml');
    expect(await ledBy('市财政局')).toEqual([1]);
    expect(s.errors).toEqual([]);
  });

  it('reads a plan and its registry opened together', async () => {
    const plan = SMALL_PLAN.replaceAll('市财政局', '县财政局').replaceAll('市审计局', '县审计局');
    await s.page
      .locator('[data-testid="file-input"]')
      .setInputFiles([file('plan.yaml', plan), file('units.yaml', SMALL_REGISTRY)]);
    // Opened when the registry shown is the file's (the line's hint mentions units.yaml too).
    await s.page.locator('.source-line > span').nth(1).filter({ hasText: 'units.yaml' }).waitFor();
    await gotoView(s.page, baseUrl, inPlan(s.page, '#/task/1'));
    const names = await s.page
      .locator('.expanded-unit')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-unit')));
    expect(names).toEqual(['县财政局', '县审计局']);
    expect(await s.page.locator('[data-testid="task-notices"] .notice').count()).toBe(0);
    await s.page.getByRole('button', { name: '回到内置示例' }).click();
    await s.page.locator('[data-testid="plan-title"]', { hasText: '湛江市' }).waitFor();
  });

  it('shows an invalid file’s diagnostics with line numbers and keeps the plan shown', async () => {
    await gotoView(s.page, baseUrl);
    await s.page.locator('[data-testid="file-input"]').setInputFiles(file('broken.yaml', BROKEN));
    const panel = s.page.locator('[data-testid="file-problems"]');
    await panel.waitFor();
    expect(await panel.getAttribute('role')).toBe('alert');
    // In Chinese the lines say no code: each keeps its own in `data-code`, for support.
    const lines = panel.locator('.diagnostic-line');
    // Each line names its place in words (第 1 项任务的落实单位), not the model's path (tasks[0].units).
    expect(await lines.allTextContents()).toEqual([
      expect.stringMatching(/^broken\.yaml:3:11: 错误 方案信息的成文日期：/),
      expect.stringMatching(/^broken\.yaml:8:15: 错误 第 1 项任务的类别：/),
      expect.stringMatching(/^broken\.yaml:10:12: 错误 第 1 项任务的落实单位：/),
    ]);
    expect(await lines.evaluateAll((all) => all.map((e) => e.getAttribute('data-code')))).toEqual([
      'invalid-date',
      'missing-category',
      'empty-units',
    ]);
    expect(await panel.locator('.diagnostic-where').allTextContents()).toEqual([
      '第 3 行:11',
      '第 8 行:15',
      '第 10 行:12',
    ]);
    // the offending line is quoted
    expect(await panel.locator('.excerpt').first().textContent()).toContain('issued: 2021-13-01');
    // the seed is still there
    expect(await s.page.locator('[data-testid="plan-title"]').textContent()).toBe(
      '湛江市2021年政务公开工作要点分工方案',
    );
    await panel.getByRole('button', { name: '关闭' }).click();
    expect(await panel.count()).toBe(0);
  });

  it('says when a file is not UTF-8', async () => {
    const gbk = Buffer.from([0x6d, 0x65, 0x74, 0x61, 0x3a, 0x0a, 0xb2, 0xe2, 0xca, 0xd4]); // "meta:\n测试" in GBK
    await s.page
      .locator('[data-testid="file-input"]')
      .setInputFiles({ name: 'gbk.yaml', mimeType: 'text/yaml', buffer: gbk });
    const panel = s.page.locator('[data-testid="file-problems"]');
    await panel.waitFor();
    const line = panel.locator('.diagnostic-line').first();
    expect(await line.textContent()).toMatch(/^gbk\.yaml:2:1: 错误 文件不是 UTF-8 编码/);
    expect(await line.getAttribute('data-code')).toBe('encoding');
    expect(await panel.locator('.diagnostic-where').first().textContent()).toBe('第 2 行:1');
  });

  it('imports a document’s text and shows the importer’s review notes', async () => {
    const text = await readFile(path.join(repoRoot, 'seeds/000_fc8bcf8b29ea9190.txt'));
    await gotoView(s.page, baseUrl);
    await s.page
      .locator('[data-testid="file-input"]')
      .setInputFiles({ name: '湛府办〔2021〕15号.txt', mimeType: 'text/plain', buffer: text });
    const review = s.page.locator('[data-testid="import-review"]');
    await review.waitFor();
    expect(await review.getAttribute('data-layout')).toBe('pdfTable');
    expect(await review.textContent()).toContain('PDF 表格');
    expect(await review.locator('.diagnostic').count()).toBeGreaterThan(0);
    expect(await s.page.locator('.source-line').textContent()).toContain('湛府办〔2021〕15号.txt');
    expect(await s.page.locator('.task-row').count()).toBe(50);
    expect(await ledBy('市财政局')).toEqual([7, 8, 9]);
  });

  it.each([
    ['zhanjiang-2021.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['zhanjiang-2021.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['zhanjiang-2021.pdf', 'application/pdf'],
  ])(
    'imports the plan from its document %s in the browser',
    async (name, mimeType) => {
      const buffer = await readFile(path.join(repoRoot, 'packages/core/test/fixtures/files', name));
      await gotoView(s.page, baseUrl);
      await s.page.locator('[data-testid="file-input"]').setInputFiles({ name, mimeType, buffer });
      await s.page.locator('.source-line', { hasText: name }).waitFor({ timeout: 60_000 });
      expect(await s.page.locator('[data-testid="import-review"]').count()).toBe(1);
      expect(await s.page.locator('.task-row').count()).toBe(50);
      expect(await ledBy('市财政局')).toEqual([7, 8, 9]);
      expect(s.errors).toEqual([]);
    },
    90_000,
  );

  it('opens a plan dropped on the page', async () => {
    await gotoView(s.page, baseUrl);
    await s.page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.yaml', { type: 'text/yaml' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        window.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
      }
    }, SMALL_PLAN);
    await s.page.locator('.source-line', { hasText: 'dropped.yaml' }).waitFor();
    expect(await s.page.locator('[data-testid="plan-title"]').textContent()).toContain('示例县');
    expect(s.errors).toEqual([]);
  });
});
