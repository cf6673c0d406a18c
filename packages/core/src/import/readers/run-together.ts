/**
 * Plans run together on one line (连排文本): some sites print a whole plan — notice, headings,
 * numbered tasks and their `责任单位:` lines — as one paragraph with single spaces between what were
 * paragraphs. Every reader expects a task to start a line, so such a line is cut, before the readers
 * run, where a numbered item or a label starts after a space.
 */
import { displayWidth, readNumber, type SourceLine, trimText } from '../document/lines';
import { LABEL_ALTERNATION } from './vocabulary';

/** Lines narrower than this are read as they are. */
const RUN_WIDTH = 200;

/**
 * Where a paragraph starts inside a run: after whitespace, a numbered heading or item (`一、`
 * `（二）` `3.` `4、`, not `7.5%`) or a label with its colon.
 */
const NUMBERED =
  '[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,3}(?:[.．、](?!\\d)|\\s*[）)])';
const PARAGRAPH_START = new RegExp(`[\\s\\u3000]+(?=${NUMBERED}|(?:${LABEL_ALTERNATION})\\s*[:：])`, 'gu');
const SENTENCE_THEN_SPACE = /(?<=[。；;！？:：])[\s\u3000]+(?=[\p{Script=Han}“《])/gu;
const NUMBERED_START = new RegExp(`[\\s\\u3000](?:${NUMBERED})`, 'gu');
const LABEL_START = new RegExp(`[\\s\\u3000](?:${LABEL_ALTERNATION})\\s*[:：]`, 'gu');

/**
 * Is the line a run of paragraphs? Two tasks with their labels after spaces, or in a long line six
 * numbered items (a real paragraph may list 1. 2. 3. inline, not a whole plan).
 */
function isRun(line: SourceLine): boolean {
  const numbered = [...line.raw.matchAll(NUMBERED_START)].length;
  // Two numbered tasks each with its label are a run however short the line (two short projects),
  // the first at the line's start.
  const first = new RegExp(`^[\\s\\u3000]*(?:${NUMBERED})`, 'u').test(line.raw) ? 1 : 0;
  const labels = [...line.raw.matchAll(LABEL_START)].length;
  if (numbered + first >= 2 && labels >= 2) return true;
  // Unnumbered paragraphs each followed by its labels (`… 分管领导:… 部门分工:… 打造…`).
  return labels >= 3 || (line.width > RUN_WIDTH && numbered >= 6);
}

/**
 * A units bracket that ends one item with the next item glued after it on the same line
 * (`(一)…。(省发改委负责)(二)…`, `…(省工信委主办,省发改委协办)2.重点抓好…`, `…(X牵头负责)(2)…`): cut after the bracket.
 */
