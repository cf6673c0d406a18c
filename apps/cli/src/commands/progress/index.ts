/**
 * `fengong progress`: the progress ledger (进度台账) — record what units report, list it, import filled-in
 * ledger workbooks, export it. The ledger is `<plan>.progress.jsonl` beside the plan (`--ledger` to
 * choose another file): append-only, one JSON line per entry.
 */
import { type Command, Option } from 'commander';
import { examples, h } from '../../help';

export function registerProgress(program: Command): void {
  const progress = program
    .command('progress')
    .description(h('cmd-progress'))
    .addHelpText(
      'after',
      examples(
        [
          'fengong progress add plan.yaml --task 7 --unit 市财政局 --state 已完成 --note 已在专栏公开',
          'fengong progress list plan.yaml --unit 市财政局',
          'fengong progress import plan.yaml 市财政局.xlsx 赤坎区.xlsx --date 2021-10-20',
          'fengong progress export plan.yaml --format csv -o ledger.csv',
        ],
        'after-progress',
      ),
    );

  const common = (cmd: Command) =>
    cmd.option('--ledger <file>', h('progress-ledger')).option('--units <registry>', h('common-units'));

  common(
    progress
      .command('add')
      .description(h('cmd-progress-add'))
      .argument('<plan>', h('common-plan'))
      .requiredOption('--task <n>', h('common-task'))
      .requiredOption('--unit <name>', h('progress-add-unit'))
      .requiredOption('--state <state>', h('progress-add-state'))
      .option('--date <date>', h('progress-add-date'))
      .option('--note <text>', h('progress-add-note'))
      .option('--reason <text>', h('progress-add-reason'))
      .option('--evidence <item...>', h('progress-add-evidence'))
      .option('--author <name>', h('progress-add-author'))
      .option('--supersedes <id>', h('progress-add-supersedes'))
      .option('--json', h('progress-add-json')),
  )
    .addHelpText(
      'after',
      examples([
        'fengong progress add seeds/zhanjiang-2021/plan.yaml --task 7 --unit 市财政局 --state 推进中 --date 2021-10-10',
        'fengong progress add seeds/zhanjiang-2021/plan.yaml --task 9 --unit 市财政局 --state 无法完成 --reason 上级系统未开放',
        'fengong progress add seeds/zhanjiang-2021/plan.yaml --task 7 --unit 市财政局 --state 推进中 --supersedes 1f2e3d4c',
      ]),
    )
    .action(async (...args: Parameters<typeof import('./add').add>) => (await import('./add')).add(...args));

  common(
    progress
      .command('list')
      .description(h('cmd-progress-list'))
      .argument('<plan>', h('common-plan'))
      .option('--unit <name>', h('progress-list-unit'))
      .option('--task <n>', h('common-task-2'))
      .option('--state <state...>', h('progress-list-state'))
      .option('--as-of <date>', h('progress-list-as-of'))
      .option('--history', h('progress-list-history'))
      .option('--json', h('progress-list-json')),
  )
    .addHelpText(
      'after',
      examples([
        'fengong progress list seeds/zhanjiang-2021/plan.yaml --unit 市财政局',
        'fengong progress list seeds/zhanjiang-2021/plan.yaml --task 7 --history',
        'fengong progress list seeds/zhanjiang-2021/plan.yaml --state 无法完成 --json',
      ]),
    )
    .action(async (...args: Parameters<typeof import('./list').list>) =>
      (await import('./list')).list(...args),
    );

  common(
    progress
      .command('status')
      .description(h('cmd-progress-status'))
      .argument('<plan>', h('common-plan'))
      .option('--unit <name>', h('progress-status-unit'))
      .option('--task <n>', h('common-task-2'))
      .option('--as-of <date>', h('progress-status-as-of'))
      .option('--json', h('progress-status-json')),
  )
    .addHelpText(
      'after',
      examples(
        [
          'fengong progress status seeds/zhanjiang-2021/plan.yaml --as-of 2021-10-30',
          'fengong progress status seeds/zhanjiang-2021/plan.yaml --unit 赤坎区政府 --json',
        ],
        'after-progress-status',
      ),
    )
    .action(async (...args: Parameters<typeof import('./status').status>) =>
      (await import('./status')).status(...args),
    );

  common(
    progress
      .command('import')
      .description(h('cmd-progress-import'))
      .argument('<plan>', h('common-plan'))
      .argument('<files...>', h('progress-import-files'))
      .option('--unit <name>', h('progress-import-unit'))
      .option('--date <date>', h('progress-import-date'))
      .option('--author <name>', h('progress-import-author'))
      .option('--correct', h('progress-import-correct'))
      .option('--dry-run', h('progress-import-dry-run'))
      .option('--json', h('progress-import-json')),
  )
    .addHelpText(
      'after',
      examples(
        [
          'fengong progress import seeds/zhanjiang-2021/plan.yaml 市财政局.xlsx 赤坎区政府.xlsx --date 2021-10-20',
          'fengong progress import seeds/zhanjiang-2021/plan.yaml 任务分工台账.xlsx --unit 市政府办公室',
          'fengong progress import seeds/zhanjiang-2021/plan.yaml browser.progress.jsonl',
        ],
        'after-progress-import',
      ),
    )
    .action(async (...args: Parameters<typeof import('./import').importFiles>) =>
      (await import('./import')).importFiles(...args),
    );

  common(
    progress
      .command('export')
      .description(h('cmd-progress-export'))
      .argument('<plan>', h('common-plan'))
      .addOption(
        new Option('--format <format>', h('progress-export-format'))
          .choices(['csv', 'json', 'jsonl'])
          .default('csv'),
      )
      .option('--current', h('progress-export-current'))
      .option('--as-of <date>', h('progress-export-as-of'))
      .option('-o, --output <file>', h('progress-export-output'))
      .option('-f, --force', h('common-force')),
  )
    .addHelpText(
      'after',
      examples([
        'fengong progress export seeds/zhanjiang-2021/plan.yaml > ledger.csv',
        'fengong progress export seeds/zhanjiang-2021/plan.yaml --format json --current',
      ]),
    )
    .action(async (...args: Parameters<typeof import('./export').exportLedger>) =>
      (await import('./export')).exportLedger(...args),
    );
}
