/**
 * `@fengong/core/labels`: roles and deadline statuses as people read them on a screen (界面标签): the
 * short Chinese forms and their English, in one place for the command line and the viewer (a module
 * with nothing to load, so a program's start-up can have it). Documents print statuses in fuller
 * wording (`statusLabels` of the report views).
 */
import type { DeadlineStatus } from './deadlines/schema';
import type { Role } from './model/schema';

/** The languages fengong speaks (界面语言). */
export type LabelLanguage = 'zh' | 'en';

/**
 * Each role's short name: 牵头 lead · 负责 responsible · 配合 supporting · 监管 supervising.
 *
 * @example
 * roleNames.zh.supporting; //=> '配合'
 */
export const roleNames: Readonly<Record<LabelLanguage, Readonly<Record<Role, string>>>> = {
  zh: { lead: '牵头', responsible: '负责', supporting: '配合', supervising: '监管' },
  en: { lead: 'lead', responsible: 'responsible', supporting: 'supporting', supervising: 'supervising' },
};

/**
 * Each deadline status's short name, as a table cell or a badge shows it.
 *
 * @example
 * statusNames.zh.dueSoon; //=> '临期'
 */
export const statusNames: Readonly<Record<LabelLanguage, Readonly<Record<DeadlineStatus, string>>>> = {
  zh: {
    pending: '未到期',
    dueSoon: '临期',
    atRisk: '有风险',
    overdue: '逾期',
    done: '已完成',
    doneLate: '逾期完成',
    ongoing: '持续推进',
    notStarted: '未开始',
    awaitingAnchor: '待触发',
    unknown: '未知',
  },
  en: {
    pending: 'pending',
    dueSoon: 'due soon',
    atRisk: 'at risk',
    overdue: 'overdue',
    done: 'done',
    doneLate: 'done late',
    ongoing: 'ongoing',
    notStarted: 'not started',
    awaitingAnchor: 'awaiting event',
    unknown: 'unknown',
  },
};

/** The labels as entries of an app's message table: `role_lead`, `status_dueSoon`, … */
export type LabelMessages = { readonly [R in Role as `role_${R}`]: string } & {
  readonly [S in DeadlineStatus as `status_${S}`]: string;
};

/**
 * The labels of one language as message-table entries, for an app to spread into its own table so
 * that `t('status_dueSoon')` reads core's words.
 *
 * @example
 * labelMessages('zh').status_dueSoon; //=> '临期'
 */
export function labelMessages(lang: LabelLanguage): LabelMessages {
  const entries = [
    ...Object.entries(roleNames[lang]).map(([role, name]) => [`role_${role}`, name]),
    ...Object.entries(statusNames[lang]).map(([status, name]) => [`status_${status}`, name]),
  ];
  return Object.fromEntries(entries) as LabelMessages;
}
