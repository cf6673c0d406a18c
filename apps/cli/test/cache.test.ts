import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fengong, repoRoot } from './run';

const seed = 'seeds/zhanjiang-2021/plan.yaml';

describe('the compiled-plan cache, through the real program', () => {
  test('the second run reads the cache and answers the same, for every query kind', () => {
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
    const fresh = queries.map((q) => fengong([...q, '--no-cache']));
    expect(readdirSync(cacheDir)).toEqual([]);
    const first = queries.map((q) => fengong(q, env));
    // One compiled plan (beside it, the stamps of files that were not changed just now).
    expect(readdirSync(path.join(cacheDir, 'plans')).filter((f) => f.endsWith('.fgplan'))).toHaveLength(1);
    const second = queries.map((q) => fengong(q, env));
    for (const [i, q] of queries.entries()) {
      expect(first[i]!.code, q.join(' ')).toBe(0);
      expect(first[i]!.stdout, q.join(' ')).toBe(fresh[i]!.stdout);
      expect(second[i]!.stdout, q.join(' ')).toBe(fresh[i]!.stdout);
    }
  });

  test('an edited plan is never answered from the cache', () => {
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
    expect(
      fengong(['tasks', plan, '--unit', '市审计局', '--role', 'lead', '--count'], env).stdout.trim(),
    ).toBe('0');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('市财政局牵头', '市审计局牵头'));
    expect(
      fengong(['tasks', plan, '--unit', '市审计局', '--role', 'lead', '--count'], env).stdout.trim(),
    ).toBe('1');
  });

  test('FENGONG_NO_CACHE wins over FENGONG_CACHE_DIR', () => {
    const cacheDir = path.join(mkdtempSync(path.join(tmpdir(), 'fengong-cli-nocache-')), 'c');
    const r = fengong(['tasks', seed, '--count'], { FENGONG_CACHE_DIR: cacheDir, FENGONG_NO_CACHE: '1' });
    expect(r.code).toBe(0);
    expect(existsSync(cacheDir)).toBe(false);
  });
});
