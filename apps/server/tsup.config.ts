import { defineConfig } from 'tsup';

// The server is loaded lazily by `fengong serve` (apps/cli); its database drivers stay external.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  splitting: false,
  sourcemap: true,
  clean: true,
  dts: true,
  external: ['@electric-sql/pglite', 'pg', '@fengong/reports', 'exceljs', 'docx', 'pdfjs-dist'],
  esbuildOptions(options) {
    options.conditions = ['@fengong/source', 'node', 'default'];
  },
});
