import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@fengong/source'] },
  ssr: { resolve: { conditions: ['@fengong/source'] } },
  // Generous: CI machines are 2 shared cores, and property tests and office conversions are heavy.
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 30_000 },
});
