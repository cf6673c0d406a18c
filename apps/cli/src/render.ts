/** Human output shared by commands: task tables and the `--fail-on` check. */
import type { TaskView } from '@fengong/core';
import { FailOnError } from './errors';
import { t } from './i18n';
import { roleLabel, statusLabel, statusCell } from './labels';
import { renderTable, useColor } from './table';

/** A task table: number, category, lead, deadline, due day, status (and the unit's role with --unit). */
export function renderTaskTable(tasks: readonly TaskView[], options: { unit?: boolean } = {}): string {
  const color = useColor();
  const header = [
    t('number'),
    ...(options.unit ? [t('role')] : []),
    t('lead'),
    t('deadline'),
    t('due'),
    t('status'),
    t('text'),
  ];
  const rows = tasks.map((task) => [
    String(task.number),
    ...(options.unit && task.unitRole
      ? [
          `${roleLabel(task.unitRole.role)}${task.unitRole.supervising && task.unitRole.role !== 'supervising' ? `+${roleLabel('supervising')}` : ''}${task.unitRole.via ? `（${task.unitRole.via}）` : ''}`,
        ]
      : options.unit
        ? ['']
        : []),
    task.roles.lead.join('、') || '—',
    task.deadline.text,
    task.deadline.due ?? '—',
    statusCell(task.status, color),
    task.text,
  ]);
  const widths = options.unit ? [4, 24, 24, 24, 10, 12, 40] : [4, 24, 24, 10, 12, 48];
  return `${renderTable(header, rows, { maxWidths: widths })}\n${t('total', { n: tasks.length })}`;
}

/** Throw {@link FailOnError} (exit 1) when a task has the status `--fail-on` names. */
export function failOn(tasks: readonly TaskView[], status: 'overdue' | 'atRisk'): void {
  const hits = tasks.filter(
    (task) =>
      task.status &&
      (task.status.status === status || (status === 'atRisk' && task.status.status === 'overdue')),
  );
  if (hits.length > 0)
    throw new FailOnError(t('fail-on-met', { n: hits.length, status: statusLabel(status) }));
}
