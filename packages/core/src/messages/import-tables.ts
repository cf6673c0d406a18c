/**
 * Messages of the table readers (see define.ts): `/pdf` for a table extracted from a PDF as text
 * (pdf-table.ts), `/grid` for a grid of cells from a Word, Excel, CSV or ruled PDF file (grid.ts).
 * Chinese first, English beside it. Line ranges are strings made by `lineRange` (`formatLines`).
 */
import { defineMessages, type MessageEntry, type MessageParams } from './define';

/** The cell a task shares with another (合并单元格). */
type SharedCell = 'units' | 'deadline';
const CELL_ZH: Readonly<Record<SharedCell, string>> = { units: '落实单位', deadline: '完成时限' };

/** The parameters of a message that has none: `{}`, kept on the diagnostic all the same. */
type NoParams = Record<string, never>;

/** The tasks of one row of a PDF table (a merged cell covers `first`–`last`). */
type Tasks = { first: number; last: number };
/** A decision about a row's cells, said with its tasks once the rows are final. */
type OfTasks = { first?: number; last?: number };

function tasksZh(p: Tasks): string {
  return p.first === p.last ? `第 ${p.first} 项任务` : `第 ${p.first}–${p.last} 项任务`;
}

function tasksEn(p: Tasks): string {
  return p.first === p.last ? `task ${p.first}` : `tasks ${p.first}–${p.last}`;
}

/** `tasks 3–5 share` but `task 3 shares`. */
function verbEn(p: Tasks, singular: string, plural: string): string {
  return p.first === p.last ? singular : plural;
}

/**
 * An entry about a row's cells, said first without its tasks (while the row is read) and again with
 * them (`first`, `last`) once the rows are final: `第 3–5 项任务：…`, `tasks 3–5: …`.
 */
function ofTasks<P extends MessageParams>(
  zh: (p: P) => string,
  en: (p: P) => string,
): MessageEntry<P & OfTasks> {
  const known = (p: OfTasks): p is Tasks => p.first !== undefined && p.last !== undefined;
  return {
    'zh-CN': (p) => `${known(p) ? `${tasksZh(p)}：` : ''}${zh(p)}`,
    en: (p) => `${known(p) ? `${tasksEn(p)}: ` : ''}${en(p)}`,
  };
}

/** A task that shares the cell of the task above (a merged cell, or one the page broke). */
type Inherited = { task: number; cell: SharedCell; from?: number; pageTop: boolean };
const INHERITED = {
  'zh-CN': (p: Inherited) =>
    `${p.pageTop ? '页首的' : ''}第 ${p.task} 项任务没有单独的${CELL_ZH[p.cell]}单元格：与第 ${p.from ?? '?'} 项任务共用（${p.pageTop ? '被分页断开的' : ''}合并单元格）`,
  en: (p: Inherited) =>
    `task ${p.task} has no ${p.cell} cell of its own${p.pageTop ? ' at the top of the page' : ''}: it shares that of task ${p.from ?? '?'} (a merged cell${p.pageTop ? ' the page broke' : ''})`,
};

