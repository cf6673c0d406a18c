import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@fengong/source'] },
  ssr: { resolve: { conditions: ['@fengong/source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    // Starting PGlite (PostgreSQL in WebAssembly) and a real PostgreSQL takes seconds on a busy machine.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    // PostgreSQL (Debian's package), installed when missing (as `npm test` does first).
    globalSetup: ['./test/global-setup.ts'],
  },
});
