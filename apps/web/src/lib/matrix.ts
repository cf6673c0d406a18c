/**
 * The matrix view (责任矩阵) with groups that open and close: a group's column shows the role the
 * cells give the group itself; opened, it is replaced by its members' columns, each showing the
 * role the member holds (directly or through the group). Cells are computed per row on demand, so
 * a 10,000-task plan with thousands of units costs only what is on screen.
 *
 * Built on core's responsibilityMatrix (its collapsed columns) and resolved tasks; the column
 * model with per-group expansion belongs in core (roles/plan.ts) once the reports need it too.
 */
import {
  type PlanAnalysis,
  type ResolvedTask,
  type Role,
  type RoleAssignment,
  responsibilityMatrix,
} from '@fengong/core';

/** A column of the matrix: a group (closed or open) or a unit. */
export interface MatrixColumn {
  name: string;
  kind: 'group' | 'unit';
  /** For a unit shown as a member of an open group: that group. */
  memberOf?: string;
  /** For a group: how many of its members hold a role on some task. */
  members?: number;
}

/** One cell: the role mark to show, and how the unit holds it. */
export interface MatrixMark {
  role: Role;
  supervising: boolean;
  via?: string;
}

/** The matrix's shape: its columns in order, and the groups that can be opened. */
export interface MatrixModel {
  columns: MatrixColumn[];
  groups: { name: string; members: number; open: boolean }[];
}

/** The members of each group that hold a role on some task, in registry order. */
function usedMembers(analysis: PlanAnalysis): Map<string, string[]> {
  const used = analysis.resolved.byUnit.ids;
  const out = new Map<string, string[]>();
  for (const [group, members] of analysis.registry.membersOf) {
    out.set(
      group,
      members.map((u) => u.name).filter((name) => used.has(name)),
    );
  }
  return out;
}

/** The names the cells use, groups as one column (core's collapsed matrix columns). Cached per analysis. */
const namedColumnsCache = new WeakMap<PlanAnalysis, string[]>();
function namedColumns(analysis: PlanAnalysis): string[] {
  let columns = namedColumnsCache.get(analysis);
  if (!columns) {
    columns = responsibilityMatrix(analysis, { collapseGroups: true }).columns;
    namedColumnsCache.set(analysis, columns);
  }
  return columns;
}

/**
 * The columns for a set of open groups. Closed groups are one column; an open group's members
 * take its place (each unit once, at its first place).
 *
 * @example
 * matrixModel(analysis, new Set()).columns.slice(0, 2).map((c) => c.name); //=> ['各县（市、区）政府（管委会）', '市直各单位']
 * matrixModel(analysis, new Set(['各县（市、区）政府（管委会）'])).columns[0]; //=> { name: '赤坎区政府', kind: 'unit', memberOf: '各县（市、区）政府（管委会）' }
 */
export function matrixModel(analysis: PlanAnalysis, open: ReadonlySet<string>): MatrixModel {
  const members = usedMembers(analysis);
  const columns: MatrixColumn[] = [];
  const seen = new Set<string>();
  const groups: MatrixModel['groups'] = [];
  for (const name of namedColumns(analysis)) {
    const group = analysis.registry.groupByName.get(name);
    const list = group ? (members.get(name) ?? []) : [];
    if (group && list.length > 0) {
      const isOpen = open.has(name);
      groups.push({ name, members: list.length, open: isOpen });
      if (isOpen) {
        for (const unit of list) {
          if (seen.has(unit)) continue;
          seen.add(unit);
          columns.push({ name: unit, kind: 'unit', memberOf: name });
        }
        continue;
      }
    }
    if (seen.has(name)) continue;
    seen.add(name);
    columns.push(group ? { name, kind: 'group', members: list.length } : { name, kind: 'unit' });
  }
  return { columns, groups };
}

/** A row's cells, by name: the names the cell gives (named) and every unit after expansion. */
interface RowCells {
  named: Map<string, MatrixMark>;
  expanded: Map<string, RoleAssignment>;
}

const PRIMARY: readonly Role[] = ['lead', 'responsible', 'supporting'];
const rowCache = new WeakMap<ResolvedTask, RowCells>();

function rowCells(task: ResolvedTask): RowCells {
  let cells = rowCache.get(task);
  if (cells) return cells;
  const named = new Map<string, MatrixMark>();
  for (const role of PRIMARY) {
    for (const name of task.roles[role]) if (!named.has(name)) named.set(name, { role, supervising: false });
  }
  for (const name of task.roles.supervising) {
    const cell = named.get(name);
    named.set(name, cell ? { ...cell, supervising: true } : { role: 'supervising', supervising: true });
  }
  const expanded = new Map<string, RoleAssignment>();
  for (const u of task.units) if (!expanded.has(u.unit)) expanded.set(u.unit, u);
  cells = { named, expanded };
  rowCache.set(task, cells);
  return cells;
}

/**
 * The mark of one cell: for a group or a unit the cells name directly, the role the cell gives
 * that name; for a member of an open group, the member's role after expansion (with the group it
 * holds it through).
 *
 * @example
 * matrixMark(analysis.resolved.tasks[6]!, { name: '市财政局', kind: 'unit' }); //=> { role: 'lead', supervising: false }
 */
export function matrixMark(task: ResolvedTask, column: MatrixColumn): MatrixMark | undefined {
  const cells = rowCells(task);
  if (column.memberOf === undefined) return cells.named.get(column.name);
  const a = cells.expanded.get(column.name);
  if (!a) return undefined;
  return { role: a.role, supervising: a.supervising === true, ...(a.via ? { via: a.via } : {}) };
}
