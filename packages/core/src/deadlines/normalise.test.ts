import { describe, expect, test } from 'vitest';
import { chineseNumeralValue, normaliseDeadlineText, normaliseMapped } from './normalise';

describe('normaliseDeadlineText', () => {
  test.each([
    ['2021 年 9 月前', '2021年9月前'],
    ['2021年 12月\n前', '2021年12月前'],
    ['２０２１年１２月份以前', '2021年12月前'],
    ['二〇二一年十二月底前', '2021年12月底前'],
    ['二零二一年九月三十日之前', '2021年9月30日前'],
    ['十月三十号前', '10月30日前'],
    ['收到申请之日起二十个工作日内', '收到申请之日起20个工作日内'],
    ['第一季度', '第1季度'],
    ['每年至少听取一次', '每年至少听取1次'],
    ['统一公开，第一时间，进一步', '统一公开,第一时间,进一步'],
    ['湛府办〔2021〕15号', '湛府办〔2021〕15号'],
    ['\u3000长期\u200b工作\t', '长期工作'],
  ])('%j → %j', (text, normalised) => {
    expect(normaliseDeadlineText(text)).toBe(normalised);
  });

  test.each([
    ['二〇二一', 2021],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十八', 28],
    ['三十一', 31],
    ['两', 2],
    ['一百零五', 105],
    ['一百二十', 120],
  ])('%s = %i', (numeral, value) => {
    expect(chineseNumeralValue(numeral)).toBe(value);
  });

  test('every character maps back to its origin', () => {
    const original = '于 10\n月 三十 日前';
    const mapped = normaliseMapped(original);
    expect(mapped.text).toBe('于10月30日前');
    const start = mapped.text.indexOf('30');
    expect(original.slice(mapped.from[start], mapped.to[start + 1])).toBe('三十');
  });
});
