/**
 * Reading a plan table from a grid of cells (表格网格): the header row (one or two rows, synonyms
 * and extra columns allowed), repeated headers dropped, merged cells applied to every task they
 * cover, category rows and category columns (two levels), separate 牵头单位 / 责任单位 / 配合单位
 * columns composed into one units cell the way the text importer does, and rows a PDF page broke
 * joined again. The result is the text importer's {@link DraftBody}, so the plan is assembled by
 * the same code.
 */
import { detectConventions } from '../../roles';
import { composeUnits, TASK_NUMBER } from './cells';
import { looksLikeCategoryStart } from './classify';
import { type Column, type ColumnKind, headerKind } from './columns';
import {
  type DraftBody,
  type DraftCategory,
  type DraftTask,
  decision,
  splitLeaders,
  stripEnumerator,
} from './draft';
import { endsSentence, squeeze, toAsciiDigits } from '../document/lines';
import { isFooterStart } from '../assembly/notice';
import { cellText, type FilePlace, type ModelRow, type ModelTable } from '../document/table-model';
import type { ImportDiagnostic } from '../types';

/**
 * The header of a grid table.
 *
 * @example
 * findGridHeader(table)?.columns.map((c) => c?.kind); //=> ['category', 'text', 'units', 'deadline']
 */
export interface GridHeader {
  /** Index of the first header row. */
  first: number;
  /** Index of the last header row (the same as `first` for a one-row header). */
  last: number;
  /** The column each grid column is, `undefined` for columns the plan model has no place for. */
  columns: (Column | undefined)[];
  /** The header words of each header row, whitespace removed (to recognise repeats). */
  rowsWords: string[][];
  /** Header words of grid columns not imported (完成情况, 联系人…). */
  ignored: { index: number; header: string }[];
  /** Text of the header cells (for conventions such as 列第一位的为牵头单位). */
  text: string;
}

/** How the title of a plan or ledger ends (方案, 台账, 清单…). */
const TITLE_END = /(?:方案|清单|要点|计划|分工表|任务表|台账|安排|措施|分解表|一览表|责任表)$/;

/** Header words without whitespace and without a bracketed remark: 责任单位（列第一位的为牵头单位） → 责任单位. */
function headerWord(text: string): string {
  return squeeze(text)
    .replace(/[（(【[][^）)】\]]*[）)】\]]/g, '')
    .replace(/[:：*＊]$/, '');
}

function kindsOf(words: readonly string[]): (ColumnKind | undefined)[] {
  // Progress columns are not imported (each said as column-ignored). A name (名称) or a year's
  // target column stands for the text when there is no text column; beside one, a name heads it
  // like a category and a target is kept as the task's note.
  const kinds = words.map((w) => (w === '' ? undefined : headerKind(w)));
  const hasText = kinds.includes('text');
  const hasTitle = kinds.includes('title');
  return kinds.map((kind) => {
    if (kind === 'other') return undefined;
    if (kind === 'title') return hasText ? 'category' : 'text';
    if (kind === 'target') return hasText || hasTitle ? 'note' : 'text';
    return kind;
  });
}

/**
 * Find the header row(s) of a grid table among its first rows: the row whose words name a text
 * column and a units column, and most of whose other cells are header words. A second row of
 * sub-headers under a merged cell (责任单位 over 牵头单位 | 配合单位) is taken into account.
 *
 * @example
 * findGridHeader(table)?.first; //=> 0
 */
export function findGridHeader(table: ModelTable): GridHeader | undefined {
  const scan = Math.min(table.rows.length, 20);
  for (let r = 0; r < scan; r++) {
    const words = table.rows[r]!.cells.map((_, c) => headerWord(cellText(table, r, c)));
    // Two rows: sub-headers below, where the row below has header words of its own.
    const below = r + 1 < table.rows.length ? table.rows[r + 1]! : undefined;
    let combined = words;
    let two = false;
    if (below) {
      const sub = below.cells.map((cell) => (cell.mergedFrom ? '' : headerWord(cell.text)));
      const subKinds = kindsOf(sub);
      const nonEmpty = sub.filter((w) => w !== '');
      const upperNamed = words.some((w) => w !== '' && headerKind(w) !== undefined);
      if (upperNamed && nonEmpty.length > 0 && sub.every((w, c) => w === '' || subKinds[c] !== undefined)) {
        combined = words.map((w, c) => (sub[c] !== '' ? sub[c]! : w));
        two = combined.some((w, c) => w !== words[c]);
      }
    }
    const found = headerFrom(table, r, two ? r + 1 : r, two ? combined : words);
    if (found) return found;
    if (two) {
      const one = headerFrom(table, r, r, words);
      if (one) return one;
    }
  }
  return undefined;
}

