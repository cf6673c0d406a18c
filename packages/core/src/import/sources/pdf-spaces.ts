/**
 * The spaces a PDF's author typed (原文空格). pdf.js's text content puts a space wherever glyphs
 * leave a gap — and Word and LibreOffice leave one between Chinese characters and digits, so
 * `2021年 12月前` comes out as `2021 年 12 月前` — and writes a run of spaces as one. The page's
 * operator list still has the glyphs as shown, typed spaces among them; aligning the two tells the
 * typed spaces from the gaps.
 */

/** A glyph as pdf.js's operator list gives it in a show-text operation (numbers are spacing). */
type Shown = { unicode?: unknown } | number | null;

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);

/**
 * The characters a page shows, in content order, from pdf.js's operator list: every glyph's
 * Unicode text, typed spaces included, positioning adjustments left out.
 *
 * @example
 * shownText(ops.fnArray, ops.argsArray, { showText: 44, showSpacedText: 45 }); //=> '湛江市2021年政务公开…'
 */
export function shownText(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  ops: { showText: number; showSpacedText: number },
): string {
  let out = '';
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn !== ops.showText && fn !== ops.showSpacedText) continue;
    const glyphs = (argsArray[i] as unknown[] | undefined)?.[0];
    if (!Array.isArray(glyphs)) continue;
    for (const glyph of glyphs as Shown[]) {
      if (glyph && typeof glyph === 'object' && typeof glyph.unicode === 'string') out += glyph.unicode;
    }
  }
  return out;
}

const same = (a: string, b: string) => a === b || a.normalize('NFKC') === b.normalize('NFKC');

/**
 * Each text item's string with the spaces the author typed and without those pdf.js made up for
 * gaps (原文空格还原): a space is kept where the shown glyphs have one, dropped where they have none,
 * and spaces pdf.js merged are put back. An item whose characters do not line up with the glyphs
 * (a font without Unicode, a ligature) keeps pdf.js's string, and the alignment goes on after it.
 *
 * @example
 * typedStrings(['2021 年 12 月', '前'], '2021年 12月前'); //=> ['2021年 12月', '前']
 */
export function typedStrings(strings: readonly string[], shown: string): string[] {
  const glyphs = [...shown];
  let g = 0;

  /** `str` aligned with the glyphs from `from` on: its typed text and where the glyphs go on. */
  const align = (str: string, from: number): { out: string; end: number } | undefined => {
    let h = from;
    let out = '';
    for (const ch of str) {
      if (isSpace(ch)) {
        // A typed space (and any more typed right after it that pdf.js merged into this one).
        while (isSpace(glyphs[h])) out += glyphs[h++];
        continue;
      }
      // Typed spaces pdf.js left out, before this character.
      let k = h;
      let spaces = '';
      while (isSpace(glyphs[k])) spaces += glyphs[k++];
      if (glyphs[k] === undefined || !same(glyphs[k]!, ch)) return undefined;
      out += spaces + glyphs[k];
      h = k + 1;
    }
    return { out, end: h };
  };

  return strings.map((str) => {
    let aligned = align(str, g);
    if (!aligned) {
      // Lost (an item before did not line up): look a little ahead for where this one starts.
      const first = [...str].find((ch) => !isSpace(ch));
      const limit = Math.min(glyphs.length, g + 4 * str.length + 64);
      for (let p = g + 1; !aligned && first !== undefined && p < limit; p++) {
        if (same(glyphs[p]!, first)) aligned = align(str, p);
      }
    }
    if (!aligned) return str;
    g = aligned.end;
    return aligned.out;
  });
}
