/** The Zhanjiang 2021 seed plan, read once for the tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  analyzePlan,
  createLedgerEntry,
  type LedgerEntry,
  type NewLedgerEntry,
  planId,
  type PlanAnalysis,
  parsePlan,
  parseRegistry,
  type Plan,
  type Registry,
} from '@fengong/core';
import { type ReportFormat, type ReportKind, renderReport } from '../src';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');
const planFile = path.join(repoRoot, 'seeds/zhanjiang-2021/plan.yaml');
const registryFile = path.join(repoRoot, 'seeds/zhanjiang/units.yaml');

export const seedPlan: Plan = parsePlan(readFileSync(planFile, 'utf8'), { fileName: planFile });
export const seedRegistry: Registry = parseRegistry(readFileSync(registryFile, 'utf8'), {
  fileName: registryFile,
});
export const seed: PlanAnalysis = analyzePlan(seedPlan, { registry: seedRegistry });

/** The status day of the golden files: the day after the September deadlines. */
export const AS_OF = '2021-10-01';

/** The text of UTF-8 bytes, a byte-order mark kept (as U+FEFF). */
export const text = (bytes: Uint8Array): string =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

let counter = 0;

/** A ledger entry of the seed plan; ids count up, each recorded one second after the last. */
export function entry(fields: Omit<NewLedgerEntry, 'plan'> & { id?: string }): LedgerEntry {
  counter++;
  const { id, ...rest } = fields;
  return createLedgerEntry(
    { plan: planId(seedPlan), ...rest },
    {
      id: id ?? `t${String(counter).padStart(4, '0')}`,
      recordedAt: new Date(Date.UTC(2021, 9, 1, 0, 0, counter)).toISOString(),
    },
  );
}

/** A report of the seed plan on {@link AS_OF}; the unit report is 市财政局's. */
export const renderSeedReport = (kind: ReportKind, format: ReportFormat) =>
  renderReport({
    kind,
    format,
    analysis: seed,
    asOf: AS_OF,
    ...(kind === 'unit' ? { unit: '市财政局' } : {}),
  });
