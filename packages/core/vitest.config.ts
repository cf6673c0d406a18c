import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@fengong/source'] },
  ssr: { resolve: { conditions: ['@fengong/source'] } },
  // Generous: CI machines are 2 shared cores, and property tests and office conversions are heavy.
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    // LibreOffice and poppler, installed when missing (as `npm test` does first).
    globalSetup: ['../../scripts/lib/vitest-system-packages.ts'],
    // One seed for property tests (FC_SEED=random explores).
    setupFiles: ['../../scripts/lib/vitest-fast-check.ts'],
  },
});
