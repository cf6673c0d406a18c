/**
 * Opening a plan as the worker does (in Node, where the library and the analysis cache fall back to
 * memory): the plan is analysed by core and kept, and its saved analysis is used again only for the
 * same plan, registry and build.
 */
import { analyzePlan, parsePlan, parseRegistry } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { seedPlanText, seedRegistryText } from './__fixtures__/seed';
import { analysisKey, readCompiled } from './analysis-cache';
import { libraryStore, planHash } from './library';
import { analysisOfKept, openAndKeep } from './opening';

const bytes = (text: string) => new TextEncoder().encode(text);
const plan = parsePlan(seedPlanText);
const registry = parseRegistry(seedRegistryText);

describe('opening a plan (the worker’s work)', () => {
  it('keeps the plan with its registry and gives core’s analysis of them', async () => {
    const stages: string[] = [];
    const { opened, saved } = await openAndKeep(
      [
        { name: 'plan.yaml', bytes: bytes(seedPlanText) },
        { name: 'units.yaml', bytes: bytes(seedRegistryText) },
      ],
      null,
      '2026-12-03T10:00:00.000Z',
      (stage) => stages.push(stage),
    );
    await saved;
    const { result, record, analysis: compiled } = opened;
    // Given in core's saved form, under the plan's, registry's and build's key.
    expect(compiled?.key).toBe(analysisKey(planHash(plan), registry));
    const analysis = compiled && readCompiled(compiled.bytes, compiled.key);
    expect(stages).toEqual(['read', 'analyse', 'keep']);
    expect(result.problems).toEqual([]);
    expect(record?.id).toBe(planHash(plan));
    expect(record?.registryName).toBe('units.yaml');
    expect(await (await libraryStore()).get(planHash(plan))).toBe(record);
    const fresh = analyzePlan(plan, { registry });
    expect(analysis?.tasks.map((t) => t.resolved.roles)).toEqual(fresh.tasks.map((t) => t.resolved.roles));
    expect(analysis?.tasks.map((t) => t.deadline.deadline)).toEqual(
      fresh.tasks.map((t) => t.deadline.deadline),
    );
    expect(analysis?.tasks.map((t) => t.resolved.units)).toEqual(fresh.tasks.map((t) => t.resolved.units));
    // Reopened: the analysis saved beside it, not a new one.
    expect((await analysisOfKept(planHash(plan)))?.bytes).toBe(compiled?.bytes);
  });

  it('analyses a kept plan again when its registry changed, and keeps nothing for a plan it does not have', async () => {
    const id = planHash(plan);
    const before = await analysisOfKept(id);
    const store = await libraryStore();
    const record = (await store.get(id))!;
    const { registry: _dropped, ...withoutRegistry } = record;
    await store.put(withoutRegistry);
    const after = await analysisOfKept(id);
    expect(after?.bytes).not.toBe(before?.bytes);
    expect(after?.key).toBe(analysisKey(id, undefined));
    // Read without a registry, a lead unit is kept as written and no group is expanded.
    expect(readCompiled(after!.bytes, after!.key)?.registry.registry.units).toEqual([]);
    expect((await analysisOfKept(id))?.bytes).toBe(after?.bytes);
    expect(await analysisOfKept('0000000000000000')).toBeUndefined();
  });

  it('keys an analysis by the plan, the registry and core’s build', () => {
    const id = planHash(plan);
    expect(analysisKey(id, registry)).toBe(analysisKey(id, parseRegistry(seedRegistryText)));
    expect(analysisKey(id, registry)).not.toBe(analysisKey(id, undefined));
    expect(analysisKey(id, registry)).not.toBe(
      analysisKey(id, { ...registry, units: registry.units.slice(1) }),
    );
    expect(analysisKey(id, registry).startsWith(`${id}|`)).toBe(true);
  });
});
