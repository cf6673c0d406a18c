import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fengong } from './run';

const seed = 'seeds/zhanjiang-2021/plan.yaml';

describe('fengong validate', () => {
  test('a valid plan: summary and exit 0', async () => {
    const r = await fengong(['validate', seed]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('湛江市2021年政务公开工作要点分工方案');
    expect(r.stdout).toMatch(/类别 12\s+任务 50/);
  });

  test('--json prints the summary core returned', async () => {
    const r = await fengong(['validate', seed, '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ categories: 12, tasks: 50, registryFile: 'seeds/zhanjiang/units.yaml' });
  });

  test('an invalid plan: every diagnostic with file:line:column, exit 2, no stack trace', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fengong-'));
    const file = path.join(dir, 'plan.yaml');
    writeFileSync(
      file,
      'meta:\n  title: 示例\n  issued: "2021-02-30"\ncategories:\n  - name: 甲\ntasks:\n  - number: 1\n    category: 乙\n    text: 内容\n    units: 市财政局\n',
    );
    const r = await fengong(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${file}:3:11: 错误[invalid-date] 方案信息的成文日期：`);
    expect(r.stderr).toContain(`${file}:8:15: 错误[missing-category] 第 1 项任务的类别：`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('a missing file: one sentence naming the file, exit 2', async () => {
    const r = await fengong(['validate', 'no/such/plan.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('错误: no/such/plan.yaml：文件不存在');
  });

  test('a plan in GBK: told to convert it, exit 2', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fengong-'));
    const file = path.join(dir, 'gbk.yaml');
    // “标题” in GBK
    writeFileSync(file, Buffer.from([0x6d, 0x3a, 0x20, 0xb1, 0xea, 0xcc, 0xe2, 0x0a]));
    const r = await fengong(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('GBK');
  });
});
