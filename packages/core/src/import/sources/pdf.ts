/**
 * Reading a PDF (PDF 版面重建) into paragraphs and tables with pdf.js: the text items with their
 * positions (getTextContent) and the ruling lines the page draws (getOperatorList). Where lines
 * rule a table, its columns and rows are the lines' x and y positions, a merged cell is a run of
 * grid positions with no line between them, and each text item goes into the cell it sits in; a
 * table that goes on over pages is stitched, its repeated header and the rows the page broke left
 * to the grid reader. A PDF without ruled tables becomes text in reading order, for the text
 * importer (which reads the Zhanjiang seed's extracted text).
 *
 * pdf.js is imported on first use, so importing `@fengong/core` never loads it; it runs without a
 * worker thread, evaluates no font code, fetches nothing, and is closed after reading.
 */
/// <reference path="./pdfjs-worker.d.ts" />
import { catalogued } from '../../messages';
import { type CellBudget, type FileImportLimits, fileError } from './limits';
import { trimText } from '../document/lines';
import { shownText, typedStrings } from './pdf-spaces';
import { isPageNumber } from '../readers/pdf-table';
import type {
  DocumentBlock,
  DocumentModel,
  FileImportDiagnostic,
  ModelCell,
  ModelRow,
  ModelTable,
} from '../document/table-model';

/**
 * Options for reading PDFs. Both URLs are only needed for PDFs whose CJK fonts are not embedded
 * (Node: file paths into `pdfjs-dist/cmaps/` and `pdfjs-dist/standard_fonts/`; browsers: URLs).
 *
 * @example
 * const pdf: PdfOptions = { cMapUrl: '/node_modules/pdfjs-dist/cmaps/' };
 */
export interface PdfOptions {
  /** Where pdf.js finds its packed CMaps (for non-embedded CJK fonts such as STSong-Light). */
  cMapUrl?: string | undefined;
  /** Where pdf.js finds its standard font data. */
  standardFontDataUrl?: string | undefined;
}

/** A text item in page coordinates (points, y growing downwards). */
interface Item {
  text: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  size: number;
  /** Item order in the page's content. */
  order: number;
  eol: boolean;
}

interface Segment {
  /** For a horizontal line its y, for a vertical one its x. */
  at: number;
  from: number;
  to: number;
}

interface PageTable {
  xs: number[];
  ys: number[];
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Cells [row][column]: the merged region's origin, and its text. */
  origin: [number, number][][];
  texts: string[][];
}

interface PageReading {
  number: number;
  tables: PageTable[];
  lines: { text: string; x: number; y: number; size: number }[];
  /** The page's items in content order, for the text fallback. */
  items: Item[];
  width: number;
}

