/**
 * Golden files: the Markdown and HTML of every report kind on the seed plan, compared byte for byte.
 * Regenerate with `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts` and review the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPORT_KINDS, renderBundle, renderReport } from '../src';
import { AS_OF, entry, renderSeedReport, seed, text } from './seed';

const dir = path.join(import.meta.dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

function golden(name: string, actual: string): void {
  const file = path.join(dir, name);
  if (update || !existsSync(file)) {
    if (!update) throw new Error(`missing golden file ${name}: run with UPDATE_GOLDEN=1`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('golden Markdown and HTML of the seed plan', () => {
  for (const kind of REPORT_KINDS) {
    for (const format of ['md', 'html'] as const) {
      test(`${kind}.${format}`, async () => {
        const file = await renderSeedReport(kind, format);
        golden(`${kind}.${format}`, text(file.bytes));
      });
    }
  }

  test('the look-back on its review day (2022-02-01)', async () => {
    const file = await renderReport({ kind: 'lookback', format: 'md', analysis: seed, asOf: '2022-02-01' });
    golden('lookback-2022-02-01.md', text(file.bytes));
  });

  test('the lead-unit summary with progress reported', async () => {
    const file = await renderReport({
      kind: 'lead-summary',
      format: 'md',
      analysis: seed,
      asOf: '2021-10-20',
      unit: '市财政局',
      entries: [
        entry({
          task: 7,
          unit: '市财政局',
          state: 'inProgress',
          note: '已汇总12个县区情况',
          date: '2021-10-15',
        }),
        entry({ task: 7, unit: '赤坎区政府', state: 'done', note: '已在区政府网站公开', date: '2021-10-12' }),
        entry({
          task: 8,
          unit: '霞山区政府',
          state: 'cannotComplete',
          reason: '系统未上线',
          date: '2021-10-18',
        }),
      ],
    });
    golden('lead-summary-progress.md', text(file.bytes));
  });

  test('the index page of a bundle', async () => {
    const files = await renderBundle({
      analysis: seed,
      asOf: AS_OF,
      formats: ['md', 'html', 'csv', 'ics'],
      units: ['市财政局', '赤坎区政府'],
    });
    golden('index.html', text(files.at(-1)!.bytes));
  });
});
