/**
 * The viewer's translator: every word it shows is core's — the viewer's part of the catalogue
 * (`sayViewer`) and the label tables (`labelMessages`: roles, marks, statuses, lights, deadline
 * kinds, progress states), both from `@fengong/core/labels`. Chinese by default, English on request.
 * The viewer keeps no word of its own.
 */

import type {
  DeadlineKind,
  DeadlineReading,
  DeadlineStatus,
  LedgerState,
  Role,
  TrafficLight,
  UnitKind,
} from '@fengong/core';
import {
  isViewerWord,
  type LabelMessages,
  labelMessages,
  sayViewer,
  type ViewerWord,
} from '@fengong/core/labels';

export type Lang = 'zh' | 'en';

/** A word the viewer can show: a word of the viewer's part of the catalogue, or a label. */
export type MessageKey = ViewerWord | keyof LabelMessages;

/** The label tables, made when a language is first used (not both at start). */
const LABELS: Partial<Record<Lang, LabelMessages>> = {};

/** A translator bound to one language: `t('taskTitle', { n: 26 })`. */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * The translator for a language, with `{name}` placeholders filled in.
 *
 * @example
 * translator('zh')('taskTitle', { n: 26 }); //=> '任务 26'
 */
export function translator(lang: Lang): Translate {
  LABELS[lang] ??= labelMessages(lang);
  const labels: Readonly<Record<string, string>> = LABELS[lang];
  const locale = lang === 'en' ? 'en' : 'zh-CN';
  return (key, vars = {}) => labels[key] ?? sayViewer(key as ViewerWord, vars, locale);
}

export const roleKey = (role: Role): MessageKey => `role_${role}`;
export const markKey = (role: Role): MessageKey => `mark_${role}`;
export const statusKey = (status: DeadlineStatus): MessageKey => `status_${status}`;
export const lightKey = (light: TrafficLight): MessageKey => `light_${light}`;
export const kindKey = (kind: DeadlineKind): MessageKey => `kind_${kind}`;
export const readingKey = (reading: DeadlineReading): MessageKey => `reading_${reading}`;
export const ledgerStateKey = (state: LedgerState): MessageKey => `state_${state}`;
/** The label of a status filter: a deadline status, or 无法完成. */
export const filterKey = (status: DeadlineStatus | 'cannotComplete'): MessageKey =>
  status === 'cannotComplete' ? 'state_cannotComplete' : statusKey(status);
export const unitKindKey = (kind: UnitKind | 'group'): MessageKey => `unitKind_${kind}`;

/** The title of a notice code, when the viewer has one (e.g. 无唯一牵头单位 for `no-single-owner`). */
export function noticeTitle(t: Translate, code: string): string | undefined {
  const key = `notice_${code.replace(/-/g, '_')}`;
  return isViewerWord(key) ? t(key) : undefined;
}

/** The roles in the order the viewer lists them. */
export const ROLES: readonly Role[] = ['lead', 'responsible', 'supporting', 'supervising'];