/** Segments at most this far apart are one line; positions this close are one boundary. */
const TOLERANCE = 2;
/** More ruling segments than this on a page are not analysed (a drawing, not a table). */
const MAX_SEGMENTS = 5_000;

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** pdf.js operator codes used here (stable across versions: OPS in pdf.js's shared util). */
interface Ops {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  showText: number;
  showSpacedText: number;
}

/** Horizontal and vertical ruling segments drawn on a page, in page coordinates. */
function rulings(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  OPS: Ops,
  viewport: Matrix,
): { h: Segment[]; v: Segment[]; overflow: boolean } {
  const h: Segment[] = [];
  const v: Segment[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const stroked = new Set([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const filled = new Set([OPS.fill, OPS.eoFill]);
  let overflow = false;
  const toPage = (x: number, y: number) => apply(viewport, ...apply(ctm, x, y));
  const addLine = (ax: number, ay: number, bx: number, by: number) => {
    if (Math.abs(ay - by) <= 0.5 && Math.abs(ax - bx) > TOLERANCE)
      h.push({ at: (ay + by) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx) });
    else if (Math.abs(ax - bx) <= 0.5 && Math.abs(ay - by) > TOLERANCE)
      v.push({ at: (ax + bx) / 2, from: Math.min(ay, by), to: Math.max(ay, by) });
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) {
      const t = argsArray[i] as number[];
      if (t.length === 6) ctm = multiply(ctm, t as unknown as Matrix);
    } else if (fn === OPS.constructPath) {
      const [op, data] = argsArray[i] as [number, ArrayLike<number>[] | undefined];
      const path = data?.[0];
      if (!path || (!stroked.has(op) && !filled.has(op))) continue;
      // The path: moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4 (pdf.js DrawOPS).
      let sx = 0;
      let sy = 0;
      let cx = 0;
      let cy = 0;
      const points: [number, number][] = [];
      const flushFill = () => {
        if (points.length < 3) {
          points.length = 0;
          return;
        }
        let x0 = Number.POSITIVE_INFINITY;
        let x1 = Number.NEGATIVE_INFINITY;
        let y0 = Number.POSITIVE_INFINITY;
        let y1 = Number.NEGATIVE_INFINITY;
        for (const [x, y] of points) {
          x0 = Math.min(x0, x);
          x1 = Math.max(x1, x);
          y0 = Math.min(y0, y);
          y1 = Math.max(y1, y);
        }
        points.length = 0;
        // A thin filled rectangle is a rule; a large one is a background.
        if (y1 - y0 <= 2.5 && x1 - x0 > TOLERANCE) h.push({ at: (y0 + y1) / 2, from: x0, to: x1 });
        else if (x1 - x0 <= 2.5 && y1 - y0 > TOLERANCE) v.push({ at: (x0 + x1) / 2, from: y0, to: y1 });
      };
      for (let k = 0; k < path.length && !overflow; ) {
        const code = path[k++];
        if (code === 0) {
          if (filled.has(op)) flushFill();
          [cx, cy] = toPage(path[k]!, path[k + 1]!);
          [sx, sy] = [cx, cy];
          k += 2;
          if (filled.has(op)) points.push([cx, cy]);
        } else if (code === 1) {
          const [nx, ny] = toPage(path[k]!, path[k + 1]!);
          k += 2;
          if (stroked.has(op)) addLine(cx, cy, nx, ny);
          else points.push([nx, ny]);
          [cx, cy] = [nx, ny];
        } else if (code === 2) {
          [cx, cy] = toPage(path[k + 4]!, path[k + 5]!);
          k += 6;
        } else if (code === 3) {
          [cx, cy] = toPage(path[k + 2]!, path[k + 3]!);
          k += 4;
        } else if (code === 4) {
          if (stroked.has(op)) addLine(cx, cy, sx, sy);
          [cx, cy] = [sx, sy];
        } else break;
        if (h.length + v.length > MAX_SEGMENTS) overflow = true;
      }
      if (filled.has(op)) flushFill();
    }
    if (overflow) break;
  }
  return { h, v, overflow };
}

/** Merge segments on the same line (within the tolerance) whose extents touch. */
function mergeSegments(segments: Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Segment[] = [];
  let group: Segment[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const at = group.reduce((s, g) => s + g.at, 0) / group.length;
    group.sort((a, b) => a.from - b.from);
    let cur = { ...group[0]!, at };
    for (const g of group.slice(1)) {
      if (g.from <= cur.to + TOLERANCE) cur.to = Math.max(cur.to, g.to);
      else {
        out.push(cur);
        cur = { ...g, at };
      }
    }
    out.push(cur);
    group = [];
  };
  for (const s of sorted) {
    if (group.length > 0 && s.at - group[0]!.at > TOLERANCE) flush();
    group.push(s);
  }
  flush();
  return out;
}

/** Cluster positions into boundaries (positions within the tolerance are one). */
function boundaries(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length > 0 && v - group[0]! > TOLERANCE * 1.5) {
      out.push(group.reduce((s, x) => s + x, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length > 0) out.push(group.reduce((s, x) => s + x, 0) / group.length);
  return out;
}

const covers = (segments: readonly Segment[], at: number, point: number) =>
  segments.some(
    (s) => Math.abs(s.at - at) <= TOLERANCE * 1.5 && s.from - TOLERANCE <= point && s.to + TOLERANCE >= point,
  );

/** The ruled tables of a page: connected groups of at least two horizontal and two vertical lines. */
function findTables(hRaw: Segment[], vRaw: Segment[]): Omit<PageTable, 'texts'>[] {
  const h = mergeSegments(hRaw);
  const v = mergeSegments(vRaw);
  const n = h.length + v.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[i] !== r) {
      const next = parent[i]!;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  for (let i = 0; i < h.length; i++) {
    for (let j = 0; j < v.length; j++) {
      const a = h[i]!;
      const b = v[j]!;
      if (
        b.at >= a.from - TOLERANCE &&
        b.at <= a.to + TOLERANCE &&
        a.at >= b.from - TOLERANCE &&
        a.at <= b.to + TOLERANCE
      )
        parent[find(i)] = find(h.length + j);
    }
  }
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    let g = groups.get(root);
    if (!g) {
      g = { h: [], v: [] };
      groups.set(root, g);
    }
    if (i < h.length) g.h.push(h[i]!);
    else g.v.push(v[i - h.length]!);
  }
  const tables: Omit<PageTable, 'texts'>[] = [];
  for (const g of groups.values()) {
    const xs = boundaries(g.v.map((s) => s.at));
    const ys = boundaries(g.h.map((s) => s.at));
    if (xs.length < 2 || ys.length < 2) continue;
    const rows = ys.length - 1;
    const cols = xs.length - 1;
    if (rows * cols > 100_000) continue;
    // Union grid positions that no line separates.
    const id = (r: number, c: number) => r * cols + c;
    const up = Array.from({ length: rows * cols }, (_, i) => i);
    const root = (i: number): number => {
      let r = i;
      while (up[r] !== r) r = up[r]!;
      while (up[i] !== r) {
        const next = up[i]!;
        up[i] = r;
        i = next;
      }
      return r;
    };
    const join = (a: number, b: number) => {
      const ra = root(a);
      const rb = root(b);
      if (ra !== rb) up[Math.max(ra, rb)] = Math.min(ra, rb);
    };
    for (let r = 0; r < rows; r++) {
      const midY = (ys[r]! + ys[r + 1]!) / 2;
      for (let c = 0; c < cols; c++) {
        const midX = (xs[c]! + xs[c + 1]!) / 2;
        if (r > 0 && !covers(g.h, ys[r]!, midX)) join(id(r - 1, c), id(r, c));
        if (c > 0 && !covers(g.v, xs[c]!, midY)) join(id(r, c - 1), id(r, c));
      }
    }
    const origin: [number, number][][] = [];
    for (let r = 0; r < rows; r++) {
      const row: [number, number][] = [];
      for (let c = 0; c < cols; c++) {
        const o = root(id(r, c));
        row.push([Math.floor(o / cols), o % cols]);
      }
      origin.push(row);
    }
    tables.push({ xs, ys, top: ys[0]!, bottom: ys.at(-1)!, left: xs[0]!, right: xs.at(-1)!, origin });
  }
  return tables.sort((a, b) => a.top - b.top);
}

/** Index of the interval of `bounds` that holds `value`, or -1. */
function slot(bounds: readonly number[], value: number): number {
  if (value < bounds[0]! || value > bounds.at(-1)!) return -1;
  let lo = 0;
  let hi = bounds.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Items as visual lines: grouped by baseline, each line's items in x order. */
function visualLines(items: Item[]): Item[][] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const lines: Item[][] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(item.y - line[0]!.y) <= Math.max(1, line[0]!.size * 0.5)) line.push(item);
    else lines.push([item]);
  }
  for (const line of lines) line.sort((a, b) => a.x0 - b.x0);
  return lines;
}

