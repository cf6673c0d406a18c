import { describe, expect, test } from 'vitest';
import type { DraftBody } from '../readers/draft';
import type { ImportDiagnostic } from '../types';
import { partGluedNames } from './glued';

function body(cells: string[]): DraftBody {
  return {
    categories: [{ name: '一', lines: [1, 1] }],
    tasks: cells.map((units, k) => ({
      number: k + 1,
      category: '一',
      text: '做好工作',
      units,
      deadline: '',
      lines: {},
    })),
    diagnostics: [],
    start: 0,
    end: cells.length,
  };
}

describe('partGluedNames', () => {
  test.each([
    // cells of one plan → the last cell after parting, and whether the review says so
    [['工商质监所 安监站', '文化站 派出所工商质监所'], '文化站 派出所 工商质监所', true],
    [['市海洋渔业局', '市海洋渔业局市农业农村局'], '市海洋渔业局、市农业农村局', true],
    [['市财政局', '市审计局', '市财政局市审计局'], '市财政局、市审计局', true],
    // a long name that holds a shorter one is left whole
    [['办公室', '区政府办公室'], '区政府办公室', false],
    [['信息化局', '市工业和信息化局'], '市工业和信息化局', false],
    [['市财政局', '市审计局牵头'], '市审计局牵头', false],
  ])('%j', (cells, last, said) => {
    const b = body(cells);
    const diagnostics: ImportDiagnostic[] = [];
    partGluedNames(b, diagnostics);
    expect(b.tasks.at(-1)!.units).toBe(last);
    expect(diagnostics.some((d) => d.code === 'names-run-together')).toBe(said);
  });
});
