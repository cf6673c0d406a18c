/**
 * Marks that are not the document's own text (摘录标记): the lines a copy of a plan carries about
 * itself. Text saved from a search store or a mirror site starts with a few `key: value` lines
 * (`source:` `title:` `issuer:` `year:`) and says `[...gap...]` (or `[……]`) where the stored excerpt
 * stops partway. Read as text, the header becomes a notice line and the gap mark glues itself to the
 * last task's requirement or units; so both are taken out before the readers run, their lines kept
 * (blank) so that every line number still points into the file, and what they say is kept: the
 * header's title stands in for a missing title, and every cut is reported in the review so that the
 * clerk knows the task before it may be incomplete.
 */
import type { SourceLine } from './lines';

/** What the marks of a copied excerpt said. */
export interface ExcerptMarks {
  /** The lines with the marks blanked (same numbering). */
  lines: readonly SourceLine[];
  /** Line numbers (of `lines`) where the excerpt stops partway (`[...gap...]`). */
  cuts: number[];
  /** Pieces of a label the cut broke (`(牵头单`), taken out of the text and said in the review. */
  dropped: { line: number; text: string }[];
  /** The copy's header (`title:` `issuer:` `year:` `source:`), when it has one. */
  header: Partial<Record<'title' | 'issuer' | 'year' | 'source', string>>;
}

/** `[...gap...]`, `[…]`, `[……]`, `【略】`-style marks of an omission, alone on a line. */
const GAP = /^[[【]\s*(?:\.{3}\s*gap\s*\.{3}|\.{3}|…{1,2}|略|中略|省略)\s*[\]】]$/i;

/** `[...gap...]` at the end of a line of text. */
const GLUED = /\s*\[\s*\.{3}\s*gap\s*\.{3}\s*\]$/i;

/** A header line of a saved copy. */
const HEADER = /^(source|title|issuer|year)\s*[:：]\s*(.*)$/i;

/**
 * Find and blank the marks of a copied excerpt.
 *
 * @example
 * const marks = readExcerptMarks(splitSourceLines('title: 分工方案\nyear: 2021\n\n1.做好…\n[...gap...]'));
 * marks.header.title; //=> '分工方案'
 * marks.cuts; //=> [5]
 */
export function readExcerptMarks(lines: readonly SourceLine[]): ExcerptMarks {
  const header: ExcerptMarks['header'] = {};
  const cuts: number[] = [];
  // A header only at the very top: at least two `key: value` lines, then a blank line or the end.
  let headerEnd = 0;
  while (headerEnd < lines.length && HEADER.test(lines[headerEnd]!.text)) headerEnd++;
  const isHeader = headerEnd >= 2 && (headerEnd === lines.length || lines[headerEnd]!.text === '');
  if (!isHeader) headerEnd = 0;
  const out: SourceLine[] = lines.map((line, i) => {
    if (i < headerEnd) {
      const m = HEADER.exec(line.text)!;
      const key = m[1]!.toLowerCase() as keyof ExcerptMarks['header'];
      if (m[2]) header[key] = m[2].trim();
      return blank(line);
    }
    if (GAP.test(line.text)) {
      cuts.push(line.no);
      return blank(line);
    }
    // A mark glued to the end of the last line kept.
    const glued = GLUED.exec(line.text);
    if (glued) {
      cuts.push(line.no);
      const text = line.text.slice(0, glued.index).trimEnd();
      return { ...line, text, width: line.width * (text.length / line.text.length) };
    }
    return line;
  });
  if (headerEnd === 0 && cuts.length === 0) return { lines, cuts, header, dropped: [] };
  const dropped: ExcerptMarks['dropped'] = [];
  for (const cut of cuts) {
    const label = closeCutClause(out, cut);
    if (label) dropped.push(label);
  }
  return { lines: out, cuts, header, dropped };
}

const CLOSING: Record<string, string> = { '(': ')', '（': '）', '[': ']', '【': '】', '〔': '〕' };

/** A bracket that opens a clause of units (`(牵头单位:…` `【责任单位：…`). */
const CLAUSE_OPEN = /[(（[【〔]\s*(?:牵头|责任|主办|承办|协办|配合|落实|协同|主要责任)[^()（）[\]【】〔〕]*$/;

/**
 * A units clause that the cut leaves open (`…(牵头单位:区审批局;责任单位:区政` then the gap) is
 * closed where the excerpt stops, so that the bracket readers see the clause; the cut name at its
 * end is dealt with when the plan is assembled. A clause cut inside its label is taken out.
 */
function closeCutClause(lines: SourceLine[], cut: number): { line: number; text: string } | undefined {
  let i = lines.findIndex((l) => l.no === cut);
  if (i < 0) i = lines.length;
  // The cut line itself when the mark was glued to it, else the last line with text before it.
  let j = lines[i]?.text ? i : i - 1;
  while (j >= 0 && lines[j]!.text === '') j--;
  if (j < 0) return undefined;
  const line = lines[j]!;
  const open = CLAUSE_OPEN.exec(line.text);
  if (!open) return undefined;
  // Cut inside the label itself (`(牵头单`), or inside the clause's only name (`(牵头单位:市`): no
  // whole name of the clause is visible, and the piece of a label is no part of the requirement.
  // A clause whose only name ends as a body's name does (`(牵头单位:市人社局`) kept it whole.
  const onlyName =
    !/[、，,;；]/.test(open[0]) &&
    /^[^:：]*[:：][^:：]{0,30}$/.test(open[0]) &&
    !/[:：]\s*\p{Script=Han}{2,20}(?:局|委|办|厅|政府|会|院|所|站|队|中心|部|室|处|科|司|社|街道)$/u.test(
      open[0],
    );
  if ((!/[:：、，,;；]/.test(open[0]) && open[0].length <= 8) || onlyName) {
    const text = line.text.slice(0, open.index).trimEnd();
    lines[j] = { ...line, text, width: line.width * (text.length / line.text.length) };
    return { line: line.no, text: open[0] };
  }
  const text = `${line.text}${CLOSING[open[0][0]!]}`;
  lines[j] = { ...line, text, width: line.width + 1 };
  return undefined;
}

function blank(line: SourceLine): SourceLine {
  return { ...line, text: '', width: 0 };
}
