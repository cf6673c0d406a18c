import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plan } from '../model/schema';

/**
 * Where a plan's unit registry is (名录位置): the `registry` the plan names (relative to the plan
 * file), else `units.yaml` (`.yml`, `.json`) beside the plan; `undefined` when there is none.
 *
 * @example
 * registryFileOf('seeds/zhanjiang-2021/plan.yaml', { registry: '../zhanjiang/units.yaml' }); //=> 'seeds/zhanjiang/units.yaml'
 */
export function registryFileOf(planFile: string, plan: Pick<Plan, 'registry'>): string | undefined {
  const dir = path.dirname(planFile);
  if (plan.registry) return path.isAbsolute(plan.registry) ? plan.registry : path.join(dir, plan.registry);
  for (const name of ['units.yaml', 'units.yml', 'units.json']) {
    const candidate = path.join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}
