import type { TaskFilter } from '@fengong/core';
import { type Command, Option } from 'commander';
import { t } from '../i18n';
import { print, printJson } from '../io';
import { examples, h } from '../help';

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
    .description(h('cmd-tasks'))
    .argument('<plan>', h('common-plan'))
    .option('--units <registry>', h('common-units'))
    .option('--ledger <file>', h('common-ledger'))
    .option('--unit <name>', h('tasks-unit'))
    .addOption(
      new Option('--role <role...>', h('tasks-role')).choices([
        'lead',
        'responsible',
        'supporting',
        'supervising',
      ]),
    )
    .option('--category <name>', h('tasks-category'))
    .addOption(new Option('--status <status...>', h('tasks-status')).choices(STATUSES))
    .option('--due-before <date>', h('tasks-due-before'))
    .option('--due-after <date>', h('tasks-due-after'))
    .option('--as-of <date>', h('common-as-of'))
    .option('--count', h('tasks-count'))
    .option('--json', h('tasks-json'))
    .addOption(new Option('--fail-on <status>', h('tasks-fail-on')).choices(['overdue', 'atRisk']))
    .addHelpText(
      'after',
      examples([
        'fengong tasks seeds/zhanjiang-2021/plan.yaml --unit 市财政局 --role lead',
        'fengong tasks seeds/zhanjiang-2021/plan.yaml --status overdue --as-of 2021-10-01',
        'fengong tasks seeds/zhanjiang-2021/plan.yaml --due-before 2021-12-31 --count',
      ]),
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
        print(tasks.length ? renderTaskTable(tasks, { unit: options.unit !== undefined }) : t('no-tasks'));
      }
      if (options.failOn) {
        const { failOn } = await import('../render');
        failOn(tasks, options.failOn);
      }
    });
}
