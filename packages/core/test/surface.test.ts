/**
 * The internals named on the public-surface page (ARCHITECTURE.md, "Internal, not exported") stay
 * out of every entry of the package: none of `@fengong/core`, `/queries`, `/node` and `/labels`
 * (read from the sources the exports map names) offers them. The viewer reaches the saved form of an
 * analysis through its own alias (`@fengong/core/compiled`, apps/web/core-internals.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { entryExports } from '../../../scripts/lib/entry-exports';

const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, { '@fengong/source'?: string } | string>;
};

const INTERNALS = [
  'packAssignment',
  'unpackAssignment',
  'BUILD_ID',
  'MISSING_CELL',
  'editDistance',
  'positionAt',
  'encodeAnalysis',
  'decodeAnalysis',
  'formatPath',
  'hasErrors',
  'taskOwners',
  'taskNotices',
  'resolveTask',
];

/**
 * Internal types: `RegistryLike` (a registry or its index) is how core's own functions take a
 * registry; the public signatures spell `Registry | RegistryIndex` (RegistryIndex stays public: it is
 * `PlanAnalysis.registry`).
 */
const INTERNAL_TYPES = ['RegistryLike'];

test('no entry of the package exports an internal type', () => {
  const names = new Map(entryExports(root).map((e) => [e.entry, e.names]));
  // The walk reads the entries: a public type is there.
  expect(names.get('.')).toContain('RegistryIndex');
  expect(names.get('.')).toContain('PlanAnalysis');
  const offered = [...names].flatMap(([name, exported]) =>
    INTERNAL_TYPES.filter((internal) => exported.includes(internal)).map(
      (internal) => `${name}: ${internal}`,
    ),
  );
  expect(offered).toEqual([]);
}, 60_000);

test('no entry of the package exports an internal', async () => {
  const entries = Object.entries(pkg.exports).flatMap(([name, target]) =>
    typeof target === 'object' && target['@fengong/source']
      ? [[name, target['@fengong/source']] as const]
      : [],
  );
  expect(entries.map(([name]) => name)).toEqual(['.', './node', './queries', './labels']);
  const offered: string[] = [];
  for (const [name, file] of entries) {
    const entry = (await import(path.join(root, file))) as Record<string, unknown>;
    for (const internal of INTERNALS) if (internal in entry) offered.push(`${name}: ${internal}`);
  }
  expect(offered).toEqual([]);
});

test('the internals are still core’s, where core uses them', async () => {
  const compiled = await import('../src/queries/compiled');
  expect(typeof compiled.encodeAnalysis).toBe('function');
  expect(typeof compiled.decodeAnalysis).toBe('function');
});
