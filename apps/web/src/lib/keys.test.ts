import { describe, expect, it } from 'vitest';
import { uniqueKeys } from './keys';

describe('uniqueKeys', () => {
  it('numbers repeats', () => {
    expect(uniqueKeys(['a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a#2', 'a#3']);
    expect(uniqueKeys([])).toEqual([]);
  });
});
