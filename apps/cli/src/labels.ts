/** Display labels for core's enums, in the current language, from core's catalogue. */
import type { DeadlineKind, DeadlineStatus, ImportResult, Role, TaskStatus, UnitKind } from '@fengong/core';
import {
  deadlineKindNames,
  fileFormatNames,
  layoutNames,
  roleMarks,
  roleNames,
  statusNames,
  unitKindNames,
} from '@fengong/core/labels';
import { statusText } from '@fengong/core/queries';
import { lang, locale } from './i18n';
import { paint } from './table';

export const roleLabel = (role: Role): string => roleNames[lang()][role];
export const statusLabel = (status: DeadlineStatus): string => statusNames[lang()][status];
export const deadlineKindLabel = (kind: DeadlineKind): string => deadlineKindNames[lang()][kind];
export const unitKindLabel = (kind: UnitKind): string => unitKindNames[lang()][kind];
export const layoutLabel = (layout: ImportResult['layout']): string => layoutNames[lang()][layout];
export const fileFormatLabel = (format: keyof (typeof fileFormatNames)['zh']): string =>
  fileFormatNames[lang()][format];

/** The role marks of the matrix: 牵/责/配/督 (L/R/S/V in English). */
export const roleMark = (role: Role): string => roleMarks[lang()][role];

/** A status as core says it (with its days), coloured by traffic light when colour is on. */
export function statusCell(status: TaskStatus | undefined, color: boolean): string {
  if (!status) return '';
  return paint(statusText(status, { locale: locale() }), status.light, color);
}
