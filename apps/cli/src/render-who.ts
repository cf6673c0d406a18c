/** Human output of `fengong who`: roles named in the cell, then every unit with its provenance. */
import type { Role, TaskDetail } from '@fengong/core';
import { formatDiagnostic } from '@fengong/core/queries';
import { locale, t } from './i18n';
import { roleLabel, statusCell } from './labels';
import { renderTable, terminalSafe, useColor } from './table';

const ROLES: Role[] = ['lead', 'responsible', 'supporting', 'supervising'];

export function renderWho(detail: TaskDetail): string {
  const { task } = detail;
  const out = [
    `${task.number}. ${terminalSafe(task.text)}`,
    `${t('category')}: ${terminalSafe(task.category)}`,
    `${t('units-cell')}: ${terminalSafe(task.units)}`,
    ...(task.leaders ? [`${t('leaders')}: ${terminalSafe(task.leaders.join('、'))}`] : []),
    `${t('deadline')}: ${t('deadline-due', { deadline: terminalSafe(task.deadline.text), due: task.deadline.due ?? '—' })} ${statusCell(task.status, useColor())}`,
    '',
  ];
  for (const role of ROLES) {
    if (task.roles[role].length) out.push(`${roleLabel(role)}: ${terminalSafe(task.roles[role].join('、'))}`);
  }
  out.push(
    '',
    renderTable(
      [t('units'), t('role'), t('via')],
      detail.assignments.map((a) => [
        a.unit,
        `${roleLabel(a.role)}${a.supervising && a.role !== 'supervising' ? `+${roleLabel('supervising')}` : ''}`,
        a.via ? `${a.via}${a.territorial ? t('territorial') : ''}` : '',
      ]),
    ),
  );
  for (const n of detail.notices) out.push(`  ${formatDiagnostic(n, { locale: locale() })}`);
  return out.join('\n');
}
