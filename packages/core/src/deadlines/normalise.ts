/**
 * Normalisation of deadline text before it is read: compatibility forms (full-width digits and
 * punctuation), no whitespace (PDF extraction breaks `2021 年 9 月\n前`), Chinese numerals in dates
 * (二〇二一年, 十二月), and synonyms (月份 → 月, 以前/之前 → 前, 28号 → 28日).
 *
 * Every character of the result remembers the span of the original it came from, so phrases found in
 * the normalised text can be shown in the original.
 */

/** Normalised text; `from[i]`..`to[i]` is the original span of character `i`. */
export interface MappedText {
  text: string;
  from: number[];
  to: number[];
}

// Zero-width characters survive NFKC and would split phrases just as spaces do.
const INVISIBLE = /^[\s\u200b-\u200d\u2060\ufeff]$/u;

/** Compatibility-normalise each character and drop whitespace, keeping each character's origin. */
function foldCharacters(original: string): MappedText {
  const out: MappedText = { text: '', from: [], to: [] };
  let offset = 0;
  for (const ch of original) {
    const folded = ch.normalize('NFKC');
    for (const c of folded) {
      if (INVISIBLE.test(c)) continue;
      out.text += c;
      for (let k = 0; k < c.length; k++) {
        out.from.push(offset);
        out.to.push(offset + ch.length);
      }
    }
    offset += ch.length;
  }
  return out;
}

/** Replace every match of `pattern` (global); replacement characters map to the span of the whole match. */
function rewrite(
  input: MappedText,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string,
): MappedText {
  const out: MappedText = { text: '', from: [], to: [] };
  let last = 0;
  const keep = (start: number, end: number) => {
    out.text += input.text.slice(start, end);
    // A loop, not push(...slice): spreading a long cell overflows the call stack.
    for (let i = start; i < end; i++) {
      out.from.push(input.from[i]!);
      out.to.push(input.to[i]!);
    }
  };
  for (const m of input.text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    keep(last, start);
    const replacement = replace(m);
    const from = input.from[start] ?? 0;
    const to = input.to[end - 1] ?? from;
    out.text += replacement;
    for (let k = 0; k < replacement.length; k++) {
      out.from.push(from);
      out.to.push(to);
    }
    last = end;
  }
  keep(last, input.text.length);
  return out;
}

const DIGIT_VALUE: Readonly<Record<string, number>> = {
  〇: 0,
  '○': 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * The value of a Chinese numeral: digit by digit for years (二〇二一 → 2021), positional with 十 and 百
 * otherwise (十二 → 12, 二十八 → 28, 一百二十 → 120).
 */
export function chineseNumeralValue(numeral: string): number {
  if (!/[十百]/.test(numeral)) {
    return Number([...numeral].map((c) => DIGIT_VALUE[c] ?? 0).join(''));
  }
  let total = 0;
  let digit = 0;
  for (const c of numeral) {
    if (c === '百' || c === '十') {
      total += (digit === 0 ? 1 : digit) * (c === '百' ? 100 : 10);
      digit = 0;
    } else {
      digit = DIGIT_VALUE[c] ?? 0;
    }
  }
  return total + digit;
}

// Numerals only before a unit of time or count, so that 统一, 进一步 and 第一时间 stay words.
const CHINESE_NUMERAL = /[〇○零一二两三四五六七八九十百]+(?=个?(?:年|月|日|号|季|工作日|天|次|周|旬))/g;

/** Normalise deadline text, keeping the original span of every character. */
export function normaliseMapped(original: string): MappedText {
  let t = foldCharacters(original);
  t = rewrite(t, CHINESE_NUMERAL, (m) => String(chineseNumeralValue(m[0])));
  t = rewrite(t, /月份/g, () => '月');
  t = rewrite(t, /[以之]前/g, () => '前');
  t = rewrite(t, /(?<=月\d{1,2})号|(?<=\d)号(?=前)/g, () => '日');
  return t;
}

/**
 * Normalise a deadline phrase the way the parser reads it: full-width forms folded, whitespace removed,
 * Chinese numerals in dates turned into digits, 月份 → 月, 以前/之前 → 前, 28号 → 28日.
 *
 * @example
 * normaliseDeadlineText('２０２１ 年 12 月份\n以前'); //=> '2021年12月前'
 * normaliseDeadlineText('二〇二一年十二月底前'); //=> '2021年12月底前'
 */
export function normaliseDeadlineText(text: string): string {
  return normaliseMapped(text).text;
}