function headerFrom(table: ModelTable, first: number, last: number, words: string[]): GridHeader | undefined {
  // A header cell merged over several columns names the first of them only (unless sub-headers
  // below name each of them).
  const upper = table.rows[first]!;
  const lower = table.rows[last]!;
  const effective = words.map((w, c) => {
    const spanned = (cell: ModelRow['cells'][number] | undefined, r: number) =>
      cell?.mergedFrom !== undefined && cell.mergedFrom[0] === r && cell.mergedFrom[1] !== c;
    if (last !== first) {
      const sub = lower.cells[c];
      if (sub && !sub.mergedFrom && sub.text !== '') return w;
      if (spanned(sub, last)) return '';
    }
    return spanned(upper.cells[c], first) ? '' : w;
  });
  const kinds = kindsOf(effective);
  const named = effective.filter((w) => w !== '');
  const known = kinds.filter((k) => k !== undefined);
  if (!kinds.includes('units') || !kinds.includes('text')) return undefined;
  if (known.length < 2 || known.length * 2 < named.length) return undefined;
  const columns: (Column | undefined)[] = kinds.map((kind, c) =>
    kind ? { kind, header: effective[c]! } : undefined,
  );
  // Of several text-like columns, the last holds the task text and those before it are categories.
  const textColumns = columns.flatMap((col, c) => (col?.kind === 'text' ? [c] : []));
  const lastText = textColumns.at(-1)!;
  for (const c of textColumns) if (c !== lastText) columns[c]!.kind = 'category';
  // One column per kind, except units (several) and categories (up to two levels).
  const ignored: { index: number; header: string }[] = [];
  const seen = new Set<ColumnKind>();
  columns.forEach((col, c) => {
    if (!col) {
      if (effective[c] !== '') ignored.push({ index: c, header: effective[c]! });
      return;
    }
    if (col.kind === 'units' || col.kind === 'category') return;
    if (seen.has(col.kind)) {
      ignored.push({ index: c, header: col.header });
      columns[c] = undefined;
    } else seen.add(col.kind);
  });
  const rowsWords: string[][] = [];
  for (let r = first; r <= last; r++)
    rowsWords.push(table.rows[r]!.cells.map((_, c) => squeeze(cellText(table, r, c))));
  const text = rowsWords.flat().join(' ');
  return { first, last, columns, rowsWords, ignored, text };
}

/**
 * Where each task's cells came from, for the diagnostics' places.
 *
 * @example
 * reading.places[0]?.units; //=> { table: 1, row: 2, column: 3 }
 */
export interface GridReading {
  body: DraftBody;
  /** By task index: the place of each field's cell (for a merged cell, its first position). */
  places: Partial<Record<'text' | 'units' | 'deadline' | 'category' | 'number', FilePlace>>[];
  /** Outer category of each category name, for a table with two levels of categories. */
  outer: Map<string, string>;
  /** Conventions stated by the header (列第一位的为牵头单位). */
  conventions: ReturnType<typeof detectConventions>;
  /** Index of the table row each task starts at. */
  rows: number[];
}

interface TaskDraft {
  task: DraftTask;
  index: number;
  units: { header: string; value: string }[];
  unitsFromRow: number;
  deadlineFromRow: number;
}

/**
 * The place of a grid position, in the file's numbering.
 *
 * @example
 * placeOf(table, 3, 2); //=> { table: 1, row: 4, column: 3 }
 */
export function placeOf(table: ModelTable, row: number, column: number): FilePlace {
  const place = table.rows[row]?.place ?? {};
  return { ...place, column: (table.firstColumn ?? 1) + column };
}

