/**
 * Building the viewer for tests, the benchmark and screenshots: the site (code-split), the office's
 * page that `fengong serve` serves beside it (built on its own, as `npm run build` does) and the
 * offline single file, with Vite's programmatic build, into a folder of the caller's choice.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const repoRoot = path.resolve(webRoot, '../..');

/** Build the site, the office's page and the offline file into `outDir`. */
export async function buildViewer(outDir: string, options: { offline?: boolean } = {}): Promise<void> {
  const { build } = await import('vite');
  const common = {
    root: webRoot,
    configFile: path.join(webRoot, 'vite.config.ts'),
    logLevel: 'warn' as const,
  };
  await build({ ...common, build: { outDir, emptyOutDir: true } });
  await build({ ...common, mode: 'admin', build: { outDir, emptyOutDir: false } });
  if (options.offline !== false) {
    await build({ ...common, mode: 'offline', build: { outDir, emptyOutDir: false } });
  }
}
