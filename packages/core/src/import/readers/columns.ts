/**
 * Table headers (表头): which header words name which column, and finding the header line of a
 * table in its three copied forms (PDF text, delimited rows, one cell per line).
 */
import { displayWidth, type SourceLine, trimText } from '../document/lines';
import { type FieldKind, fieldKindOf } from './vocabulary';

/**
 * What a column holds: the vocabulary's kinds (see {@link fieldKindOf}), plus `title` (a task's
 * name, 项目名称) and `target` (a year's target, 2022年度任务目标) that join the text.
 *
 * @example
 * const kind: ColumnKind = headerKind('完成时限') ?? 'note'; //=> 'deadline'
 */
export type ColumnKind = FieldKind | 'title' | 'target';

/**
 * One column of a table, as its header names it.
 *
 * @example
 * const column: Column = { kind: 'units', header: '牵头单位' };
 */
export interface Column {
  kind: ColumnKind;
  /** The header word as written, e.g. 牵头单位. */
  header: string;
}

/** A pinyin annotation in brackets, as mirror sites print after a character: `(hào)` `(zhōng)`. */
export const PINYIN = /[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/g;

/**
 * The kind of column a header word names, before the text and category columns are told apart.
 *
 * @example
 * headerKind('落实单位'); //=> 'units'
 * headerKind('具体要求'); //=> 'text'
 * headerKind('分管 领导'); //=> 'leaders'
 * headerKind('民生事项名称'); //=> 'title'
 * headerKind('问题描述'); //=> 'title'
 * headerKind('全年目标任务'); //=> 'target'
 * headerKind('责任清单'); //=> 'units'
 */
/** The three lists a task table may print (三张清单): what is to be done, by whom, by when. */
const LISTS: Readonly<Record<string, ColumnKind>> = {
  任务清单: 'text',
  责任清单: 'units',
  时限清单: 'deadline',
};

export function headerKind(word: string): ColumnKind | undefined {
  // Mirror sites print pinyin after some characters (序號(hào)): not part of the header's word.
  const w = word.replace(/[\s\u3000]+/g, '').replace(PINYIN, '');
  if (/^(?:.{2,12})?(?:名称|标题)$/.test(w)) return 'title';
  // A rectification list (整改清单) names each task by the problem found: the text starts with it.
  if (/^(?:存在|主要|反馈|具体|发现)?问题(?:描述|表现|清单|内容)?$/.test(w)) return 'title';
  if (/^(?:\d{4}年度?|全年|年度|攻坚|季度)(?:预期)?(?:目标任务|任务目标|目标)$/.test(w)) return 'target';
  // 三张清单 (任务清单 | 责任清单 | 时限清单) beside the 工作指标 each row is measured by.
  if (w === '工作指标') return 'title';
  // 国家园林城市标准或要求, 验收标准: the standard a row is to meet names the task; its work follows.
  if (/^\p{Script=Han}{0,8}(?:标准|指标)(?:或要求|和要求|及要求)?$/u.test(w) && fieldKindOf(w) === undefined)
    return 'title';
  const list = LISTS[w];
  if (list) return list;
  // The government's leader, its level first (市政府 | 分管领导 printed as one header over two lines).
  const owner = /^[省市县区州盟镇乡](?:人民)?政府(.{2,6})$/u.exec(w);
  if (owner && fieldKindOf(owner[1]!) === 'leaders') return 'leaders';
  // A header with its other name in brackets (落实科室(部门), 牵头科室（单位）): the header's kind.
  const bracketed = /^(.{2,10}?)[(（][^()（）]{1,6}[)）]$/u.exec(w);
  if (bracketed && fieldKindOf(w) === undefined) return headerKind(bracketed[1]!);
  return fieldKindOf(w);
}

/**
 * Of several text-like columns (工作任务 具体要求) the last holds the task text and the ones before it
 * are categories — unless a column headed as a category (类别) stands before one: then that one names
 * the task (主要任务 between 类别 and 细化措施), and its cell starts the task's text. Returns whether a
 * text column was found.
 *
 * @example
 * const columns = columnsOf(['类别', '主要任务', '细化措施', '牵头单位'])!;
 * columns.map((c) => c.kind); //=> ['category', 'title', 'text', 'units']
 */
export function settleTextColumns(columns: readonly (Column | undefined)[]): boolean {
  const texts = columns.flatMap((c, i) => (c?.kind === 'text' ? [i] : []));
  const firstCategory = columns.findIndex((c) => c?.kind === 'category');
  const last = texts.at(-1);
  for (const i of texts)
    if (i !== last) columns[i]!.kind = firstCategory >= 0 && firstCategory < i ? 'title' : 'category';
  return last !== undefined;
}

/**
 * Columns from header words; several text-like columns are settled by {@link settleTextColumns}.
 *
 * @example
 * columnsOf(['工作任务', '具体要求', '落实单位', '完成时限']).map((c) => c.kind);
 * //=> ['category', 'text', 'units', 'deadline']
 */
export function columnsOf(
  words: readonly string[],
  options: { unknown?: 'note' } = {},
): Column[] | undefined {
  // A header printed again further right (目标任务 … 目标任务) heads that item's figure, not its text.
  const squeezed = words.map((w) => w.replace(/\s+/g, ''));
  let kinds = words.map((w, i) => (squeezed.indexOf(squeezed[i]!) < i ? 'other' : headerKind(w)));
  // Between bars, a header may have a column no list of headers knows (目标类型, 考核方式): its cells
  // are kept as the task's note, when it is a short heading word and the known columns are most of
  // the header.
  const unknown = kinds.filter((k) => k === undefined).length;
  if (
    options.unknown === 'note' &&
    unknown > 0 &&
    unknown * 3 <= words.length &&
    words.every((w, i) => kinds[i] !== undefined || /^\p{Script=Han}{2,8}$/u.test(squeezed[i]!))
  )
    kinds = kinds.map((k) => k ?? 'note');
  if (kinds.some((k) => k === undefined)) return undefined;
  const columns = words.map((header, i) => ({ kind: kinds[i]!, header: header.replace(/\s+/g, '') }));
  if (columns.every((c) => c.kind === 'other' || c.kind === 'note')) return undefined;
  if (!settleTextColumns(columns)) {
    // A name or a target column stands for the text when no column is headed 具体要求/工作任务.
    const stand = columns.findIndex((c) => c.kind === 'title' || c.kind === 'target');
    if (stand < 0) return undefined;
  }
  // Beside a 责任部门 column, a column headed just 单位 holds the measure (%, 万亩) of a target.
  const units = columns.filter((c) => c.kind === 'units');
  if (units.length > 1) for (const c of units) if (c.header === '单位') c.kind = 'other';
  // A table of who answers for each task names persons only (承办责任人): its rows are tasks still,
  // their units left for the clerk to fill in.
  if (!columns.some((c) => c.kind === 'units' || c.kind === 'leaders')) return undefined;
  // A progress table's target after its units, the task named before them (项目名称 | 责任单位 |
  // 目标任务 | 完成情况): the figure to reach, kept as the task's note — the name is the task.
  const unitsAt = columns.findIndex((c) => c.kind === 'units');
  const named = columns.slice(0, unitsAt).some((c) => c.kind === 'title');
  for (const c of columns.slice(unitsAt + 1))
    if (named && c.kind === 'text' && /目标/u.test(c.header)) c.kind = 'note';
  return columns;
}

/**
 * A header found in the source.
 *
 * @example
 * findHeader(lines)?.columns.map((c) => c.kind); //=> ['category', 'text', 'units', 'deadline']
 */
export interface HeaderMatch {
  layout: 'pdfTable' | 'delimitedTable' | 'cellPerLine';
  /** Index (0-based, into the lines array) of the header's first line. */
  index: number;
  /** Number of lines the header takes (several for one cell per line). */
  span: number;
  columns: Column[];
  /** For delimited tables: the separator. */
  separator?: '|' | '\t';
  /** The header's words, when they are only the end of their line. */
  words?: string[];
}

/**
 * Split a delimited row into cells (a leading and a trailing `|` of Markdown tables are dropped).
 *
 * @example
 * splitRow('| 1 | 推进… | 市财政局 |', '|'); //=> ['1', '推进…', '市财政局']
 */
export function splitRow(raw: string, separator: '|' | '\t'): string[] {
  let line = raw;
  if (separator === '|') {
    line = trimText(line);
    if (line.startsWith('|')) line = line.slice(1);
    if (line.endsWith('|')) line = line.slice(0, -1);
    return line.split(/[|｜]/).map(trimText);
  }
  // Tabs: keep empty cells, trailing ones too (a merged cell copied as empty).
  return line.split('\t').map(trimText);
}

/**
 * Which separator a line uses, if it is a delimited row.
 *
 * @example
 * separatorOf('序号\t工作任务\t责任单位'); //=> '\t'
 */
export function separatorOf(raw: string): '|' | '\t' | undefined {
  if (raw.includes('\t') && raw.split('\t').length >= 2 && trimText(raw).includes('\t')) return '\t';
  let bars = 0;
  for (let i = 0; i < raw.length; i++) if (raw[i] === '|' || raw[i] === '｜') bars++;
  return bars >= 2 ? '|' : undefined;
}

/**
 * Is the line a repetition of the header (after a page break)?
 *
 * @example
 * isHeaderLine(lines[191]!, header); //=> true (the header repeated on page 2 of the seed)
 */
export function isHeaderLine(line: SourceLine, header: HeaderMatch): boolean {
  const words = wordsOf(line, header);
  if (!words || words.length !== header.columns.length) return false;
  // The header printed again where the copy stops (`…│牵头组织实施单位│完`): its last word cut short.
  return words.every((w, i) => {
    const word = w.replace(/\s+/g, '');
    const full = header.columns[i]!.header;
    return word === full || (i === words.length - 1 && i >= 2 && word !== '' && full.startsWith(word));
  });
}

function wordsOf(line: SourceLine, header: HeaderMatch): string[] | undefined {
  if (header.layout === 'delimitedTable' && header.separator) {
    return splitRow(line.raw, header.separator).filter((w) => w !== '');
  }
  if (header.layout === 'pdfTable') return line.text.split(/\s+/).filter((w) => w !== '');
  return undefined;
}

/**
 * Find the first table header: a line of header words (PDF text or delimited), or several lines
 * each holding one header word (one cell per line).
 *
 * @example
 * findHeader(splitSourceLines('通知\n工作任务 具体要求 落实单位 完成时限\n…'))?.layout; //=> 'pdfTable'
 */
export function findHeader(lines: readonly SourceLine[]): HeaderMatch | undefined {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text.length === 0) continue;
    if (line.text.length > 120) {
      // A header at the end of a long line (the notice, the table's title, then 序号 名称 工作任务 …).
      const tail = headerAtEnd(line.text);
      if (tail) return { layout: 'pdfTable', index: i, span: 1, columns: tail.columns, words: tail.words };
      continue;
    }
    const separator = separatorOf(line.raw);
    if (separator) {
      // A cell printed spaced out (`任 务 名 称`) is one word.
      const words = splitRow(line.raw, separator)
        .filter((w) => w !== '')
        .map((w) => (/^\S(?:\s+\S)+$/u.test(w.trim()) ? w.replace(/\s+/gu, '') : w));
      const columns = words.length >= 2 ? columnsOf(words, { unknown: 'note' }) : undefined;
      if (!columns) continue;
      // A header broken over two lines (`序号 | 项目名称 | … | 实际完成情况 |` / `任务完成率 | 备注 | |`):
      // the next line's cells are all header words.
      const next = lines[i + 1];
      const more = next ? splitRow(next.raw, separator).filter((w) => w !== '') : [];
      if (more.length > 0 && more.every((w) => headerKind(w) !== undefined && headerKind(w) !== 'number')) {
        const both = columnsOf([...words, ...more], { unknown: 'note' });
        if (both) return { layout: 'delimitedTable', index: i, span: 2, columns: both, separator };
      }
      return { layout: 'delimitedTable', index: i, span: 1, columns, separator };
    }
    const words = joinSpacedOut(line.text.split(/\s+/).filter((w) => w !== ''));
    if (words.length >= 3) {
      const columns = columnsOf(words);
      if (columns) return { layout: 'pdfTable', index: i, span: 1, columns };
      continue;
    }
    if (words.length === 1 && headerKind(words[0]!) !== undefined && displayWidth(line.text) <= 8) {
      const found = cellPerLineHeader(lines, i);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Header cells printed spaced out (`工 作 任 务`): a run of single characters is one word.
 *
 * @example
 * joinSpacedOut(['序号', '工', '作', '任', '务', '牵头负责部门']); //=> ['序号', '工作任务', '牵头负责部门']
 */
export function joinSpacedOut(words: readonly string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const word of words) {
    if (/^\p{Script=Han}$/u.test(word)) {
      run += word;
      continue;
    }
    if (run) out.push(run);
    run = '';
    // A period cut after its dash (`1- 8月实际完成情况`) is one word.
    const before = out.at(-1);
    if (before && /[-－—~～]$/u.test(before)) out[out.length - 1] = before + word;
    else out.push(word);
  }
  if (run) out.push(run);
  return out;
}

/** Header words ending a long line, starting with the number column (序号 名称 工作任务 牵头责任单位). */
function headerAtEnd(text: string): { columns: Column[]; words: string[] } | undefined {
  const words = joinSpacedOut(text.split(/\s+/).filter((w) => w !== ''));
  for (let k = Math.min(8, words.length - 1); k >= 3; k--) {
    const tail = words.slice(-k);
    if (headerKind(tail[0]!) !== 'number') continue;
    const columns = columnsOf(tail);
    if (columns) return { columns, words: tail };
  }
  return undefined;
}

function cellPerLineHeader(lines: readonly SourceLine[], start: number): HeaderMatch | undefined {
  const words: string[] = [];
  let end = start;
  for (let j = start; j < lines.length && words.length < 8; j++) {
    // A cell printed spaced out (项 目, 目   标   与   任   务) is one word.
    const raw = lines[j]!.text;
    const text = /^\p{Script=Han}(?:[ \u3000]+\p{Script=Han})+$/u.test(raw)
      ? raw.replace(/[ \u3000]/gu, '')
      : raw;
    if (text === '') continue;
    if (text.includes(' ')) break;
    // A header cell printed over two lines (牵头责任 / 单位), or with a note under it (落实情况 / （全年）).
    if (words.length > 0 && /^[（(][^()（）]{1,8}[)）]$/.test(text)) {
      end = j;
      continue;
    }
    let k = j + 1;
    while (k < lines.length && lines[k]!.text === '') k++;
    const next = k < lines.length ? lines[k]!.text : '';
    const joined = text + next;
    // Joined when the line alone names no column (牵头责任 / 单位), or the next is a stub of two
    // characters that ends a target's header (攻坚目标 / 任务).
    const join =
      next !== '' &&
      !next.includes(' ') &&
      joined.length <= 12 &&
      headerKind(joined) !== undefined &&
      (headerKind(text) === undefined ||
        (next.length <= 2 && headerKind(text) === 'target' && headerKind(joined) === 'target'));
    if (join) {
      words.push(joined);
      end = j = k;
      continue;
    }
    if (headerKind(text) === undefined) break;
    words.push(text);
    end = j;
  }
  if (words.length < 3) return undefined;
  const columns = columnsOf(words);
  if (!columns) return undefined;
  return { layout: 'cellPerLine', index: start, span: end - start + 1, columns };
}
