/** Terminal presentation: tables aligned by display width, and the traffic-light colours. */

/** Columns a character takes in a terminal: East Asian wide and full-width characters take two. */
function charWidth(code: number): number {
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
  if (code >= 0x300 && code <= 0x36f) return 0; // combining marks
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x20000 && code <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes are what we strip
const ANSI = /\u001b\[[0-9;]*m/g;

/** Display width of `text` in terminal columns (ANSI colour codes take none). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(ANSI, '')) width += charWidth(ch.codePointAt(0)!);
  return width;
}

/** Pad `text` with spaces to `width` columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Cut `text` to at most `width` columns, ending with … when cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = charWidth(ch.codePointAt(0)!);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

// Control characters (C0 but line breaks and tabs, DEL, C1) and bidirectional overrides.
const UNSAFE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// A cell coloured by `paint`: its colour is kept, whatever is inside is made safe.
const PAINTED = /^(\u001b\[3[123]m)([\s\S]*)(\u001b\[0m)$/;

/**
 * Text from a plan made safe for a terminal, on one line: line breaks and tabs become spaces, and
 * control characters (ESC, which would let a cell clear the screen or retitle the window; CR, which
 * would let it overwrite the line) and bidirectional overrides are shown as `\u{1b}` instead of obeyed.
 */
export function terminalSafe(text: string): string {
  return text.replace(/\r\n|[\r\n\t]/g, ' ').replace(UNSAFE, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

function safeCell(cell: string): string {
  const painted = PAINTED.exec(cell);
  return painted ? `${painted[1]}${terminalSafe(painted[2]!)}${painted[3]}` : terminalSafe(cell);
}

/** Render rows as an aligned table; the last column is not padded. Cells are made {@link terminalSafe}. */
export function renderTable(
  header: string[],
  rows: string[][],
  options: { maxWidths?: number[] } = {},
): string {
  const cut = (row: string[]) =>
    row.map((cell, i) => truncate(safeCell(cell), options.maxWidths?.[i] ?? Number.POSITIVE_INFINITY));
  const all = [header, ...rows].map(cut);
  const widths = header.map((_, i) => Math.max(...all.map((r) => displayWidth(r[i] ?? ''))));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : padEnd(cell, widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(all[0]!), rule, ...all.slice(1).map(line)].join('\n');
}

/** Whether to colour: stdout is a terminal and NO_COLOR is unset (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream = process.stdout): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR) return true;
  return Boolean(stream.isTTY);
}

const COLORS = { red: 31, yellow: 33, green: 32, none: 0 } as const;

/** Colour `text` by traffic light when colour is on. */
export function paint(text: string, light: keyof typeof COLORS, color: boolean): string {
  const code = COLORS[light];
  return color && code ? `\u001b[${code}m${text}\u001b[0m` : text;
}
