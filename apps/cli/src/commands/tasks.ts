import type { TaskFilter } from '@fengong/core';
import { type Command, Option } from 'commander';
import { t } from '../i18n';
import { print, printJson } from '../io';

interface TasksOptions {
  units?: string;
  ledger?: string;
  unit?: string;
  role?: ('lead' | 'responsible' | 'supporting' | 'supervising')[];
  category?: string;
  status?: string[];
  dueBefore?: string;
  dueAfter?: string;
  asOf?: string;
  count?: boolean;
  json?: boolean;
  failOn?: 'overdue' | 'atRisk';
}

const STATUSES = [
  'overdue',
  'atRisk',
  'dueSoon',
  'pending',
  'ongoing',
  'done',
  'doneLate',
  'notStarted',
  'awaitingAnchor',
];

export function registerTasks(program: Command): void {
  program
    .command('tasks')
    .description('列出任务：按单位、角色、类别、状态、时限筛选 — list tasks, filtered')
    .argument('<plan>', 'plan file (YAML or JSON)')
    .option('--units <registry>', 'unit registry (default: the one the plan names)')
    .option(
      '--ledger <file>',
      'progress ledger for completion (default: <plan>.progress.jsonl beside the plan)',
    )
    .option('--unit <name>', 'tasks this unit holds a role on (name, alias or full name; groups expanded)')
    .addOption(
      new Option('--role <role...>', 'with --unit: only these roles').choices([
        'lead',
        'responsible',
        'supporting',
        'supervising',
      ]),
    )
    .option('--category <name>', 'tasks of this category (or a part of its name)')
    .addOption(new Option('--status <status...>', 'tasks with this status on --as-of').choices(STATUSES))
    .option('--due-before <date>', 'first due day on or before this day (YYYY-MM-DD)')
    .option('--due-after <date>', 'first due day on or after this day (YYYY-MM-DD)')
    .option('--as-of <date>', 'judge status on this day (default: today)')
    .option('--count', 'print only how many tasks match')
    .option('--json', 'print the task views core returned, as JSON')
    .addOption(
      new Option(
        '--fail-on <status>',
        'exit 1 when any listed task has this status (atRisk: at risk or overdue)',
      ).choices(['overdue', 'atRisk']),
    )
    .addHelpText(
      'after',
      `
Examples:
  $ fengong tasks seeds/zhanjiang-2021/plan.yaml --unit 市财政局 --role lead
  $ fengong tasks seeds/zhanjiang-2021/plan.yaml --status overdue --as-of 2021-10-01
  $ fengong tasks seeds/zhanjiang-2021/plan.yaml --due-before 2021-12-31 --count`,
    )
    .action(async (planFile: string, options: TasksOptions) => {
      const { loadAnalysis, loadCompletion, dateOption, today } = await import('../context');
      const { countTasks, listTasks } = await import('@fengong/core/queries');
      const asOf = dateOption(options.asOf, '--as-of') ?? today();
      const analysis = await loadAnalysis(planFile, options);
      // With --unit, each row's status is that unit's part (core's progress rules).
      const completion = await loadCompletion(planFile, analysis, { ...options, asOf });
      const filter: TaskFilter = {
        asOf,
        completion,
        unit: options.unit,
        roles: options.role,
        category: options.category,
        status: options.status as TaskFilter['status'],
        dueBefore: dateOption(options.dueBefore, '--due-before'),
        dueAfter: dateOption(options.dueAfter, '--due-after'),
      };
      if (options.count && !options.failOn) {
        const count = countTasks(analysis, filter);
        if (options.json) printJson({ count });
        else print(String(count));
        return;
      }
      const tasks = listTasks(analysis, filter);
      if (options.json) printJson(options.count ? { count: tasks.length } : tasks);
      else if (options.count) print(String(tasks.length));
      else {
        const { renderTaskTable } = await import('../render');
        print(tasks.length ? renderTaskTable(tasks, { unit: options.unit !== undefined }) : t('noTasks'));
      }
      if (options.failOn) {
        const { failOn } = await import('../render');
        failOn(tasks, options.failOn);
      }
    });
}
