/**
 * Names run together (名称粘连): a copy that lost the space or 、 between two units of a cell
 * (`文化站 派出所工商质监所`). Where the plan names the second unit on its own elsewhere and what
 * comes before it reads as a name, the two are parted as the cell parts its other names, and the
 * review says so; a name the plan never uses alone is left as written.
 */
import { LABELLED_NAME, looksLikeName } from '../../roles/names';
import { type DraftBody, decision } from '../readers/draft';
import type { ImportDiagnostic } from '../types';

/** What parts the names of a units cell: list marks, spaces, and the colon after a label. */
const NAME_SEPARATORS = /[、，,；;：:\s\u3000]+/u;

/**
 * Part the names run together in the body's units cells, in place; each parting is said in `diagnostics`.
 *
 * @example
 * const body = draftBody(['工商质监所 安监站', '文化站 派出所工商质监所']);
 * partGluedNames(body, []);
 * body.tasks[1].units; //=> '文化站 派出所 工商质监所'
 */
export function partGluedNames(body: DraftBody, diagnostics: ImportDiagnostic[]): void {
  const alone = new Set<string>();
  for (const task of body.tasks)
    for (const name of task.units.split(NAME_SEPARATORS)) if (LABELLED_NAME.test(name)) alone.add(name);
  if (alone.size < 2) return;
  for (const [k, task] of body.tasks.entries()) {
    const parts = task.units.split(/([、，,；;：:\s\u3000]+)/u);
    const spaced = /\S\s+\S/u.test(task.units) && !/[、，,]/u.test(task.units);
    let changed = false;
    for (let i = 0; i < parts.length; i += 2) {
      const name = parts[i]!;
      const split = gluedSplit(name, alone);
      if (!split) continue;
      parts[i] = split.join(spaced ? ' ' : '、');
      changed = true;
      diagnostics.push(
        decision(
          'names-run-together',
          { task: task.number, written: name, parted: split.join('、') },
          0.5,
          task.lines.units,
          ['tasks', k, 'units'],
        ),
      );
    }
    if (changed) task.units = parts.join('');
  }
}

/**
 * `派出所工商质监所` → `['派出所', '工商质监所']`. Parted only on strong signs, since most long names
 * hold a shorter one (区政府办公室, 市工业和信息化局): both parts stand alone elsewhere in the plan; or
 * the second stands alone and both are grassroots offices (…所, …站, …队); or both begin with the
 * same level (市海洋渔业局市农业农村局).
 */
function gluedSplit(name: string, alone: ReadonlySet<string>): [string, string] | undefined {
  if (name.length < 5 || !LABELLED_NAME.test(name)) return undefined;
  for (let cut = 2; cut <= name.length - 2; cut++) {
    const first = name.slice(0, cut);
    const second = name.slice(cut);
    if (!looksLikeName(first) || !looksLikeName(second) || /[和及与]$/u.test(first)) continue;
    const bothAlone = alone.has(first) && alone.has(second);
    const offices = alone.has(second) && GRASSROOTS.test(first) && GRASSROOTS.test(second);
    const level = LEVEL_START.exec(first)?.[0];
    const sameLevel = level !== undefined && second.startsWith(level) && UNIT_END.test(first);
    if (bothAlone || offices || sameLevel) return [first, second];
  }
  return undefined;
}

/** Grassroots offices of a town (派出所, 安监站, 交警中队). */
const GRASSROOTS = /[所站队]$/u;
/** A level that starts a name (市…, 县…). */
const LEVEL_START = /^[省市县区镇乡]/u;
/** How an office's name ends. */
const UNIT_END = /(?:局|委|办|厅|处|科|室|中心|所|站|队|院)$/u;
