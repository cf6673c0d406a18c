/**
 * One cold measurement for bench-plan: read a plan file and its registry, resolve every task, and
 * judge every status on one day; print the phases' times and the peak memory as JSON.
 */
import { readFileSync } from 'node:fs';
import { analyzePlan, listTasks, parsePlan, parseRegistry } from '@fengong/core';

const [planFile, registryFile] = process.argv.slice(2) as [string, string];
const t0 = performance.now();
const plan = parsePlan(readFileSync(planFile, 'utf8'), { fileName: planFile });
const registry = parseRegistry(readFileSync(registryFile, 'utf8'), { fileName: registryFile });
const t1 = performance.now();
const analysis = analyzePlan(plan, { registry });
const t2 = performance.now();
const views = listTasks(analysis, { asOf: '2021-10-01' });
const t3 = performance.now();
if (views.length !== plan.tasks.length) throw new Error('not every task has a view');
process.stdout.write(
  JSON.stringify({ loadMs: t1 - t0, resolveMs: t2 - t1, statusMs: t3 - t2, totalMs: t3 - t0, maxRssMb: process.resourceUsage().maxRSS / 1024 }),
);