/** A visual line's text: items in x order, a space where a gap is wider than a character. */
function lineText(line: readonly Item[]): string {
  let out = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const item of line) {
    if (out !== '' && item.x0 - end > item.size * 1.5 && !out.endsWith(' ') && !item.text.startsWith(' '))
      out += ' ';
    out += item.text;
    end = Math.max(end, item.x1);
  }
  return out;
}

// biome-ignore lint/suspicious/noExplicitAny: pdf.js's module is typed loosely across builds.
type PdfJs = any;

let pdfjsPromise: Promise<PdfJs> | undefined;

/** Whether `error` says that `name` (an optional peer dependency) is not installed. */
function isMissingPackage(error: unknown, name: string): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || error instanceof TypeError) &&
    typeof message === 'string' &&
    message.includes(name)
  );
}

/**
 * Load pdf.js (legacy build: runs in Node and every browser) and its worker code on the main thread.
 * pdfjs-dist is an optional peer dependency of @fengong/core: without it, reading a PDF says which
 * package to install.
 */
async function loadPdfJs(fileName: string | undefined): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const holder = globalThis as { pdfjsWorker?: unknown };
    if (!pdfjs.GlobalWorkerOptions.workerSrc && !holder.pdfjsWorker) {
      holder.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    }
    return pdfjs;
  })();
  try {
    return await pdfjsPromise;
  } catch (error) {
    pdfjsPromise = undefined;
    if (isMissingPackage(error, 'pdfjs-dist'))
      throw fileError('reader-missing', { kind: 'PDF', package: 'pdfjs-dist' }, fileName);
    throw error;
  }
}

