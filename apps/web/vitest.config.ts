/**
 * Two projects: `unit` (the viewer's pure functions, in Node) and `e2e` (the production build in
 * headless Chromium, built and served once by the global setup). `npx vitest run --project unit`
 * runs the quick ones alone.
 */
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
// @ts-expect-error: a plain .mjs helper shared with core's tsup config, without types.
import { coreBuildId } from '../../scripts/build-id.mjs';
import { coreInternals } from './core-internals';
import { builtInSeed } from './seed-plugin';

// The same core build id as the viewer's bundle (vite.config.ts): the e2e project builds the viewer
// in this process, and core's BUILD_ID is read once per process, so both projects must agree on it.
const build: string = coreBuildId(fileURLToPath(new URL('../../packages/core', import.meta.url)));

export default defineConfig({
  define: { __FENGONG_BUILD__: JSON.stringify(build) },
  plugins: [builtInSeed({ build })],
  resolve: {
    conditions: ['@fengong/source', ...defaultClientConditions],
    alias: coreInternals,
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
