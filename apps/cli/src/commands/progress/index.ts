/**
 * `fengong progress`: the progress ledger (进度台账) — record what units report, list it, import filled-in
 * ledger workbooks, export it. The ledger is `<plan>.progress.jsonl` beside the plan (`--ledger` to
 * choose another file): append-only, one JSON line per entry.
 */
import { type Command, Option } from 'commander';

const STATE_HELP =
  '未开始|推进中|已完成|已完成（逾期）|无法完成, or notStarted|inProgress|done|doneLate|cannotComplete';

export function registerProgress(program: Command): void {
  const progress = program
    .command('progress')
    .description('进度台账：记录、查看、导入、导出各单位的进展 — the progress ledger')
    .addHelpText(
      'after',
      `
The ledger is <plan>.progress.jsonl beside the plan (or --ledger <file>): one JSON line per entry,
only ever appended. A correction is a new entry that supersedes the wrong one (--supersedes).
A task is done for the plan when its lead units (with no lead, all its responsible units) have
finished (latest entry 已完成 or 已完成（逾期）); a unit's part is done when its own latest entry says so
or the task is done. Of two entries on one day, the one recorded later counts.

Examples:
  $ fengong progress add plan.yaml --task 7 --unit 市财政局 --state 已完成 --note 已在专栏公开
  $ fengong progress list plan.yaml --unit 市财政局
  $ fengong progress import plan.yaml 市财政局.xlsx 赤坎区.xlsx --date 2021-10-20
  $ fengong progress export plan.yaml --format csv -o ledger.csv`,
    );

  const common = (cmd: Command) =>
    cmd
      .option('--ledger <file>', 'the ledger file (default: <plan>.progress.jsonl beside the plan)')
      .option('--units <registry>', 'unit registry (default: the one the plan names)');

  common(
    progress
      .command('add')
      .description('记录一条进展 — record one unit’s progress on one task')
      .argument('<plan>', 'plan file (YAML or JSON)')
      .requiredOption('--task <n>', 'task number')
      .requiredOption('--unit <name>', 'the reporting unit (name, alias or full name)')
      .requiredOption('--state <state>', STATE_HELP)
      .option(
        '--date <date>',
        'the day the state holds from; for a finished state the day it was finished (default: today)',
      )
      .option('--note <text>', 'progress in words (进展情况)')
      .option('--reason <text>', 'why it cannot be completed (required with 无法完成)')
      .option('--evidence <item...>', 'links or file names of supporting material (佐证材料)')
      .option('--author <name>', 'who records it (default: $FENGONG_AUTHOR)')
      .option(
        '--supersedes <id>',
        'the entry this one corrects (its id, or the first 8 characters shown by list)',
      )
      .option('--json', 'print the recorded entry as JSON'),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ fengong progress add seeds/zhanjiang-2021/plan.yaml --task 7 --unit 市财政局 --state 推进中 --date 2021-10-10
  $ fengong progress add seeds/zhanjiang-2021/plan.yaml --task 9 --unit 市财政局 --state 无法完成 --reason 上级系统未开放
  $ fengong progress add seeds/zhanjiang-2021/plan.yaml --task 7 --unit 市财政局 --state 推进中 --supersedes 1f2e3d4c`,
    )
    .action(async (...args: Parameters<typeof import('./add').add>) => (await import('./add')).add(...args));

  common(
    progress
      .command('list')
      .description('查看台账：各单位每项任务的最新进展 — each unit’s latest entry on each task')
      .argument('<plan>', 'plan file (YAML or JSON)')
      .option('--unit <name>', 'only this unit (a group: its members)')
      .option('--task <n>', 'only this task')
      .option('--state <state...>', `only these states (${STATE_HELP})`)
      .option('--as-of <date>', 'as known on this day (entries dated later are left out)')
      .option('--history', 'every entry, corrected ones included, in the order recorded')
      .option('--json', 'print the entries as JSON'),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ fengong progress list seeds/zhanjiang-2021/plan.yaml --unit 市财政局
  $ fengong progress list seeds/zhanjiang-2021/plan.yaml --task 7 --history
  $ fengong progress list seeds/zhanjiang-2021/plan.yaml --state 无法完成 --json`,
    )
    .action(async (...args: Parameters<typeof import('./list').list>) =>
      (await import('./list')).list(...args),
    );

  common(
    progress
      .command('status')
      .description('进展状况：每项任务及各单位的完成情况 — where each task and each unit’s part stands')
      .argument('<plan>', 'plan file (YAML or JSON)')
      .option('--unit <name>', 'only the tasks this unit holds a role on, with its own part')
      .option('--task <n>', 'only this task')
      .option('--as-of <date>', 'the status day (default: today); entries dated later are not yet known')
      .option('--json', 'print core’s progress report (every task, every unit’s part, the counts) as JSON'),
  )
    .addHelpText(
      'after',
      `
A task is done when all its owners (its lead units; with no lead, its responsible units) have
finished; a unit's part is done when its own latest entry says so or the task is done. 无法完成 is
its own class, with the reason. The reports and the viewer show the same.

Examples:
  $ fengong progress status seeds/zhanjiang-2021/plan.yaml --as-of 2021-10-30
  $ fengong progress status seeds/zhanjiang-2021/plan.yaml --unit 赤坎区政府 --json`,
    )
    .action(async (...args: Parameters<typeof import('./status').status>) =>
      (await import('./status')).status(...args),
    );

  common(
    progress
      .command('import')
      .description('导入填报台账（xlsx、csv）或台账记录（jsonl） — import filled-in ledgers')
      .argument('<plan>', 'plan file (YAML or JSON)')
      .argument('<files...>', 'filled-in ledger workbooks (.xlsx), CSV files, or JSON Lines ledgers (.jsonl)')
      .option('--unit <name>', 'whose copy this is, for rows that name a group, several units or none')
      .option(
        '--date <date>',
        'the day the rows are reported on, for rows without a 日期 column (default: today)',
      )
      .option('--author <name>', 'who imports (default: $FENGONG_AUTHOR)')
      .option(
        '--correct',
        'rows that disagree with the ledger’s entry of the same day correct it instead of conflicting',
      )
      .option('--dry-run', 'check and report, but write nothing')
      .option('--json', 'print what was imported from each file as JSON'),
  )
    .addHelpText(
      'after',
      `
Rows are matched to the plan by 任务编号 and 单位. Rows with nothing filled in are skipped; rows that
repeat what the ledger says add nothing, so importing a file twice adds nothing.
Two different 完成情况 for one unit and task on one day (between rows, files, or a file and the
ledger) are a conflict: every conflict is listed, a file with a conflict imports nothing, the other
files import, and the exit code is 1. A file with an error (unknown task or unit, a state that is not
one of the five) stops the import: nothing is written, exit code 2.

Examples:
  $ fengong progress import seeds/zhanjiang-2021/plan.yaml 市财政局.xlsx 赤坎区政府.xlsx --date 2021-10-20
  $ fengong progress import seeds/zhanjiang-2021/plan.yaml 任务分工台账.xlsx --unit 市政府办公室
  $ fengong progress import seeds/zhanjiang-2021/plan.yaml browser.progress.jsonl`,
    )
    .action(async (...args: Parameters<typeof import('./import').importFiles>) =>
      (await import('./import')).importFiles(...args),
    );

  common(
    progress
      .command('export')
      .description('导出台账 — export the ledger (CSV, JSON or JSON Lines)')
      .argument('<plan>', 'plan file (YAML or JSON)')
      .addOption(
        new Option('--format <format>', 'output format').choices(['csv', 'json', 'jsonl']).default('csv'),
      )
      .option('--current', 'only the entries that count (corrected ones left out)')
      .option('--as-of <date>', 'only entries dated on or before this day')
      .option('-o, --output <file>', 'write to this file instead of stdout')
      .option('-f, --force', 'overwrite the output file if it exists'),
  )
    .addHelpText(
      'after',
      `
Examples:
  $ fengong progress export seeds/zhanjiang-2021/plan.yaml > ledger.csv
  $ fengong progress export seeds/zhanjiang-2021/plan.yaml --format json --current`,
    )
    .action(async (...args: Parameters<typeof import('./export').exportLedger>) =>
      (await import('./export')).exportLedger(...args),
    );
}
