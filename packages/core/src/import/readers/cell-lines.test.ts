import { describe, expect, test } from 'vitest';
import { splitSourceLines } from '../document/lines';
import { findHeader } from './columns';
import { readCellPerLine } from './cell-lines';

const read = (text: string) => {
  const lines = splitSourceLines(text);
  const header = findHeader(lines);
  if (!header) throw new Error('no header');
  return readCellPerLine(lines, header).tasks.map((t) => ({
    number: t.number,
    text: t.text,
    units: t.units,
  }));
};

describe('readCellPerLine', () => {
  test('two units columns, one unit per line: the first line is the first column’s, the other names the last column’s', () => {
    expect(
      read(
        '领域\n\n主要目标\n\n主要责任单位\n\n责任单位\n\n1.提高养老服务水平。\n\n——养老床位增加。\n\n市民政局\n\n市发改委\n\n市老龄\n\n市财政局\n\n2.改善居住条件。\n\n市住建局\n',
      ),
    ).toEqual([
      {
        number: 1,
        text: '提高养老服务水平。——养老床位增加。',
        units: '主要责任单位：市民政局；责任单位：市发改委、市老龄、市财政局',
      },
      { number: 2, text: '改善居住条件。', units: '主要责任单位：市住建局' },
    ]);
  });

  test('sub-goals (——…) after a block of units are a row of their own under the same number; numbering starting again at 1 is a new run', () => {
    expect(
      read(
        '领域\n主要目标\n主要责任单位\n责任单位\n1.降低事故发生率。\n——道路事故下降10%。\n市公安局\n市交通局\n——校园事故下降。\n市教育局\n市公安局\n1.提高就业质量。\n市人社局\n',
      ),
    ).toEqual([
      {
        number: 1,
        text: '降低事故发生率。——道路事故下降10%。',
        units: '主要责任单位：市公安局；责任单位：市交通局',
      },
      { number: 1, text: '校园事故下降。', units: '主要责任单位：市教育局；责任单位：市公安局' },
      { number: 1, text: '提高就业质量。', units: '主要责任单位：市人社局' },
    ]);
  });
});
