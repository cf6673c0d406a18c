/**
 * Messages of the row readers of copied tables (see define.ts): `/rows` for tables copied one row a
 * line (delimited.ts), `/lines` for tables copied one cell a line (cell-lines.ts). Chinese first,
 * English beside it.
 */
import { defineMessages } from './define';

/** The cell a task shares with another (合并单元格). */
type SharedCell = 'units' | 'deadline' | 'leaders';
const CELL_ZH: Readonly<Record<SharedCell, string>> = { units: '落实单位', deadline: '完成时限', leaders: '责任领导' };

/** The parameters of a message that has none: `{}`, kept on the diagnostic all the same. */
type NoParams = Record<string, never>;

const NO_CATEGORY = {
  'zh-CN': (_: NoParams) => '第一个类别之前的任务归入“未分类”',
  en: (_: NoParams) => 'tasks before the first category are put under “未分类”',
};

/** `text`, `units`, `deadline`: the lines of each cell of a task, or '' when it has none of its own. */
type TaskCells = { task: number; text: string; units: string; deadline: string };

function cellZh(name: string, lines: string): string {
  return lines === '' ? `${name}无单独单元格` : `${name}在第 ${lines} 行`;
}

function cellEn(name: string, lines: string): string {
  return lines === '' ? `no ${name} cell of its own` : `${name} line ${lines}`;
}

export const IMPORT_ROWS_MESSAGES = defineMessages({
  // Tables copied one row a line (delimited.ts).
  'category-repeated/rows': {
    'zh-CN': (p: { category: string; line: number }) =>
      `第 ${p.line} 行的类别“${p.category}”前面已出现过：按同一类别读取`,
    en: (p: { category: string; line: number }) =>
      `the category “${p.category}” at line ${p.line} was used before: read as the same category`,
  },
  'category/rows': {
    'zh-CN': (p: { line: number }) => `第 ${p.line} 行是类别行`,
    en: (p: { line: number }) => `line ${p.line} is a category row`,
  },
  'text-continued/rows': {
    'zh-CN': (p: { line: number; task: number }) =>
      `第 ${p.line} 行没有分隔符：读作第 ${p.task} 项任务具体要求的续行`,
    en: (p: { line: number; task: number }) =>
      `line ${p.line} has no separator: read as more of task ${p.task}'s text`,
  },
  'columns-shifted': {
    'zh-CN': (p: { line: number; cells: number; columns: number; missing: string }) =>
      `第 ${p.line} 行只有 ${p.cells} 个单元格，表格有 ${p.columns} 列：视为合并单元格，该行缺“${p.missing}”列`,
    en: (p: { line: number; cells: number; columns: number; missing: string }) =>
      `line ${p.line} has ${p.cells} cells for ${p.columns} columns: read without ${p.missing} (merged cells)`,
  },
  'extra-cells': {
    'zh-CN': (p: { line: number; cells: number; columns: number }) =>
      `第 ${p.line} 行有 ${p.cells} 个单元格，表格只有 ${p.columns} 列：多出的单元格并入最后一列`,
    en: (p: { line: number; cells: number; columns: number }) =>
      `line ${p.line} has ${p.cells} cells for ${p.columns} columns: the extra ones join the last column`,
  },
  'row-without-text/rows': {
    'zh-CN': (p: { line: number }) => `第 ${p.line} 行没有任务内容：已跳过`,
    en: (p: { line: number }) => `line ${p.line} has no task text: skipped`,
  },
  'numbered-by-position/rows': {
    'zh-CN': (p: { line: number; number: number; given?: number }) =>
      p.given === undefined
        ? `第 ${p.line} 行没有任务编号：按位置编为第 ${p.number} 项`
        : `第 ${p.line} 行的编号 ${p.given} 重复：改编为第 ${p.number} 项`,
    en: (p: { line: number; number: number; given?: number }) =>
      p.given === undefined
        ? `line ${p.line}: no task number, numbered ${p.number} by position`
        : `line ${p.line}: number ${p.given} is used twice, numbered ${p.number}`,
  },
  'no-category/rows': NO_CATEGORY,
  'merged-cell/rows': {
    'zh-CN': (p: { task: number; cell: SharedCell; from: number }) =>
      `第 ${p.task} 项任务与第 ${p.from} 项任务共用${CELL_ZH[p.cell]}单元格（合并单元格）`,
    en: (p: { task: number; cell: SharedCell; from: number }) =>
      `task ${p.task} shares the ${p.cell} cell of task ${p.from} (a merged cell)`,
  },
  'names-not-categories': {
    'zh-CN': (p: { first: string; second: string }) =>
      `各行第一个文字单元格互不相同（“${p.first}”“${p.second}”……）：读作任务名称，不作类别`,
    en: (p: { first: string; second: string }) =>
      `each row's first text cell differs (“${p.first}”, “${p.second}” …): read as the task's name, not a category`,
  },

  // Tables copied one cell a line (cell-lines.ts).
  'numbered-by-position/lines': {
    'zh-CN': (p: { count: number }) => `表格没有任务编号：${p.count} 行按顺序编为第 1–${p.count} 项`,
    en: (p: { count: number }) =>
      `the table has no task numbers: the ${p.count} rows are numbered 1–${p.count} in order`,
  },
  'category-repeated/lines': {
    'zh-CN': (p: { category: string; lines: string }) => `类别“${p.category}”在第 ${p.lines} 行再次出现`,
    en: (p: { category: string; lines: string }) =>
      `the category “${p.category}” is printed again at lines ${p.lines}`,
  },
  'category/lines': {
    'zh-CN': (p: { category: string; lines: string }) => `第 ${p.lines} 行是类别“${p.category}”`,
    en: (p: { category: string; lines: string }) => `lines ${p.lines} are the category “${p.category}”`,
  },
  'no-category/lines': NO_CATEGORY,
  'task/lines': {
    'zh-CN': (p: TaskCells) =>
      `第 ${p.task} 项任务：${cellZh('具体要求', p.text)}，${cellZh('落实单位', p.units)}，${cellZh('完成时限', p.deadline)}`,
    en: (p: TaskCells) =>
      `task ${p.task}: ${cellEn('text', p.text)}, ${cellEn('units', p.units)}, ${cellEn('deadline', p.deadline)}`,
  },
  note: {
    'zh-CN': (p: { lines: string; task: number }) => `第 ${p.lines} 行读作第 ${p.task} 项任务的备注`,
    en: (p: { lines: string; task: number }) => `lines ${p.lines} are read as a note of task ${p.task}`,
  },
  'merged-cell/lines': {
    'zh-CN': (p: { task: number; cell: SharedCell; from: number; above: boolean }) =>
      `第 ${p.task} 项任务没有单独的${CELL_ZH[p.cell]}单元格：沿用第 ${p.from} 项任务的（${p.above ? '上方的合并单元格' : '下方的单元格'}）`,
    en: (p: { task: number; cell: SharedCell; from: number; above: boolean }) =>
      `task ${p.task} has no ${p.cell} cell of its own: it shares that of task ${p.from} (${p.above ? 'the merged cell above' : 'the cell below'})`,
  },
});
