/**
 * Tasks that an excerpt's cut goes through (截断处的任务). A copy that stops partway
 * (`[...gap...]`, see document/excerpt.ts) leaves its last task incomplete: a table row whose own
 * units cell never came is not a merged cell sharing the row above, so what the reader took from
 * beyond the cut is undone; a name the cut breaks (`市金融办、人民银`) is not a unit: it is taken out
 * of the units cell and named in the review, with every cut, so that the clerk completes it from
 * the original.
 */
import { itemNumberAt, type SourceLine } from '../document/lines';
import type { ImportDiagnostic, ImportLayout } from '../types';
import { isBareZone, looksLikeName } from '../../roles/names';
import { type DraftBody, type DraftTask, decision } from '../readers/draft';

const TABLE_LAYOUTS: ReadonlySet<ImportLayout> = new Set([
  'pdfTable',
  'delimitedTable',
  'cellPerLine',
  'cellStream',
]);

/** Separators between names and after labels in a units cell (`等` before a cut collective). */
const SEPARATOR = /[、,，;；:：\s等]/;

/** A sentence's end, a space, and a few words with no end of their own: the start of what the cut took. */
const STUB_AFTER_SENTENCE = /[。；;!！?？][ \u3000]+([\p{Script=Han}]{1,8})$/u;

/** A bracket left open at the end, opening as one that names who does the task does (`(由市商`). */
const OPEN_OWNER_BRACKET = /[(（](?:由|责任单位|牵头单位|主办单位)[^()（）]{0,40}$/u;

/** An open bracket whose role phrase is complete (`(市经信委牵头落实`) or that opens with a label (`(牵头单位:市人社局`). */
const OPEN_WHOLE_BRACKET =
  /[(（]((?:责任单位|牵头单位|主办单位|配合单位|协办单位)\s*[:：][^()（）]{2,60}|[^()（）]{2,60}?(?:牵头落实|负责落实|牵头负责|牵头|负责|落实|配合))\s*$/u;

/** A piece that ends as a finished cell or clause does (a bracket closed, a full stop, `|`). */
const FINISHED = /[)）\]】〕。.|｜]$/;

/**
 * Undo what the readers took from beyond each cut, in place, and say so.
 *
 * @example
 * const said = applyCuts(body, [43], lines, 'cellStream');
 * said.map((d) => d.code); //=> ['excerpt-cut', 'excerpt-cut']
 */
