/**
 * The office's oversight (督办): which tasks a reminder (催办) names by default, and which reports
 * each side may export (导出权限). Pure: where each part stands is the ledger judged by
 * {@link ledgerProgress}; who leads what is the plan's reading.
 */
import type { PlanAnalysis } from '../queries/analysis';
import type { LedgerProgress } from './rules';

/**
 * The tasks a reminder (催办) to a unit names when the office names none: the unit's unfinished
 * parts that it owes and has not reported on (未报送), or that are overdue (已逾期), as the ledger
 * stands; when there is none, every task the unit holds a role on. Plan order.
 *
 * @example
 * const progress = ledgerProgress(analysis, [], { asOf: '2021-10-01' });
 * reminderTasks(progress, { unit: '市财政局' }).includes(7); //=> true
 * reminderTasks(progress, { unit: '市财政局' }).every((n) => progress.part(n, '市财政局') !== undefined); //=> true
 */
export function reminderTasks(progress: LedgerProgress, options: { unit: string }): number[] {
  const { unit } = options;
  const held: number[] = [];
  const due: number[] = [];
  for (const task of progress.tasks()) {
    const part = progress.part(task.task, unit);
    if (!part) continue;
    held.push(task.task);
    if (part.state === 'done' || part.state === 'doneLate') continue;
    if ((part.owner && !part.entry) || part.status.status === 'overdue') due.push(task.task);
  }
  return due.length > 0 ? due : held;
}

/**
 * A report that may be exported (可导出的报表): its kind, as @fengong/reports renders it
 * (任务分工台账 `ledger` · 单位责任清单 `unit` · 牵头单位进展汇总 `lead-summary` · 逾期预警 `overdue` ·
 * 回头看核查清单 `lookback` · 责任矩阵 `matrix`), and, when set, the one unit whose report it must be.
 *
 * @example
 * const report: ExportableReport = { kind: 'unit', unit: '市财政局' };
 */
export interface ExportableReport {
  kind: 'ledger' | 'unit' | 'lead-summary' | 'overdue' | 'lookback' | 'matrix';
  /** Only this unit's report; absent: any unit's (the office). */
  unit?: string | undefined;
}

/** Every kind, in the order @fengong/reports lists them. */
const EVERY_REPORT: readonly Kind[] = ['ledger', 'unit', 'lead-summary', 'overdue', 'lookback', 'matrix'];
type Kind = ExportableReport['kind'];

/**
 * The reports each side may export (导出权限): the issuing office every report, of any unit; a unit
 * its own 单位责任清单, and its own 牵头单位进展汇总 when it leads a task of the plan.
 *
 * @example
 * exportableReports(analysis, { office: true }).length; //=> 6
 * exportableReports(analysis, { unit: '市财政局' }); //=> [{ kind: 'unit', unit: '市财政局' }, { kind: 'lead-summary', unit: '市财政局' }]
 */
export function exportableReports(
  analysis: PlanAnalysis,
  by: { office: true } | { unit: string },
): ExportableReport[] {
  if ('office' in by) return EVERY_REPORT.map((kind) => ({ kind }));
  const { unit } = by;
  const leads = analysis.tasks.some((t) =>
    t.resolved.units.some((u) => u.unit === unit && u.role === 'lead'),
  );
  return [{ kind: 'unit', unit }, ...(leads ? [{ kind: 'lead-summary' as const, unit }] : [])];
}

/**
 * A lead unit's 汇总报送 (summary report to the office) as it was recorded: the unit (its canonical
 * name) and when (an ISO instant); whatever else the caller keeps (who, the note) comes back as given.
 *
 * @example
 * const act: SummaryAct = { unit: '市财政局', at: '2021-10-28T02:00:00.000Z' };
 */
export interface SummaryAct {
  unit: string;
  at: string;
}

/**
 * Where one lead unit stands with its 汇总报送 (汇总报送收取情况): the tasks it leads, its latest
 * summary (absent: 未报送) and how many it has sent.
 *
 * @example
 * const receipt: SummaryReceipt = { unit: '市财政局', tasks: [7, 8, 9], count: 0 };
 */
export interface SummaryReceipt<A extends SummaryAct = SummaryAct> {
  unit: string;
  /** The tasks it leads (牵头), in plan order. */
  tasks: number[];
  /** Its latest summary (the latest `at`; of two at the same instant, the later given); absent: 未报送. */
  latest?: A;
  /** How many summaries it has sent. */
  count: number;
}

/**
 * The office's list of the 汇总报送 received (汇总报送收取情况): every lead unit of the plan (a unit
 * leading at least one task, in the order of its first led task), with its latest summary or none
 * (未报送). A summary of a unit that leads no task of the plan is not listed.
 *
 * @example
 * const receipts = summaryReceipts(analysis, [{ unit: '市财政局', at: '2021-10-28T02:00:00.000Z' }]);
 * receipts.find((r) => r.unit === '市财政局')?.latest?.at; //=> '2021-10-28T02:00:00.000Z'
 * receipts.filter((r) => !r.latest).length > 0; //=> true (the lead units still 未报送)
 */
export function summaryReceipts<A extends SummaryAct>(
  analysis: PlanAnalysis,
  submissions: readonly A[],
): SummaryReceipt<A>[] {
  const leads = new Map<string, SummaryReceipt<A>>();
  for (const t of analysis.tasks)
    for (const u of t.resolved.units) {
      if (u.role !== 'lead') continue;
      const known = leads.get(u.unit);
      if (!known) leads.set(u.unit, { unit: u.unit, tasks: [t.task.number], count: 0 });
      else if (known.tasks.at(-1) !== t.task.number) known.tasks.push(t.task.number);
    }
  for (const act of submissions) {
    const receipt = leads.get(act.unit);
    if (!receipt) continue;
    receipt.count++;
    if (!receipt.latest || act.at >= receipt.latest.at) receipt.latest = act;
  }
  return [...leads.values()];
}
