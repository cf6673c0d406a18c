/**
 * Reading a Word document (.docx, Word 2007 and later; WPS saves the same format) into paragraphs
 * and tables: the body of word/document.xml, in order. Tables keep their grid: cells spanning
 * columns (w:gridSpan, w:hMerge) and rows (w:vMerge) become merged cells, and rows Word repeats
 * as a header on every page (w:tblHeader) are marked. Text boxes (红头 decorations) and the
 * fallback copies of alternate content are skipped; deleted text and field codes are not text.
 */
import type { CellBudget } from './limits';
import { trimText } from '../document/lines';
import type { DocumentModel, FilePlace, ModelCell, ModelRow, ModelTable } from '../document/table-model';
import { prefixFor, qualified, scanXml } from './xml';
import type { ZipArchive } from './zip';

const WORD_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** The main part of the package: from _rels/.rels, else word/document.xml. */
function mainPart(zip: ZipArchive): string {
  const rels = zip.text('_rels/.rels');
  let target: string | undefined;
  if (rels) {
    scanXml(rels, {
      open(name, attrs) {
        if (target || !name.endsWith('Relationship')) return;
        if (/\/officeDocument$/.test(attrs['Type'] ?? '') && attrs['Target']) target = attrs['Target'];
      },
    });
  }
  return (target ?? 'word/document.xml').replace(/^\/+/, '');
}

/**
 * Is the archive a Word document?
 *
 * @example
 * isDocx(zip); //=> true for a .docx file
 */
export function isDocx(zip: ZipArchive): boolean {
  const part = mainPart(zip);
  return /^word\//.test(part) && zip.entry(part) !== undefined;
}

interface CellDraft {
  paragraphs: string[];
  span: number;
  vMerge?: 'restart' | 'continue';
  hMerge?: 'restart' | 'continue';
}

interface RowDraft {
  cells: CellDraft[];
  header: boolean;
  gridBefore: number;
}

interface TableDraft {
  gridColumns: number;
  rows: RowDraft[];
}

interface ParagraphDraft {
  text: string;
  jc?: string;
  indentTwips: number;
}

/** `w:val` as a boolean toggle: absent, `1`, `true`, `on` are on. */
function toggle(attrs: Record<string, string>, w: string): boolean {
  const v = attrs[qualified(w, 'val')];
  return v === undefined || v === '1' || v === 'true' || v === 'on';
}

function intAttr(attrs: Record<string, string>, key: string): number {
  const v = Number.parseInt(attrs[key] ?? '', 10);
  return Number.isFinite(v) ? v : 0;
}

/** Indentation in half-width columns, from alignment and indentation (a right-aligned signature is far right). */
function indentOf(p: ParagraphDraft): number {
  if (p.jc === 'right' || p.jc === 'end') return 24;
  if (p.jc === 'center') return 8;
  // A half-width column of 三号 (16 pt) text is 160 twips.
  return Math.max(0, Math.min(60, Math.round(p.indentTwips / 160)));
}

/** Build the grid of a table: spans and merges resolved to {@link ModelCell.mergedFrom}. */
function buildTable(draft: TableDraft, index: number, budget: CellBudget): ModelTable {
  let width = draft.gridColumns;
  for (const row of draft.rows) {
    const extent = row.gridBefore + row.cells.reduce((n, c) => n + Math.max(1, c.span), 0);
    width = Math.max(width, extent);
  }
  width = Math.min(width, 256);
  budget.add(draft.rows.length * width, `表 ${index}`);
  const rows: ModelRow[] = [];
  draft.rows.forEach((rowDraft, r) => {
    const cells: ModelCell[] = Array.from({ length: width }, () => ({ text: '' }));
    let col = Math.min(rowDraft.gridBefore, width);
    let previousOrigin: [number, number] | undefined;
    for (const cell of rowDraft.cells) {
      if (col >= width) break;
      const span = Math.max(1, Math.min(cell.span, width - col));
      let origin: [number, number] = [r, col];
      if (cell.vMerge === 'continue' && r > 0) {
        const above = rows[r - 1]!.cells[col]!;
        origin = above.mergedFrom ?? [r - 1, col];
      } else if (cell.hMerge === 'continue' && previousOrigin) {
        origin = previousOrigin;
      }
      for (let k = 0; k < span; k++) {
        const target = cells[col + k]!;
        if (origin[0] === r && origin[1] === col + k) {
          target.text = cell.paragraphs.join('\n');
        } else target.mergedFrom = origin;
      }
      previousOrigin = origin;
      col += span;
    }
    const place: FilePlace = { table: index, row: r + 1 };
    rows.push({ cells, place, ...(rowDraft.header ? { repeatsAsHeader: true } : {}) });
  });
  // The rows marked at the top of a table are its header, which Word repeats on every page by
  // itself; a marked row further down is the header typed again: a repeat.
  for (const row of rows) {
    if (!row.repeatsAsHeader) break;
    delete row.repeatsAsHeader;
  }
  return { rows, width, name: `表 ${index}` };
}

/**
 * Read a Word document's body into a {@link DocumentModel}.
 *
 * @example
 * const model = readDocx(new ZipArchive(bytes, resolveLimits(), 'plan.docx'), new CellBudget(200_000));
 * model.blocks.filter((b) => b.kind === 'table').length; //=> 1
 */