export function applyCuts(
  body: DraftBody,
  cuts: readonly number[],
  lines: readonly SourceLine[],
  layout: ImportLayout,
  dropped: readonly { line: number; text: string }[] = [],
): ImportDiagnostic[] {
  const said: ImportDiagnostic[] = [];
  for (const { line, text } of dropped)
    said.push(decision('excerpt-cut/label', { line, text }, 0.3, [line, line]));
  for (const cut of cuts) {
    const started = taskStartedBeforeCut(body, cut, lines);
    if (started) {
      body.tasks.push(started);
      // A reader that took the started row for a category row (a row with no units) was wrong.
      const at = started.lines.text![0];
      const wrong = (lines: [number, number]) => lines[0] === at;
      body.categories = body.categories.filter(
        (c) => !wrong(c.lines) || body.tasks.some((t) => t !== started && t.category === c.name),
      );
      body.diagnostics = body.diagnostics.filter(
        (d) => !(d.code.startsWith('category') && d.lines && d.lines[0] === at),
      );
    }
    const task = taskAt(body.tasks, cut);
    said.push(
      decision('excerpt-cut', { line: cut, ...(task ? { task: task.number } : {}) }, 0.4, [cut, cut]),
    );
    if (!task) continue;
    const textStart = task.lines.text?.[0];
    // A table row cut before its own cells: the row above's cell was taken as a merged one. (A row
    // cut right after its number has no text either: what it shows of cells is the row above's.)
    const rowStart = textStart ?? (task === body.tasks.at(-1) ? cut : undefined);
    if (TABLE_LAYOUTS.has(layout) && rowStart !== undefined) {
      for (const cell of ['units', 'deadline'] as const) {
        const at = task.lines[cell];
        if (!at || at[1] >= rowStart) continue;
        task[cell] = '';
        delete task.lines[cell];
        body.diagnostics = body.diagnostics.filter(
          (d) => !(d.code === 'merged-cell' && d.params?.task === task.number && d.params?.cell === cell),
        );
        said.push(decision('excerpt-cut/cell', { task: task.number, line: cut, cell }, 0.3, [cut, cut]));
      }
    }
    // Text that ends a sentence, then after a space a few words the cut stops (…保障工作。 经济信息):
    // those words begin the next item, which the copy never shows; they leave the text and are said.
    const textEnd = task.lines.text?.[1];
    const stub = STUB_AFTER_SENTENCE.exec(task.text);
    if (stub && textEnd !== undefined && textEnd >= lastTextLine(lines, cut)) {
      task.text = task.text.slice(0, stub.index + 1);
      said.push(
        decision('excerpt-cut/stub', { task: task.number, line: cut, stub: stub[1]! }, 0.3, [
          textEnd,
          textEnd,
        ]),
      );
    }
    const whole = OPEN_WHOLE_BRACKET.exec(task.text);
    // A bracket of who does it that the cut leaves open (…增长12%以上(由市商): the units never came;
    // the bracket leaves the text and is said.
    const open = whole ? undefined : OPEN_OWNER_BRACKET.exec(task.text);
    if (open && textEnd !== undefined && textEnd >= lastTextLine(lines, cut)) {
      task.text = task.text.slice(0, open.index).trimEnd();
      said.push(
        decision('excerpt-cut/stub', { task: task.number, line: cut, stub: open[0] }, 0.3, [
          textEnd,
          textEnd,
        ]),
      );
    }
    // The units cell ends where the copy stops: its last name may be cut.
    const at = task.lines.units;
    if (at && at[1] >= lastTextLine(lines, cut)) {
      const fragment = cutFragment(task.units);
      if (fragment) {
        const cell = task.units;
        task.units = withoutFragment(task.units, fragment);
        // Rows above that share the cut cell (a merged cell, copied to them) lose the same fragment.
        for (const other of body.tasks)
          if (other !== task && other.units === cell && other.lines.units?.[1] === at[1])
            other.units = task.units;
        said.push(
          decision('excerpt-cut/fragment', { task: task.number, line: cut, fragment }, 0.3, [at[1], at[1]]),
        );
      }
    }
    // A bracket whose role phrase is whole (`…错位发展。(市经信委牵头落实`): only its `)` was cut; it names
    // the units (after the fragment check: its last name is not broken).
    if (whole && task.units === '' && textEnd !== undefined && textEnd >= lastTextLine(lines, cut)) {
      task.text = task.text.slice(0, whole.index).trimEnd();
      // A label's last name may be the one the cut broke (`(牵头单位:市人`): it is no name.
      const labelled = /^(?:责任单位|牵头单位|主办单位|配合单位|协办单位)/u.test(whole[1]!);
      const broken = labelled ? cutFragment(whole[1]!) : undefined;
      const units = broken ? withoutFragment(whole[1]!, broken) : whole[1]!;
      if (!/^(?:责任单位|牵头单位|主办单位|配合单位|协办单位)\s*[:：]\s*$/u.test(units)) {
        task.units = units;
        task.lines.units = [textEnd, textEnd];
      }
      said.push(
        decision('excerpt-cut/stub', { task: task.number, line: cut, stub: whole[0] }, 0.3, [
          textEnd,
          textEnd,
        ]),
      );
    }
  }
  return said;
}

/** The source lines of a task's cells. */
function cellLines(task: DraftTask): [number, number][] {
  return [task.lines.text, task.lines.units, task.lines.deadline].filter((r) => r !== undefined);
}

/** The task the cut goes through: the last one that starts before it. */
function taskAt(tasks: readonly DraftTask[], cut: number): DraftTask | undefined {
  let found: DraftTask | undefined;
  for (const task of tasks) {
    if (Math.min(...cellLines(task).map((r) => r[0])) < cut) found = task;
  }
  return found;
}

