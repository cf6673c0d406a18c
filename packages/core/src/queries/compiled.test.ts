import { describe, expect, test } from 'vitest';
import { generatePlan } from '../../../../scripts/lib/generate';
import { seedPlan, seedRegistry } from '../../test/seed';
import { Plan, Registry } from '../model/schema';
import { tasksForUnit, unitAssignments } from '../roles/plan';
import { analyzePlan, type PlanAnalysis } from './analysis';
import { decodeAnalysis, encodeAnalysis } from './compiled';
import { countTasks, listTasks, type TaskFilter, taskDetail } from './views';

const generated = generatePlan({ tasks: 400, units: 200, seed: 3 });
const cases: [string, PlanAnalysis][] = [
  ['the seed plan', analyzePlan(seedPlan, { registry: seedRegistry })],
  ['the seed plan without a registry', analyzePlan(seedPlan)],
  [
    'a generated plan',
    analyzePlan(Plan.parse(generated.plan), { registry: Registry.parse(generated.registry) }),
  ],
];

/** Everything an analysis holds, as plain data (lazy properties read). */
const plain = (analysis: PlanAnalysis) => ({
  plan: analysis.plan,
  registry: analysis.registry.registry,
  tasks: analysis.tasks.map((t) => ({ task: t.task, resolved: { ...t.resolved }, deadline: t.deadline })),
  conventions: analysis.resolved.conventions,
  // Values, not array types: a compiled plan keeps the narrowest typed array that holds them.
  byUnit: Object.fromEntries(
    // Data only: a compiled index also has a reader for one unit's slice (entriesOf).
    Object.entries({ ...analysis.resolved.byUnit })
      .filter(([, v]) => typeof v !== 'function')
      .map(([k, v]) => [
        k,
        v instanceof Map ? [...v] : ArrayBuffer.isView(v) ? Array.from(v as ArrayLike<number>) : v,
      ]),
  ),
});

