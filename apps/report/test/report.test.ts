import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { today } from '../../cli/src/context';
import { fengongReport, publishedBin, repoRoot, spawnFengongReport } from './run';

const seed = 'seeds/zhanjiang-2021/plan.yaml';
const tmp = () => mkdtempSync(path.join(tmpdir(), 'fengong-report-'));

/** The files index.html links to, decoded. */
function links(index: string): string[] {
  return [...index.matchAll(/<a href="([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
}

describe('fengong-report', () => {
  test('writes the bundle: every kind and format for one unit, an index linking every file', async () => {
    const out = tmp();
    const r = await fengongReport([seed, '--as-of', '2021-10-01', '--unit', '湛江市财政局', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const written = readdirSync(out).sort();
    // 5 plan-wide kinds × 5 formats, the unit's list × 5 formats and its calendar, the index.
    expect(written).toHaveLength(5 * 5 + 6 + 1);
    expect(written).toEqual(
      expect.arrayContaining([
        'index.html',
        '任务分工台账.xlsx',
        '任务分工台账.docx',
        '单位责任清单-市财政局.docx',
        '时限日历-市财政局.ics',
        '逾期预警.md',
      ]),
    );
    const index = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(links(index).sort()).toEqual(written.filter((f) => f !== 'index.html').sort());
    expect(r.stdout).toContain(
      `湛江市2021年政务公开工作要点分工方案，截至2021-10-01：写入 32 个文件到 ${out}`,
    );
    for (const f of written) expect(r.stdout).toContain(path.join(out, f));
    expect(readFileSync(path.join(out, '逾期预警.md'), 'utf8')).toContain('已逾期任务8项');
    expect(readFileSync(path.join(out, '任务分工台账.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  test('--kinds and --formats narrow the bundle; without --unit every unit gets its list', async () => {
    const out = tmp();
    const r = await fengongReport([
      seed,
      '--as-of',
      '2021-10-01',
      '--kinds',
      'unit,overdue',
      '--formats',
      'md,ics',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    const written = readdirSync(out);
    expect(written).toHaveLength(1 + 37 * 2 + 1);
    expect(written.filter((f) => f.endsWith('.ics'))).toHaveLength(37);
    expect(links(readFileSync(path.join(out, 'index.html'), 'utf8'))).toHaveLength(written.length - 1);
  });

  test('--as-of defaults to today', async () => {
    const out = tmp();
    const r = await fengongReport([seed, '--kinds', 'overdue', '--formats', 'md', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`截至${today()}`);
  });

  test('a progress bar on stderr when asked (by default only on a terminal)', async () => {
    const out = tmp();
    const r = await fengongReport([
      seed,
      '--as-of',
      '2021-10-01',
      '--kinds',
      'ledger,overdue',
      '--formats',
      'md,html',
      '--progress',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('\r');
    expect(r.stderr).toMatch(/█+░* 5\/5 index\.html/);
  });

  test('a missing --out: usage error, exit 2', async () => {
    const r = await fengongReport([seed]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('错误：缺少必填选项 --out <dir>\n');
  });

  test('bad option values: the option and the message, exit 2, nothing written', async () => {
    const out = path.join(tmp(), 'never');
    const date = await fengongReport([seed, '--as-of', '2021-02-30', '--out', out]);
    expect(date.code).toBe(2);
    expect(date.stderr.trim()).toBe('错误: --as-of “2021-02-30”: 日期应写作 YYYY-MM-DD');
    const signed = await fengongReport([seed, '--date', '10月8日', '--out', out]);
    expect(signed.code).toBe(2);
    expect(signed.stderr.trim()).toBe('错误: --date “10月8日”: 日期应写作 YYYY-MM-DD');
    const kinds = await fengongReport([seed, '--kinds', 'ledger,pdf', '--out', out]);
    expect(kinds.code).toBe(2);
    expect(kinds.stderr.trim()).toBe(
      '错误: --kinds：不认识 pdf（可选：ledger,unit,lead-summary,overdue,lookback,matrix）',
    );
    const formats = await fengongReport([seed, '--formats', 'pdf', '--out', out]);
    expect(formats.stderr).toContain('错误: --formats：不认识 pdf');
    const empty = await fengongReport([seed, '--formats', ',', '--out', out]);
    expect(empty.stderr.trim()).toBe('错误: --formats：至少给一项（可选：xlsx,docx,html,md,csv,ics）');
    expect(existsSync(out)).toBe(false);
  });

  test('an unknown unit: the closest names, exit 2, no stack trace', async () => {
    const r = await fengongReport([seed, '--unit', '市财政厅', '--out', tmp()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^错误: 未找到单位 “市财政厅”；是否指：市财政局/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('a missing plan file, an invalid plan: the file and location, exit 2', async () => {
    const missing = await fengongReport(['no/such/plan.yaml', '--out', tmp()]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe('错误: no/such/plan.yaml：文件不存在');
    const dir = tmp();
    const file = path.join(dir, 'plan.yaml');
    writeFileSync(
      file,
      'meta:\n  title: 示例\n  issued: "2021-02-30"\ncategories:\n  - name: 甲\ntasks: []\n',
    );
    const invalid = await fengongReport([file, '--out', path.join(dir, 'out')]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain(`${file}:3:11: 错误[invalid-date] 方案信息的成文日期：`);
    expect(invalid.stderr).not.toMatch(/\n\s+at /);
  });

  test('--lang en: what it wrote, in English', async () => {
    const out = tmp();
    const r = await fengongReport([
      seed,
      '--lang',
      'en',
      '--as-of',
      '2021-10-01',
      '--kinds',
      'overdue',
      '--formats',
      'md',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`, as of 2021-10-01: wrote 2 files to ${out}`);
    expect(r.stdout).toContain(`Open ${path.join(out, 'index.html')} for the index.`);
  });
});

/** Three or more English words in a row: a sentence (or most of one) left in English. */
const ENGLISH_SENTENCE = /\b[A-Za-z]{2,}(?:[ ,;:'’]+[A-Za-z]{2,}){2,}\b/;

/**
 * The words of a help text, without its code: example command lines, the usage line's program and
 * the values an option takes (`ledger,unit,lead-summary`).
 */
const helpWords = (text: string) =>
  text
    .split('\n')
    .filter((line) => !/^\s*\$ /.test(line))
    .map((line) =>
      line.replace(/^(用法：|Usage:) fengong-report/, '$1').replace(/[a-z-]+(?:,[a-z-]+)+/g, ''),
    );

describe('fengong-report: the help speaks Chinese, and English with --lang en or LANG', () => {
  test('--help: Chinese, every option described from the catalogue', async () => {
    const r = await fengongReport(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^用法： fengong-report \[选项\] <plan>\n/);
    expect(r.stdout).toContain('--kinds <list>');
    expect(r.stdout).toContain('示例：');
    expect(helpWords(r.stdout).filter((line) => ENGLISH_SENTENCE.test(line))).toEqual([]);
    // Every option has its own words: no two options share a description.
    const described = [...r.stdout.matchAll(/^ {2}-{1,2}\S.*? {2,}(\S.*)$/gm)].map((m) => m[1]);
    expect(described.length).toBeGreaterThan(15);
    expect(new Set(described).size).toBe(described.length);
  });

  test.each([
    ['--lang en', ['--lang', 'en', '--help'], {}],
    ['LANG=en_US.UTF-8', ['--help'], { LANG: 'en_US.UTF-8' }],
  ])('--help in English with %s', async (_how, args, env) => {
    const r = await fengongReport(args, env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: fengong-report \[options\] <plan>\n/);
    expect(r.stdout).toContain('directory to write the files and index.html into');
    expect(r.stdout).not.toMatch(/用法|选项：|显示命令帮助|示例：/);
  });

  test.each([
    [
      'an unknown option',
      [seed, '--bogus', '--out', 'x'],
      '错误：未知的选项 --bogus',
      'error: unknown option --bogus',
    ],
    ['a missing argument', ['--out', 'x'], '错误：缺少参数 plan', 'error: missing required argument plan'],
    ['too many arguments', [seed, seed, '--out', 'x'], '参数过多', 'too many arguments'],
    ['a value not among the choices', [seed, '--lang', 'fr', '--out', 'x'], '“fr”无效', '“fr” is invalid'],
  ])('a usage error: %s, exit 2', async (_what, args, zhText, enText) => {
    const zh = await fengongReport(args);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(zhText);
    expect(helpWords(zh.stderr).filter((line) => ENGLISH_SENTENCE.test(line))).toEqual([]);
    const en = await fengongReport(args, { LANG: 'en_US.UTF-8' });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(enText);
  });
});

describe('the program as a process', () => {
  test('from source: the exit code handed to the system, one message, no stack trace', () => {
    const r = spawnFengongReport([seed, '--unit', '市财政厅', '--out', tmp()]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^错误: 未找到单位 “市财政厅”；是否指：市财政局、[^\n]*\n$/);
  });

  test('as published: bin/fengong-report.js (what npm links) runs the build', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'apps/report/package.json'), 'utf8'));
    expect(path.join(repoRoot, 'apps/report', pkg.bin['fengong-report'])).toBe(publishedBin);
    expect(pkg.files).toContain('bin');
    expect(statSync(publishedBin).mode & 0o111, 'bin/fengong-report.js has its executable bit').not.toBe(0);
    expect(
      existsSync(path.join(repoRoot, 'apps/report/dist/bin.js')),
      'apps/report is built before its tests (turbo.json)',
    ).toBe(true);
    const out = tmp();
    const r = spawnFengongReport(
      [seed, '--as-of', '2021-10-01', '--kinds', 'overdue', '--formats', 'md,xlsx', '--out', out],
      {},
      { published: true },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['index.html', '逾期预警.md', '逾期预警.xlsx']);
    expect(readFileSync(path.join(out, '逾期预警.md'), 'utf8')).toContain('已逾期任务8项');
  });

  test('a checkout before the build: the launcher says to build, exit 2, no stack trace', () => {
    const checkout = path.join(tmp(), 'unbuilt');
    mkdirSync(path.join(checkout, 'bin'), { recursive: true });
    copyFileSync(publishedBin, path.join(checkout, 'bin/fengong-report.js'));
    writeFileSync(path.join(checkout, 'package.json'), '{ "type": "module" }');
    const r = spawnSync(process.execPath, [path.join(checkout, 'bin/fengong-report.js'), '--help'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const [zh, en] = r.stderr.trim().split('\n');
    expect(zh).toMatch(/^fengong-report 尚未构建.*npm run build.*npm start/);
    expect(en).toMatch(/^fengong-report is not built.*npm run build.*npm start/);
    expect(r.stderr).toContain(path.join(checkout, 'dist/bin.js'));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('fengong-report: the 公文 options', () => {
  test('--issuer, --doc-number, --addressee, --cc and --date reach the official documents', async () => {
    const out = tmp();
    const r = await fengongReport([
      seed,
      '--as-of',
      '2021-10-01',
      '--kinds',
      'overdue',
      '--formats',
      'docx',
      '--issuer',
      '湛江市政务服务数据管理局',
      '--doc-number',
      '湛政数函〔2021〕88号',
      '--addressee',
      '市财政局',
      '市司法局',
      '--cc',
      '市政府办公室',
      '--date',
      '2021-10-08',
      '--out',
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(readFileSync(path.join(out, '逾期预警.docx')));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('湛江市政务服务数据管理局文件');
    expect(text).toContain('湛政数函〔2021〕88号');
    expect(text).toContain('市财政局，市司法局：');
    expect(text).toContain('抄送：市政府办公室。');
    // 成文日期 and 印发日期 from --date; the warning is still as of --as-of.
    expect(text).toContain('2021年10月8日印发');
    expect(text.replace(/\u2060/g, '')).toMatch(/截至\s*2021\s*年\s*10\s*月\s*1\s*日/);
  });
});
