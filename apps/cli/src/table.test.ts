import { describe, expect, test } from 'vitest';
import { displayWidth, paint, renderTable, terminalSafe, truncate } from './table';

describe('display width', () => {
  test.each([
    ['abc', 3],
    ['市财政局', 8],
    ['（市、区）', 10],
    ['2021年9月', 9],
    ['\u001b[31m红\u001b[0m', 2],
  ])('%s is %i columns', (text, width) => expect(displayWidth(text)).toBe(width));

  test('tables align Chinese and Latin text by columns, not characters', () => {
    const out = renderTable(
      ['编号', '单位'],
      [
        ['7', '市财政局'],
        ['38', 'X'],
      ],
    ).split('\n');
    expect(out[0]).toBe('编号  单位');
    expect(out[2]).toBe('7     市财政局');
    expect(out[3]).toBe('38    X');
  });

  test('truncate cuts by columns and marks the cut', () => {
    expect(truncate('各县（市、区）政府', 9)).toBe('各县（市…');
    expect(displayWidth(truncate('各县（市、区）政府', 9))).toBeLessThanOrEqual(9);
  });
});

describe('text from a plan cannot drive the terminal', () => {
  const hostile =
    '清屏\u001b[2J\u001b[H<script>alert(1)</script>回车\r覆盖\u0007\u001b]0;标题\u0007\u202e反向\n换行';

  test('control characters and bidirectional overrides are shown, not obeyed, and a cell stays on one line', () => {
    expect(terminalSafe(hostile)).toBe(
      '清屏\\u{1b}[2J\\u{1b}[H<script>alert(1)</script>回车 覆盖\\u{7}\\u{1b}]0;标题\\u{7}\\u{202e}反向 换行',
    );
    expect(terminalSafe('2021年 12月\r\n\r\n前')).toBe('2021年 12月  前');
  });

  test('a table passes no raw ESC, CR or BEL from its cells, and keeps the colours it painted', () => {
    const out = renderTable(['编号', '状态', '具体要求'], [['1', paint('逾期', 'red', true), hostile]]);
    const withoutColour = out.replaceAll('\u001b[31m', '').replaceAll('\u001b[0m', '');
    expect(withoutColour).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(out).toContain('\u001b[31m逾期\u001b[0m');
    expect(out.split('\n')).toHaveLength(3);
  });

  test('a cell that imitates a painted one is made safe inside', () => {
    const out = renderTable(['x'], [['\u001b[31m\u001b[2J\u001b[0m']]);
    expect(out).toContain('\u001b[31m\\u{1b}[2J\u001b[0m');
  });
});
