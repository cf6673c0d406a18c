/**
 * `fengong diff`: how two plans differ (方案比对) — typically last year's and this year's: tasks added,
 * removed, reworded, re-assigned, moved in time or to another category, renumbered. Tasks are matched by
 * what they say, not only by their numbers.
 */
import type { PlanDiff, Role, TaskChange } from '@fengong/core';
import type { Command } from 'commander';
import { UsageError } from '../errors';
import { type AppMessage, roleNames, sayApp } from '@fengong/core/labels';
import { lang, locale, t } from '../i18n';
import { print, printJson } from '../io';
import { examples, h } from '../help';

interface DiffCliOptions {
  units?: string;
  minSimilarity?: string;
  json?: boolean;
}

const short = (text: string, max = 60) =>
  [...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text;

/** The words of this command, from core's catalogue. */
const say = (id: AppMessage, params: Record<string, string | number> = {}) => sayApp(id, params, locale());
const kindName = (k: TaskChange['kinds'][number]) => say(`diff-${k}`);

function changeLines(c: TaskChange): string[] {
  const where = c.a === c.b ? `A${c.a}` : `A${c.a} → B${c.b}`;
  const lines = [`  ~ ${where}  ${c.kinds.map(kindName).join(say('list-separator'))}`];
  if (c.text) {
    lines.push(`      ${say('diff-similarity', { n: c.similarity ?? '' })}`);
    lines.push(`      A：${c.text.a}`, `      B：${c.text.b}`);
  }
  if (c.roles) {
    const parts = (Object.entries(c.roles) as [Role, { added: string[]; removed: string[] }][]).map(
      ([role, d]) => {
        const marks = [...d.added.map((n) => `+${n}`), ...d.removed.map((n) => `−${n}`)].join(' ');
        return `${roleNames[lang()][role]} ${marks}`;
      },
    );
    lines.push(`      ${say('diff-units', { parts: parts.join(say('clause-separator')) })}`);
  }
  if (c.deadline) {
    const days = c.deadline.days;
    const moved =
      days === undefined || days === 0
        ? ''
        : say(days > 0 ? 'diff-later' : 'diff-earlier', { n: Math.abs(days) });
    lines.push(
      `      ${say('diff-deadline', { a: c.deadline.a.text || '—', b: c.deadline.b.text || '—', moved })}`,
    );
  }
  if (c.category) lines.push(`      ${say('diff-category', { a: c.category.a, b: c.category.b })}`);
  return lines;
}

/** The comparison as text: the two plans, the counts, then added, removed and changed tasks. */
export function renderDiff(d: PlanDiff): string {
  const ref = (p: PlanDiff['a']) =>
    say('diff-plan', {
      title: p.title,
      number: p.documentNumber ? `（${p.documentNumber}）` : '',
      n: p.tasks,
    });
  const c = d.counts;
  const kinds = (['renumbered', 'reworded', 'reassigned', 'deadlineMoved', 'recategorized'] as const)
    .filter((k) => c[k] > 0)
    .map((k) => `${kindName(k)} ${c[k]}`)
    .join(say('list-separator'));
  const out = [
    `A：${ref(d.a)}`,
    `B：${ref(d.b)}`,
    say('diff-counts', { ...c, kinds: kinds ? say('diff-kinds', { kinds }) : '' }),
  ];
  if (d.added.length) {
    out.push('', say('diff-added'));
    for (const t of d.added)
      out.push(`  + B${t.number}  ${short(t.text)}（${short(t.units, 30)}；${t.deadline.text || '—'}）`);
  }
  if (d.removed.length) {
    out.push('', say('diff-removed'));
    for (const t of d.removed)
      out.push(`  - A${t.number}  ${short(t.text)}（${short(t.units, 30)}；${t.deadline.text || '—'}）`);
  }
  const renumberedOnly = d.changed.filter((x) => x.kinds.length === 1 && x.kinds[0] === 'renumbered');
  const other = d.changed.filter((x) => !renumberedOnly.includes(x));
  if (other.length) {
    out.push('', say('diff-changed'));
    for (const x of other) out.push(...changeLines(x));
  }
  if (renumberedOnly.length) {
    out.push('', say('diff-renumbered-only'));
    out.push(`  ${renumberedOnly.map((x) => `A${x.a}→B${x.b}`).join(say('list-separator'))}`);
  }
  return out.join('\n');
}

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description(h('cmd-diff'))
    .argument('<planA>', h('diff-planA'))
    .argument('<planB>', h('diff-planB'))
    .option('--units <registry>', h('diff-units'))
    .option('--min-similarity <x>', h('diff-min-similarity'), '0.5')
    .option('--json', h('diff-json'))
    .addHelpText(
      'after',
      examples(
        [
          'fengong diff plans/2021.yaml plans/2022.yaml',
          'fengong diff plans/2021.yaml plans/2022.yaml --json',
        ],
        'after-diff',
      ),
    )
    .action(async (planA: string, planB: string, options: DiffCliOptions) => {
      const min = Number(options.minSimilarity ?? '0.5');
      if (!Number.isFinite(min) || min <= 0 || min > 1) {
        throw new UsageError(`--min-similarity “${options.minSimilarity}”: ${t('bad-similarity')}`);
      }
      const { loadAnalysis } = await import('../context');
      const { diffPlans } = await import('@fengong/core');
      const [a, b] = await Promise.all([loadAnalysis(planA, options), loadAnalysis(planB, options)]);
      const result = diffPlans(a, b, { minSimilarity: min });
      if (options.json) return printJson(result);
      print(renderDiff(result));
    });
}