/**
 * What {@link readPdf} found: a document model when the PDF has ruled tables, else the text in
 * reading order for the text importer.
 *
 * @example
 * const read = await readPdf(bytes, { limits, budget, fileName: 'plan.pdf' });
 * read.ruled; //=> true for a PDF made from a Word table
 */
export interface PdfReading {
  model: DocumentModel;
  /** Whether any page has a ruled table. */
  ruled: boolean;
  /** The text in reading order (one line per line of the page), for a PDF without ruled tables. */
  text: string;
  /** The page of each line of `text` (index 0 for line 1). */
  linePages: number[];
  pages: number;
}

/**
 * Read a PDF's pages into a {@link DocumentModel} (and its text in reading order).
 *
 * @example
 * const { model, ruled } = await readPdf(bytes, { limits: resolveLimits(), budget: new CellBudget(200_000) });
 */
export async function readPdf(
  bytes: Uint8Array,
  context: { limits: FileImportLimits; budget: CellBudget; fileName?: string; pdf?: PdfOptions },
): Promise<PdfReading> {
  const fileName = context.fileName;
  const pdfjs = await loadPdfJs(fileName);
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    useWorkerFetch: false,
    useSystemFonts: false,
    disableFontFace: true,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    stopAtErrors: false,
    verbosity: 0,
    ...(context.pdf?.cMapUrl ? { cMapUrl: context.pdf.cMapUrl, cMapPacked: true } : {}),
    ...(context.pdf?.standardFontDataUrl ? { standardFontDataUrl: context.pdf.standardFontDataUrl } : {}),
  });
  // biome-ignore lint/suspicious/noExplicitAny: the PDFDocumentProxy of the loaded module.
  let doc: any;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = (error as Error).name;
    throw fileError(
      'bad-pdf',
      name === 'PasswordException' ? { password: true } : { password: false, detail: (error as Error).message },
      fileName,
    );
  }
  try {
    const count: number = doc.numPages;
    if (count > context.limits.maxPages)
      throw fileError(
        'too-many-pages',
        { pages: count, max: context.limits.maxPages },
        fileName,
      );
    const pages: PageReading[] = [];
    const diagnostics: FileImportDiagnostic[] = [];
    for (let p = 1; p <= count; p++) {
      const page = await doc.getPage(p);
      const viewport = page.getViewport({ scale: 1 });
      const vt = viewport.transform as Matrix;
      // The operator list first: it loads the fonts the text content then reuses.
      const ops = await page.getOperatorList();
      const content = await page.getTextContent();
      const items: Item[] = [];
      // The spaces as typed, not pdf.js's guesses from gaps (see pdf-spaces.ts).
      const typed = typedStrings(
        content.items.map((raw: { str?: unknown }) => (typeof raw.str === 'string' ? raw.str : '')),
        shownText(ops.fnArray, ops.argsArray, pdfjs.OPS as Ops),
      );
      content.items.forEach(
        (raw: { str?: string; transform?: number[]; width?: number; hasEOL?: boolean }, order: number) => {
          if (typeof raw.str !== 'string' || !raw.transform) return;
          const m = multiply(vt, raw.transform as Matrix);
          const size = Math.hypot(m[2], m[3]) || Math.hypot(m[0], m[1]) || 10;
          const width = (raw.width ?? 0) * Math.hypot(vt[0], vt[1]);
          const text = typed[order]!;
          if (text === '') {
            if (raw.hasEOL && items.length > 0) items.at(-1)!.eol = true;
            return;
          }
          // pdf.js spans the gaps between cells with space items: those are not text.
          if (text.trim() === '' && width > size * 1.2) return;
          items.push({ text, x0: m[4], x1: m[4] + width, y: m[5], size, order, eol: raw.hasEOL === true });
        },
      );
      const rules = rulings(ops.fnArray, ops.argsArray, pdfjs.OPS as Ops, vt);
      if (rules.overflow)
        diagnostics.push({
          severity: 'info',
          code: 'pdf-drawing',
          ...catalogued('pdf-drawing', { page: p, max: MAX_SEGMENTS }),
          confidence: 0.8,
          place: { page: p },
        });
      const found = rules.overflow ? [] : findTables(rules.h, rules.v);
      const tables: PageTable[] = found.map((t) => ({
        ...t,
        texts: t.origin.map((row) => row.map(() => '')),
      }));
      for (const t of tables) context.budget.add(t.origin.length * (t.xs.length - 1), `page ${p}`);
      // Items into cells (by their middle) or onto the page's own lines.
      const inCell = new Map<PageTable, Map<string, Item[]>>();
      const outside: Item[] = [];
      for (const item of items) {
        const mx = (item.x0 + item.x1) / 2;
        const my = item.y - item.size * 0.35;
        const t = tables.find((tb) => mx >= tb.left && mx <= tb.right && my >= tb.top && my <= tb.bottom);
        if (!t) {
          outside.push(item);
          continue;
        }
        const r = slot(t.ys, my);
        const c = slot(t.xs, mx);
        if (r < 0 || c < 0) {
          outside.push(item);
          continue;
        }
        const [or, oc] = t.origin[r]![c]!;
        let cells = inCell.get(t);
        if (!cells) {
          cells = new Map();
          inCell.set(t, cells);
        }
        const key = `${or},${oc}`;
        const list = cells.get(key);
        if (list) list.push(item);
        else cells.set(key, [item]);
      }
      for (const [t, cells] of inCell) {
        for (const [key, list] of cells) {
          const [r, c] = key.split(',').map(Number) as [number, number];
          // A cell's text: its visual lines joined with nothing (a wrap is not a space), keeping the
          // spaces typed at a wrap — the items carry only typed spaces (pdf-spaces.ts) — then trimmed.
          t.texts[r]![c] = trimText(
            visualLines(list)
              .map((line) => line.map((i) => i.text).join(''))
              .join(''),
          );
        }
      }
      const lines = visualLines(outside)
        .map((line) => ({
          text: trimText(lineText(line)),
          x: line[0]!.x0,
          y: line[0]!.y,
          size: line[0]!.size,
        }))
        .filter((l) => l.text !== '');
      pages.push({ number: p, tables, lines, items, width: viewport.width });
      page.cleanup();
    }
    const ruled = pages.some((p) => p.tables.length > 0);
    const order = readingOrder(pages);
    return {
      model: buildModel(pages, diagnostics),
      ruled,
      text: order.text,
      linePages: order.pages,
      pages: count,
    };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/** Indentation of a line in half-width columns from the text's left edge. */
function indentOf(x: number, left: number, size: number): number {
  return Math.max(0, Math.min(80, Math.round((x - left) / (size / 2))));
}

/** Paragraph lines and tables of every page, in order; tables that go on over a page are one. */
function buildModel(pages: PageReading[], diagnostics: FileImportDiagnostic[]): DocumentModel {
  const blocks: DocumentBlock[] = [];
  let left = Number.POSITIVE_INFINITY;
  for (const p of pages) for (const l of p.lines) if (!isPageNumber(l.text)) left = Math.min(left, l.x);
  if (!Number.isFinite(left)) left = 0;
  let open: { table: ModelTable; xs: number[]; firstPage: number; lastPage: number } | undefined;
  let tableCount = 0;
  for (const page of pages) {
    type Piece = { y: number; line?: PageReading['lines'][number]; table?: PageTable };
    const pieces: Piece[] = [
      ...page.lines.filter((l) => !isPageNumber(l.text)).map((line) => ({ y: line.y, line })),
      ...page.tables.map((table) => ({ y: table.top, table })),
    ].sort((a, b) => a.y - b.y);
    pieces.forEach((piece, k) => {
      if (piece.line) {
        // Text between a table's parts on two pages (a running header) does not close the table.
        const between = open && open.lastPage === page.number - 1 && pieces.slice(k).some((x) => x.table);
        if (!between) open = undefined;
        blocks.push({
          kind: 'paragraph',
          text: piece.line.text,
          indent: indentOf(piece.line.x, left, piece.line.size),
          place: { page: page.number },
        });
        return;
      }
      const t = piece.table!;
      const cols = t.xs.length - 1;
      const rows: ModelRow[] = t.origin.map((originRow, r) => ({
        cells: originRow.map(
          ([or, oc], c): ModelCell =>
            or === r && oc === c
              ? { text: t.texts[r]![c]! }
              : { text: '', mergedFrom: [or, oc], mergeConfidence: 0.95 },
        ),
        place: { page: page.number, row: r + 1 },
      }));
      const continues =
        open !== undefined &&
        open.lastPage === page.number - 1 &&
        open.xs.length === t.xs.length &&
        open.xs.every((x, i) => Math.abs(x - t.xs[i]!) <= 4) &&
        !pieces.slice(0, k).some((x) => x.table);
      if (continues && open) {
        const offset = open.table.rows.length;
        rows.forEach((row, r) => {
          for (const cell of row.cells)
            if (cell.mergedFrom) cell.mergedFrom = [cell.mergedFrom[0] + offset, cell.mergedFrom[1]];
          if (r === 0) row.pageTop = true;
          open!.table.rows.push(row);
        });
        open.lastPage = page.number;
        open.table.name = `第 ${open.firstPage}–${page.number} 页的表格`;
        return;
      }
      tableCount++;
      const table: ModelTable = { rows, width: cols, name: `第 ${page.number} 页的表格` };
      blocks.push({ kind: 'table', table });
      open = { table, xs: t.xs, firstPage: page.number, lastPage: page.number };
    });
    // A table open at the bottom of the page goes on only if nothing but page numbers follow it.
    const last = pieces.at(-1);
    if (open && last && !last.table && open.lastPage === page.number) open = undefined;
  }
  if (tableCount > 1)
    diagnostics.push({
      severity: 'info',
      code: 'pdf-tables',
      ...catalogued('pdf-tables', { count: tableCount }),
      confidence: 0.9,
    });
  return { format: 'pdf', blocks, diagnostics };
}

/**
 * The pages' text in reading order, for the text importer: items as the page draws them, a line
 * break where the page starts a new line, the indentation from the x position.
 */
function readingOrder(pages: PageReading[]): { text: string; pages: number[] } {
  const out: string[] = [];
  const linePages: number[] = [];
  for (const page of pages) {
    let left = Number.POSITIVE_INFINITY;
    for (const i of page.items) if (i.text.trim() !== '') left = Math.min(left, i.x0);
    let line = '';
    let lineX = 0;
    let lineSize = 10;
    let previous: Item | undefined;
    const flush = () => {
      if (trimText(line) !== '') {
        out.push(`${' '.repeat(indentOf(lineX, left, lineSize))}${trimText(line)}`);
        linePages.push(page.number);
      }
      line = '';
    };
    for (const item of [...page.items].sort((a, b) => a.order - b.order)) {
      const newLine =
        previous !== undefined &&
        (previous.eol || Math.abs(item.y - previous.y) > previous.size * 0.5 || item.x0 < previous.x0 - 1);
      if (newLine) flush();
      if (line === '') {
        lineX = item.x0;
        lineSize = item.size;
      } else if (previous && item.x0 - previous.x1 > item.size * 1.5 && !line.endsWith(' ')) line += ' ';
      line += item.text;
      previous = item;
    }
    flush();
    out.push('');
    linePages.push(page.number);
  }
  return { text: out.join('\n'), pages: linePages };
}
