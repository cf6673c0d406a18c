import { describe, expect, test } from 'vitest';
import { displayText } from './display';

describe('displayText', () => {
  test('removes the spaces PDF extraction leaves beside Chinese characters', () => {
    expect(displayText('2021 年 9 月前完成现有规划文件主动公开')).toBe('2021年9月前完成现有规划文件主动公开');
    expect(displayText('2021年 12月前')).toBe('2021年12月前');
    expect(displayText('12345 政务服务便民热线')).toBe('12345政务服务便民热线');
    expect(displayText('市 财 政 局， 市商务局')).toBe('市财政局，市商务局');
  });

  test('keeps spaces between Latin words and numbers, and line breaks', () => {
    expect(displayText('Windows 10 系统')).toBe('Windows 10系统');
    expect(displayText('任务一\n任务二')).toBe('任务一\n任务二');
    expect(displayText('3 5')).toBe('3 5');
  });
});
