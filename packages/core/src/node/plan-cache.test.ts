import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { seedPlanFile, seedRegistryFile } from '../../test/seed';
import { FengongInputError } from '../diagnostics';
import { listTasks } from '../queries';
import { FengongFileError, loadPlanFile } from './index';
import { loadPlanAnalysis } from './plan-cache';

// Spy on file reads, to show when a stamp spares reading the plan.
vi.mock('node:fs', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs')>();
  return { ...original, readFileSync: vi.fn(original.readFileSync) };
});
const reads = vi.mocked(readFileSync);
/** How many times the plan file was read since the last `reads.mockClear()`. */
const planReads = (planFile: string) => reads.mock.calls.filter(([file]) => file === planFile).length;

/** A plan and its registry copied into a fresh directory, with an empty cache directory beside them. */
function workspace() {
  const dir = mkdtempSync(path.join(tmpdir(), 'fengong-cache-'));
  const planFile = path.join(dir, 'plan.yaml');
  // The seed names its registry as ../zhanjiang/units.yaml; here it sits beside the plan.
  writeFileSync(
    planFile,
    readFileSync(seedPlanFile, 'utf8').replace(/^registry: .*$/m, 'registry: units.yaml'),
  );
  copyFileSync(seedRegistryFile, path.join(dir, 'units.yaml'));
  return { dir, planFile, registryFile: path.join(dir, 'units.yaml'), cacheDir: path.join(dir, 'cache') };
}

const led = (analysis: Parameters<typeof listTasks>[0], unit: string) =>
  listTasks(analysis, { unit, roles: ['lead'] }).map((t) => t.number);

describe('loadPlanAnalysis: the compiled-plan cache', () => {
  test('stores on the first run, reads back on the next, with the same answers', async () => {
    const { planFile, cacheDir } = workspace();
    const first = await loadPlanAnalysis(planFile, { cacheDir });
    expect(first.cache).toBe('stored');
    expect(readdirSync(path.join(cacheDir, 'plans'))).toHaveLength(1);
    const second = await loadPlanAnalysis(planFile, { cacheDir });
    expect(second.cache).toBe('hit');
    expect(second.registryFile).toBe(first.registryFile);
    expect(listTasks(second.analysis, { asOf: '2021-10-01' })).toEqual(
      listTasks(first.analysis, { asOf: '2021-10-01' }),
    );
    expect(led(second.analysis, '市财政局')).toEqual([7, 8, 9]);
  });

  test('a changed plan is read afresh', async () => {
    const { planFile, cacheDir } = workspace();
    await loadPlanAnalysis(planFile, { cacheDir });
    writeFileSync(planFile, readFileSync(planFile, 'utf8').replace('市财政局牵头', '市审计局牵头'));
    const again = await loadPlanAnalysis(planFile, { cacheDir });
    expect(again.cache).toBe('stored');
    expect(led(again.analysis, '市审计局')).toContain(7);
    // The edited plan's entry replaced the old one.
    expect(readdirSync(path.join(cacheDir, 'plans'))).toHaveLength(1);
  });

  test('a changed registry is read afresh', async () => {
    const { planFile, registryFile, cacheDir } = workspace();
    await loadPlanAnalysis(planFile, { cacheDir });
    writeFileSync(registryFile, readFileSync(registryFile, 'utf8').replace(/市财政局/g, '市财政厅'));
    const again = await loadPlanAnalysis(planFile, { cacheDir });
    expect(again.cache).toBe('stored');
    expect(again.analysis.registry.unitByName.has('市财政厅')).toBe(true);
  });

  test('a registry that disappeared is the same error as without a cache', async () => {
    const { planFile, registryFile, cacheDir } = workspace();
    await loadPlanAnalysis(planFile, { cacheDir });
    rmSync(registryFile);
    await expect(loadPlanAnalysis(planFile, { cacheDir })).rejects.toBeInstanceOf(FengongFileError);
    await expect(loadPlanFile(planFile)).rejects.toBeInstanceOf(FengongFileError);
  });

  test('a registry found beside the plan after the cache was written is used', async () => {
    const { dir, planFile, registryFile, cacheDir } = workspace();
    writeFileSync(planFile, readFileSync(planFile, 'utf8').replace(/^registry: .*\n/m, ''));
    rmSync(registryFile);
    const without = await loadPlanAnalysis(planFile, { cacheDir });
    expect(without.diagnostics.map((d) => d.code)).toEqual(['no-registry']);
    expect((await loadPlanAnalysis(planFile, { cacheDir })).diagnostics.map((d) => d.code)).toEqual([
      'no-registry',
    ]);
    copyFileSync(seedRegistryFile, path.join(dir, 'units.yaml'));
    const found = await loadPlanAnalysis(planFile, { cacheDir });
    expect(found.cache).toBe('stored');
    expect(found.diagnostics).toEqual([]);
  });

  test('an invalid plan is the usual error and is never cached', async () => {
    const { planFile, cacheDir } = workspace();
    writeFileSync(planFile, 'meta:\n  title: 1\ntasks: nope\n');
    await expect(loadPlanAnalysis(planFile, { cacheDir })).rejects.toBeInstanceOf(FengongInputError);
    expect(() => readdirSync(path.join(cacheDir, 'plans'))).toThrow();
  });

  test('a damaged cache file is ignored and replaced', async () => {
    const { planFile, cacheDir } = workspace();
    await loadPlanAnalysis(planFile, { cacheDir });
    const [name] = readdirSync(path.join(cacheDir, 'plans'));
    writeFileSync(path.join(cacheDir, 'plans', name!), 'FGPLAN01 garbage');
    expect((await loadPlanAnalysis(planFile, { cacheDir })).cache).toBe('stored');
    expect((await loadPlanAnalysis(planFile, { cacheDir })).cache).toBe('hit');
  });

  test('a cache directory that cannot be written costs nothing but speed', async () => {
    const { dir, planFile } = workspace();
    const blocked = path.join(dir, 'blocked');
    writeFileSync(blocked, 'a file where the directory would be');
    const loaded = await loadPlanAnalysis(planFile, { cacheDir: blocked });
    expect(loaded.cache).toBe('unwritable');
    expect(led(loaded.analysis, '市财政局')).toEqual([7, 8, 9]);
  });

  test('without a cache directory nothing is written', async () => {
    const { dir, planFile } = workspace();
    expect((await loadPlanAnalysis(planFile)).cache).toBe('off');
    expect(readdirSync(dir).sort()).toEqual(['plan.yaml', 'units.yaml']);
  });

  test('a registry given explicitly is part of the key', async () => {
    const { dir, planFile, registryFile, cacheDir } = workspace();
    const other = path.join(dir, 'other');
    mkdirSync(other);
    writeFileSync(
      path.join(other, 'units.yaml'),
      readFileSync(registryFile, 'utf8').replace(/市财政局/g, '市财政厅'),
    );
    await loadPlanAnalysis(planFile, { cacheDir });
    const explicit = await loadPlanAnalysis(planFile, {
      cacheDir,
      registryFile: path.join(other, 'units.yaml'),
    });
    expect(explicit.cache).toBe('stored');
    expect(explicit.analysis.registry.unitByName.has('市财政厅')).toBe(true);
  });
});

