/**
 * Pinyin that mirror sites print after characters (注音: `基礎(chǔ)設(shè)施`). The importer reads a copy
 * with each annotation blanked to spaces of the same length — names and words read as they would
 * without it, and every span still points into the document — and gives the plan its strings back
 * as written, annotations included.
 */

/** An annotation after a Han character: a bracketed pinyin syllable (`(chǔ)`, `（qū）`). */
const NOTE = /(?<=\p{Script=Han})[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/gu;

/** A tone mark: what tells a pinyin syllable from a bracketed letter (`(a)`). */
const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u;

/**
 * The text with its pinyin annotations blanked to spaces (same length), and how many there were;
 * `undefined` when fewer than `min` annotations with a tone mark are found.
 *
 * @example
 * blankPinyin('完善交通基礎(chǔ)設(shè)施', { min: 1 })?.text; //=> '完善交通基礎    設     施'
 * blankPinyin('附件(a)', { min: 1 }); //=> undefined
 */
export function blankPinyin(
  text: string,
  options: { min: number },
): { text: string; count: number } | undefined {
  let toned = 0;
  for (const m of text.matchAll(NOTE)) if (TONED.test(m[0])) toned++;
  if (toned === 0 || toned < options.min) return undefined;
  let count = 0;
  const blanked = text.replace(NOTE, (m) => {
    count++;
    return ' '.repeat(m.length);
  });
  return { text: blanked, count };
}

/**
 * The text with its pinyin annotations removed, how many there were, and a function that puts them
 * back into strings read from the copy; `undefined` when fewer than `min` annotations with a tone
 * mark are found. (Removed rather than blanked: a label glossed inside, `主管領(lǐng)導(dǎo):`, reads as one word.)
 *
 * @example
 * const stripped = stripPinyin('完善交通基礎(chǔ)設(shè)施', { min: 1 })!;
 * stripped.text; //=> '完善交通基礎設施'
 * stripped.restore('基礎設施'); //=> '基礎(chǔ)設(shè)施'
 */
export function stripPinyin(
  text: string,
  options: { min: number },
): { text: string; count: number; restore: (text: string) => string } | undefined {
  const blanked = blankPinyin(text, options);
  if (!blanked) return undefined;
  let copy = '';
  let key = '';
  const after: string[] = [];
  for (let i = 0; i < text.length; ) {
    if (blanked.text[i] === ' ' && text[i] !== ' ') {
      // An annotation: it belongs to the character before it.
      let j = i;
      while (j < text.length && blanked.text[j] === ' ' && text[j] !== ' ') j++;
      if (after.length > 0) after[after.length - 1] += text.slice(i, j);
      i = j;
      continue;
    }
    const c = text[i]!;
    copy += c;
    if (!/\s/u.test(c)) {
      key += c;
      after.push('');
    }
    i++;
  }
  return { text: copy, count: blanked.count, restore: restorer(key, after) };
}

/**
 * Puts the annotations back into strings read from a copy without them: each character found where
 * it stands in the copy (whitespace aside; longest pieces first) is followed by the annotation the
 * document prints after it there.
 */
function restorer(key: string, after: readonly string[]): (text: string) => string {
  return (text: string) => {
    if (!/\S/u.test(text)) return text;
    // The text's characters without whitespace, matched in the copy by the longest pieces.
    const chars = [...text];
    const solid = chars.flatMap((c, i) => (/\s/u.test(c) ? [] : [i]));
    const note = new Map<number, string>();
    let at = 0;
    for (let p = 0; p < solid.length; ) {
      let piece = '';
      let found = -1;
      for (let q = p; q < solid.length; q++) {
        const next = piece + chars[solid[q]!]!;
        const index = key.indexOf(next, at);
        const anywhere = index >= 0 ? index : key.indexOf(next);
        if (anywhere < 0) break;
        piece = next;
        found = anywhere;
      }
      const length = [...piece].length;
      if (length < 2) {
        p++;
        continue;
      }
      // Offsets of each character of the piece in the copy's key (UTF-16 units).
      let offset = found;
      for (let k = 0; k < length; k++) {
        const c = chars[solid[p + k]!]!;
        if (after[offset]) note.set(solid[p + k]!, after[offset]!);
        offset += c.length;
      }
      at = found + piece.length;
      p += length;
    }
    // Each character with its annotation.
    return chars.map((c, i) => c + (note.get(i) ?? '')).join('');
  };
}
