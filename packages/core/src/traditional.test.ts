import { describe, expect, test } from 'vitest';
import { readUnitsCell } from './roles';
import { simplifiedCopy, writtenFrom } from './traditional';

describe('simplifiedCopy', () => {
  test.each([
    ['(責任單位:區府辦、區行政服務中心)', '(责任单位:区府办、区行政服务中心)'],
    ['市人力資源社會保障局、市醫保局負責', '市人力资源社会保障局、市医保局负责'],
    ['市財政局牽頭，各縣（市、區）政府負責', '市财政局牵头，各县（市、区）政府负责'],
  ])('%s → %s, same length', (traditional, simplified) => {
    const copy = simplifiedCopy(traditional);
    expect(copy).toBe(simplified);
    expect(copy!.length).toBe(traditional.length);
  });

  test.each([
    ['市财政局牵头，市直各单位按职责分工落实', {}],
    ['市財政局', {}],
    ['各镇（办）、经开区', { minChanged: 1 }],
  ])('%s is left alone (undefined)', (text, options) => {
    expect(simplifiedCopy(text, options)).toBeUndefined();
  });

  test('one changed character counts when asked (a single cell)', () => {
    expect(simplifiedCopy('市財政局', { minChanged: 1 })).toBe('市财政局');
  });
});

describe('writtenFrom', () => {
  const original = '區府辦、區科委負責；后续由區府辦落實';
  const restore = writtenFrom(original, simplifiedCopy(original)!);
  test.each([
    ['区府办', '區府辦'],
    ['区 科委', '區 科委'],
    ['后续由区府办落实', '后续由區府辦落實'],
  ])('%s is put back as %s', (read, written) => {
    expect(restore(read)).toBe(written);
  });

  test('a string not in the text is mapped character by character with the document’s own pairs', () => {
    expect(restore('区科委落实')).toBe('區科委落實');
  });

  test('a string the importer composed from pieces of the text maps each piece as written there', () => {
    // 后 is written both ways in the document, so a lone 后 stays; within 后续由區府辦 it is known.
    const text = '政策解讀 | 對縣政府文件解讀後公開 | 各科室\n後續由縣政府辦落實，后续跟进';
    const back = writtenFrom(text, simplifiedCopy(text, { minChanged: 1 })!);
    expect(back('政策解读：对县政府文件解读后公开')).toBe('政策解讀：對縣政府文件解讀後公開');
  });
});

test('a traditional units cell reads like its simplified original, names as written', () => {
  const reading = readUnitsCell('市財政局牽頭，市審計局配合');
  expect(reading.clauses.map((c) => [c.role, c.names.map((n) => n.name)])).toEqual([
    ['lead', ['市財政局']],
    ['supporting', ['市審計局']],
  ]);
});
