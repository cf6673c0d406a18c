/**
 * The published program (dist/bin.cjs, what `npm install` links as `fengong`), not the sources. Its
 * launcher runs the bundle through V8's code cache, where `import()` behaves differently, so every
 * command runs twice — compiling, then from the cache — including those that load a module lazily
 * (pdf.js, node:crypto, fs/promises).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parsePlan } from '@fengong/core';
import { afterAll, expect, test } from 'vitest';
import { fengong, publishedBin, repoRoot } from './run';

const dir = mkdtempSync(path.join(tmpdir(), 'fengong-published-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixtures = path.join(repoRoot, 'packages/core/test/fixtures/files');

test.each(['the first run', 'a run from the code cache'])(
  'dist/bin.cjs runs every kind of command: %s',
  (run) => {
    expect(existsSync(publishedBin), 'apps/cli is built before its tests (turbo.json)').toBe(true);
    const env = { FENGONG_CACHE_DIR: path.join(dir, 'cache') };
    const published = (...args: string[]) => fengong(args, env, { published: true });
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