describe('compiled analyses (encodeAnalysis / decodeAnalysis)', () => {
  test.each(cases)('%s reads back equal to the analysis it was made from', (_name, analysis) => {
    const decoded = decodeAnalysis(encodeAnalysis(analysis, { key: 'k', meta: { file: 'plan.yaml' } }), {
      key: 'k',
    });
    expect(decoded?.meta).toEqual({ file: 'plan.yaml' });
    expect(plain(decoded!.analysis)).toEqual(plain(analysis));
    // Key order too: JSON output of the decoded analysis is byte-identical.
    expect(JSON.stringify(decoded!.analysis.tasks.map((t) => t.resolved))).toBe(
      JSON.stringify(analysis.tasks.map((t) => t.resolved)),
    );
    expect(JSON.stringify(decoded!.analysis.tasks)).toBe(JSON.stringify(analysis.tasks));
  });

  test.each(cases)('%s saved with its expanded units and clauses reads back equal', (_name, analysis) => {
    const bytes = encodeAnalysis(analysis, { key: 'k', expanded: true });
    expect(bytes.length).toBeGreaterThan(encodeAnalysis(analysis, { key: 'k' }).length);
    const decoded = decodeAnalysis(bytes, { key: 'k' })!.analysis;
    expect(plain(decoded)).toEqual(plain(analysis));
    expect(JSON.stringify(decoded.tasks)).toBe(JSON.stringify(analysis.tasks));
    const first = analysis.plan.tasks[0]!.number;
    expect(taskDetail(decoded, first, { asOf: '2021-10-01' })).toEqual(
      taskDetail(analysis, first, { asOf: '2021-10-01' }),
    );
    for (const unit of [...analysis.resolved.byUnit.ids.keys()].slice(0, 20))
      expect(unitAssignments(decoded.resolved, unit)).toEqual(unitAssignments(analysis.resolved, unit));
  });

  test('a file source is closed once every part of bytes saved with the expanded units was read', () => {
    const bytes = encodeAnalysis(cases[0]![1], { key: 'k', expanded: true });
    let closed = 0;
    let readAfterClose = false;
    const decoded = decodeAnalysis(
      {
        size: bytes.length,
        read: (offset, length) => {
          if (closed) readAfterClose = true;
          return bytes.subarray(offset, offset + length);
        },
        close: () => closed++,
      },
      { key: 'k' },
    )!.analysis;
    JSON.stringify(decoded.tasks);
    void decoded.registry;
    expect(closed).toBe(0);
    for (const unit of decoded.resolved.byUnit.ids.keys()) tasksForUnit(decoded.resolved, unit);
    void [decoded.resolved.byUnit.taskAt, decoded.resolved.byUnit.roleAt, decoded.resolved.byUnit.viaAt];
    expect(closed).toBe(0);
    void decoded.resolved.byUnit.slotAt;
    expect(closed).toBe(1);
    expect(readAfterClose).toBe(false);
  });

  test.each(cases)('%s answers every query as the fresh analysis does', (_name, analysis) => {
    const decoded = decodeAnalysis(encodeAnalysis(analysis, { key: 'k' }), { key: 'k' })!.analysis;
    const asOf = '2021-10-01';
    expect(listTasks(decoded, { asOf })).toEqual(listTasks(analysis, { asOf }));
    for (const unit of [...analysis.resolved.byUnit.ids.keys()].slice(0, 60)) {
      expect(listTasks(decoded, { unit, asOf, roles: ['lead'] })).toEqual(
        listTasks(analysis, { unit, asOf, roles: ['lead'] }),
      );
      expect(unitAssignments(decoded.resolved, unit)).toEqual(unitAssignments(analysis.resolved, unit));
    }
    const first = analysis.plan.tasks[0]!.number;
    expect(taskDetail(decoded, first, { asOf })).toEqual(taskDetail(analysis, first, { asOf }));
  });

  test.each([
    ['another key', (b: Uint8Array) => b, 'other'],
    ['not a compiled plan', () => new TextEncoder().encode('meta:\n  title: x\n'), 'k'],
    ['cut short', (b: Uint8Array) => b.subarray(0, b.length - 100), 'k'],
    ['cut inside the header', (b: Uint8Array) => b.subarray(0, 40), 'k'],
    ['a damaged header', (b: Uint8Array) => Uint8Array.from(b, (x, i) => (i === 20 ? 0x7b : x)), 'k'],
    ['empty', () => new Uint8Array(0), 'k'],
  ])('refuses bytes that are %s (the caller reads the plan afresh)', (_name, damage, key) => {
    const bytes = encodeAnalysis(cases[0]![1], { key: 'k' });
    expect(decodeAnalysis(damage(bytes), { key })).toBeUndefined();
  });

  test('reads bytes that do not start on an aligned offset', () => {
    const bytes = encodeAnalysis(cases[0]![1], { key: 'k' });
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const decoded = decodeAnalysis(shifted.subarray(3), { key: 'k' });
    expect(
      tasksForUnit(decoded!.analysis.resolved, '市财政局', { roles: ['lead'] }).map((t) => t.task),
    ).toEqual([7, 8, 9]);
  });
});

describe('the per-unit index', () => {
  test.each(cases)(
    '%s: tasksForUnit read from the packed index agrees with the expanded units',
    (_name, analysis) => {
      const { resolved } = analysis;
      for (const unit of resolved.byUnit.ids.keys()) {
        const fromUnits = resolved.tasks.flatMap((task) =>
          task.units
            .filter((u) => u.unit === unit)
            .map((u) => ({
              task: task.number,
              role: u.role,
              supervising: u.supervising === true,
              ...(u.via !== undefined ? { via: u.via } : {}),
              ...(u.territorial ? { territorial: true } : {}),
            })),
        );
        expect(tasksForUnit(resolved, unit)).toEqual(fromUnits);
      }
    },
  );
});

describe('countTasks', () => {
  const [, analysis] = cases[0]!;
  test.each([
    [{}],
    [{ unit: '市财政局' }],
    [{ unit: '市财政局', roles: ['lead' as const] }],
    [{ unit: '市直各单位' }],
    [{ category: '财政' }],
    [{ asOf: '2021-10-01', status: ['overdue' as const] }],
    [{ asOf: '2021-10-01', dueBefore: '2021-09-30' }],
    [{ dueAfter: '2021-12-01', unit: '赤坎区政府' }],
  ] satisfies [TaskFilter][])('%o counts what listTasks lists', (filter) => {
    const listed = listTasks(analysis, filter).length;
    expect(countTasks(analysis, filter)).toBe(listed);
    const decoded = decodeAnalysis(encodeAnalysis(analysis, { key: 'k' }), { key: 'k' })!.analysis;
    expect(countTasks(decoded, filter)).toBe(listed);
  });
});
