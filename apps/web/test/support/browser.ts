/**
 * Headless Chromium for tests, the benchmark and screenshots: the Debian chromium package (never a
 * downloaded browser), installed with fonts-noto-cjk by scripts/ensure-system-packages.sh.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { repoRoot } from './build';

/** Install chromium and the CJK fonts when missing (CI relies on this). */
export function ensureBrowser(): void {
  execFileSync('bash', [path.join(repoRoot, 'scripts/ensure-system-packages.sh'), 'browser'], {
    stdio: 'inherit',
  });
}

/** Where the system's chromium is. */
export function chromiumPath(): string {
  try {
    return (
      execFileSync('bash', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim() || '/usr/bin/chromium'
    );
  } catch {
    return '/usr/bin/chromium';
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}
