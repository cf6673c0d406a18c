/**
 * The package's own README, as published: its quick start runs as a user's file (with
 * @fengong/core installed) and prints what the README says; README.md and LICENSE are in the package.
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { packedFiles, readQuickStart, runQuickStart } from '../../../scripts/lib/readme-quickstart';

const packageDir = path.resolve(import.meta.dirname, '..');

test('the README’s quick start runs and prints what the README shows', () => {
  const { code, prints } = readQuickStart(path.join(packageDir, 'README.md'));
  expect(code.trim().split('\n').length, 'a quick start of about ten lines').toBeLessThanOrEqual(12);
  const run = runQuickStart(code, { '@fengong/core': packageDir });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toBe(prints);
});

test('npm publishes the README and the licence with the package', () => {
  expect(packedFiles(packageDir)).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json']));
});