const ITEM_AFTER_BRACKET =
  /[（(][^（）()]{2,120}(?:负责|主办|协办|牵头|配合|落实|实施|参与)[)）](?=[\s\u3000]*(?:[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|\d{1,3}[.．、](?!\d)))/gu;

/**
 * A keyword heading run into its first sub-item (`1.深化商事制度改革。(1)全面落实…`): cut before the
 * `(1)`, when a units bracket closes that sub-item further on the line.
 */
const HEADING_THEN_FIRST = /^[\s\u3000]*\d{1,3}[.．、][^。；;（）()]{2,30}[。：:](?=[（(]1[）)])/u;

/**
 * Unnumbered items run together, each a sentence closed by its units bracket
 * (`常住人口控制在1150万人左右。(市人口计生委、市公安局牵头)万元地区生产总值…`): cut after each bracket
 * that follows a full stop and is followed by more text.
 */
const SENTENCE_AFTER_BRACKET =
  /[。；;](?:[\s\u3000]*)[（(][^（）()]{2,120}(?:负责|主办|协办|牵头|配合|落实|实施|参与)[)）](?=[\s\u3000]*[\p{Script=Han}“《])/gu;

/**
 * A units bracket pushed to the start of the next line, the next item after it: `(市国土房管局牵头)主要污染物…`,
 * `(责任单位:市城建局)2.完成…`.
 */
const LEADING_BRACKET = new RegExp(
  `^[\\s\\u3000]*[（(](?:[^（）()]{2,120}(?:负责|主办|协办|牵头|配合|落实|实施|参与)|(?:${LABEL_ALTERNATION})\\s*[:：][^（）()]{2,120})[)）](?=[\\s\\u3000]*(?:[\\p{Script=Han}“《]|\\d{1,3}[.．、](?!\\d)))`,
  'u',
);

/**
 * A unit's block of duties after a space (`…成果。 公安部门:一是…`, `五、责任分工 交通部门:一是…`): a
 * short name ending as units do, and a colon. Cut only in a long line with two or more of them.
 */
const DUTY_START =
  /[\s\u3000]+(?=[\p{Script=Han}、]{1,14}(?:部门|局|委|办|厅|政府|中心|总队|支队|社|院|公司)(?:的?(?:主要)?职责)?[:：])/gu;

/** An ordinal item inside a sentence: `分别为:一是…;二是…` (after a colon, a stop or a comma). */
const ORDINAL_START = /(?<=[:：;；。，,])[\s\u3000]*([一二三四五六七八九十]{1,3})是(?=\p{Script=Han})/gu;

/** A units bracket closing an ordinal item: `(责任单位:市教育局)`, `(市发改委牵头)`. */
const ORDINAL_UNITS =
  /[（(][^（）()]{0,40}?(?:责任单位|牵头单位|责任部门|牵头部门|负责|牵头|主办|落实)[^（）()]{0,80}[)）][。；;]?/gu;

/**
 * Ordinal items of one sentence each closed by its units bracket (`分别为:一是维修改造中小学校13所(责任单位:市教育局);
 * 二是…(责任单位:市医保局);三是…`): cut before each `N是` and after the last one's bracket. Items in order from 一,
 * at least two, every one naming its units — `一是…二是…` without brackets are clauses of one task.
 */
function ordinalCuts(raw: string): number[] {
  const starts = [...raw.matchAll(ORDINAL_START)];
  const cuts: number[] = [];
  let run: { at: number; bracketEnd: number }[] = [];
  const close = () => {
    if (run.length >= 2) {
      for (const item of run) cuts.push(item.at);
      cuts.push(run.at(-1)!.bracketEnd);
    }
    run = [];
  };
  for (const [k, m] of starts.entries()) {
    const n = readNumber(m[1]!);
    if (n !== run.length + 1) {
      close();
      if (n !== 1) continue;
    }
    const at = m.index + m[0].length - m[1]!.length - 1;
    const end = starts[k + 1]?.index ?? raw.length;
    const brackets = [...raw.slice(at, end).matchAll(ORDINAL_UNITS)];
    const last = brackets.at(-1);
    if (!last) {
      close();
      continue;
    }
    run.push({ at, bracketEnd: at + last.index + last[0].length });
  }
  close();
  return cuts;
}

/** An item numbered `N.` after a sentence's end and a space, inside a long line (`…水平. 2.认真…`). */
const INLINE_ITEM = /(?<=([。.；;！？!?])?[\s\u3000]+)(\d{1,2})[.．、](?!\d)(?=\p{Script=Han})/gu;

/**
 * Items `1.` `2.` `3.` of a long line, each after a sentence's end and a space (a table cell of
 * three tasks flattened into one line): cut before each. Three at least, in order from 1 — a
 * sentence that lists two points inline stays whole.
 */
function inlineItemCuts(raw: string): number[] {
  const found = [...raw.matchAll(INLINE_ITEM)];
  let best: number[] = [];
  let run: number[] = [];
  for (const m of found) {
    const n = Number(m[2]);
    if (n === 1) run = [m.index];
    else if (run.length > 0 && n === run.length + 1 && m[1] !== undefined) run.push(m.index);
    else continue;
    if (run.length > best.length) best = [...run];
  }
  return best.length >= 3 ? best : [];
}

/** A heading with its first item glued after it: `一、加强科研能力建设,推进科研所改革与发展1.加强科研所…`. */
const HEADING_THEN_ITEM =
  /^[\s\u3000]*[一二三四五六七八九十]{1,3}、[^。；;：:\d|｜()（）\t\s]{4,40}?(?=1[.．、]\p{Script=Han})/u;

/** Where a line is cut: at its paragraphs when it is a run, and after a bracket an item follows. */
function cutsOf(line: SourceLine): number[] {
  const cuts = new Set<number>();
  if (isRun(line)) {
    for (const m of line.raw.matchAll(PARAGRAPH_START)) cuts.add(m.index + m[0].length);
    // In a run, a sentence's end then a space is where a paragraph ended.
    for (const m of line.raw.matchAll(SENTENCE_THEN_SPACE)) cuts.add(m.index + m[0].length);
  }
  for (const m of line.raw.matchAll(ITEM_AFTER_BRACKET)) cuts.add(m.index + m[0].length);
  for (const m of line.raw.matchAll(SENTENCE_AFTER_BRACKET)) cuts.add(m.index + m[0].length);
  const glued = HEADING_THEN_ITEM.exec(line.raw);
  if (glued && line.width <= RUN_WIDTH) cuts.add(glued[0].length);
  const heading = HEADING_THEN_FIRST.exec(line.raw);
  if (heading && ITEM_AFTER_BRACKET.test(line.raw)) cuts.add(heading[0].length);
  ITEM_AFTER_BRACKET.lastIndex = 0;
  for (const at of ordinalCuts(line.raw)) cuts.add(at);
  // (Not in a table's row: a cell's steps 1. 2. 3. are the cell's.)
  if (line.width > RUN_WIDTH && !/[|｜\t]/u.test(line.raw))
    for (const at of inlineItemCuts(line.raw)) cuts.add(at);
  const leading = LEADING_BRACKET.exec(line.raw);
  if (leading) cuts.add(leading[0].length);
  if (line.width > RUN_WIDTH) {
    const duties = [...line.raw.matchAll(DUTY_START)];
    if (duties.length >= 2) for (const m of duties) cuts.add(m.index + m[0].length);
  }
  cuts.delete(0);
  cuts.delete(line.raw.length);
  return [...cuts].sort((a, b) => a - b);
}

/**
 * The lines with every run of paragraphs cut where its paragraphs start; each piece keeps its place
 * in the file (`at`) and the lines are numbered again in order. The same array when no line is a run.
 *
 * @example
 * const lines = splitRuns(splitSourceLines(`${'通知'.repeat(400)} 一、重点工作 1.推进… 责任单位:县财政局 2.做好…`));
 * lines.map((l) => l.text.slice(0, 6)); //=> ['通知通知通知', '一、重点工作', '1.推进…', '责任单位:', '2.做好…']
 */
export function splitRuns(lines: readonly SourceLine[]): readonly SourceLine[] {
  const cutAt = lines.map(cutsOf);
  if (cutAt.every((c) => c.length === 0)) return lines;
  const out: SourceLine[] = [];
  for (const [i, line] of lines.entries()) {
    if (cutAt[i]!.length === 0) {
      out.push({ ...line, no: out.length + 1, at: line.at ?? { line: line.no, column: 1 } });
      continue;
    }
    const cuts = [0, ...cutAt[i]!, line.raw.length];
    for (let k = 0; k + 1 < cuts.length; k++) {
      const raw = line.raw.slice(cuts[k], cuts[k + 1]);
      const text = trimText(raw);
      if (text === '') continue;
      out.push({
        no: out.length + 1,
        offset: line.offset + cuts[k]!,
        raw,
        text,
        indent: 0,
        width: displayWidth(text),
        at: { line: line.no, column: cuts[k]! + 1 },
      });
    }
  }
  return out;
}
