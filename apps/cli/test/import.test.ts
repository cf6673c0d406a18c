/**
 * `fengong import`: the seed text becomes a plan equal to seeds/zhanjiang-2021/plan.yaml field by
 * field, written as YAML that `fengong validate` accepts; --review, --json, and the error funnel.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { type Plan, parsePlan, safeParsePlan } from '@fengong/core';
import { fileFormatNames, layoutNames } from '@fengong/core/labels';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fengong, type RunResult, repoRoot } from './run';

const dir = mkdtempSync(path.join(tmpdir(), 'fengong-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SEED = 'seeds/000_fc8bcf8b29ea9190.txt';
const wanted = parsePlan(readFileSync(path.join(repoRoot, 'seeds/zhanjiang-2021/plan.yaml'), 'utf8'));

describe('fengong import <seed> -o out.yaml', () => {
  const out = path.join(dir, 'out.yaml');
  let first: RunResult;
  let written = '';
  let plan: Plan;
  beforeAll(async () => {
    first = await fengong(['import', SEED, '-o', out]);
    written = existsSync(out) ? readFileSync(out, 'utf8') : '';
    const read = safeParsePlan(written, { fileName: out });
    if (!read.success) throw new Error(`${out} is not a valid plan:\n${first.stderr}`);
    plan = read.data;
  });

  test('exits 0, writes the file and says how many spots need a look', async () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('50');
    expect(first.stdout).toContain(`版式 ${layoutNames.zh.pdfTable}`);
    expect(written).toContain('# check:');
  });

  test.each(wanted.tasks.map((t, i) => [t.number, i] as const))(
    'task %i equals plan.yaml field by field',
    (_n, i) => {
      const want = wanted.tasks[i]!;
      const got = plan.tasks[i]!;
      for (const field of ['number', 'category', 'text', 'units', 'deadline'] as const) {
        expect(got[field], `task ${want.number} ${field}`).toEqual(want[field]);
      }
    },
  );

  test('the categories, the meta and the general requirements equal plan.yaml', async () => {
    expect(plan.tasks).toHaveLength(wanted.tasks.length);
    expect(plan.categories).toEqual(wanted.categories);
    for (const key of Object.keys(wanted.meta) as (keyof typeof wanted.meta)[]) {
      expect(plan.meta[key], `meta.${key}`).toEqual(wanted.meta[key]);
    }
    expect(plan.requirements.map((r) => [r.number, r.text])).toEqual(
      wanted.requirements.map((r) => [r.number, r.text]),
    );
    // Every duty plan.yaml states is derived by rule, wording included.
    expect(plan.requirements.map((r) => r.duties)).toEqual(wanted.requirements.map((r) => r.duties));
  });

  test('fengong validate accepts the written plan', async () => {
    const validate = await fengong(['validate', out, '--units', 'seeds/zhanjiang/units.yaml']);
    expect(validate.stderr).toBe('');
    expect(validate.code).toBe(0);
  });

  test('an existing output file is not overwritten without --force', async () => {
    writeFileSync(out, 'keep me\n');
    const again = await fengong(['import', SEED, '-o', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(again.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(out, 'utf8')).toBe('keep me\n');
    const forced = await fengong(['import', SEED, '-o', out, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(written);
  });

  test('--units names the registry in the plan, relative to the output file', async () => {
    const withUnits = path.join(dir, 'with-units.yaml');
    const result = await fengong(['import', SEED, '-o', withUnits, '--units', 'seeds/zhanjiang/units.yaml']);
    expect(result.code).toBe(0);
    const registry = parsePlan(readFileSync(withUnits, 'utf8')).registry!;
    expect(path.resolve(dir, registry)).toBe(path.join(repoRoot, 'seeds/zhanjiang/units.yaml'));
  });
});

describe('fengong import --review and --json', () => {
  test('--review prints each uncertain spot beside its source lines', async () => {
    const result = await fengong(['import', SEED, '--review']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`版式 ${layoutNames.zh.pdfTable} · 12 个类别共 50 项任务`);
    expect(result.stdout).toContain('第 14 项任务的落实单位');
    expect(result.stdout).toMatch(/> +310 │ 各县（市、区）/);
  });

  test('--json prints { plan, diagnostics, layout }', async () => {
    const result = await fengong(['import', SEED, '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as {
      plan: { tasks: unknown[] };
      diagnostics: { lines?: number[] }[];
      layout: string;
    };
    expect(json.layout).toBe('pdfTable');
    expect(json.plan.tasks).toHaveLength(50);
    expect(json.diagnostics.some((d) => d.lines?.[0] === 310)).toBe(true);
  });

  test('without -o, --review or --json the plan is printed as YAML', async () => {
    const result = await fengong(['import', 'packages/core/test/fixtures/import/web-tab.txt']);
    expect(result.code).toBe(0);
    const plan = parsePlan(result.stdout);
    expect(plan.tasks).toHaveLength(8);
    expect(plan.conventions.firstListedLeads).toBe(true);
  });

  test.each([
    ['web-pipe.txt', 'delimitedTable', 8],
    ['cell-per-line.txt', 'cellPerLine', 8],
    ['prose-bracketed.txt', 'proseBracketed', 6],
    ['prose-labelled.txt', 'proseLabelled', 4],
  ] as const)('%s imports as %s and validates', async (file, layout, tasks) => {
    const out = path.join(dir, `${file}.yaml`);
    const result = await fengong(['import', `packages/core/test/fixtures/import/${file}`, '-o', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`版式 ${layoutNames.zh[layout]}`);
    expect(parsePlan(readFileSync(out, 'utf8')).tasks).toHaveLength(tasks);
    expect((await fengong(['validate', out])).code).toBe(0);
  });
});

describe('fengong import errors go through the error funnel: exit 2, no stack trace', () => {
  test('a missing file', async () => {
    const result = await fengong(['import', 'no/such/file.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no/such/file.txt');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test('a file that is not UTF-8', async () => {
    const gbk = path.join(dir, 'gbk.txt');
    // “工作任务” in GBK.
    writeFileSync(gbk, Buffer.from([0xb9, 0xa4, 0xd7, 0xf7, 0xc8, 0xce, 0xce, 0xf1, 0x0a]));
    const result = await fengong(['import', gbk]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('UTF-8');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test('text without a table or numbered tasks', async () => {
    const none = path.join(dir, 'none.txt');
    writeFileSync(none, '关于做好有关工作的通知\n各单位：\n请认真做好相关工作。\n');
    const result = await fengong(['import', none]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no-table');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test('a bad --issued date and an unknown --layout', async () => {
    expect((await fengong(['import', SEED, '--issued', '2021-02-30'])).code).toBe(2);
    expect((await fengong(['import', SEED, '--layout', 'scroll'])).code).toBe(2);
  });

  test('an output directory that does not exist', async () => {
    const result = await fengong(['import', SEED, '-o', path.join(dir, 'missing/dir/out.yaml')]);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('fengong import of Word, PDF, spreadsheet and CSV files (packages/core/test/fixtures/files)', () => {
  const FILES = 'packages/core/test/fixtures/files';

  test('fengong import plan.docx -o out.yaml: the seed plan, field by field, and validate accepts it', async () => {
    const out = path.join(dir, 'docx.yaml');
    const result = await fengong(['import', `${FILES}/zhanjiang-2021.docx`, '-o', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${fileFormatNames.zh.docx}，版式 ${layoutNames.zh.fileTable}`);
    const plan = parsePlan(readFileSync(out, 'utf8'));
    expect(plan.tasks.map((t) => [t.number, t.category, t.text, t.units, t.deadline])).toEqual(
      wanted.tasks.map((t) => [t.number, t.category, t.text, t.units, t.deadline]),
    );
    expect(plan.meta).toEqual(wanted.meta);
    expect((await fengong(['validate', out, '--units', 'seeds/zhanjiang/units.yaml'])).code).toBe(0);
  });

  test('a PDF: 50 tasks from its ruled table', async () => {
    const result = await fengong(['import', `${FILES}/zhanjiang-2021.pdf`, '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { plan: Plan; layout: string; format: string };
    expect([json.format, json.layout]).toEqual(['pdf', 'fileTable']);
    expect(json.plan.tasks).toHaveLength(50);
  });

  test('a workbook: --sheet picks the sheet, --review shows the rows with their sheet cells', async () => {
    const result = await fengong([
      'import',
      `${FILES}/safety-2022.xlsx`,
      '--sheet',
      '任务台账',
      '--review',
      '--all',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`版式 ${layoutNames.zh.fileTable} · 4 个类别共 6 项任务`);
    expect(result.stdout).toContain('（工作表“任务台账”D7 单元格）');
    expect(result.stdout).toMatch(/> +\d+ │ 2 │ 开展安全生产巡查/);
    const missing = await fengong(['import', `${FILES}/safety-2022.xlsx`, '--sheet', '总表']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('错误[no-such-sheet]');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  test('a CSV export in GB18030', async () => {
    const result = await fengong([
      'import',
      `${FILES}/ledger-2022-gbk.csv`,
      '--issued',
      '2022-01-01',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { plan: Plan; format: string };
    expect(json.format).toBe('csv');
    expect(json.plan.tasks.map((t) => t.units)[0]).toBe('牵头部门：市政府办公室；责任部门：各区政府');
  });

  test('an old .doc file is converted with LibreOffice', async () => {
    const result = await fengong(['import', `${FILES}/business-2022.doc`, '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { plan: Plan; format: string };
    expect(json.format).toBe('docx');
    expect(json.plan.tasks).toHaveLength(7);
  }, 120_000);

  test('without LibreOffice, an old .xls file is refused with the Debian package to install', async () => {
    const result = await fengong(['import', `${FILES}/safety-2022.xls`], {
      FENGONG_SOFFICE: '/nonexistent/soffice',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('错误[converter-missing]');
    expect(result.stderr).toContain('apt-get install libreoffice-calc');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test('a zip bomb is refused: exit 2, the limit named, no stack trace', async () => {
    const bomb = path.join(dir, 'bomb.docx');
    writeFileSync(
      bomb,
      zipOf({ '[Content_Types].xml': Buffer.from('<Types/>'), 'word/document.xml': Buffer.alloc(16 << 20) }),
    );
    const result = await fengong(['import', bomb]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('错误[zip-bomb]');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

/** A ZIP archive of deflated entries (CRCs left 0: the reader does not check them). */
function zipOf(files: Record<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(files)) {
    const packed = deflateRawSync(data, { level: 9 });
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('persons named as leaders (牵头领导) are kept as leaders, never units', () => {
  test('import writes leaders; who shows them beside the units', async () => {
    const source = path.join(dir, 'leaders.txt');
    writeFileSync(
      source,
      [
        '某省2024年政府工作报告重点任务分工',
        '1.地区生产总值增长5.5%左右。',
        '  牵头领导:王 健',
        '  牵头单位:省发展改革委',
        '  责任单位:省统计局、各市人民政府',
        '2.一般公共预算收入增长5%。',
        '  牵头领导:张三、李四',
        '  牵头单位:省财政厅',
        '  责任单位:省税务局',
      ].join('\n'),
    );
    const out = path.join(dir, 'leaders.yaml');
    const r = await fengong(['import', source, '-o', out]);
    expect(r.code).toBe(0);
    const plan = parsePlan(readFileSync(out, 'utf8'));
    expect(plan.tasks.map((t) => t.leaders)).toEqual([['王健'], ['张三', '李四']]);
    const who = await fengong(['who', out, '1', '--json']);
    const detail = JSON.parse(who.stdout);
    expect(detail.task.leaders).toEqual(['王健']);
    expect(detail.assignments.map((a: { unit: string }) => a.unit)).not.toContain('王健');
    expect(detail.task.roles.lead).toEqual(['省发展改革委']);
    const human = await fengong(['who', out, '2']);
    expect(human.stdout).toContain('牵头领导: 张三、李四');
  });
});
