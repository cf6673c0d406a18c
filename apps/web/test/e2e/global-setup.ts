/**
 * Once for all end-to-end tests: make sure chromium and the CJK fonts are there, build the viewer
 * (site and offline file) into a temporary folder, and serve it on 127.0.0.1.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureBrowser } from '../support/browser';
import { buildViewer } from '../support/build';
import { serveStatic } from '../support/serve';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served site, ending in `/`. */
    baseUrl: string;
    /** file:// URL of the offline single-file viewer. */
    offlineUrl: string;
  }
}

export default async function setup(project: TestProject) {
  ensureBrowser();
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'fengong-web-e2e-'));
  await buildViewer(outDir);
  const server = await serveStatic(outDir);
  project.provide('baseUrl', server.url);
  project.provide('offlineUrl', `file://${path.join(outDir, 'fengong-offline.html')}`);
  return async () => {
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
