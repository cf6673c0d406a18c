import { describe, expect, test } from 'vitest';
import { splitSourceLines } from '../document/lines';
import { unboxTables } from './box-table';

const rows = (text: string) => unboxTables(splitSourceLines(text)).map((l) => [l.at?.line, l.text]);

describe('unboxTables', () => {
  test('a small table: one bar row per row, the header first', () => {
    expect(rows('┌──┬──┐\n│任务│单位│\n├──┼──┤\n│做好│市局│\n└──┴──┘')).toEqual([
      [2, '任务 | 单位 |'],
      [4, '做好 | 市局 |'],
    ]);
  });

  test('wrapped cells joined, a heading cell, bulleted items, a merged cell and a block that starts mid-cell', () => {
    const text = [
      '通知',
      '┌──────┬───┬──────┐',
      '│ 工 作 任 务 │分管领│牵头单位│',
      '│ │ 导 │ │',
      '├──────┼───┼──────┤',
      '│抓好财税工作 │梁志强│各县(市、区)政│',
      '├──────┤ │府,市财政局 │',
      '│△调整财政支出结构,加大│ │ │',
      '│投入 │ ├──────┤',
      '│△加强财政监督 │ │市审计局 │',
      '└──────┴───┴──────┘',
      '二、工作要求',
    ].join('\n');
    expect(rows(text)).toEqual([
      [1, '通知'],
      [3, '工 作 任 务 | 分管领导 | 牵头单位 |'],
      [6, '抓好财税工作'],
      [8, '调整财政支出结构,加大投入 | 梁志强 | 各县(市、区)政府,市财政局 |'],
      [10, '加强财政监督 | 梁志强 | 市审计局 |'],
      [12, '二、工作要求'],
    ]);
  });

  test('a table the copy cuts after its header: its rules go, its cells stay a bar row', () => {
    expect(rows('┌──┬──┐\n│ 任 务 │单\n[...gap...]')).toEqual([
      [2, '任 务 | 单'],
      [3, '[...gap...]'],
    ]);
  });

  test('text without a table is the same array', () => {
    const lines = splitSourceLines('1.做好工作。(市财政局负责)');
    expect(unboxTables(lines)).toBe(lines);
  });
});
