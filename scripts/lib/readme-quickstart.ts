/**
 * A package README's quick start, run the way a user would run it: the ```ts block under
 * “## Quick start” is written to a fresh directory whose node_modules has the packages installed (as
 * links to this repository's packages, read from their sources through the `@fengong/source`
 * condition, so no build is needed) and run with tsx. What it prints is compared with the ```text
 * block that follows it in the README.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface QuickStart {
  /** The ```ts block. */
  code: string;
  /** The ```text block after it: what the code prints. */
  prints: string;
}

/** The quick start of the README at `file`; throws when it has none. */
export function readQuickStart(file: string): QuickStart {
  const readme = readFileSync(file, 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Quick start'));
  if (!section) throw new Error(`${file}: no “## Quick start” section`);
  const code = /^```ts\n([\s\S]*?)^```$/m.exec(section)?.[1];
  const prints = /^```text\n([\s\S]*?)^```$/m.exec(section)?.[1];
  if (code === undefined || prints === undefined)
    throw new Error(`${file}: the quick start needs a \`\`\`ts block and the \`\`\`text block it prints`);
  return { code, prints };
}

export interface QuickStartRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The directory it ran in (what it wrote is there). */
  dir: string;
}

/** Run `code` as a user's `quickstart.ts` with `packages` (name → package directory) installed. */
export function runQuickStart(code: string, packages: Record<string, string>): QuickStartRun {
  const dir = mkdtempSync(path.join(tmpdir(), 'fengong-quickstart-'));
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  for (const [name, packageDir] of Object.entries(packages)) {
    const link = path.join(dir, 'node_modules', name);
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(packageDir, link, 'dir');
  }
  writeFileSync(path.join(dir, 'quickstart.ts'), code);
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const result = spawnSync(
    process.execPath,
    ['--import', tsx, '--conditions=@fengong/source', 'quickstart.ts'],
    { cwd: dir, encoding: 'utf8', timeout: 120_000 },
  );
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, dir };
}

/** The files `npm pack` would publish from the package at `packageDir`. */
export function packedFiles(packageDir: string): string[] {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: packageDir,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`npm pack --dry-run failed: ${result.stderr}`);
  const [pack] = JSON.parse(result.stdout) as [{ files: { path: string }[] }];
  return pack.files.map((f) => f.path);
}
