/**
 * A small XML tokenizer (XML 词法扫描) for the parts of Office files: start tags with their
 * attributes, end tags and text, in one pass with no backtracking, so the time is linear in the
 * input whatever it holds. No DOM, no entity expansion beyond the five predefined entities and
 * character references (a DOCTYPE is skipped, so no billion-laughs), no namespaces resolution beyond
 * what the caller asks of {@link prefixFor}.
 */

/**
 * What the tokenizer reports.
 *
 * @example
 * scanXml('<w:t xml:space="preserve"> 甲 </w:t>', {
 *   open: (name, attrs) => {}, // 'w:t', { 'xml:space': 'preserve' }
 *   text: (text) => {},        // ' 甲 '
 *   close: (name) => {},       // 'w:t'
 * });
 */
export interface XmlHandler {
  /** A start tag (`selfClosing` for `<x/>`, which gets no `close`). */
  open?(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  /** An end tag. */
  close?(name: string): void;
  /** Character data between tags, entities decoded (CDATA sections included). */
  text?(text: string): void;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Decode the predefined entities and character references of XML text; others are kept as written.
 *
 * @example
 * decodeEntities('A&amp;B &#x4E00;&#19968;'); //=> 'A&B 一一'
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let out = '';
  let from = 0;
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    // The ';' within a few characters (never a scan to the end: `&&&…` stays linear).
    let semi = -1;
    for (let k = i + 1; k < text.length && k <= i + 12; k++) {
      if (text.charCodeAt(k) === 0x3b) {
        semi = k;
        break;
      }
    }
    if (semi === -1) continue;
    const name = text.slice(i + 1, semi);
    let value: string | undefined;
    if (name.startsWith('#x') || name.startsWith('#X')) {
      const code = Number.parseInt(name.slice(2), 16);
      value = validCode(code) ? String.fromCodePoint(code) : undefined;
    } else if (name.startsWith('#')) {
      const code = Number.parseInt(name.slice(1), 10);
      value = validCode(code) ? String.fromCodePoint(code) : undefined;
    } else value = ENTITIES[name];
    if (value === undefined) continue;
    out += text.slice(from, i) + value;
    from = semi + 1;
    i = semi;
  }
  return from === 0 ? text : out + text.slice(from);
}

function validCode(code: number): boolean {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
}

const isNameEnd = (c: number) =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f || c === 0x3e || c === 0x3d;
const isWhite = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * Scan an XML text once and report its tags and text to `handler`. Malformed input never throws:
 * an unterminated construct ends the scan.
 *
 * @example
 * const texts: string[] = [];
 * scanXml('<a><b>甲</b><b>乙</b></a>', { text: (t) => texts.push(t) });
 * texts; //=> ['甲', '乙']
 */
export function scanXml(xml: string, handler: XmlHandler): void {
  const n = xml.length;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i && handler.text) handler.text(decodeEntities(xml.slice(i, textEnd)));
    if (lt === -1) return;
    i = lt;
    const next = xml.charCodeAt(i + 1);
    if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', i)) {
        const end = xml.indexOf('-->', i + 4);
        if (end === -1) return;
        i = end + 3;
      } else if (xml.startsWith('<![CDATA[', i)) {
        const end = xml.indexOf(']]>', i + 9);
        if (end === -1) return;
        if (handler.text) handler.text(xml.slice(i + 9, end));
        i = end + 3;
      } else {
        // <!DOCTYPE …> with an optional internal subset in brackets: skipped, never expanded.
        let j = i + 2;
        let depth = 0;
        let quote = 0;
        for (; j < n; j++) {
          const c = xml.charCodeAt(j);
          if (quote) {
            if (c === quote) quote = 0;
          } else if (c === 0x22 || c === 0x27) quote = c;
          else if (c === 0x5b) depth++;
          else if (c === 0x5d) depth--;
          else if (c === 0x3e && depth <= 0) break;
        }
        if (j >= n) return;
        i = j + 1;
      }
      continue;
    }
    if (next === 0x3f /* ? */) {
      const end = xml.indexOf('?>', i + 2);
      if (end === -1) return;
      i = end + 2;
      continue;
    }
    if (next === 0x2f /* / */) {
      const end = xml.indexOf('>', i + 2);
      if (end === -1) return;
      if (handler.close) handler.close(xml.slice(i + 2, end).trim());
      i = end + 1;
      continue;
    }
    // A start tag: its name, then attributes name="value" or name='value' up to > or />.
    let j = i + 1;
    while (j < n && !isNameEnd(xml.charCodeAt(j))) j++;
    const name = xml.slice(i + 1, j);
    const attrs: Record<string, string> = {};
    let selfClosing = false;
    let closed = false;
    while (j < n) {
      const c = xml.charCodeAt(j);
      if (isWhite(c)) {
        j++;
        continue;
      }
      if (c === 0x3e) {
        j++;
        closed = true;
        break;
      }
      if (c === 0x2f) {
        selfClosing = true;
        j++;
        continue;
      }
      const nameStart = j;
      while (j < n && !isNameEnd(xml.charCodeAt(j))) j++;
      const attrName = xml.slice(nameStart, j);
      while (j < n && isWhite(xml.charCodeAt(j))) j++;
      if (xml.charCodeAt(j) !== 0x3d) {
        if (attrName === '') j++;
        continue;
      }
      j++;
      while (j < n && isWhite(xml.charCodeAt(j))) j++;
      const quote = xml.charCodeAt(j);
      if (quote !== 0x22 && quote !== 0x27) continue;
      const valueEnd = xml.indexOf(quote === 0x22 ? '"' : "'", j + 1);
      if (valueEnd === -1) return;
      if (attrName !== '') attrs[attrName] = decodeEntities(xml.slice(j + 1, valueEnd));
      j = valueEnd + 1;
    }
    if (!closed) return;
    if (handler.open && name !== '') handler.open(name, attrs, selfClosing);
    i = j;
  }
}

/**
 * The prefix a document binds to a namespace on its root element (`w` for WordprocessingML in
 * every Word file, `''` for a default namespace), so that elements are matched by namespace rather
 * than by a conventional prefix. Falls back to `fallback` when the namespace is not declared.
 *
 * @example
 * prefixFor('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">', WORD_NS, 'w'); //=> 'w'
 */
export function prefixFor(xml: string, namespace: string, fallback: string): string {
  const head = xml.slice(0, 20_000);
  const at = head.indexOf(`"${namespace}"`);
  if (at === -1) return fallback;
  const before = head.slice(Math.max(0, at - 80), at);
  const m = /xmlns(?::([\w.-]+))?\s*=\s*$/.exec(before);
  if (!m) return fallback;
  return m[1] ?? '';
}

/**
 * `prefix:local`, or `local` for the default namespace.
 *
 * @example
 * qualified('w', 'tbl'); //=> 'w:tbl'
 * qualified('', 'row'); //=> 'row'
 */
export function qualified(prefix: string, local: string): string {
  return prefix === '' ? local : `${prefix}:${local}`;
}
