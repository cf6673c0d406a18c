/**
 * Text as reports show it (显示规范化): the stray spaces that PDF extraction leaves between Chinese
 * characters and digits (`2021 年 9 月前`, `2021年 12月前`, `12345 政务服务`) removed, as Chinese is
 * typeset without them. For display only: the plan keeps the text as it was read.
 */

/** Chinese characters, and the full-width punctuation and forms set among them. */
const CJK = '\\u2e80-\\u2fff\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
/** Horizontal white space with a Chinese character on either side (not line breaks). */
const SPACE_BESIDE_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u00a0]+|[ \\t\\u00a0]+(?=[${CJK}])`, 'gu');

/**
 * A text as reports show it: no spaces beside Chinese characters (spaces between two Latin words or
 * numbers stay), line breaks kept.
 *
 * @example
 * displayText('2021 年 9 月前完成'); //=> '2021年9月前完成'
 * displayText('拨打 12345 政务服务便民热线'); //=> '拨打12345政务服务便民热线'
 * displayText('Windows 10 系统'); //=> 'Windows 10系统'
 */
export function displayText(text: string): string {
  return text.replace(SPACE_BESIDE_CJK, '');
}
