import { describe, expect, test } from 'vitest';
import { shownText, typedStrings } from './pdf-spaces';

describe('typedStrings: the spaces the author typed, not the gaps pdf.js saw', () => {
  test.each([
    [
      'gaps between Chinese and digits are not spaces',
      ['2021 年 12 月', '前'],
      '2021年 12月前',
      ['2021年 12月', '前'],
    ],
    ['a typed space is kept', ['的 26 个领域'], '的 26 个领域', ['的 26 个领域']],
    [
      'a run of typed spaces pdf.js merged is restored',
      ['广东省委 广', '东省人民政府'],
      '广东省委  广东省人民政府',
      ['广东省委  广', '东省人民政府'],
    ],
    ['a typed space pdf.js left out is restored', ['本级', '26个'], '本级 26个', ['本级', ' 26个']],
    [
      'a gap item between cells becomes empty',
      ['市司法局', ' ', '长期工作'],
      '市司法局长期工作',
      ['市司法局', '', '长期工作'],
    ],
    ['compatibility forms match (NFKC)', ['（1）'], '(1)', ['(1)']],
    ['text without any spaces is unchanged', ['加强政策解读'], '加强政策解读', ['加强政策解读']],
  ])('%s', (_why, strings, shown, expected) => {
    expect(typedStrings(strings, shown)).toEqual(expected);
  });

  test('an item that does not line up keeps pdf.js’s string, and the next items still line up', () => {
    expect(typedStrings(['2021 年', '?? ?', '12 月前'], '2021年XY Z12月前')).toEqual([
      '2021年',
      '?? ?',
      '12月前',
    ]);
  });

  test('no glyphs (a scanned page or a font without Unicode): strings are kept as pdf.js gave them', () => {
    expect(typedStrings(['2021 年 9 月', '前'], '')).toEqual(['2021 年 9 月', '前']);
  });
});

describe('shownText', () => {
  test('collects the Unicode of shown glyphs in order, skipping spacing numbers and other operators', () => {
    const ops = { showText: 44, showSpacedText: 45 };
    const glyph = (unicode: string) => ({ unicode, width: 1 });
    const text = shownText(
      [1, 44, 2, 45, 44],
      [
        [],
        [[glyph('2021'), -250, glyph('年'), glyph(' ')]],
        [0, 0],
        [[glyph('12'), null, glyph('月')]],
        [['not glyphs']],
      ],
      ops,
    );
    expect(text).toBe('2021年 12月');
  });
});
