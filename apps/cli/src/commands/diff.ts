/**
 * `fengong diff`: how two plans differ (方案比对) — typically last year's and this year's: tasks added,
 * removed, reworded, re-assigned, moved in time or to another category, renumbered. Tasks are matched by
 * what they say, not only by their numbers.
 */
import type { PlanDiff, Role, TaskChange } from '@fengong/core';
import type { Command } from 'commander';
import { UsageError } from '../errors';
import { lang } from '../i18n';
import { print, printJson } from '../io';

interface DiffCliOptions {
  units?: string;
  minSimilarity?: string;
  json?: boolean;
}

const ROLE_ZH: Record<Role, string> = {
  lead: '牵头',
  responsible: '负责',
  supporting: '配合',
  supervising: '监管',
};
const KIND_ZH: Record<TaskChange['kinds'][number], string> = {
  renumbered: '编号调整',
  reworded: '内容修改',
  reassigned: '单位调整',
  deadlineMoved: '时限调整',
  recategorized: '类别调整',
};

const short = (text: string, max = 60) =>
  [...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text;

function changeLines(c: TaskChange, en: boolean): string[] {
  const where = c.a === c.b ? `A${c.a}` : `A${c.a} → B${c.b}`;
  const lines = [`  ~ ${where}  ${c.kinds.map((k) => (en ? k : KIND_ZH[k])).join(en ? ', ' : '、')}`];
  if (c.text) {
    lines.push(`      ${en ? `similarity ${c.similarity}` : `相似度 ${c.similarity}`}`);
    lines.push(`      A：${c.text.a}`, `      B：${c.text.b}`);
  }
  if (c.roles) {
    const parts = (Object.entries(c.roles) as [Role, { added: string[]; removed: string[] }][]).map(
      ([role, d]) => {
        const marks = [...d.added.map((n) => `+${n}`), ...d.removed.map((n) => `−${n}`)].join(' ');
        return `${en ? role : ROLE_ZH[role]} ${marks}`;
      },
    );
    lines.push(`      ${en ? 'units' : '单位'}：${parts.join(en ? '; ' : '；')}`);
  }
  if (c.deadline) {
    const days = c.deadline.days;
    const moved =
      days === undefined || days === 0
        ? ''
        : en
          ? ` (${Math.abs(days)} days ${days > 0 ? 'later' : 'earlier'})`
          : `（${days > 0 ? '推后' : '提前'} ${Math.abs(days)} 天）`;
    lines.push(
      `      ${en ? 'deadline' : '时限'}：${c.deadline.a.text || '—'} → ${c.deadline.b.text || '—'}${moved}`,
    );
  }
  if (c.category) lines.push(`      ${en ? 'category' : '类别'}：${c.category.a} → ${c.category.b}`);
  return lines;
}

/** The comparison as text: the two plans, the counts, then added, removed and changed tasks. */
export function renderDiff(d: PlanDiff): string {
  const en = lang() === 'en';
  const ref = (p: PlanDiff['a']) =>
    `${p.title}${p.documentNumber ? `（${p.documentNumber}）` : ''}，${en ? `${p.tasks} tasks` : `${p.tasks} 项任务`}`;
  const c = d.counts;
  const kinds = (['renumbered', 'reworded', 'reassigned', 'deadlineMoved', 'recategorized'] as const)
    .filter((k) => c[k] > 0)
    .map((k) => `${en ? k : KIND_ZH[k]} ${c[k]}`)
    .join(en ? ', ' : '、');
  const out = [
    `A：${ref(d.a)}`,
    `B：${ref(d.b)}`,
    en
      ? `added ${c.added}, removed ${c.removed}, changed ${c.changed}${kinds ? ` (${kinds})` : ''}, unchanged ${c.unchanged}`
      : `新增 ${c.added} 项，删除 ${c.removed} 项，修改 ${c.changed} 项${kinds ? `（${kinds}）` : ''}，未变 ${c.unchanged} 项`,
  ];
  if (d.added.length) {
    out.push('', en ? 'Added' : '新增');
    for (const t of d.added)
      out.push(`  + B${t.number}  ${short(t.text)}（${short(t.units, 30)}；${t.deadline.text || '—'}）`);
  }
  if (d.removed.length) {
    out.push('', en ? 'Removed' : '删除');
    for (const t of d.removed)
      out.push(`  - A${t.number}  ${short(t.text)}（${short(t.units, 30)}；${t.deadline.text || '—'}）`);
  }
  const renumberedOnly = d.changed.filter((x) => x.kinds.length === 1 && x.kinds[0] === 'renumbered');
  const other = d.changed.filter((x) => !renumberedOnly.includes(x));
  if (other.length) {
    out.push('', en ? 'Changed' : '修改');
    for (const x of other) out.push(...changeLines(x, en));
  }
  if (renumberedOnly.length) {
    out.push('', en ? 'Renumbered only' : '仅编号调整');
    out.push(`  ${renumberedOnly.map((x) => `A${x.a}→B${x.b}`).join(en ? ', ' : '、')}`);
  }
  return out.join('\n');
}

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('方案比对：两年方案的新增、删除、修改、调整单位与时限 — how two plans differ')
    .argument('<planA>', 'the earlier plan (YAML or JSON)')
    .argument('<planB>', 'the later plan (YAML or JSON)')
    .option('--units <registry>', 'unit registry for both plans (default: the one each plan names)')
    .option('--min-similarity <x>', 'texts less alike than this (0–1) are different tasks', '0.5')
    .option('--json', 'print the comparison core returned, as JSON')
    .addHelpText(
      'after',
      `
Tasks are matched by their text (character-bigram Dice similarity), so renumbered tasks still match.
Deadlines are compared relative to each plan's year: 2021年9月前 in a 2021 plan and 2022年9月前 in a
2022 plan are the same deadline.

Examples:
  $ fengong diff plans/2021.yaml plans/2022.yaml
  $ fengong diff plans/2021.yaml plans/2022.yaml --json`,
    )
    .action(async (planA: string, planB: string, options: DiffCliOptions) => {
      const min = Number(options.minSimilarity ?? '0.5');
      if (!Number.isFinite(min) || min <= 0 || min > 1) {
        throw new UsageError(
          `--min-similarity “${options.minSimilarity}”: ${lang() === 'en' ? 'a number above 0 and at most 1' : '应为大于 0、不大于 1 的数'}`,
        );
      }
      const { loadAnalysis } = await import('../context');
      const { diffPlans } = await import('@fengong/core');
      const [a, b] = await Promise.all([loadAnalysis(planA, options), loadAnalysis(planB, options)]);
      const result = diffPlans(a, b, { minSimilarity: min });
      if (options.json) return printJson(result);
      print(renderDiff(result));
    });
}
