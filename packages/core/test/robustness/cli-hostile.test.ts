/**
 * Hostile text through the CLI's outputs: a plan whose cells hold ANSI escape sequences (clear the
 * screen, retitle the window, conceal text), a carriage return, `<script>`, BEL and a right-to-left
 * override. `--json` must carry every character exactly, escaped; the human output must not pass a
 * raw control character to the terminal (only the colours fengong paints itself).
 *
 * The CLI runs from source as a user would run it (no build needed). HTML, CSV/XLSX formulas and ICS
 * line injection are the reports' tests.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { BASE_REGISTRY } from './corpus';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const bin = path.join(repoRoot, 'apps/cli/src/bin.ts');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `fengong ...args` from source; runs are started together, as the CLI starts slowly from source. */
function fengong(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@fengong/source', bin, ...args], {
      cwd: repoRoot,
      env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '', NO_COLOR: '1', FORCE_COLOR: '', ...env },
      timeout: 60_000,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code: code ?? -1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}

const TEXT = '清屏\u001b[2J\u001b[H<script>alert(1)</script>回车\r覆盖\u0007铃';
const TITLE = '恶意\u001b]0;pwned\u0007方案';
const UNITS = '市发展改革局牵头，市财政局\u001b[8m配合';
const DEADLINE = '2022年9月前\u001b[5m';
const RTL = '\u202e反向文字';

/** A plan file with the hostile cells, written with YAML's double-quoted escapes. */
const PLAN = `meta:
  title: ${JSON.stringify(TITLE)}
  issued: "2022-03-01"
categories:
  - name: 做好规划公开
tasks:
  - number: 1
    category: 做好规划公开
    text: ${JSON.stringify(TEXT)}
    units: ${JSON.stringify(UNITS)}
    deadline: ${JSON.stringify(DEADLINE)}
  - number: 2
    category: 做好规划公开
    text: ${JSON.stringify(RTL)}
    units: 市发展改革局牵头，市直各单位按职责分工落实
    deadline: 2022年9月前
`;

/** Raw control characters (but the line feed) and bidirectional overrides. */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** The only escape sequences fengong writes itself: its traffic-light colours. */
const OWN_COLOURS = /\u001b\[(?:3[123]|0)m/g;

let runs: Record<'json' | 'table' | 'colour' | 'unit' | 'error' | 'who' | 'validate', Run>;
beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fengong-hostile-'));
  const planFile = path.join(dir, 'plan.yaml');
  writeFileSync(planFile, PLAN);
  writeFileSync(path.join(dir, 'units.yaml'), BASE_REGISTRY);
  const bad = path.join(dir, 'bad.yaml');
  writeFileSync(bad, PLAN.replace('  issued:', '  "\\e]0;标题\\a\\e[2J": 1\n  issued:'));
  const [json, table, colour, unit, error, who, validate] = await Promise.all([
    fengong(['tasks', planFile, '--json', '--as-of', '2022-04-01']),
    fengong(['tasks', planFile, '--as-of', '2022-04-01']),
    fengong(['tasks', planFile, '--as-of', '2022-10-15'], { NO_COLOR: '', FORCE_COLOR: '1' }),
    fengong(['tasks', planFile, '--unit', '市发展改革局', '--as-of', '2022-04-01']),
    fengong(['validate', bad]),
    fengong(['who', planFile, '1', '--as-of', '2022-04-01']),
    fengong(['validate', planFile]),
  ]);
  runs = {
    json: json!,
    table: table!,
    colour: colour!,
    unit: unit!,
    error: error!,
    who: who!,
    validate: validate!,
  };
}, 120_000);

describe('fengong tasks with hostile cells', () => {
  test('--json carries every character exactly, and escaped', () => {
    const r = runs.json;
    expect(r.code).toBe(0);
    // JSON escapes C0 controls; U+202E is valid JSON text and stays (it is data, not a table).
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    const tasks = JSON.parse(r.stdout) as { text: string; units: string; deadline: { text: string } }[];
    expect(tasks.map((t) => t.text)).toEqual([TEXT, RTL]);
    expect(tasks[0]?.units).toBe(UNITS);
    expect(tasks[0]?.deadline.text).toBe(DEADLINE);
  });

  test('the table passes no raw control character to the terminal, and keeps one row per task', () => {
    const r = runs.table;
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).toContain('\\u{1b}[2J');
    expect(r.stdout).toContain('<script>');
    // header, rule, two tasks, total
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(5);
  });

  test('in colour, the only escape sequences are the ones fengong paints', () => {
    const r = runs.colour;
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(OWN_COLOURS);
    expect(r.stdout.replace(OWN_COLOURS, '')).not.toMatch(RAW);
  });

  test('with --unit, the role table is safe too', () => {
    expect(runs.unit.code).toBe(0);
    expect(runs.unit.stdout).not.toMatch(RAW);
  });

  test('an error quoting hostile text from the file shows it escaped on stderr', () => {
    expect(runs.error.code).toBe(2);
    expect(runs.error.stderr).toContain('错误[unknown-key]');
    expect(runs.error.stderr).not.toMatch(RAW);
  });
});

/** Outputs outside tables (who's header lines, validate's title) once printed plan text raw. */
describe('plan text outside tables is made safe too', () => {
  test('who and validate succeed', () => {
    expect(runs.who.code).toBe(0);
    expect(runs.validate.code).toBe(0);
  });

  test('fengong who does not print the task text raw', () => {
    expect(runs.who.stdout).not.toMatch(RAW);
  });

  test('fengong validate does not print the title raw', () => {
    expect(runs.validate.stdout).not.toMatch(RAW);
  });
});
