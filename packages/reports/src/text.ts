/**
 * Text safety and small helpers shared by the formats: HTML and Markdown escaping, spreadsheet
 * formula neutralising, Chinese numbering, UTF-8 bytes.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escape text for HTML element content and quoted attribute values.
 *
 * @example
 * escapeHtml('<img src=x onerror=alert(1)>'); //=> '&lt;img src=x onerror=alert(1)&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * Escape text for a Markdown table cell or paragraph: characters that Markdown or inline HTML
 * would read (emphasis, links, code, tables, tags, entities) are backslash-escaped, as are list
 * and heading markers at the start; line breaks become `<br>`.
 *
 * @example
 * escapeMarkdown('a|b <script>'); //=> 'a\\|b \\<script\\>'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|&~]/g, (c) => `\\${c}`)
    .replace(/^([#+=-]|\d+[.)])/, '\\$1')
    .replace(/\r\n?|\n/g, '<br>');
}

/** Characters that make a spreadsheet read a cell as a formula (or a DDE command). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralise text a spreadsheet would run as a formula (CSV/XLSX injection): text starting with
 * `=`, `+`, `-`, `@`, tab or CR gets a leading `'`.
 *
 * @example
 * neutralizeFormula('=HYPERLINK("http://x","y")'); //=> '\'=HYPERLINK("http://x","y")'
 * neutralizeFormula('市财政局'); //=> '市财政局'
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * UTF-8 bytes of a text.
 *
 * @example
 * utf8('任务').length; //=> 6
 */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/**
 * A short stable hash (FNV-1a, 32 bits, hex) of a text, for calendar UIDs.
 *
 * @example
 * fnv1a('市财政局'); //=> '8 hex digits'
 */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of utf8(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * A file-name-safe version of a name: path separators, reserved and control characters become `_`.
 *
 * @example
 * safeFileName('市财政局/办公室'); //=> '市财政局_办公室'
 */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_')
    .replace(/^\.+/, '_')
    .trim();
  return cleaned.slice(0, 80) || '_';
}

/**
 * Cut a text to `max` characters, ending with … when cut.
 *
 * @example
 * truncate('持续深化地方政府债务信息公开', 6); //=> '持续深化地…'
 */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Text that XML 1.0 can hold: control characters other than tab, line feed and carriage return
 * are dropped (a plan cell holding one would otherwise make an XLSX or DOCX unreadable).
 *
 * @example
 * xmlSafe('任务\u0007一'); //=> '任务一'
 */
export function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

/**
 * Display width in columns: CJK and full-width characters take two.
 *
 * @example
 * displayWidth('市财政局 ok'); //=> 11
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    width +=
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd) ||
      code === 0x2014 ||
      code === 0x201c ||
      code === 0x201d
        ? 2
        : 1;
  }
  return width;
}
