import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fengong, repoRoot, spawnFengong } from './run';

const seed = 'seeds/zhanjiang-2021/plan.yaml';
const compiledPlans = (cacheDir: string) =>
  readdirSync(path.join(cacheDir, 'plans')).filter((f) => f.endsWith('.fgplan'));

describe('the compiled-plan cache', () => {
  test('the second run reads the cache and answers the same, for every query kind', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'fengong-cli-cache-'));
    const env = { FENGONG_CACHE_DIR: cacheDir };
    const queries = [
      ['tasks', seed, '--unit', '市财政局', '--role', 'lead', '--json', '--as-of', '2021-10-01'],
      ['tasks', seed, '--due-before', '2021-09-30', '--as-of', '2021-10-01', '--count'],
      ['who', seed, '7', '--json', '--as-of', '2021-10-01'],
      ['matrix', seed, '--json'],
      ['unit', seed, '市财政局', '--as-of', '2021-10-01', '--json'],
      ['deadlines', seed, '--as-of', '2021-10-01', '--json'],
      ['lookback', seed, '--as-of', '2022-03-01', '--json'],
    ];
    const run = async (extra: string[], runEnv: NodeJS.ProcessEnv = {}) => {
      const results = [];
      for (const q of queries) results.push(await fengong([...q, ...extra], runEnv));
      return results;
    };
    const fresh = await run(['--no-cache'], env);
    expect(readdirSync(cacheDir)).toEqual([]);
    const first = await run([], env);
    // One compiled plan (beside it, the stamps of files that were not changed just now).
    expect(compiledPlans(cacheDir)).toHaveLength(1);
    const second = await run([], env);
    for (const [i, q] of queries.entries()) {
      expect(fresh[i]!.code, q.join(' ')).toBe(0);
      expect(first[i]!.code, q.join(' ')).toBe(0);
      expect(first[i]!.stdout, q.join(' ')).toBe(fresh[i]!.stdout);
      expect(second[i]!.stdout, q.join(' ')).toBe(fresh[i]!.stdout);
    }
  });

  test('one process writes the compiled plan, the next process answers from it', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'fengong-cli-cache-processes-'));
    const query = ['unit', seed, '市财政局', '--as-of', '2021-10-01', '--json'];
    const expected = (await fengong([...query, '--no-cache'])).stdout;
    const first = spawnFengong(query, { FENGONG_CACHE_DIR: cacheDir });
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe(expected);
    const [compiled] = compiledPlans(cacheDir);
    expect(compiled).toBeDefined();
    const written = readFileSync(path.join(cacheDir, 'plans', compiled!));
    const second = spawnFengong(query, { FENGONG_CACHE_DIR: cacheDir });
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe(expected);
    // Read, not rewritten.
    expect(compiledPlans(cacheDir)).toEqual([compiled]);
    expect(readFileSync(path.join(cacheDir, 'plans', compiled!)).equals(written)).toBe(true);
  });

  test('an edited plan is never answered from the cache', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fengong-cli-edit-'));
    const plan = path.join(dir, 'plan.yaml');
    writeFileSync(
      plan,
      readFileSync(path.join(repoRoot, seed), 'utf8').replace(
        /^registry: .*$/m,
        `registry: ${path.join(repoRoot, 'seeds/zhanjiang/units.yaml')}`,
      ),
    );
    const env = { FENGONG_CACHE_DIR: path.join(dir, 'cache') };
    const count = async () =>
      (await fengong(['tasks', plan, '--unit', '市审计局', '--role', 'lead', '--count'], env)).stdout.trim();
    expect(await count()).toBe('0');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('市财政局牵头', '市审计局牵头'));
    expect(await count()).toBe('1');
  });

  test('FENGONG_NO_CACHE wins over FENGONG_CACHE_DIR (read by the program at start)', () => {
    const cacheDir = path.join(mkdtempSync(path.join(tmpdir(), 'fengong-cli-nocache-')), 'c');
    const r = spawnFengong(['tasks', seed, '--count'], {
      FENGONG_CACHE_DIR: cacheDir,
      FENGONG_NO_CACHE: '1',
    });
    expect(r.stdout.trim()).toBe('50');
    expect(r.code).toBe(0);
    expect(existsSync(cacheDir)).toBe(false);
  });
});
