/** Human output of `fengong explain`: the cell with each clause's span marked and its reading. */
import {
  type DeadlineExplanation,
  formatDiagnostic,
  say,
  statusText,
  type UnitsExplanation,
} from '@fengong/core';
import { deadlineKindNames, sayDeadline } from '@fengong/core/labels';
import { lang, locale, t } from './i18n';
import { roleLabel } from './labels';
import { displayWidth, terminalSafe } from './table';

/** The cell on one line, and under it each clause's span marked with ^ and its role. */
export function renderExplainUnits(explained: UnitsExplanation): string {
  const { text } = explained;
  // One character for one character, so spans still line up under the text.
  const flat = text
    .split('')
    .map((c) => (/\s/.test(c) ? ' ' : terminalSafe(c).length === 1 ? c : '?'))
    .join('');
  const out = [flat];
  for (const clause of explained.clauses) {
    const before = displayWidth(flat.slice(0, clause.span.start));
    const width = Math.max(1, displayWidth(flat.slice(clause.span.start, clause.span.end)));
    const names = clause.names
      .map(
        (n) =>
          `${terminalSafe(n.canonical ?? n.name)}${n.kind === 'group' ? t('group-mark') : ''}${n.known ? '' : ' ?'}`,
      )
      .join('、');
    out.push(`${' '.repeat(before)}${'^'.repeat(width)} ${roleLabel(clause.role)}: ${names}`);
  }
  out.push('');
  for (const role of ['lead', 'responsible', 'supporting', 'supervising'] as const) {
    if (explained[role].length) out.push(`${roleLabel(role)}: ${terminalSafe(explained[role].join('、'))}`);
  }
  for (const n of explained.notices) out.push(`  ${formatDiagnostic(n, { locale: locale() })}`);
  return out.join('\n');
}

const reading = (r: NonNullable<DeadlineExplanation['reading']>) =>
  say('deadline-summary/reading', { reading: r }, locale());

export function renderExplainDeadline(explained: DeadlineExplanation): string {
  const out = [
    terminalSafe(explained.text),
    `  ${t('kind')}: ${deadlineKindNames[lang()][explained.kind]}`,
    `  ${t('due')}: ${explained.due ?? '—'}${explained.reading ? t('reading', { reading: reading(explained.reading) }) : ''}`,
  ];
  for (const alt of explained.alternatives)
    out.push(`  ${t('alternatives')}: ${reading(alt.reading)} → ${alt.due}`);
  if (explained.yearInferred) out.push(`  ${t('year-inferred')}`);
  if (explained.status) {
    const s = explained.status;
    out.push(`  ${t('status')}: ${statusText(s, { locale: locale() })}`);
  }
  out.push(`  ${sayDeadline(explained.deadline, locale())}`);
  for (const n of explained.notices) out.push(`  ${formatDiagnostic(n, { locale: locale() })}`);
  return out.join('\n');
}
