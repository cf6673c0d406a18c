/** Human output of `fengong unit`: the responsibility list (责任清单) section by section. */
import type { Role, UnitResponsibilities } from '@fengong/core';
import { t } from './i18n';
import { roleLabel, statusCell } from './labels';
import { renderTable, terminalSafe, useColor } from './table';

export function renderUnit(list: UnitResponsibilities): string {
  const color = useColor();
  const { unit } = list;
  const out: string[] = [
    terminalSafe(
      `${unit.name}${unit.fullName ? `（${unit.fullName}）` : ''}${unit.groups.length ? `  ∈ ${unit.groups.join('、')}` : ''}`,
    ),
  ];
  const sections: [Role, typeof list.lead][] = [
    ['lead', list.lead],
    ['responsible', list.responsible],
    ['supporting', list.supporting],
    ['supervising', list.supervising],
  ];
  for (const [role, tasks] of sections) {
    if (tasks.length === 0) continue;
    out.push('', `■ ${roleLabel(role)}（${tasks.length}）`);
    out.push(
      renderTable(
        [t('number'), t('via'), t('deadline'), t('due'), t('status'), t('text')],
        tasks.map((task) => [
          String(task.number),
          // A unit named as supervisor supervises directly, whatever group its primary role came through.
          role === 'supervising' && task.unitRole?.role !== 'supervising' ? '' : (task.unitRole?.via ?? ''),
          task.deadline.text,
          task.deadline.due ?? '—',
          statusCell(task.status, color),
          task.text,
        ]),
        { maxWidths: [4, 20, 24, 10, 12, 44] },
      ),
    );
  }
  if (list.noticeDuties.length) {
    out.push('', `■ ${t('notice-duties')}`);
    for (const duty of list.noticeDuties) {
      const when = duty.deadline ? `${duty.deadline.text}（${duty.deadline.due ?? '—'}）` : '';
      const to = duty.recipient ? ` → ${duty.recipient}` : '';
      const tasks = duty.tasks.length ? `  [${duty.tasks.join(', ')}]` : '';
      out.push(
        `  ${duty.requirement}. ${terminalSafe(`${duty.action}${to} ${when}`)} ${statusCell(duty.status, color)}${tasks}`.trimEnd(),
      );
    }
  }
  return out.join('\n');
}
