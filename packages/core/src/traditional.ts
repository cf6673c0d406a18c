/**
 * Plans in traditional characters (繁体字): mirror sites re-render simplified originals. The
 * readers' vocabulary is simplified, so a traditional text is read through a simplified copy made
 * character by character (so every offset stays where it was); what the plan
 * keeps is then put back as the document wrote it. The pairs are OpenCC's (traditional-chars.ts,
 * generated from opencc-js), so only a small table is loaded, never OpenCC's phrase dictionaries.
 */
import { TRADITIONAL_PAIRS } from './traditional-chars';

let simplified: Map<string, string> | undefined;

/** One character in simplified form (itself when it is not a traditional one). */
function simplifiedChar(c: string): string {
  if (!simplified) {
    simplified = new Map();
    for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2)
      simplified.set(TRADITIONAL_PAIRS[i]!, TRADITIONAL_PAIRS[i + 1]!);
  }
  return simplified.get(c) ?? c;
}

/** The basic plane's ideographs, the only characters converted (so every UTF-16 offset stays). */
const HAN_FROM = 0x3400;
const HAN_TO = 0x9fff;
let simplifiedCodes: Uint16Array | undefined;

/**
 * The simplified form of each basic-plane ideograph by its code (0: not a traditional one), read
 * once from the pairs: every units cell of a plan is checked, and most have no traditional character.
 */
function simplifiedCodeTable(): Uint16Array {
  if (!simplifiedCodes) {
    simplifiedCodes = new Uint16Array(HAN_TO - HAN_FROM + 1);
    for (let code = HAN_FROM; code <= HAN_TO; code++) {
      const c = String.fromCharCode(code);
      const s = simplifiedChar(c);
      if (s !== c && s.length === 1) simplifiedCodes[code - HAN_FROM] = s.charCodeAt(0);
    }
  }
  return simplifiedCodes;
}

/**
 * A simplified copy of a traditional text with the same length, or `undefined` when the text is
 * (nearly) all simplified already: at least `minChanged` characters (default 3), and 1 % of its
 * Chinese characters, must change.
 *
 * @example
 * simplifiedCopy('(責任單位:區府辦、區行政服務中心)'); //=> '(责任单位:区府办、区行政服务中心)'
 * simplifiedCopy('市财政局牵头'); //=> undefined
 * simplifiedCopy('市財政局', { minChanged: 1 }); //=> '市财政局'
 */
export function simplifiedCopy(
  text: string,
  options: { minChanged?: number | undefined } = {},
): string | undefined {
  const table = simplifiedCodeTable();
  let han = 0;
  let changed = 0;
  // Counted first, without a copy: most texts have no traditional character.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < HAN_FROM || code > HAN_TO) continue;
    han++;
    if (table[code - HAN_FROM] !== 0) changed++;
  }
  if (changed === 0 || changed < (options.minChanged ?? 3) || changed < han * 0.01) return undefined;
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const to = code < HAN_FROM || code > HAN_TO ? 0 : table[code - HAN_FROM]!;
    out.push(to === 0 ? text[i]! : String.fromCharCode(to));
  }
  return out.join('');
}

/**
 * Puts strings read from the simplified copy back into the document's own characters: by position
 * where the string stands in the copy (whitespace aside), else character by character with the
 * pairs this document uses (a simplified character written two ways in it is left as read).
 *
 * @example
 * const restore = writtenFrom('區府辦負責', '区府办负责');
 * restore('区府办'); //=> '區府辦'
 */
export function writtenFrom(original: string, simplified: string): (text: string) => string {
  // Both texts have the same UTF-16 length (simplifiedCopy converts basic-plane characters only).
  let orig = '';
  let simp = '';
  const pairs = new Map<string, string | null>();
  for (let i = 0; i < original.length && i < simplified.length; i++) {
    const o = original[i]!;
    const s = simplified[i]!;
    if (/\s/.test(o)) continue;
    orig += o;
    simp += s;
    if (o !== s) {
      const seen = pairs.get(s);
      pairs.set(s, seen === undefined || seen === o ? o : null);
    }
  }
  // A character also written in simplified form somewhere in the document is ambiguous.
  for (let i = 0; i < original.length; i++) {
    const o = original[i]!;
    if (o === simplified[i] && pairs.has(o)) pairs.set(o, null);
  }
  return (text: string) => {
    let key = '';
    for (const c of text) if (!/\s/.test(c)) key += c;
    if (key === '') return text;
    // The longest pieces of the text found in the document map back as written there; a text the
    // importer composed (政策解读：对以…) is mapped piece by piece, a lone character by its pair.
    let written = '';
    for (let p = 0; p < key.length; ) {
      let at = -1;
      let len = 0;
      while (p + len < key.length) {
        const found = simp.indexOf(key.slice(p, p + len + 1), Math.max(0, at));
        if (found < 0) break;
        at = found;
        len++;
      }
      if (len >= 2) {
        written += orig.slice(at, at + len);
        p += len;
      } else {
        const c = key[p]!;
        written += pairs.get(c) ?? c;
        p++;
      }
    }
    let out = '';
    let k = 0;
    for (let i = 0; i < text.length; i++) out += /\s/.test(text[i]!) ? text[i]! : written[k++]!;
    return out;
  };
}