export const IMPORT_TABLES_MESSAGES = defineMessages({
  // A table extracted from a PDF as text (pdf-table.ts).
  'several-units-columns': {
    'zh-CN': (p: { count: number; headers: string }) =>
      `表格有 ${p.count} 个落实单位列（${p.headers}）；PDF 文本看不出各列的分界，每行的落实单位按一个单元格读取`,
    en: (p: { count: number; headers: string }) =>
      `the table has ${p.count} units columns (${p.headers}); PDF text does not show where one ends, so each row's are read as one units cell`,
  },
  'category-continued/no-task': {
    'zh-CN': (p: { lines: string; category: string }) =>
      `第 ${p.lines} 行接续类别“${p.category}”（其间没有任务）`,
    en: (p: { lines: string; category: string }) =>
      `lines ${p.lines} continue the category “${p.category}” (no task came between)`,
  },
  'category-continued/after-page': {
    'zh-CN': (p: { lines: string; category: string }) =>
      `分页后的第 ${p.lines} 行读作类别“${p.category}”的其余部分`,
    en: (p: { lines: string; category: string }) =>
      `lines ${p.lines} after the page break are read as the rest of the category “${p.category}”`,
  },
  'category-continued/over-page': {
    'zh-CN': (p: { lines: string; category: string }) => `第 ${p.lines} 行跨页接续类别“${p.category}”`,
    en: (p: { lines: string; category: string }) =>
      `lines ${p.lines} continue the category “${p.category}” over the page break`,
  },
  'category-repeated/pdf-page': {
    'zh-CN': (p: { category: string; lines: string }) =>
      `类别“${p.category}”在第 ${p.lines} 行再次出现（跨页的合并单元格）：按同一类别读取`,
    en: (p: { category: string; lines: string }) =>
      `the category “${p.category}” is printed again at lines ${p.lines} (a merged cell over a page break): read as the same category`,
  },
  'category-repeated/pdf-earlier': {
    'zh-CN': (p: { category: string; lines: string }) =>
      `第 ${p.lines} 行的类别“${p.category}”与前面的类别重复：其下任务归入前面的类别`,
    en: (p: { category: string; lines: string }) =>
      `the category “${p.category}” at lines ${p.lines} repeats an earlier one: its tasks are put under that category`,
  },
  'unread-lines': {
    'zh-CN': (p: { lines: string }) => `第 ${p.lines} 行在第一项任务之前：未读取`,
    en: (p: { lines: string }) => `lines ${p.lines} before the first task are not read`,
  },
  'merged-cell-over-page/pdf-row': {
    'zh-CN': (p: { task: number; from: number }) =>
      `页首的第 ${p.task} 项任务并入第 ${p.from} 项任务所在行（该行的落实单位或完成时限单元格被分页断开）`,
    en: (p: { task: number; from: number }) =>
      `task ${p.task} at the top of a page joins the row of task ${p.from}, whose units or deadline cell the page broke`,
  },
  'text-last-line/line': {
    'zh-CN': (p: { line: number; text: string; task: number }) =>
      `第 ${p.line} 行“${p.text}”读作第 ${p.task} 项任务具体要求的最后一行`,
    en: (p: { line: number; text: string; task: number }) =>
      `line ${p.line} “${p.text}” is read as the last line of task ${p.task}'s text`,
  },
  'text-last-line/sentence': {
    'zh-CN': (p: { line: number; text: string; task: number }) =>
      `第 ${p.line} 行“${p.text}”读作第 ${p.task} 项任务具体要求的最后一句`,
    en: (p: { line: number; text: string; task: number }) =>
      `line ${p.line} “${p.text}” is read as the last sentence of task ${p.task}'s text`,
  },
  'task-number-gap': {
    'zh-CN': (p: { task: number; after: number; from: number; to: number }) =>
      `第 ${p.task} 项任务接在第 ${p.after} 项之后：缺少第 ${p.from}–${p.to} 项`,
    en: (p: { task: number; after: number; from: number; to: number }) =>
      `task ${p.task} follows task ${p.after}: numbers ${p.from}–${p.to} are missing`,
  },
  'text-continued/pdf-end': {
    'zh-CN': (p: { line: number; task: number }) =>
      `分页后的第 ${p.line} 行是第 ${p.task} 项任务具体要求的末行`,
    en: (p: { line: number; task: number }) =>
      `line ${p.line} ends the text of task ${p.task} after the page break`,
  },
  'text-continued/pdf-page': {
    'zh-CN': (p: { line: number; task: number }) => `第 ${p.line} 行跨页接续第 ${p.task} 项任务的具体要求`,
    en: (p: { line: number; task: number }) =>
      `line ${p.line} continues the text of task ${p.task} over the page break`,
  },
  'text-continued/pdf-wide': {
    'zh-CN': (p: { line: number; task: number }) =>
      `第 ${p.line} 行与具体要求列同宽：读作第 ${p.task} 项任务具体要求的续行`,
    en: (p: { line: number; task: number }) =>
      `line ${p.line} is wide: read as more of task ${p.task}'s text`,
  },
  'wide-line': {
    'zh-CN': (p: { line: number }) => `第 ${p.line} 行与具体要求列同宽，但读作窄列单元格的一部分`,
    en: (p: { line: number }) =>
      `line ${p.line} is as wide as the text column but is read as part of a narrow cell`,
  },
  'line-split': ofTasks(
    (p: { line: number; text: string; units: string; deadline: string }) =>
      `第 ${p.line} 行“${p.text}”同时含落实单位和完成时限：拆为“${p.units}”和“${p.deadline}”`,
    (p) =>
      `line ${p.line} “${p.text}” holds a unit and a deadline: split into “${p.units}” and “${p.deadline}”`,
  ),
  'deadline-continued': ofTasks(
    (p: { line: number }) => `第 ${p.line} 行跨页接续完成时限单元格`,
    (p) => `line ${p.line} continues the deadline cell over the page break`,
  ),
  'units-missing/pdf-before-deadline': ofTasks(
    (p: { line: number }) => `第 ${p.line} 行的完成时限之前没有落实单位单元格`,
    (p) => `no units cell before the deadline at line ${p.line}`,
  ),
  'units-or-category': ofTasks(
    (p: { units: string; category: string }) =>
      `第 ${p.units} 行读作落实单位，第 ${p.category} 行读作下一个类别`,
    (p) => `lines ${p.units} are read as units, lines ${p.category} as the next category`,
  ),
  'units-continued': ofTasks(
    (p: { lines: string }) => `第 ${p.lines} 行跨页接续落实单位单元格`,
    (p) => `lines ${p.lines} continue the units cell over the page break`,
  ),
  'no-units-before-category': ofTasks(
    (p: { lines: string }) => `第 ${p.lines} 行读作类别，因此其前面的任务没有单独的落实单位单元格`,
    (p) =>
      `lines ${p.lines} are read as a category, so the tasks before them have no units cell of their own`,
  ),
  'category/pdf': {
    'zh-CN': (p: { lines: string; category: string }) => `第 ${p.lines} 行：类别“${p.category}”`,
    en: (p: { lines: string; category: string }) => `lines ${p.lines}: the category “${p.category}”`,
  },
  'no-category/pdf': {
    'zh-CN': (_: NoParams) => '第一个类别之前的任务归入“未分类”',
    en: (_: NoParams) => 'tasks before the first category are put under “未分类”',
  },
  cells: {
    'zh-CN': (p: Tasks & { units: string; deadline: string }) =>
      `${tasksZh(p)}：落实单位在第 ${p.units} 行${p.deadline !== '' ? `，完成时限在第 ${p.deadline} 行` : ''}`,
    en: (p: Tasks & { units: string; deadline: string }) =>
      `${tasksEn(p)}: units cell from lines ${p.units}${p.deadline !== '' ? `, deadline cell from lines ${p.deadline}` : ''}`,
  },
  'merged-cell-inherited': {
    'zh-CN': (p: Tasks & { from: number; above: boolean; lines: string }) =>
      p.above
        ? `${tasksZh(p)}与第 ${p.from} 项任务共用落实单位单元格（第 ${p.lines} 行，跨页的合并单元格）`
        : `${tasksZh(p)}沿用第 ${p.from} 项任务的落实单位单元格（第 ${p.lines} 行）`,
    en: (p: Tasks & { from: number; above: boolean; lines: string }) =>
      p.above
        ? `${tasksEn(p)} ${verbEn(p, 'shares', 'share')} the units cell of task ${p.from} (a merged cell over a page break), lines ${p.lines}`
        : `${tasksEn(p)} ${verbEn(p, 'takes', 'take')} the units cell of task ${p.from}, lines ${p.lines}`,
  },
  'units-missing/pdf': {
    'zh-CN': (p: Tasks) => `${tasksZh(p)}没有落实单位单元格`,
    en: (p: Tasks) => `${tasksEn(p)} ${verbEn(p, 'has', 'have')} no units cell`,
  },
  'deadline-inherited': {
    'zh-CN': (p: Tasks & { from: number; lines: string }) =>
      `${tasksZh(p)}没有单独的完成时限单元格：沿用第 ${p.from} 项任务的完成时限（第 ${p.lines} 行）`,
    en: (p: Tasks & { from: number; lines: string }) =>
      `${tasksEn(p)} ${verbEn(p, 'has', 'have')} no deadline cell of ${verbEn(p, 'its', 'their')} own: the deadline of task ${p.from} (lines ${p.lines}) is used`,
  },
  'deadline-missing': {
    'zh-CN': (p: Tasks) => `${tasksZh(p)}没有完成时限单元格`,
    en: (p: Tasks) => `${tasksEn(p)} ${verbEn(p, 'has', 'have')} no deadline cell`,
  },
  'merged-cell/pdf': {
    'zh-CN': (p: Tasks & { lines: string }) =>
      `${tasksZh(p)}共用一个落实单位单元格和一个完成时限单元格（第 ${p.lines} 行）`,
    en: (p: Tasks & { lines: string }) =>
      `${tasksEn(p)} share one units cell and one deadline cell (lines ${p.lines})`,
  },
  'merged-cell-over-page/pdf': {
    'zh-CN': (p: { task: number; from: number; lines: string }) =>
      `第 ${p.task} 项任务在分页之后，没有单独的落实单位单元格：与第 ${p.from} 项任务共用（第 ${p.lines} 行），为跨页的合并单元格`,
    en: (p: { task: number; from: number; lines: string }) =>
      `task ${p.task} comes after the page break with no units cell of its own: it shares that of task ${p.from} (lines ${p.lines}), a merged cell over the page`,
  },
  'task/pdf': {
    'zh-CN': (p: { task: number; lines: string; empty: boolean }) =>
      p.empty ? `第 ${p.task} 项任务：具体要求为空` : `第 ${p.task} 项任务：具体要求在第 ${p.lines} 行`,
    en: (p: { task: number; lines: string; empty: boolean }) =>
      `task ${p.task}: text from lines ${p.lines}${p.empty ? ' (empty)' : ''}`,
  },

  // A grid of cells (grid.ts).
  'header-repeated': {
    'zh-CN': (p: { marked: boolean }) => `该行重复表头${p.marked ? '（标记为标题行）' : ''}：已跳过`,
    en: (p: { marked: boolean }) =>
      `the row repeats the table header${p.marked ? ' (marked as a header row)' : ''}: skipped`,
  },
  'table-note': {
    'zh-CN': (_: NoParams) => '该行是表格下方的注释：已跳过',
    en: (_: NoParams) => 'the row is a note under the table: skipped',
  },
  'category/grid': {
    'zh-CN': (p: { category: string }) => `该行是类别行（“${p.category}”）`,
    en: (p: { category: string }) => `the row is a category row (“${p.category}”)`,
  },
  'row-continued': {
    'zh-CN': (p: { task: number }) =>
      `页首的这一行没有任务编号：读作被分页断开的第 ${p.task} 项任务的其余部分`,
    en: (p: { task: number }) =>
      `the row at the top of the page has no task number: read as the rest of task ${p.task}, which the page broke`,
  },
  'row-without-text/grid': {
    'zh-CN': (_: NoParams) => '该行没有任务内容：已跳过',
    en: (_: NoParams) => 'the row has no task text: skipped',
  },
  'task-rows-joined': {
    'zh-CN': (p: { task: number }) =>
      `第 ${p.task} 项任务的具体要求单元格向下合并了一行：该行的落实单位和完成时限并入本任务`,
    en: (p: { task: number }) =>
      `task ${p.task}'s text cell is merged over the next row: its units and deadline there are added to the task's`,
  },
  'numbered-by-position/grid': {
    'zh-CN': (p: { number: number; given?: number }) =>
      p.given === undefined
        ? `没有任务编号：按位置编为第 ${p.number} 项`
        : `编号 ${p.given} 重复：改编为第 ${p.number} 项`,
    en: (p: { number: number; given?: number }) =>
      p.given === undefined
        ? `no task number: numbered ${p.number} by position`
        : `number ${p.given} is used twice: numbered ${p.number}`,
  },
  'numbered-by-position/grid-all': {
    'zh-CN': (p: { count: number }) => `表格没有任务编号：${p.count} 项任务按顺序编为第 1–${p.count} 项`,
    en: (p: { count: number }) =>
      `the table has no task numbers: the ${p.count} tasks are numbered 1–${p.count} in order`,
  },
  'merged-cell-over-page/grid-category': {
    'zh-CN': (p: { category: string }) =>
      `页首的这一行没有单独的类别：仍归入“${p.category}”（被分页断开的合并单元格）`,
    en: (p: { category: string }) =>
      `the row at the top of the page has no category of its own: it goes on under “${p.category}” (a merged cell the page broke)`,
  },
  'category-levels': {
    'zh-CN': (p: { outer: string; inner: string }) =>
      `表格有两级类别（“${p.outer}” › “${p.inner}”）：任务归入下一级类别，上一级类别作为其说明保留`,
    en: (p: { outer: string; inner: string }) =>
      `the table has two levels of categories (“${p.outer}” › “${p.inner}”): tasks are put under the inner one, and the outer one is kept as its description`,
  },
  'merged-cell-over-page/grid-carried': {
    'zh-CN': (p: { task: number; from: number }) =>
      `第 ${p.task} 项任务与第 ${p.from} 项任务共用落实单位单元格，该单元格跨页延续（被分页断开的合并单元格）`,
    en: (p: { task: number; from: number }) =>
      `task ${p.task} shares the units cell of task ${p.from}, which goes on over the page break (a merged cell the page broke)`,
  },
  'merged-cell-over-page/grid-inherited': INHERITED,
  'merged-cell/grid-inherited': INHERITED,
  'merged-cell/grid': {
    'zh-CN': (p: { task: number; cell: SharedCell; from: number | string }) =>
      `第 ${p.task} 项任务与第 ${p.from} 项任务共用${CELL_ZH[p.cell]}单元格（合并单元格）`,
    en: (p: { task: number; cell: SharedCell; from: number | string }) =>
      `task ${p.task} shares the ${p.cell} cell of task ${p.from} (a merged cell)`,
  },
  'units-composed': {
    'zh-CN': (p: { count: number; headers: string; pattern: string }) =>
      `表格有 ${p.count} 个落实单位列（${p.headers}）：每项任务的落实单位按“${p.pattern}”合成`,
    en: (p: { count: number; headers: string; pattern: string }) =>
      `the table has ${p.count} units columns (${p.headers}): each task's units cell is composed from them as “${p.pattern}”`,
  },
  'column-ignored': {
    'zh-CN': (p: { column: number; header: string }) =>
      `第 ${p.column} 列（“${p.header}”）在方案中没有对应项：未导入`,
    en: (p: { column: number; header: string }) =>
      `column ${p.column} (“${p.header}”) is not part of the plan model: not imported`,
  },
  'title/grid': {
    'zh-CN': (_: NoParams) => '方案标题取自表头上方的一行',
    en: (_: NoParams) => 'plan title from the row above the table header',
  },
});
