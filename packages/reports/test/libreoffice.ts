/**
 * LibreOffice and poppler for the tests that open the generated files as an office would: convert to
 * PDF (a fresh profile per run, so parallel runs do not clash; the fontconfig aliases of
 * docs/fonts/fengong-gb9704.conf, so the 公文 fonts are drawn in Chinese faces), then read the PDF.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './seed';

export const FONTCONFIG = path.join(repoRoot, 'docs/fonts/fengong-gb9704.conf');

/**
 * PDF export of Writer documents that keeps the blank pages LibreOffice inserts (a section that starts
 * on an even page after an even page), as a two-sided printer prints them; by default the export
 * leaves them out.
 */
export const WRITER_PDF_WITH_BLANK_PAGES =
  'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}';

/**
 * Write files into a fresh directory and convert them all to PDF in one LibreOffice run (`filter`: a
 * `--convert-to` target such as {@link WRITER_PDF_WITH_BLANK_PAGES}; then every file must suit it).
 */
export function convertToPdf(
  files: Record<string, Uint8Array>,
  dir = mkdtempSync(path.join(tmpdir(), 'fengong-lo-')),
  filter = 'pdf',
): string {
  const profile = mkdtempSync(path.join(tmpdir(), 'lo-profile-'));
  const written = Object.entries(files).map(([name, bytes]) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return file;
  });
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      filter,
      '--outdir',
      dir,
      ...written,
    ],
    { stdio: 'pipe', timeout: 170_000, env: { ...process.env, FONTCONFIG_FILE: FONTCONFIG } },
  );
  return dir;
}

/** pdfinfo's fields. */
export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

/** The text of a PDF page range, white space removed. */
export function pdfText(file: string, first?: number, last?: number): string {
  const range = [...(first ? ['-f', String(first)] : []), ...(last ? ['-l', String(last)] : [])];
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, file, '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, '');
}

/** The lines of a PDF page as pdftotext reads them (-raw: in the order they were drawn). */
export function pdfLines(file: string, page: number): string[] {
  return execFileSync(
    'pdftotext',
    ['-raw', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'],
    {
      encoding: 'utf8',
    },
  )
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Every word of a PDF with its box (pdftotext -bbox), in points. */
export function pdfWords(
  file: string,
): { page: number; text: string; xMin: number; yMin: number; xMax: number; yMax: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const words: ReturnType<typeof pdfWords> = [];
  let page = 0;
  for (const m of html.matchAll(
    /<page [^>]*>|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    if (m[0].startsWith('<page')) page++;
    else
      words.push({
        page,
        text: m[5]!,
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
      });
  }
  return words;
}

/** The fonts a PDF embeds (pdffonts' first column). */
export function pdfFonts(file: string): string[] {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((l) => l.split(/\s+/)[0]!);
}

/**
 * How many pixels of each page image (pdftoppm, `dpi`) have exactly the colour `hex` (RRGGBB): how
 * much of a fill is on the page.
 */
export function pixelsOfColour(pdf: string, hex: string, dpi = 40): number {
  const dir = mkdtempSync(path.join(tmpdir(), 'fengong-ppm-'));
  execFileSync('pdftoppm', ['-r', String(dpi), pdf, path.join(dir, 'page')], { stdio: 'pipe' });
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ppm'))) {
    const bytes = readFileSync(path.join(dir, name));
    // P6 <width> <height> <max> then RGB bytes.
    let at = 0;
    for (let fields = 0; fields < 4; ) {
      while (/\s/.test(String.fromCharCode(bytes[at]!))) at++;
      while (!/\s/.test(String.fromCharCode(bytes[at]!))) at++;
      fields++;
    }
    at++;
    for (let i = at; i + 2 < bytes.length; i += 3)
      if (bytes[i] === r && bytes[i + 1] === g && bytes[i + 2] === b) count++;
  }
  return count;
}

/**
 * The horizontal rules drawn on a PDF page: runs of dark pixels at least `minMm` long in a row of the
 * page's grey image (pdftoppm, `dpi`), rows of one rule merged; in millimetres from the page's top
 * left corner.
 */
export function horizontalRules(
  pdf: string,
  page: number,
  minMm = 50,
  dpi = 150,
): { y: number; x0: number; x1: number }[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'fengong-pgm-'));
  const out = path.join(dir, 'page');
  execFileSync(
    'pdftoppm',
    ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, out],
    {
      stdio: 'pipe',
    },
  );
  const bytes = readFileSync(`${out}.pgm`);
  // P5 <width> <height> <max> then one byte a pixel.
  const fields: number[] = [];
  let at = 2;
  while (fields.length < 3) {
    while (/\s/.test(String.fromCharCode(bytes[at]!))) at++;
    const start = at;
    while (!/\s/.test(String.fromCharCode(bytes[at]!))) at++;
    fields.push(Number(bytes.subarray(start, at).toString('latin1')));
  }
  at++;
  const [width, height] = fields as [number, number];
  const mm = 25.4 / dpi;
  const rules: { y: number; x0: number; x1: number }[] = [];
  let last = -2;
  for (let y = 0; y < height; y++) {
    let best = { x0: 0, x1: 0 };
    let start = -1;
    for (let x = 0; x <= width; x++) {
      const dark = x < width && bytes[at + y * width + x]! < 128;
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        if (x - start > best.x1 - best.x0) best = { x0: start, x1: x };
        start = -1;
      }
    }
    if ((best.x1 - best.x0) * mm < minMm) continue;
    const rule = { y: y * mm, x0: best.x0 * mm, x1: best.x1 * mm };
    if (y === last + 1) rules[rules.length - 1] = { ...rule, y: rules.at(-1)!.y };
    else rules.push(rule);
    last = y;
  }
  return rules;
}
