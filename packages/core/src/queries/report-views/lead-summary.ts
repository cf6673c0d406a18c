/** Report view: The lead units' progress summary (牵头单位进展汇总). Pure: `asOf` and the ledger's entries are passed in. */
import type { IsoDate } from '../../model/schema';
import type { UnitPart } from '../../progress/rules';
import type { AnalyzedTask, PlanAnalysis } from '../analysis';
import {
  planYear,
  type ReportDeadline,
  type ReportStatus,
  reportDeadline,
  reportStatus,
} from '../report-format';
import { noticeDuties, type UnitNoticeDuty } from '../unit';
import { findUnit } from '../views';
import { type ReportOptions, progressOf } from './options';

/**
 * Units (or a group) a lead unit collects progress from (收集对象), as the cells name them, with the
 * group's members (the lead itself left out) and the tasks concerned.
 *
 * @example
 * const target: CollectTarget = { name: '各县（市、区）政府（管委会）', role: 'responsible', group: true,
 *   members: ['赤坎区政府', '霞山区政府'], tasks: [7, 8, 9] };
 */
export interface CollectTarget {
  name: string;
  role: 'responsible' | 'supporting';
  group: boolean;
  members: string[];
  tasks: number[];
}

/**
 * One task in a lead unit's summary (牵头任务): the task, its status, its co-leads, the units to
 * collect from, and — when progress was given — who has reported and who has not.
 *
 * @example
 * const t: LeadTask = leadSummary(analysis, { asOf: '2021-10-01' }).leads[0]!.tasks[0]!;
 * t.responsible; //=> ['各县（市、区）政府（管委会）']
 */
export interface LeadTask {
  number: number;
  category: string;
  text: string;
  deadline: ReportDeadline;
  status: ReportStatus;
  coLeads: string[];
  responsible: string[];
  supporting: string[];
  /** Present when entries were given. */
  progress?: {
    /** The lead unit's own part (its current entry, state, reason). */
    own?: UnitPart;
    /** The parts of the units it collects from that have reported (each with its current entry). */
    reported: UnitPart[];
    /** Units it collects from (groups expanded) that have not reported. */
    missing: string[];
  };
}

/**
 * A lead unit's progress summary (牵头单位进展汇总): the tasks it leads, whom it collects from, and
 * its report to the city government office with the deadline from the covering notice.
 *
 * @example
 * const s: LeadSummary = leadSummary(analysis, { asOf: '2021-10-01' }).leads.find((l) => l.unit === '市财政局')!;
 * s.report?.deadline; //=> { text: '10月30日前', due: '2021-10-30' }
 */
export interface LeadSummary {
  unit: string;
  fullName?: string;
  /** The duty to collect and report (from the covering notice), with its deadline and status. */
  report?: {
    action: string;
    recipient?: string;
    requirement: number;
    deadline?: { text: string; due: IsoDate | null };
    status?: ReportStatus;
  };
  tasks: LeadTask[];
  collectFrom: CollectTarget[];
}

/**
 * The lead units' summaries (牵头单位进展汇总), and the tasks that name no lead (reported by their
 * responsible units themselves).
 *
 * @example
 * const report: LeadSummaryReport = leadSummary(analysis, { asOf: '2021-10-01' });
 * report.leads.map((l) => l.unit); //=> ['市政府办公室', '市政务服务数据管理局', '市发展改革局', …]
 */
export interface LeadSummaryReport {
  asOf: IsoDate;
  progressGiven: boolean;
  leads: LeadSummary[];
  unled: { number: number; responsible: string[] }[];
}

/**
 * Options of {@link leadSummary}.
 *
 * @example
 * const options: LeadSummaryOptions = { asOf: '2021-10-20', unit: '市财政局' };
 */
export interface LeadSummaryOptions extends ReportOptions {
  /** Only this lead unit. */
  unit?: string | undefined;
}

/**
 * See {@link LeadSummaryReport}. Leads are in registry order; each lead's tasks in plan order.
 *
 * @example
 * const fin = leadSummary(analysis, { asOf: '2021-10-01', unit: '市财政局' }).leads[0]!;
 * fin.tasks.map((t) => t.number); //=> [7, 8, 9]
 * fin.collectFrom.map((c) => c.name); //=> ['各县（市、区）政府（管委会）', '市直各单位']
 */
