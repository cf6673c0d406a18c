/**
 * Building the viewer for tests, the benchmark and screenshots: the site (code-split) and the
 * offline single file, with Vite's programmatic build, into a folder of the caller's choice.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const repoRoot = path.resolve(webRoot, '../..');

/** Build the site and the offline file into `outDir`. */
export async function buildViewer(outDir: string, options: { offline?: boolean } = {}): Promise<void> {
  const { build } = await import('vite');
  const common = {
    root: webRoot,
    configFile: path.join(webRoot, 'vite.config.ts'),
    logLevel: 'warn' as const,
  };
  await build({ ...common, build: { outDir, emptyOutDir: true } });
  if (options.offline !== false) {
    await build({ ...common, mode: 'offline', build: { outDir, emptyOutDir: false } });
  }
}