export function readDocx(zip: ZipArchive, budget: CellBudget): DocumentModel {
  const part = mainPart(zip);
  const xml = zip.text(part) ?? zip.text('word/document.xml');
  const model: DocumentModel = { format: 'docx', blocks: [], diagnostics: [] };
  if (xml === undefined) return model;
  const w = prefixFor(xml, WORD_NS, 'w');
  const mc = prefixFor(xml, MC_NS, 'mc');
  const q = (local: string) => qualified(w, local);
  const T = q('t');
  const P = q('p');
  const R = q('r');
  const TBL = q('tbl');
  const TR = q('tr');
  const TC = q('tc');
  const PPR = q('pPr');
  const SKIP = new Set([q('txbxContent'), qualified(mc, 'Fallback'), q('delText'), q('instrText')]);

  let skipDepth = 0;
  const tables: TableDraft[] = [];
  let cell: CellDraft | undefined;
  const cellStack: (CellDraft | undefined)[] = [];
  let paragraph: ParagraphDraft | undefined;
  let inText = false;
  let inRun = 0;
  let inPPr = false;
  let tableCount = 0;
  let paragraphCount = 0;

  const finishParagraph = () => {
    if (!paragraph) return;
    const p = paragraph;
    paragraph = undefined;
    if (tables.length > 0) {
      const text = p.text
        .split('\n')
        .map(trimText)
        .filter((t) => t !== '')
        .join('\n');
      if (cell && text !== '') cell.paragraphs.push(text);
      return;
    }
    const text = trimText(p.text);
    if (text === '') return;
    paragraphCount++;
    model.blocks.push({ kind: 'paragraph', text, indent: indentOf(p), place: { paragraph: paragraphCount } });
  };

  scanXml(xml, {
    open(name, attrs, selfClosing) {
      if (skipDepth > 0) {
        if (!selfClosing) skipDepth++;
        return;
      }
      if (SKIP.has(name)) {
        if (!selfClosing) skipDepth = 1;
        return;
      }
      switch (name) {
        case P:
          finishParagraph();
          paragraph = { text: '', indentTwips: 0 };
          if (selfClosing) finishParagraph();
          return;
        case PPR:
          if (!selfClosing) inPPr = true;
          return;
        case R:
          if (!selfClosing) inRun++;
          return;
        case T:
          if (!selfClosing) inText = true;
          return;
        case TBL:
          finishParagraph();
          cellStack.push(cell);
          tables.push({ gridColumns: 0, rows: [] });
          cell = undefined;
          return;
        case TR:
          if (tables.length > 0) tables.at(-1)!.rows.push({ cells: [], header: false, gridBefore: 0 });
          return;
        case TC:
          if (tables.length > 0) {
            cell = { paragraphs: [], span: 1 };
            tables.at(-1)!.rows.at(-1)?.cells.push(cell);
          }
          return;
      }
      const table = tables.at(-1);
      const local = w === '' ? name : name.startsWith(`${w}:`) ? name.slice(w.length + 1) : '';
      switch (local) {
        case 'gridCol':
          if (table && table.rows.length === 0) table.gridColumns++;
          break;
        case 'tblHeader': {
          const row = table?.rows.at(-1);
          if (row) row.header = toggle(attrs, w);
          break;
        }
        case 'gridBefore': {
          const row = table?.rows.at(-1);
          if (row && row.cells.length === 0)
            row.gridBefore = Math.max(0, Math.min(64, intAttr(attrs, q('val'))));
          break;
        }
        case 'gridSpan':
          if (cell) cell.span = Math.max(1, Math.min(256, intAttr(attrs, q('val')) || 1));
          break;
        case 'vMerge':
          if (cell) cell.vMerge = attrs[q('val')] === 'restart' ? 'restart' : 'continue';
          break;
        case 'hMerge':
          if (cell) cell.hMerge = attrs[q('val')] === 'restart' ? 'restart' : 'continue';
          break;
        case 'jc':
          if (paragraph && inPPr) paragraph.jc = attrs[q('val')];
          break;
        case 'ind':
          if (paragraph && inPPr)
            paragraph.indentTwips =
              Math.max(intAttr(attrs, q('left')), intAttr(attrs, q('start'))) +
              intAttr(attrs, q('firstLine')) -
              intAttr(attrs, q('hanging'));
          break;
        case 'tab':
          if (paragraph && inRun > 0 && !inPPr) paragraph.text += '  ';
          break;
        case 'br':
        case 'cr':
          if (paragraph && inRun > 0) paragraph.text += '\n';
          break;
        case 'noBreakHyphen':
          if (paragraph && inRun > 0) paragraph.text += '-';
          break;
      }
    },
    close(name) {
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      switch (name) {
        case T:
          inText = false;
          return;
        case R:
          inRun = Math.max(0, inRun - 1);
          return;
        case PPR:
          inPPr = false;
          return;
        case P:
          finishParagraph();
          return;
        case TC:
          finishParagraph();
          return;
        case TBL: {
          finishParagraph();
          const draft = tables.pop()!;
          cell = cellStack.pop();
          if (tables.length === 0) {
            tableCount++;
            model.blocks.push({ kind: 'table', table: buildTable(draft, tableCount, budget) });
          } else if (cell) {
            // A table inside a cell: its text is part of that cell.
            for (const row of draft.rows)
              for (const c of row.cells) for (const p of c.paragraphs) cell.paragraphs.push(p);
          }
          return;
        }
      }
    },
    text(text) {
      if (skipDepth === 0 && inText && paragraph) paragraph.text += text;
    },
  });
  finishParagraph();
  return model;
}
