import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@fengong/source'] },
  ssr: { resolve: { conditions: ['@fengong/source'] } },
  // Most tests run the program in this process (test/run.ts); a few start it as a real process.
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000, // generous: the machine may be busy
    // LibreOffice and poppler, installed when missing (as `npm test` does first).
    globalSetup: ['../../scripts/lib/vitest-system-packages.ts'],
  },
});