test('on a miss the registry is read once: the bytes hashed are the bytes analysed', async () => {
  const { planFile, registryFile, cacheDir } = workspace();
  reads.mockClear();
  expect((await loadPlanAnalysis(planFile, { cacheDir })).cache).toBe('stored');
  expect(reads.mock.calls.filter(([file]) => file === registryFile)).toHaveLength(1);
});

describe('loadPlanAnalysis: stamps spare reading an unchanged plan', () => {
  /** Files changed less than 2 s before a stamp would be written are never stamped. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 2100));
  const cacheFiles = (cacheDir: string) =>
    readdirSync(path.join(cacheDir, 'plans'))
      .map((f) => path.extname(f))
      .sort();

  test('once its files settled, a plan is answered without reading it; edits of either file are still seen', async () => {
    const { planFile, registryFile, cacheDir } = workspace();
    await settle();
    expect((await loadPlanAnalysis(planFile, { cacheDir })).cache).toBe('stored');
    expect(cacheFiles(cacheDir)).toEqual(['.fgplan', '.stamp']);
    reads.mockClear();
    const hit = await loadPlanAnalysis(planFile, { cacheDir });
    expect(hit.cache).toBe('hit');
    expect(planReads(planFile)).toBe(0);
    expect(led(hit.analysis, '市财政局')).toEqual([7, 8, 9]);

    // The same number of bytes, changed just now: the status differs, so the bytes are hashed.
    const text = readFileSync(planFile, 'utf8');
    writeFileSync(planFile, text.replace('市财政局牵头', '市审计局牵头'));
    const edited = await loadPlanAnalysis(planFile, { cacheDir });
    expect(edited.cache).toBe('stored');
    expect(led(edited.analysis, '市审计局')).toContain(7);
    writeFileSync(registryFile, readFileSync(registryFile, 'utf8').replace(/市审计局/g, '市审计厅'));
    const registryEdited = await loadPlanAnalysis(planFile, { cacheDir });
    expect(registryEdited.cache).toBe('stored');
    expect(registryEdited.analysis.registry.unitByName.has('市审计厅')).toBe(true);
  });

  test('a plan written just now is never stamped: each run reads and hashes it', async () => {
    const { planFile, cacheDir } = workspace();
    expect((await loadPlanAnalysis(planFile, { cacheDir })).cache).toBe('stored');
    expect(cacheFiles(cacheDir)).toEqual(['.fgplan']);
    reads.mockClear();
    expect((await loadPlanAnalysis(planFile, { cacheDir })).cache).toBe('hit');
    expect(planReads(planFile)).toBe(1);
  });

  test('a stamp from another path or build is not taken', async () => {
    const { planFile, cacheDir } = workspace();
    await settle();
    await loadPlanAnalysis(planFile, { cacheDir });
    const [stampName] = readdirSync(path.join(cacheDir, 'plans')).filter((f) => f.endsWith('.stamp'));
    const stampFile = path.join(cacheDir, 'plans', stampName!);
    const stamps = JSON.parse(readFileSync(stampFile, 'utf8'));
    for (const changed of [
      { ...stamps, build: 'another' },
      { ...stamps, where: 'elsewhere' },
    ]) {
      writeFileSync(stampFile, JSON.stringify(changed));
      reads.mockClear();
      expect((await loadPlanAnalysis(planFile, { cacheDir })).cache).toBe('hit');
      expect(planReads(planFile)).toBe(1);
    }
  });
});
