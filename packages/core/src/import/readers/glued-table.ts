/**
 * A table run together with no separators at all (无分隔的连排表格): some e-papers print a task
 * table as one paragraph, the header glued to the first row's number and each row's units cell
 * glued to the next row's number (`序号工作任务责任单位21树立婚育新风。…省妇联牵头;…配合;各州(市)党委和政府落实22根据…`).
 * Such a line is cut into bar-separated rows the delimited reader reads (`21 | 树立婚育新风。… | 省委宣传部…落实 |`):
 * a row starts where the next number follows the end of a units cell, and its units cell is what
 * follows its text's last full stop.
 */
import { displayWidth, type SourceLine, trimText } from '../document/lines';
import { unitsCellQuality } from './classify';
import { fieldKindOf } from './vocabulary';

/** The header glued together: 序号, a text header, a units header (`序号工作任务责任单位`). */
const GLUED_HEADER =
  /序号((?:重点|主要|工作|具体)?(?:任务|工作|事项|内容|措施)(?:内容|任务|要求|措施)?)((?:牵头|责任|主办|落实|承办)(?:单位|部门))(?=\s*\d)/u;

/** How a units cell ends, so that a number right after it starts the next row. */
const CELL_END = /(?:牵头|配合|落实|负责|参与|协办|主办|单位|部门|政府|局|委|厅|办|会|院|室|处)$/u;

/**
 * The lines with every glued table cut into rows; the same array when there is none.
 *
 * @example
 * const lines = splitSourceLines('序号工作任务责任单位1做好甲工作。市财政局牵头2做好乙工作。市审计局负责');
 * unglueTables(lines).map((l) => l.text); //=> ['序号 | 工作任务 | 责任单位 |', '1 | 做好甲工作。 | 市财政局牵头 |', '2 | 做好乙工作。 | 市审计局负责 |']
 */
export function unglueTables(lines: readonly SourceLine[]): readonly SourceLine[] {
  if (!lines.some((l) => GLUED_HEADER.test(l.text))) return lines;
  const out: SourceLine[] = [];
  for (const line of lines) {
    const header = GLUED_HEADER.exec(line.text);
    const rows =
      header && fieldKindOf(header[1]!) === 'text'
        ? rowsOf(line.text.slice(header.index + header[0].length))
        : [];
    const at = line.at ?? { line: line.no, column: 1 };
    if (!header || rows.length < 2) {
      out.push({ ...line, no: out.length + 1, at });
      continue;
    }
    const before = line.text.slice(0, header.index).trim();
    if (before !== '') out.push(piece(before, out.length, at));
    out.push(piece(`序号 | ${header[1]} | ${header[2]} |`, out.length, at));
    for (const row of rows) {
      const column = at.column + header.index + header[0].length + row.at;
      out.push(piece(`${row.number} | ${row.text} | ${row.units} |`, out.length, { line: at.line, column }));
    }
  }
  return out;
}

function piece(raw: string, index: number, at: { line: number; column: number }): SourceLine {
  const text = trimText(raw);
  return { no: index + 1, offset: 0, raw, text, indent: 0, width: displayWidth(text), at };
}

/** The rows after the header: numbered 1, 2, 3… from the first number, cut where the next follows a units cell. */
function rowsOf(body: string): { number: number; text: string; units: string; at: number }[] {
  const first = /^\s*(\d{1,3})/u.exec(body);
  if (!first) return [];
  const starts: { number: number; at: number; length: number }[] = [
    { number: Number(first[1]), at: first.index, length: first[0].length },
  ];
  let from = first[0].length;
  for (;;) {
    const next = starts.at(-1)!.number + 1;
    const pattern = new RegExp(`(?<!\\d)${next}(?![\\d.%．年月日个项万亿元])`, 'gu');
    let at = -1;
    for (const found of body.slice(from).matchAll(pattern)) {
      const index = from + found.index;
      if (
        CELL_END.test(body.slice(0, index)) &&
        /^\p{Script=Han}/u.test(body.slice(index + found[0].length))
      ) {
        at = index;
        break;
      }
    }
    if (at < 0) break;
    starts.push({ number: next, at, length: String(next).length });
    from = at + String(next).length;
  }
  return starts.map((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]!.at : body.length;
    const cell = body.slice(s.at + s.length, end).trim();
    // The units cell: what follows the text's last full stop, when it reads as units.
    const stop = cell.lastIndexOf('。');
    const units = stop >= 0 ? cell.slice(stop + 1) : '';
    const read = units !== '' && unitsCellQuality(units) >= 0.6;
    return {
      number: s.number,
      text: read ? cell.slice(0, stop + 1) : cell,
      units: read ? units : '',
      at: s.at,
    };
  });
}
