import { describe, expect, test } from 'vitest';
import { displayWidth, renderTable, truncate } from './table';

describe('display width', () => {
  test.each([
    ['abc', 3],
    ['市财政局', 8],
    ['（市、区）', 10],
    ['2021年9月', 9],
    ['\u001b[31m红\u001b[0m', 2],
  ])('%s is %i columns', (text, width) => expect(displayWidth(text)).toBe(width));

  test('tables align Chinese and Latin text by columns, not characters', () => {
    const out = renderTable(['编号', '单位'], [
      ['7', '市财政局'],
      ['38', 'X'],
    ]).split('\n');
    expect(out[0]).toBe('编号  单位');
    expect(out[2]).toBe('7     市财政局');
    expect(out[3]).toBe('38    X');
  });

  test('truncate cuts by columns and marks the cut', () => {
    expect(truncate('各县（市、区）政府', 9)).toBe('各县（市…');
    expect(displayWidth(truncate('各县（市、区）政府', 9))).toBeLessThanOrEqual(9);
  });
});
