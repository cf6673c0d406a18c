/**
 * Two projects: `unit` (the viewer's pure functions, in Node) and `e2e` (the production build in
 * headless Chromium, built and served once by the global setup). `npx vitest run --project unit`
 * runs the quick ones alone.
 */
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { builtInSeed } from './seed-plugin';

const importerPath = fileURLToPath(new URL('../../packages/core/src/import/index.ts', import.meta.url));

export default defineConfig({
  plugins: [builtInSeed()],
  resolve: {
    conditions: ['@fengong/source', ...defaultClientConditions],
    alias: [{ find: /^@fengong\/core\/import$/, replacement: importerPath }],
  },
  ssr: { resolve: { conditions: ['@fengong/source', ...defaultServerConditions] } },
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
