import { describe, expect, test } from 'vitest';
import { CONVENTION_DEFAULTS, isIsoDate } from './plain';
import { Conventions } from './schema';

describe('the plain parts of the model', () => {
  test('the convention defaults are the schema’s: what a plan without conventions reads as', () => {
    expect(Conventions.parse({})).toEqual(CONVENTION_DEFAULTS);
  });

  test.each([
    ['2021-09-30', true],
    ['2024-02-29', true],
    ['2021-02-29', false],
    ['2021-13-01', false],
    ['2021-9-30', false],
    ['2021-09-30T00:00', false],
  ])('isIsoDate(%s) is %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});
