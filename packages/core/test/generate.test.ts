import { describe, expect, test } from 'vitest';
import { generatePlan } from '../../../scripts/lib/generate';
import { analyzePlan, Plan, Registry, summarizePlan } from '../src';

describe('the synthetic plan generator (benchmarks and robustness)', () => {
  test('is deterministic by seed and differs between seeds', () => {
    const a = generatePlan({ tasks: 200, units: 300, seed: 7 });
    expect(generatePlan({ tasks: 200, units: 300, seed: 7 })).toEqual(a);
    expect(generatePlan({ tasks: 200, units: 300, seed: 8 }).plan.tasks).not.toEqual(a.plan.tasks);
  });

  test('produces valid plans whose every cell fengong reads without unreadable spans or unspecified deadlines', () => {
    const { plan, registry } = generatePlan({ tasks: 500, units: 300, seed: 1 });
    const parsed = Plan.parse(plan);
    const reg = Registry.parse(registry);
    expect(reg.units).toHaveLength(300);
    const summary = summarizePlan(analyzePlan(parsed, { registry: reg }));
    expect(summary.tasks).toBe(500);
    expect(summary.deadlinesByKind.unspecified ?? 0).toBe(0);
    expect(summary.notices.filter((n) => n.code === 'unread-span' || n.code === 'unknown-unit')).toEqual([]);
  });
});