/**
 * Read the plan's rows from a grid table whose header is `header`. `lineOf(r)` is the line of the
 * document text that shows row `r` (the diagnostics point at it).
 *
 * @example
 * const reading = readGrid(table, findGridHeader(table)!, (r) => r + 1);
 * reading.body.tasks.length; //=> 50
 */
export function readGrid(
  table: ModelTable,
  header: GridHeader,
  lineOf: (row: number) => number,
): GridReading {
  const diagnostics: ImportDiagnostic[] = [];
  const columns = header.columns;
  const find = (kind: ColumnKind) => columns.findIndex((c) => c?.kind === kind);
  const numberColumn = find('number');
  const textColumn = find('text');
  const deadlineColumn = find('deadline');
  const noteColumn = find('note');
  const leadersColumn = find('leaders');
  const unitColumns = columns.flatMap((c, i) => (c?.kind === 'units' ? [i] : []));
  const categoryColumns = columns.flatMap((c, i) => (c?.kind === 'category' ? [i] : []));
  const categories: DraftCategory[] = [];
  const byName = new Map<string, DraftCategory>();
  const outer = new Map<string, string>();
  const places: GridReading['places'] = [];
  const taskRows: number[] = [];
  const drafts: TaskDraft[] = [];
  const numbers = new Set<number>();
  /** The category rows above the current row: the outer heading, and an inner one below it. */
  let rowCategories: string[] = [];
  const lastInColumn = new Map<number, { name: string; place: FilePlace }>();
  /** A CSV file does not say which cells are merged: an empty cell may be one. */
  const mergesUnknown = table.mergesKnown === false;
  let pageTopPending = false;
  /** Cells of a row the page broke, by position: the cell of the task they finish. */
  const carriedUnits = new Map<string, { header: string; value: string }>();
  const carriedDeadline = new Map<string, TaskDraft>();
  const carriedCategory = new Map<string, string>();
  const originKey = (r: number, c: number) => {
    const from = table.rows[r]!.cells[c]?.mergedFrom;
    return from ? `${from[0]},${from[1]}` : `${r},${c}`;
  };
  let levelsNoted = false;
  let numberedAny = false;
  let unnumbered = 0;
  let end: number | undefined;

  const line = (r: number): [number, number] => [lineOf(r), lineOf(r)];
  /** The number of the task that starts at or covers table row `r` (for messages). */
  const taskAtRow = (r: number): number | string => {
    for (let k = taskRows.length - 1; k >= 0; k--) if (taskRows[k]! <= r) return drafts[k]!.task.number;
    return '?';
  };
  const own = (r: number, c: number) => {
    const cell = table.rows[r]!.cells[c];
    return cell && !cell.mergedFrom ? cell.text : '';
  };
  /** The row a grid position's text comes from (its merged cell's first row). */
  const originRow = (r: number, c: number) => table.rows[r]!.cells[c]?.mergedFrom?.[0] ?? r;
  const mergeConfidence = (r: number, c: number) => table.rows[r]!.cells[c]?.mergeConfidence ?? 1;

  const useCategory = (name: string, r: number) => {
    const known = byName.get(name);
    if (known) {
      known.lines[1] = lineOf(r);
      return;
    }
    const created: DraftCategory = { name, lines: line(r) };
    categories.push(created);
    byName.set(name, created);
  };

  const isHeaderRepeat = (r: number): boolean => {
    const row = table.rows[r]!;
    const words = row.cells.map((_, c) => squeeze(cellText(table, r, c)));
    return header.rowsWords.some((hw) => hw.every((w, c) => w === words[c]) && hw.some((w) => w !== ''));
  };

  for (let r = header.last + 1; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    const markedRepeat =
      row.repeatsAsHeader === true && row.cells.some((c) => !c.mergedFrom && headerKind(headerWord(c.text)));
    if (markedRepeat || isHeaderRepeat(r)) {
      // The row after a header repeated at the top of a page is the page's first.
      if (row.pageTop) pageTopPending = true;
      diagnostics.push(
        decision(
          'header-repeated',
          `the row repeats the table header${markedRepeat ? ' (marked as a header row)' : ''}: skipped`,
          markedRepeat ? 1 : 0.95,
          line(r),
        ),
      );
      continue;
    }
    const owned = row.cells.map((_, c) => own(r, c));
    const filled = owned.flatMap((t, c) => (t !== '' ? [c] : []));
    if (filled.length === 0 && row.cells.every((_, c) => cellText(table, r, c) === '')) continue;
    if (filled.length === 0) continue; // only cells merged from above: nothing new
    const first = owned[filled[0]!]!;
    if (filled.length === 1 && isFooterStart(first)) {
      end = r;
      break;
    }

    // A category row: one cell (often merged across the table), no units or deadline of its own.
    if (filled.length === 1 || (filled.length === 2 && filled[0] === numberColumn)) {
      const c = filled.at(-1)!;
      const text = owned[c]!;
      const enumerator = filled.length === 2 ? owned[numberColumn]! : '';
      const span =
        row.cells.filter((cell) => cell.mergedFrom?.[0] === r && cell.mergedFrom[1] === c).length + 1;
      const kind = columns[c]?.kind;
      const shortHeading = text.length <= 60 && !endsSentence(text) && !TASK_NUMBER.test(text);
      const headingLike =
        /^[一二三四五六七八九十]+[、.．]/.test(text) ||
        /^[（(][一二三四五六七八九十]+[）)]/.test(text) ||
        /^[一二三四五六七八九十]+$/.test(enumerator) ||
        looksLikeCategoryStart(text);
      if (/^(?:注|说明|备注|填表说明)[:：]/.test(text)) {
        diagnostics.push(decision('table-note', 'the row is a note under the table: skipped', 0.8, line(r)));
        continue;
      }
      // Units or a deadline through a merged cell, other than the candidate cell spanning them.
      const elsewhere = (u: number) => {
        const from = row.cells[u]?.mergedFrom;
        return from && from[0] === r && from[1] === c ? '' : cellText(table, r, u);
      };
      const noUnits =
        unitColumns.every((u) => elsewhere(u) === '') &&
        (deadlineColumn < 0 || elsewhere(deadlineColumn) === '');
      if (
        shortHeading &&
        noUnits &&
        kind !== 'units' &&
        kind !== 'deadline' &&
        kind !== 'note' &&
        (span >= 2 || kind === 'category' || headingLike || (kind === 'text' && text.length <= 30))
      ) {
        const name = stripEnumerator(enumerator !== '' ? `${enumerator}、${text}` : text);
        // 一、 headings are the outer level, （一） headings the inner one (below an outer heading).
        const inner = /^[（(][一二三四五六七八九十]+[）)]/.test(text) && rowCategories.length > 0;
        if (inner) rowCategories = [rowCategories[0]!, name];
        else rowCategories = [name];
        for (const c of categoryColumns) lastInColumn.delete(c);
        diagnostics.push(
          decision(
            'category',
            `the row is a category row (“${name}”)`,
            span >= 2 || headingLike ? 0.9 : 0.7,
            line(r),
          ),
        );
        continue;
      }
    }

    const pageTop = row.pageTop === true || pageTopPending;
    pageTopPending = false;
    const inheritEmpty = pageTop || mergesUnknown;
    const textOwn = textColumn >= 0 ? owned[textColumn]! : '';
    const textAll = textColumn >= 0 ? cellText(table, r, textColumn) : '';
    const previous = drafts.at(-1);

    // A row the page broke: at the top of a PDF page, cells that go on from the row before.
    if (pageTop && previous) {
      const numberOwn = numberColumn >= 0 ? owned[numberColumn]! : '';
      const startsTask = numberOwn !== '' || TASK_NUMBER.test(textOwn);
      // Without task numbers, only text that does not end a sentence goes on over the page.
      const continues =
        !startsTask &&
        (textOwn === '' || numberColumn >= 0 || numberedAny || !endsSentence(previous.task.text));
      if (continues) {
        const p = previous.task;
        if (textOwn !== '') p.text += textOwn;
        // The row's cells are the rest of the broken task's; a task below that shares one of them
        // (a merged cell the page broke) shares the whole cell.
        for (const c of unitColumns) {
          const slot = previous.units.find((u) => u.header === columns[c]!.header);
          if (!slot) continue;
          slot.value += owned[c]!;
          carriedUnits.set(`${r},${c}`, slot);
        }
        if (deadlineColumn >= 0) {
          p.deadline += owned[deadlineColumn]!;
          carriedDeadline.set(`${r},${deadlineColumn}`, previous);
        }
        for (const c of categoryColumns) carriedCategory.set(`${r},${c}`, p.category);
        if (noteColumn >= 0 && owned[noteColumn]! !== '') p.note = (p.note ?? '') + owned[noteColumn]!;
        for (const key of ['text', 'units', 'deadline'] as const) {
          const span = p.lines[key];
          if (span) span[1] = lineOf(r);
        }
        diagnostics.push(
          decision(
            'row-continued',
            `the row at the top of the page has no task number: read as the rest of task ${p.number}, which the page broke`,
            0.75,
            line(r),
            ['tasks', previous.index, 'text'],
          ),
        );
        continue;
      }
    }

    if (textAll === '') {
      diagnostics.push(decision('row-without-text', 'the row has no task text: skipped', 0.3, line(r)));
      continue;
    }
    if (textOwn === '' && previous && originRow(r, textColumn) <= (taskRows.at(-1) ?? -1)) {
      // The text cell is merged over this row too: the same task, with more units or deadlines.
      let added = false;
      for (const c of unitColumns) {
        const v = owned[c]!;
        const slot = previous.units.find((u) => u.header === columns[c]!.header);
        if (v !== '' && slot && slot.value !== v) {
          slot.value = slot.value === '' ? v : `${slot.value}；${v}`;
          added = true;
        }
      }
      if (deadlineColumn >= 0) {
        const v = owned[deadlineColumn]!;
        if (v !== '' && previous.task.deadline !== v) {
          previous.task.deadline = previous.task.deadline === '' ? v : `${previous.task.deadline}；${v}`;
          added = true;
        }
      }
      if (added)
        diagnostics.push(
          decision(
            'task-rows-joined',
            `task ${previous.task.number}'s text cell is merged over the next row: its units and deadline there are added to the task's`,
            0.6,
            line(r),
            ['tasks', previous.index],
          ),
        );
      continue;
    }

    // The task number: its own column, the text's `N.`, or the position.
    let taskText = textAll;
    let number: number | undefined;
    const numberCell = numberColumn >= 0 ? toAsciiDigits(cellText(table, r, numberColumn)) : '';
    const fromColumn = /^(\d{1,4})(?:\s*[.．、]?\s*)$/.exec(numberCell);
    const fromText = TASK_NUMBER.exec(taskText);
    if (fromColumn && Number(fromColumn[1]) >= 1) number = Number(fromColumn[1]);
    if (fromText && Number(fromText[1]) >= 1 && (number === undefined || Number(fromText[1]) === number)) {
      number = Number(fromText[1]);
      taskText = taskText.slice(fromText[0].length);
    }
    const index = drafts.length;
    if (number !== undefined) numberedAny = true;
    if (number === undefined || numbers.has(number)) {
      const given = number;
      number = Math.max(0, ...numbers) + 1;
      if (given === undefined) unnumbered++;
      if (given !== undefined || numberedAny)
        diagnostics.push(
          decision(
            'numbered-by-position',
            given === undefined
              ? `no task number: numbered ${number} by position`
              : `number ${given} is used twice: numbered ${number}`,
            0.6,
            line(r),
            ['tasks', index, 'number'],
          ),
        );
    }
    numbers.add(number);

    // The category: the category column(s), else the last category row.
    const path: string[] = [];
    for (const name of rowCategories) path.push(name);
    let categoryPlace: FilePlace | undefined;
    for (const c of categoryColumns) {
      const carried = carriedCategory.get(originKey(r, c));
      const value = carried ?? cellText(table, r, c);
      if (carried !== undefined) {
        path.push(carried);
        categoryPlace = places[drafts.length - 1]?.category;
        continue;
      }
      if (value === '') {
        // An empty category cell goes on under the category above it: a merged cell the page
        // broke, or one a CSV export left in its first row only.
        const above = lastInColumn.get(c);
        if (above !== undefined && inheritEmpty) {
          if (pageTop)
            diagnostics.push(
              decision(
                'merged-cell-over-page',
                `the row at the top of the page has no category of its own: it goes on under “${above.name}” (a merged cell the page broke)`,
                0.75,
                line(r),
                ['tasks', index, 'category'],
              ),
            );
          path.push(above.name);
          categoryPlace = above.place;
        }
        continue;
      }
      const name = stripEnumerator(value);
      path.push(name);
      categoryPlace = placeOf(table, originRow(r, c), c);
      lastInColumn.set(c, { name, place: categoryPlace });
    }
    const inner = path.at(-1) ?? '';
    if (path.length >= 2) {
      const outerName = path.at(-2)!;
      if (!outer.has(inner)) outer.set(inner, outerName);
      if (!levelsNoted) {
        levelsNoted = true;
        diagnostics.push(
          decision(
            'category-levels',
            `the table has two levels of categories (“${outerName}” › “${inner}”): tasks are put under the inner one, and the outer one is kept as its description`,
            0.8,
            line(r),
          ),
        );
      }
    }
    if (inner !== '') useCategory(inner, r);

    // The units: one column as written, or separate columns composed as the text importer does.
    const units: { header: string; value: string }[] = [];
    let unitsFromRow = r;
    let unitsMerged = false;
    let unitsConfidence = 1;
    let unitsCarried = false;
    for (const c of unitColumns) {
      const carried = carriedUnits.get(originKey(r, c));
      if (carried && previous) {
        units.push(carried);
        unitsMerged = true;
        unitsCarried = true;
        unitsFromRow = Math.min(unitsFromRow, previous.unitsFromRow);
        unitsConfidence = Math.min(unitsConfidence, 0.7);
        continue;
      }
      const value = cellText(table, r, c);
      const from = originRow(r, c);
      if (from !== r) {
        unitsMerged = true;
        unitsFromRow = Math.min(unitsFromRow, from);
        unitsConfidence = Math.min(unitsConfidence, mergeConfidence(r, c));
      }
      units.push({ header: columns[c]!.header, value });
    }
    // No units at all, where an empty cell may be a merged one: those of the task above.
    const inheritedConfidence = pageTop ? 0.65 : 0.75;
    if (inheritEmpty && previous && units.length > 0 && units.every((u) => u.value === '')) {
      if (previous.units.some((u) => u.value !== '')) {
        units.forEach((u, k) => {
          u.value = previous.units[k]?.value ?? '';
        });
        unitsMerged = true;
        unitsFromRow = previous.unitsFromRow;
        unitsConfidence = inheritedConfidence;
      }
    }
    let deadline = deadlineColumn >= 0 ? cellText(table, r, deadlineColumn) : '';
    let deadlineFromRow = deadlineColumn >= 0 ? originRow(r, deadlineColumn) : r;
    let deadlineConfidence = deadlineColumn >= 0 ? mergeConfidence(r, deadlineColumn) : 1;
    const carriedFrom = deadlineColumn >= 0 ? carriedDeadline.get(originKey(r, deadlineColumn)) : undefined;
    if (carriedFrom) {
      deadline = carriedFrom.task.deadline;
      deadlineFromRow = carriedFrom.deadlineFromRow;
      deadlineConfidence = 0.7;
    }
    if (deadline === '' && deadlineColumn >= 0 && inheritEmpty && previous && previous.task.deadline !== '') {
      deadline = previous.task.deadline;
      deadlineFromRow = previous.deadlineFromRow;
      deadlineConfidence = inheritedConfidence;
    }
    const note = noteColumn >= 0 ? cellText(table, r, noteColumn) : '';
    const leaders = leadersColumn >= 0 ? splitLeaders(cellText(table, r, leadersColumn)) : [];
    const task: DraftTask = {
      number,
      category: inner,
      text: taskText,
      units: '',
      deadline,
      ...(note !== '' ? { note } : {}),
      ...(leaders.length > 0 ? { leaders } : {}),
      lines: {
        text: [lineOf(originRow(r, textColumn)), lineOf(r)],
        units: [lineOf(unitsFromRow), lineOf(r)],
        ...(deadlineColumn >= 0
          ? { deadline: [lineOf(deadlineFromRow), lineOf(r)] as [number, number] }
          : {}),
      },
    };
    if (unitsMerged && previous) {
      diagnostics.push(
        decision(
          unitsCarried || (unitsConfidence === inheritedConfidence && pageTop)
            ? 'merged-cell-over-page'
            : 'merged-cell',
          unitsCarried
            ? `task ${number} shares the units cell of task ${previous.task.number}, which goes on over the page break (a merged cell the page broke)`
            : unitsConfidence === inheritedConfidence
              ? `task ${number} has no units cell of its own${pageTop ? ' at the top of the page' : ''}: it shares that of task ${previous.task.number} (a merged cell${pageTop ? ' the page broke' : ''})`
              : `task ${number} shares the units cell of task ${taskAtRow(unitsFromRow)} (a merged cell)`,
          unitsConfidence,
          task.lines.units,
          ['tasks', index, 'units'],
        ),
      );
    }
    if (deadlineColumn >= 0 && deadlineFromRow !== r && deadline !== '') {
      diagnostics.push(
        decision(
          carriedFrom || (deadlineConfidence === inheritedConfidence && pageTop)
            ? 'merged-cell-over-page'
            : 'merged-cell',
          deadlineConfidence === inheritedConfidence || carriedFrom
            ? `task ${number} has no deadline cell of its own${pageTop ? ' at the top of the page' : ''}: it shares that of task ${previous?.task.number} (a merged cell${pageTop ? ' the page broke' : ''})`
            : `task ${number} shares the deadline cell of task ${taskAtRow(deadlineFromRow)} (a merged cell)`,
          deadlineConfidence,
          task.lines.deadline,
          ['tasks', index, 'deadline'],
        ),
      );
    }
    drafts.push({ task, index, units, unitsFromRow, deadlineFromRow });
    taskRows.push(r);
    places.push({
      text: placeOf(table, originRow(r, textColumn), textColumn),
      ...(unitColumns.length > 0 ? { units: placeOf(table, unitsFromRow, unitColumns[0]!) } : {}),
      ...(deadlineColumn >= 0 ? { deadline: placeOf(table, deadlineFromRow, deadlineColumn) } : {}),
      ...(categoryPlace ? { category: categoryPlace } : {}),
      ...(numberColumn >= 0 ? { number: placeOf(table, r, numberColumn) } : {}),
    });
  }

  // Units cells are composed last: a row the page broke may have added to them.
  for (const d of drafts) d.task.units = composeUnits(d.units);
  if (unitColumns.length > 1 && drafts.length > 0) {
    diagnostics.push(
      decision(
        'units-composed',
        `the table has ${unitColumns.length} units columns (${unitColumns.map((c) => columns[c]!.header).join('、')}): each task's units cell is composed from them as “${unitColumns.map((c) => `${columns[c]!.header}：…`).join('；')}”`,
        0.9,
        line(header.first),
      ),
    );
  }
  if (!numberedAny && unnumbered > 0) {
    diagnostics.push(
      decision(
        'numbered-by-position',
        `the table has no task numbers: the ${unnumbered} tasks are numbered 1–${unnumbered} in order`,
        0.8,
        line(header.first),
      ),
    );
  }
  for (const { index, header: h } of header.ignored) {
    diagnostics.push(
      decision(
        'column-ignored',
        `column ${index + 1} (“${h}”) is not part of the plan model: not imported`,
        0.9,
        line(header.first),
      ),
    );
  }

  // The plan's title in a row above the header (a sheet's merged title row).
  let title: DraftBody['title'];
  for (let r = 0; r < header.first && !title; r++) {
    const own = table.rows[r]!.cells.filter((c) => !c.mergedFrom && c.text !== '');
    const text = own.length === 1 ? squeeze(own[0]!.text) : '';
    if (text.length >= 4 && text.length <= 80 && TITLE_END.test(text)) {
      title = { text, lines: line(r) };
      diagnostics.push(
        decision('title', 'plan title from the row above the table header', 0.9, line(r), ['meta', 'title']),
      );
    }
  }
  // Lines are 1-based; the body's start and end are indexes (0-based, end exclusive).
  const body: DraftBody = {
    categories,
    tasks: drafts.map((d) => d.task),
    diagnostics,
    start: lineOf(header.first) - 1,
    end: end !== undefined ? lineOf(end) - 1 : lineOf(table.rows.length - 1),
    ...(title ? { title } : {}),
  };
  return { body, places, outer, conventions: detectConventions(header.text), rows: taskRows };
}
