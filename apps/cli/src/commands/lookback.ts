/**
 * `fengong lookback`: the look-back (回头看) of last year's plan — the tasks that had a clear owner and a
 * dated deadline and are still unfinished, by unit, as plain text ready to paste into this year's
 * rectification list (整改清单).
 */
import type { Lookback, LookbackItem } from '@fengong/core';
import type { Command } from 'commander';
import { lang } from '../i18n';
import { print, printJson } from '../io';

interface LookbackCliOptions {
  units?: string;
  ledger?: string;
  asOf?: string;
  json?: boolean;
}

const ORDINALS = '一二三四五六七八九十';

/** 一、二、… 十、十一、… */
function ordinal(n: number): string {
  if (n <= 10) return ORDINALS[n - 1]!;
  if (n < 20) return `十${ORDINALS[n - 11]!}`;
  if (n < 100) return `${ORDINALS[Math.floor(n / 10) - 1]!}十${n % 10 ? ORDINALS[(n % 10) - 1]! : ''}`;
  return String(n);
}

function itemLine(task: LookbackItem & { openMembers?: string[] }, i: number, en: boolean): string {
  const late =
    task.status.daysLate !== undefined
      ? en
        ? `, ${task.status.daysLate} days late`
        : `，已逾期${task.status.daysLate}天`
      : '';
  const deadline = en
    ? `(deadline: ${task.deadline.text}; due ${task.due}${late})`
    : `（完成时限：${task.deadline.text}；截止${task.due}${late}）`;
  const lines = [
    `  ${i}. ${en ? `[task ${task.task}] ` : `【任务${task.task}】`}${task.text}${en ? ' ' : ''}${deadline}`,
  ];
  if (task.blocked?.length) {
    for (const b of task.blocked)
      lines.push(
        en ? `     cannot be completed (${b.unit}): ${b.reason}` : `     无法完成（${b.unit}）：${b.reason}`,
      );
  }
  if (task.openMembers?.length)
    lines.push(
      en
        ? `     not finished: ${task.openMembers.join(', ')}`
        : `     尚未完成：${task.openMembers.join('、')}`,
    );
  return lines.join('\n');
}

/** The look-back as text: a summary, then each unit's unfinished tasks, numbered. */
export function renderLookback(r: Lookback): string {
  const en = lang() === 'en';
  const plan = `${r.plan.title}${r.plan.documentNumber ? (en ? ` (${r.plan.documentNumber})` : `（${r.plan.documentNumber}）`) : ''}`;
  const c = r.counts;
  const head = en
    ? [
        `Look-back: ${plan}, reviewed on ${r.asOf}`,
        `Tasks with a clear owner and a dated deadline: ${c.checked} — done ${c.done}, done late ${c.doneLate}, not yet due ${c.notDue}, unfinished ${c.unfinished}, cannot be completed ${c.cannotComplete}. Not checked by date: ${c.excluded} (ongoing work or no readable deadline).`,
      ]
    : [
        `回头看：${plan}，核查日期 ${r.asOf}`,
        `有明确责任主体和时限要求的任务 ${c.checked} 项：已完成 ${c.done} 项，逾期完成 ${c.doneLate} 项，未到期 ${c.notDue} 项，未完成 ${c.unfinished} 项，无法完成 ${c.cannotComplete} 项；另有 ${c.excluded} 项为长期工作或无具体时限，未按时限核查。`,
      ];
  if (r.byUnit.length === 0) return [...head, en ? 'Nothing to rectify.' : '没有需要整改的事项。'].join('\n');
  const sections = r.byUnit.map((u, i) => {
    const title = en
      ? `${i + 1}. ${u.unit} (${u.tasks.length})`
      : `${ordinal(i + 1)}、${u.unit}（${u.tasks.length} 项）`;
    return [title, ...u.tasks.map((t, k) => itemLine(t, k + 1, en))].join('\n');
  });
  return [...head, '', sections.join('\n\n')].join('\n');
}

export function registerLookback(program: Command): void {
  program
    .command('lookback')
    .description(
      '回头看：上一年度方案中有明确责任主体和时限、尚未完成的任务，按单位列出 — last year’s unfinished tasks, by unit',
    )
    .argument('<plan>', 'last year’s plan file (YAML or JSON)')
    .option(
      '--ledger <file>',
      'its progress ledger (default: <plan>.progress.jsonl beside it; none: nothing is done)',
    )
    .option('--as-of <date>', 'the review day (default: today)')
    .option('--units <registry>', 'unit registry (default: the one the plan names)')
    .option('--json', 'print the look-back core returned, as JSON')
    .addHelpText(
      'after',
      `
A task is checked when it names a clear owner (its lead units, or its responsible units) and a dated
deadline; it is unfinished when its deadline has passed and its owners have not all reported it
finished in the ledger. When an owner's current entry says 无法完成, the task is classed 无法完成 (with
the reason), a class of its own: the counts never add it to 未完成. fengong-report's 回头看核查清单 is the
same look-back.

Examples:
  $ fengong lookback seeds/zhanjiang-2021/plan.yaml --as-of 2022-03-01
  $ fengong lookback seeds/zhanjiang-2021/plan.yaml --ledger 2021.progress.jsonl --json`,
    )
    .action(async (planFile: string, options: LookbackCliOptions) => {
      const { dateOption, today } = await import('../context');
      const { loadLedger } = await import('./progress/shared');
      const { lookback } = await import('@fengong/core');
      const asOf = dateOption(options.asOf, '--as-of') ?? today();
      const { analysis, entries } = await loadLedger(planFile, options);
      const result = lookback(analysis, { asOf, entries });
      if (options.json) return printJson(result);
      print(renderLookback(result));
    });
}
