/**
 * A program in another project, written as the README teaches: compiled by `consumers.mjs` against
 * the packed tarball of @fengong/core under nodenext (ESM and CommonJS), bundler and node10, with
 * `strict` and `exactOptionalPropertyTypes`, then run. It prints what it found as JSON, which the
 * runner compares with the same questions asked of the workspace's build.
 */
import {
  analyzePlan,
  countTasks,
  FengongInputError,
  FengongUsageError,
  importPlanFile,
  isIsoDate,
  listTasks,
  type PlanAnalysis,
  parsePlan,
  type TaskFilter,
} from '@fengong/core';
import { roleNames } from '@fengong/core/labels';
import { loadPlanFile } from '@fengong/core/node';
import { countTasks as countFast } from '@fengong/core/queries';

function mistake(run: () => unknown): string {
  try {
    run();
    return 'none';
  } catch (error) {
    if (error instanceof FengongUsageError) return `usage:${error.id}`;
    if (error instanceof FengongInputError) return `input:${error.diagnostics[0]?.code ?? ''}`;
    return 'other';
  }
}

async function main(): Promise<void> {
  const [planFile, unit, asOf] = process.argv.slice(2);
  // A day from outside is a string: isIsoDate checks it and narrows it to the options' DayString.
  if (!planFile || !unit || !asOf || !isIsoDate(asOf)) throw new Error('usage: main <plan.yaml> <unit> <YYYY-MM-DD>');
  // A day option is YYYY-MM-DD by its type: 'soon' does not compile (the directive fails if it does).
  // @ts-expect-error
  const notADay: TaskFilter = { dueBefore: 'soon' };
  const loaded = await loadPlanFile(planFile);
  // The README's pattern: `loaded.registry` is `Registry | undefined`.
  const analysis: PlanAnalysis = analyzePlan(loaded.plan, { registry: loaded.registry });
  const filter: TaskFilter = { unit, roles: ['lead'], asOf };
  const led = listTasks(analysis, filter).map((task) => task.number);
  const missing = await loadPlanFile(`${planFile}.missing`).then(
    () => 'none',
    (error: unknown) => (error instanceof Error ? error.name : 'other'),
  );
  // pdfjs-dist is an optional peer dependency, not installed here: reading a PDF says what to install.
  const pdf = await importPlanFile(new TextEncoder().encode('%PDF-1.7\n'), { fileName: 'plan.pdf' }).then(
    () => 'read',
    (error: unknown) =>
      error instanceof FengongInputError
        ? `${error.diagnostics[0]?.code}: ${/npm install pdfjs-dist/.test(error.message) ? 'names' : 'does not name'} pdfjs-dist`
        : String(error),
  );
  console.log(
    JSON.stringify({
      tasks: analysis.tasks.length,
      led,
      overdue: countTasks(analysis, { status: ['overdue'], asOf }),
      overdueFast: countFast(analysis, { status: ['overdue'], asOf }),
      withoutAsOf: mistake(() => listTasks(analysis, { status: ['overdue'] })),
      // A day that escaped the type (from JavaScript, or a cast) is checked when it comes in.
      notADay: mistake(() => listTasks(analysis, notADay)),
      noSuchDay: mistake(() => countFast(analysis, { asOf: '2021-02-30' })),
      badPlan: mistake(() => parsePlan('meta: [', { fileName: 'bad.yaml' })),
      missing,
      pdf,
      lead: roleNames.zh.lead,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
