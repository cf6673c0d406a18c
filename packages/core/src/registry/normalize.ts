/**
 * Name normalisation for registry look-ups (名称规范化).
 */

/** Brackets that NFKC leaves alone but plans use interchangeably with （）. */
const BRACKET_EQUIVALENTS: Readonly<Record<string, string>> = {
  '〔': '(',
  '〕': ')',
  '【': '(',
  '】': ')',
  '[': '(',
  ']': ')',
  '｛': '(',
  '｝': ')',
  '{': '(',
  '}': ')',
};

/**
 * Names NFKC leaves as they are, with no whitespace and no bracket to fold: CJK ideographs, ASCII
 * letters, digits and round brackets, and the punctuation of unit names (、·《》-). Checked by a test
 * over every character it admits.
 */
export const ALREADY_NORMAL = /^[\u4e00-\u9fff0-9A-Za-z()\u3001\u00b7\u300a\u300b-]*$/u;
const WHITESPACE = /\s+/gu;
const BRACKETS = /[〔〕【】[\]｛｝{}]/gu;

/**
 * The form of a unit or group name used as a look-up key (规范化名称): full-width letters, digits
 * and punctuation folded to half-width (NFKC, so `（` = `(` and `，` = `,`), every kind of bracket
 * folded to `()`, and all whitespace removed — PDF extraction breaks names across lines, and
 * people type either width.
 *
 * @example
 * normalizeName('各县(市、区) 政府\n（管委会）'); //=> '各县(市、区)政府(管委会)'
 * normalizeName('市府办〔市大数据局〕'); //=> '市府办(市大数据局)'
 */
export function normalizeName(name: string): string {
  // Most names are already normal, and every look-up goes through here.
  if (ALREADY_NORMAL.test(name)) return name;
  return name
    .normalize('NFKC')
    .replace(WHITESPACE, '')
    .replace(BRACKETS, (b) => BRACKET_EQUIVALENTS[b] ?? b);
}
