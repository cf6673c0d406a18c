/**
 * The published program (bin/fengong.cjs, what `npm install` links as `fengong`, which loads
 * dist/bin.cjs), not the sources. dist/bin.cjs runs the bundle through V8's code cache, where
 * `import()` behaves differently, so every command runs twice — compiling, then from the cache —
 * including those that load a module lazily (pdf.js, node:crypto, fs/promises). And without a build
 * the launcher says so.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parsePlan } from '@fengong/core';
import { afterAll, expect, test } from 'vitest';
import { publishedBin, repoRoot, spawnFengong } from './run';

const dir = mkdtempSync(path.join(tmpdir(), 'fengong-published-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixtures = path.join(repoRoot, 'packages/core/test/fixtures/files');

test.each(['the first run', 'a run from the code cache'])(
  'dist/bin.cjs runs every kind of command: %s',
  (run) => {
    expect(
      existsSync(path.join(repoRoot, 'apps/cli/dist/bin.cjs')),
      'apps/cli is built before its tests (turbo.json)',
    ).toBe(true);
    const env = { FENGONG_CACHE_DIR: path.join(dir, 'cache') };
    const published = (...args: string[]) => spawnFengong(args, env, { published: true });
    const plan = path.join(dir, 'plan.yaml');
    if (!existsSync(plan)) {
      const seed = readFileSync(path.join(repoRoot, 'seeds/zhanjiang-2021/plan.yaml'), 'utf8');
      writeFileSync(
        plan,
        seed.replace(/^registry: .*$/m, `registry: ${path.join(repoRoot, 'seeds/zhanjiang/units.yaml')}`),
      );
    }

    expect(published('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(published('tasks', plan, '--unit', '市财政局', '--role', 'lead', '--count').stdout.trim()).toBe(
      '3',
    );
    for (const document of ['zhanjiang-2021.pdf', 'zhanjiang-2021.docx', 'zhanjiang-2021.xlsx']) {
      const out = path.join(dir, `${document}.${run.length}.yaml`);
      const imported = published('import', path.join(fixtures, document), '-o', out);
      expect(imported.stderr, document).toBe('');
      expect(imported.code, document).toBe(0);
      expect(parsePlan(readFileSync(out, 'utf8')).tasks, document).toHaveLength(50);
    }
    const added = published(
      'progress',
      'add',
      plan,
      '--task',
      '7',
      '--unit',
      '市财政局',
      '--state',
      '推进中',
      '--date',
      '2021-10-10',
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    const exported = path.join(dir, `ledger.${run.length}.csv`);
    expect(published('progress', 'export', plan, '-o', exported).code).toBe(0);
    expect(readFileSync(exported, 'utf8')).toContain('市财政局');
    expect(readdirSync(path.join(dir, 'cache', 'v8'))).toHaveLength(1);
  },
);

test('bin/fengong.cjs is what npm links as `fengong`, executable, and says when the build is missing', () => {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'apps/cli/package.json'), 'utf8'));
  expect(path.join(repoRoot, 'apps/cli', pkg.bin.fengong)).toBe(publishedBin);
  expect(pkg.files).toContain('bin');
  expect(statSync(publishedBin).mode & 0o111, 'bin/fengong.cjs has its executable bit').not.toBe(0);
  // A checkout before `npm run build`: the launcher without dist/ beside it.
  const checkout = path.join(dir, 'unbuilt');
  mkdirSync(path.join(checkout, 'bin'), { recursive: true });
  copyFileSync(publishedBin, path.join(checkout, 'bin/fengong.cjs'));
  const r = spawnSync(process.execPath, [path.join(checkout, 'bin/fengong.cjs'), '--version'], {
    encoding: 'utf8',
  });
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  const [zh, en] = r.stderr.trim().split('\n');
  expect(zh).toMatch(/^fengong 尚未构建.*npm run build.*npm start/);
  expect(en).toMatch(/^fengong is not built.*npm run build.*npm start/);
  expect(r.stderr).toContain(path.join(checkout, 'dist/bin.cjs'));
  expect(r.stderr).not.toMatch(/\n\s+at /);
});