export function leadSummary(analysis: PlanAnalysis, options: LeadSummaryOptions): LeadSummaryReport {
  const only = options.unit !== undefined ? findUnit(analysis, options.unit) : undefined;
  const progress = progressOf(analysis, options);
  const given = options.entries !== undefined;
  const year = planYear(analysis);
  const byLead = new Map<string, AnalyzedTask[]>();
  const unled: LeadSummaryReport['unled'] = [];
  for (const item of analysis.tasks) {
    const leads = item.resolved.units.filter((u) => u.role === 'lead').map((u) => u.unit);
    if (leads.length === 0)
      unled.push({ number: item.task.number, responsible: item.resolved.roles.responsible });
    for (const lead of leads) {
      if (only !== undefined && lead !== only) continue;
      const list = byLead.get(lead);
      if (list) list.push(item);
      else byLead.set(lead, [item]);
    }
  }
  const order = analysis.resolved.byUnit.ids;
  const leads = [...byLead.keys()].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9));
  const duties = new Map<string, UnitNoticeDuty>();
  for (const lead of leads) {
    const duty = noticeDuties(analysis, { unit: lead, asOf: options.asOf }).find(
      (d) => d.scope === 'ledTasks',
    );
    if (duty) duties.set(lead, duty);
  }
  return {
    asOf: options.asOf,
    progressGiven: given,
    leads: leads.map((lead) => {
      const items = byLead.get(lead)!;
      const targets = new Map<string, CollectTarget>();
      const tasks = items.map((item): LeadTask => {
        const { roles } = item.resolved;
        const collect = (role: 'responsible' | 'supporting') => roles[role].filter((n) => n !== lead);
        const responsible = collect('responsible');
        const supporting = collect('supporting');
        const units = new Set<string>();
        for (const role of ['responsible', 'supporting'] as const) {
          for (const name of collect(role)) {
            let target = targets.get(name);
            const group = analysis.registry.groupByName.has(name);
            const members = group
              ? item.resolved.units.filter((u) => u.via === name && u.unit !== lead).map((u) => u.unit)
              : [];
            if (!target) {
              target = { name, role, group, members, tasks: [] };
              targets.set(name, target);
            } else if (group) {
              for (const m of members) if (!target.members.includes(m)) target.members.push(m);
            }
            target.tasks.push(item.task.number);
            if (given) for (const m of group ? members : [name]) units.add(m);
          }
        }
        const whole = progress.task(item.task.number)!;
        const status = whole.status;
        const task: LeadTask = {
          number: item.task.number,
          category: item.task.category,
          text: item.task.text,
          deadline: reportDeadline(item, year, options.locale),
          status: reportStatus(status, year, options.locale),
          coLeads: roles.lead.filter((n) => n !== lead),
          responsible,
          supporting,
        };
        if (given) {
          const parts = new Map(whole.parts.map((p) => [p.unit, p]));
          const own = parts.get(lead);
          const reported: UnitPart[] = [];
          const missing: string[] = [];
          for (const u of units) {
            const part = parts.get(u);
            if (part?.entry) reported.push(part);
            else missing.push(u);
          }
          task.progress = { ...(own ? { own } : {}), reported, missing };
        }
        return task;
      });
      const duty = duties.get(lead);
      const registered = analysis.registry.unitByName.get(lead);
      return {
        unit: lead,
        ...(registered?.fullName ? { fullName: registered.fullName } : {}),
        ...(duty
          ? {
              report: {
                action: duty.action,
                requirement: duty.requirement,
                ...(duty.recipient ? { recipient: duty.recipient } : {}),
                ...(duty.deadline ? { deadline: duty.deadline } : {}),
                ...(duty.status ? { status: reportStatus(duty.status, year, options.locale) } : {}),
              },
            }
          : {}),
        tasks,
        collectFrom: [...targets.values()],
      };
    }),
    unled,
  };
}
