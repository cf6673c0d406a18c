/** Report view: A unit's responsibility list as a report prints it (单位责任清单). Pure: `asOf` and the ledger's entries are passed in. */
import type { IsoDate, Role } from '../../model/schema';
import type { PlanAnalysis } from '../analysis';
import { planYear, statusText } from '../report-format';
import {
  type UnitNoticeDuty,
  type UnitResponsibilities,
  type UnitWorkload,
  unitResponsibilities,
} from '../unit';
import { findUnit, type TaskView } from '../views';
import { type ReportOptions, progressOf } from './options';
import { type LedgerRow, unitRow } from './ledger';
import { type UnitDeadline, unitDeadlines } from './unit-deadlines';

/**
 * A unit's responsibility list as a report prints it (单位责任清单): the unit, its tasks by role as
 * ledger rows, its duties from the covering notice, its workload and its dated deadlines. Built on
 * {@link unitResponsibilities}.
 *
 * @example
 * const report = unitReport(analysis, '市财政局', { asOf: '2021-10-01' });
 * report.sections.map((s) => [s.role, s.rows.length]); //=> [['lead', 3], ['responsible', 22], ['supporting', 14], ['supervising', 1]]
 */
export interface UnitReport {
  asOf: IsoDate;
  unit: UnitResponsibilities['unit'];
  sections: { role: Role; rows: LedgerRow[] }[];
  noticeDuties: (UnitNoticeDuty & { statusText?: string })[];
  workload: UnitWorkload;
  deadlines: UnitDeadline[];
}

/**
 * See {@link UnitReport}. Throws {@link UnknownUnitError} (with the closest names) for a unit the
 * plan and registry do not know.
 *
 * @example
 * unitReport(analysis, '湛江市财政局', { asOf: '2021-10-01' }).unit.name; //=> '市财政局'
 */
export function unitReport(analysis: PlanAnalysis, name: string, options: ReportOptions): UnitReport {
  const unit = findUnit(analysis, name);
  const progress = progressOf(analysis, options);
  const year = planYear(analysis);
  const list = unitResponsibilities(analysis, unit, {
    asOf: options.asOf,
    completion: progress.unitCompletion(unit),
  });
  const given = options.entries !== undefined;
  const rowsOf = (views: TaskView[]) =>
    views.map((view) => unitRow(analysis, unit, view, given ? progress : undefined, options.locale));
  const sections = (['lead', 'responsible', 'supporting', 'supervising'] as const).map((role) => ({
    role,
    rows: rowsOf(list[role]),
  }));
  return {
    asOf: options.asOf,
    unit: list.unit,
    sections,
    noticeDuties: list.noticeDuties.map((d) =>
      d.status ? { ...d, statusText: statusText(d.status, { year, locale: options.locale }) } : d,
    ),
    workload: list.workload,
    deadlines: unitDeadlines(analysis, unit, options.locale ? { locale: options.locale } : {}),
  };
}
