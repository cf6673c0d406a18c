/**
 * The plans a server holds (方案), loaded at start with core's loader: several plans (years,
 * issuers), each known by its plan id (文号, else title) — the id its ledger entries carry.
 */
import path from 'node:path';
import { FengongInputError, type PlanAnalysis, planId, sayServer } from '@fengong/core';
import { loadPlanAnalysis } from '@fengong/core/node';
import type { Sql } from './db/database';

export interface ServedPlan {
  id: string;
  title: string;
  file: string;
  /** The unit registry the plan was read against, when one was found. */
  registryFile?: string;
  analysis: PlanAnalysis;
}

/** Load plan files; the same plan twice is an input error naming both files. */
export async function loadPlans(
  files: readonly string[],
  options: { units?: string } = {},
): Promise<Map<string, ServedPlan>> {
  if (files.length === 0) throw new FengongInputError([], sayServer('server-no-plans', {}));
  const plans = new Map<string, ServedPlan>();
  for (const file of files) {
    const { analysis, registryFile } = await loadPlanAnalysis(
      file,
      options.units ? { registryFile: options.units } : {},
    );
    const id = planId(analysis.plan);
    const before = plans.get(id);
    if (before)
      throw new FengongInputError(
        [],
        sayServer('server-plan-twice', { plan: id, files: `${before.file}、${file}` }),
      );
    plans.set(id, {
      id,
      title: analysis.plan.meta.title,
      file: path.resolve(file),
      ...(registryFile ? { registryFile: path.resolve(registryFile) } : {}),
      analysis,
    });
  }
  return plans;
}

/** Record the plans served (entries refer to them). */
export async function registerPlans(sql: Sql, plans: Iterable<ServedPlan>): Promise<void> {
  for (const p of plans) {
    await sql.query(
      'insert into plans (id, title, file) values ($1, $2, $3) on conflict (id) do update set title = excluded.title, file = excluded.file, loaded_at = now()',
      [p.id, p.title, p.file],
    );
  }
}
