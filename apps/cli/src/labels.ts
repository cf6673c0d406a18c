/** Display labels for core's enums, in the current language. */
import type { DeadlineStatus, Role, TaskStatus } from '@fengong/core';
import { statusText } from '@fengong/core/queries';
import { lang, locale, t } from './i18n';
import { paint } from './table';

export const roleLabel = (role: Role): string => t(`role_${role}`);
export const statusLabel = (status: DeadlineStatus): string => t(`status_${status}`);

/** The role marks of the matrix: 牵/责/配/督 (lead/resp./supp./superv. in English). */
const MARKS = {
  zh: { lead: '牵', responsible: '责', supporting: '配', supervising: '督' },
  en: { lead: 'L', responsible: 'R', supporting: 'S', supervising: 'V' },
} as const;
export const roleMark = (role: Role): string => MARKS[lang()][role];

/** A status as core says it (with its days), coloured by traffic light when colour is on. */
export function statusCell(status: TaskStatus | undefined, color: boolean): string {
  if (!status) return '';
  return paint(statusText(status, { locale: locale() }), status.light, color);
}
