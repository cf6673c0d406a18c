/**
 * Words of the report views (报表用语): a deadline status as a sentence with its days, as the
 * documents, the command line and the viewer print it. Chinese first; the labels are those of
 * `statusNames` (labels.ts), so that a status reads the same everywhere.
 */
import { statusNames } from '../labels';
import { defineMessages } from './define';

const zh = statusNames.zh;
const en = statusNames.en;
const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

export const REPORTS_MESSAGES = defineMessages({
  'status-text/overdue': {
    'zh-CN': (p: { days: number }) => `${zh.overdue}${p.days}天`,
    en: (p: { days: number }) => `${en.overdue} by ${days(p.days)}`,
  },
  'status-text/done-late': {
    'zh-CN': (p: { days: number }) => `${zh.doneLate}（逾期${p.days}天）`,
    en: (p: { days: number }) => `${en.doneLate} (${days(p.days)} late)`,
  },
  'status-text/days-left': {
    'zh-CN': (p: { status: 'dueSoon' | 'pending'; days: number }) =>
      `${zh[p.status] ?? zh.pending}（剩${p.days}天）`,
    en: (p: { status: 'dueSoon' | 'pending'; days: number }) =>
      `${en[p.status] ?? en.pending} (${days(p.days)} left)`,
  },
  'status-text/strict-due': {
    'zh-CN': (p: { day: string }) => `${zh.atRisk}（从严应于${p.day}前完成）`,
    en: (p: { day: string }) => `${en.atRisk} (due by ${p.day} on the strict reading)`,
  },
});
