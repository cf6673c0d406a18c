import { describe, expect, it } from 'vitest';
import { loadReporter, saveReporter } from './reporter';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
}

describe('the reporter remembered in the browser', () => {
  it('saves and loads 填报人 and 联系电话, trimmed', () => {
    const storage = memoryStorage();
    expect(loadReporter(storage)).toEqual({ author: '', phone: '' });
    saveReporter({ author: ' 张三 ', phone: '0759-1234567 ' }, storage);
    expect(loadReporter(storage)).toEqual({ author: '张三', phone: '0759-1234567' });
  });

  it('reads nothing from a broken value, and survives a storage that refuses', () => {
    expect(loadReporter({ getItem: () => '{not json' })).toEqual({ author: '', phone: '' });
    expect(() =>
      saveReporter(
        { author: 'x', phone: '' },
        {
          setItem: () => {
            throw new Error('quota');
          },
        },
      ),
    ).not.toThrow();
  });
});
