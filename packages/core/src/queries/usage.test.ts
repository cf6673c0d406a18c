import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { FengongUsageError } from '../diagnostics';
import { parsePlan, parseRegistry } from '../model/parse';
import type { DayString } from '../model/plain';
import { ledgerProgress } from '../progress/rules';
import { lookback } from '../progress/lookback';
import { analyzePlan } from './analysis';
import { ledgerRows } from './report-views';
import { countTasks, listTasks, type TaskFilter, taskStatus } from './views';

const seeds = path.resolve(import.meta.dirname, '../../../../seeds');
const plan = parsePlan(readFileSync(path.join(seeds, 'zhanjiang-2021/plan.yaml'), 'utf8'));
const registry = parseRegistry(readFileSync(path.join(seeds, 'zhanjiang/units.yaml'), 'utf8'));
const analysis = analyzePlan(plan, { registry });

/** The usage error a filter throws, or undefined. */
function usageError(filter: TaskFilter): FengongUsageError | undefined {
  try {
    listTasks(analysis, filter);
  } catch (error) {
    if (error instanceof FengongUsageError) return error;
    throw error;
  }
  return undefined;
}

describe('query options are checked, with one typed error said from the catalogue', () => {
  test.each<[string, TaskFilter, string, RegExp]>([
    ['a status without asOf', { status: ['overdue'] }, 'usage/status-needs-as-of', /需要 asOf/],
    ['roles without a unit', { roles: ['lead'] }, 'usage/roles-need-unit', /需要 unit/],
    // 'soon' does not compile (DayString): the check is for a value that escaped the type.
    ['a day that is not YYYY-MM-DD', { dueBefore: 'soon' as DayString }, 'usage/bad-date', /dueBefore.*“soon”/],
    ['a day that does not exist', { asOf: '2021-02-30' }, 'usage/bad-date', /asOf.*“2021-02-30”/],
    [
      'a status that is not one',
      { status: ['late' as never], asOf: '2021-10-01' },
      'usage/bad-value',
      /“late”/,
    ],
    ['a role that is not one', { unit: '市财政局', roles: ['boss' as never] }, 'usage/bad-value', /“boss”/],
    ['an option that is not one', { stauts: ['overdue'] } as TaskFilter, 'usage/unknown-option', /stauts/],
  ])('%s', (_what, filter, id, says) => {
    const error = usageError(filter);
    expect(error?.id).toBe(id);
    expect(error?.message).toMatch(says);
    expect(error?.describe('en')).toMatch(/^[\x20-\x7e“”’]+$/);
    expect(() => countTasks(analysis, filter)).toThrow(FengongUsageError);
  });

  test('a bad asOf is an error, not a status of unknown', () => {
    expect(() => taskStatus(analysis.byNumber.get(7)!, analysis, { asOf: '10/01/2021' as DayString })).toThrow(
      FengongUsageError,
    );
  });

  test('a bad asOf of the ledger, the look-back or a report view is the same error', () => {
    const bad = '2021-13-01' as DayString;
    for (const run of [
      () => ledgerProgress(analysis, [], { asOf: bad }),
      () => lookback(analysis, { asOf: bad }),
      () => ledgerRows(analysis, { asOf: bad }),
    ]) {
      let thrown: unknown;
      try {
        run();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(FengongUsageError);
      expect((thrown as FengongUsageError).id).toBe('usage/bad-date');
    }
  });

  test('good filters still answer', () => {
    expect(usageError({ unit: '市财政局', roles: ['lead'], status: ['overdue'], asOf: '2021-10-01' })).toBe(
      undefined,
    );
    expect(listTasks(analysis, { dueBefore: '2021-09-30' }).length).toBe(
      countTasks(analysis, { dueBefore: '2021-09-30' }),
    );
  });
});
