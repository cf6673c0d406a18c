/**
 * Page images of the documents an office sends (issue 20): the overdue warning and the lead unit's
 * report as 公文 (GB/T 9704-2012), and one unit's responsibility list, written by @fengong/reports
 * for the Zhanjiang 2021 seed, converted by LibreOffice to PDF (with the fontconfig aliases of
 * docs/fonts/fengong-gb9704.conf) and drawn by pdftoppm into docs/screenshots/reports/.
 * docs/reports-layout.md lists the measurements beside them.
 *
 * Run: `npm run screenshots:reports` (LibreOffice and poppler: scripts/ensure-system-packages.sh office)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyzePlan, parsePlan, parseRegistry } from '@fengong/core';
import { type RenderReportOptions, renderReport } from '@fengong/reports';
import { convertToPdf } from '../packages/reports/test/libreoffice';
import { readFileSync } from 'node:fs';

const root = path.resolve(import.meta.dirname, '..');
const OUT = path.join(root, 'docs/screenshots/reports');
const AS_OF = '2021-10-01';
const DPI = 60;

const planFile = path.join(root, 'seeds/zhanjiang-2021/plan.yaml');
const registryFile = path.join(root, 'seeds/zhanjiang/units.yaml');
const registry = parseRegistry(readFileSync(registryFile, 'utf8'), { fileName: registryFile });
const analysis = analyzePlan(parsePlan(readFileSync(planFile, 'utf8'), { fileName: planFile }), { registry });

/** 80 抄送 units: the registry's and numbered groups. */
const CC80 = [
  ...registry.units.map((u) => u.name),
  ...Array.from({ length: 80 - registry.units.length }, (_, i) => `湛江市第${i + 1}督查组`),
];

/** Each document, and which pages to draw (1-based; -1 is the last page). */
const DOCUMENTS: {
  name: string;
  options: Omit<RenderReportOptions, 'analysis' | 'asOf'>;
  pages: number[];
}[] = [
  {
    name: 'overdue',
    options: { kind: 'overdue', format: 'docx', official: { documentNumber: '湛府办函〔2021〕88号' } },
    pages: [1, 2, 3, -1],
  },
  {
    name: 'lead-summary',
    options: { kind: 'lead-summary', format: 'docx', unit: '市财政局' },
    pages: [1, 2, 3],
  },
  { name: 'unit', options: { kind: 'unit', format: 'docx', unit: '市财政局' }, pages: [1, 2] },
  {
    // A reminder copied to every unit of the registry and more (80 units): the 版记 page.
    name: 'overdue-cc80',
    options: { kind: 'overdue', format: 'docx', official: { cc: CC80 } },
    pages: [-1],
  },
];

execFileSync('bash', [path.join(root, 'scripts/ensure-system-packages.sh'), 'office'], { stdio: 'inherit' });
const work = mkdtempSync(path.join(tmpdir(), 'fengong-report-shots-'));
try {
  const files: Record<string, Uint8Array> = {};
  for (const doc of DOCUMENTS) {
    const file = await renderReport({ ...doc.options, analysis, asOf: AS_OF } as RenderReportOptions);
    files[`${doc.name}.docx`] = file.bytes;
  }
  // The tests' own conversion: a fresh profile and the 公文 font aliases.
  convertToPdf(files, work);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  for (const doc of DOCUMENTS) {
    const pdf = path.join(work, `${doc.name}.pdf`);
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    for (const page of doc.pages) {
      const n = page === -1 ? count : page;
      const prefix = path.join(work, `${doc.name}-p${n}`);
      execFileSync('pdftoppm', [
        '-r',
        String(DPI),
        '-png',
        '-singlefile',
        '-f',
        String(n),
        '-l',
        String(n),
        pdf,
        prefix,
      ]);
      renameSync(`${prefix}.png`, path.join(OUT, `${doc.name}-page${n}.png`));
    }
  }
  console.log(`wrote ${readdirSync(OUT).length} page images to ${path.relative(root, OUT)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
