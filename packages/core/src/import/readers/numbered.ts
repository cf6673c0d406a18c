/**
 * The last resort (兜底读法): numbered items, when no layout reader finds tasks. A plan whose cells
 * run together with no separator, or whose units are written in a way no reader knows, still has
 * its tasks numbered 1, 2, 3…; they are given to the clerk to review, each with its text as printed
 * and its units where a label or a trailing bracket names them, an empty units cell otherwise (the
 * assembly puts a placeholder there and says so). Chosen only when nothing else reads.
 */
import { endsSentence, type ItemNumbering, itemNumberAt, type SourceLine } from '../document/lines';
import { isFooterStart } from '../assembly/notice';
import type { ImportDiagnostic } from '../types';
import { looksLikeCategoryStart } from './classify';
import { type DraftBody, type DraftCategory, type DraftTask, decision } from './draft';
import { headingLead } from './prose';
import { looksLikeName } from '../../roles/names';

/** The schemes a numbered task may use; `（一）` stays a heading's. */
const SCHEMES: readonly ItemNumbering[] = ['dot', 'bracket', 'spaced'];

/** Labels of units that a numbered item may carry in its text. */
const UNIT_LABELS =
  '牵头单位|牵头部门|责任单位|责任部门|主要责任单位|落实单位|承办单位|主办单位|配合单位|协办单位|责任主体';

/** A label of units inside a task's text, and what follows it up to the end of the clause. */
const UNITS_LABEL = new RegExp(`(?:${UNIT_LABELS})\\s*[:：]\\s*([^)）\\]】〕。]+)`, 'u');

/** A bracket that opens with a label of units, wherever it stands: `（责任单位：县商务局）`. */
const LABELLED_BRACKET = new RegExp(
  `[(（[【〔]\\s*((?:${UNIT_LABELS})\\s*[:：][^()（）[\\]【】〔〕]+)[)）\\]】〕]`,
  'u',
);

/** A trailing bracket that names who does the task: `(X负责)` `(X牵头,Y配合)`. */
const OWNER_BRACKET =
  /[(（[【〔]([^()（）[\]【】〔〕]{2,120}(?:负责|牵头|配合|落实|参与)[^()（）[\]【】〔〕]*)[)）\]】〕]\s*[。.]?$/u;

/**
 * Read numbered items as tasks.
 *
 * @example
 * readNumbered(splitSourceLines('1、做好甲工作\n2、做好乙工作'))?.tasks.map((t) => t.number); //=> [1, 2]
 */
export function readNumbered(lines: readonly SourceLine[]): DraftBody | undefined {
  const items = bestItems(lines);
  if (!items || items.length < 2) return undefined;
  const diagnostics: ImportDiagnostic[] = [];
  const categories: DraftCategory[] = [];
  const tasks: DraftTask[] = [];
  let end = lines.length;
  for (let k = items[items.length - 1]!.index + 1; k < lines.length; k++) {
    if (isFooterStart(lines[k]!.text)) {
      end = k;
      break;
    }
  }
  let category = '';
  let categoryAt = 0;
  let lead: ReturnType<typeof headingLead>;
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    // The heading (一、…) last seen above the item is its category.
    for (let j = categoryAt; j < item.index; j++) {
      const t = lines[j]!.text;
      if (looksLikeCategoryStart(t) && t.length <= 60) {
        category = t.replace(/^[一二三四五六七八九十]+[、.．]\s*/, '');
        categories.push({ name: category, lines: [lines[j]!.no, lines[j]!.no] });
        // 一、县示范区管委会牵头工作（8项）: the heading's lead leads every task below it.
        lead = headingLead(category);
      }
    }
    categoryAt = item.index + 1;
    const stop = k + 1 < items.length ? items[k + 1]!.index : end;
    const parts = [item.rest];
    let last = item.index;
    for (let j = item.index + 1; j < stop; j++) {
      const t = lines[j]!.text;
      if (t === '') continue;
      if (looksLikeCategoryStart(t)) break;
      // An item that has named its units and ended its sentence is over: what follows is the notice's.
      if (endsSentence(parts.at(-1)!) && splitUnits(parts.join('')).units !== '') break;
      parts.push(t);
      last = j;
    }
    const whole = parts.join('');
    const own = splitUnits(whole);
    const text = own.text;
    const units = lead?.units ? (own.units ? `${lead.units}牵头；${own.units}` : `${lead.units}牵头`) : own.units;
    const first = lines[item.index]!.no;
    const lastNo = lines[last]!.no;
    tasks.push({
      number: item.number,
      category,
      text,
      units,
      deadline: '',
      ...(lead?.leaders ? { leaders: lead.leaders } : {}),
      lines: { text: [first, lastNo], ...(own.units ? { units: [first, lastNo] as [number, number] } : {}) },
    });
  }
  const first = lines[items[0]!.index]!.no;
  const missing = tasks.filter((t) => t.units === '').length;
  diagnostics.push(
    decision('numbered-fallback', { tasks: tasks.length, line: first, missing }, 0.2, [first, first]),
  );
  return { categories, tasks, diagnostics, start: items[0]!.index, end };
}

/** The items of the numbering scheme that runs longest in order (1, 2, 3…, restarts allowed). */
function bestItems(
  lines: readonly SourceLine[],
): { index: number; number: number; rest: string }[] | undefined {
  let best: { index: number; number: number; rest: string }[] | undefined;
  for (const scheme of SCHEMES) {
    const found: { index: number; number: number; rest: string }[] = [];
    let next = 1;
    for (let i = 0; i < lines.length; i++) {
      const item = itemNumberAt(lines[i]!.text, [scheme]);
      if (!item) continue;
      const n = item.number;
      if (n !== next && n !== 1) continue;
      const rest = lines[i]!.text.slice(item.length);
      if (rest.length < 2) continue;
      found.push({ index: i, number: n, rest });
      next = n + 1;
    }
    if (found.length > (best?.length ?? 0)) best = found;
  }
  return best;
}

/** A task's units where a label or a trailing bracket names them; the text without them. */
function splitUnits(whole: string): { text: string; units: string } {
  const bracket = OWNER_BRACKET.exec(whole);
  if (bracket) return { text: whole.slice(0, bracket.index).trim(), units: bracket[1]!.trim() };
  // A labelled bracket inside the text (`联盛快乐城（责任单位：县商务局）：前期通报…`): the units, and
  // the text without it.
  const inner = LABELLED_BRACKET.exec(whole);
  if (inner && inner.index > 0)
    return {
      text: (whole.slice(0, inner.index) + whole.slice(inner.index + inner[0].length)).trim(),
      units: inner[1]!.trim(),
    };
  const label = UNITS_LABEL.exec(whole);
  if (label && label.index > 0)
    return {
      text: whole
        .slice(0, label.index)
        .replace(/[(（[【〔]\s*$/, '')
        .trim(),
      units: whole
        .slice(label.index)
        .replace(/[)）\]】〕。]+$/, '')
        .trim(),
    };
  // The last space-separated word, when it is a list of names (`… 发改委、经信委、科技局`).
  const last = /\s([^\s]{2,60})$/u.exec(whole);
  if (last && last[1]!.split(/[、，,]/).every((n) => looksLikeName(n)))
    return { text: whole.slice(0, last.index).trim(), units: last[1]! };
  return { text: whole, units: '' };
}