/** The number of the last line with text before the cut (or the cut line, when the mark was glued). */
function lastTextLine(lines: readonly SourceLine[], cut: number): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.no <= cut && line.text !== '') return line.no;
  }
  return cut;
}

/**
 * The last piece of a units cell that the cut leaves unfinished: what follows the last separator
 * (or the whole cell), unless it ends as a finished cell does or reads as a whole name (the copy
 * may stop right after one).
 */
function cutFragment(units: string): string | undefined {
  if (FINISHED.test(units)) return undefined;
  // A note in angle brackets the cut leaves open (各区人民政府〈含开发区、): its words are unfinished;
  // the name before it stands.
  const note = /[〈<][^〈〉<>]*$/u.exec(units);
  if (note) {
    let k = note.index;
    while (k > 0 && !SEPARATOR.test(units[k - 1]!)) k--;
    if (looksLikeName(units.slice(k, note.index))) return units.slice(note.index);
  }
  let i = units.length;
  while (i > 0 && !SEPARATOR.test(units[i - 1]!)) i--;
  let piece = units.slice(i);
  // A name, then the cut role words after it (医保中心按职责分工落): only the words are cut.
  const role = /^(.{2,}?)(?:按职责|按照职责|负责|牵头|配合|参与|协助|落实)/u.exec(piece);
  if (role && looksLikeName(role[1]!)) {
    i += role[1]!.length;
    piece = units.slice(i);
  }
  // …各有关 / …相关 end no name: the collective's noun (部门, 单位) was cut; …人民 neither (人民政府).
  // A level and one character (市协 of 市科协) is no name but 市委 / 县委.
  const stub = /^[省市县区镇乡][\u4e00-\u9fff]$/u.test(piece) && !/^[省市县区]委$/u.test(piece);
  if (piece === '' || (looksLikeName(piece) && !stub && !/(?:有关|相关|各|直|人民)$/.test(piece)))
    return undefined;
  // Bare zones just before the cut may share the body the cut took (示范区、高新区管委会): unfinished too.
  let start = i;
  while (start > 0 && units[start - 1] === '、') {
    let k = start - 1;
    while (k > 0 && !SEPARATOR.test(units[k - 1]!)) k--;
    if (!isBareZone(units.slice(k, start - 1))) break;
    start = k;
  }
  return units.slice(start);
}

/** What is left of a units cell without its cut piece: no dangling separator or empty label. */
function withoutFragment(units: string, fragment: string): string {
  return units
    .slice(0, units.length - fragment.length)
    .replace(/[、,，;；\s]*[\u4e00-\u9fff]{2,8}[:：]$/u, '')
    .replace(/[、,，;；\s]+$/u, '');
}

/**
 * The next task, begun after the last one read and cut before its units (`3、积极争取政策` then the
 * gap): the readers pass it over for want of units, but the copy shows its number and first words.
 */
function taskStartedBeforeCut(
  body: DraftBody,
  cut: number,
  lines: readonly SourceLine[],
): DraftTask | undefined {
  const last = body.tasks.at(-1);
  if (!last) return undefined;
  const lastLine = Math.max(...cellLines(last).map((r) => r[1]));
  if (!(lastLine < cut)) return undefined;
  const next = last.number + 1;
  const pieces: SourceLine[] = [];
  for (const line of lines) {
    if (line.no <= lastLine || line.no > cut || line.text === '') continue;
    // A table row keeps its opening bar (`| 6.加大…`): the number comes after it.
    const text = line.text.replace(/^[|｜]\s*/u, '');
    if (pieces.length === 0) {
      const item = itemNumberAt(text, ['dot', 'bracket', 'bracketNumeral', 'spaced']);
      if (item?.number !== next) continue;
      pieces.push({ ...line, text: text.slice(item.length) });
    } else pieces.push({ ...line, text });
  }
  if (pieces.length === 0) return undefined;
  const text = pieces.map((p) => p.text).join('');
  if (text.length < 2) return undefined;
  return {
    number: next,
    category: last.category,
    text,
    units: '',
    deadline: '',
    lines: { text: [pieces[0]!.no, pieces.at(-1)!.no] },
  };
}
