import { describe, expect, it } from 'vitest';
import { monthSpan } from './months';

describe('monthSpan', () => {
  it('fills the months between and takes in a nearby status day', () => {
    expect(monthSpan(['2021-09', '2021-12', '2022-01'], '2021-10-01').months).toEqual([
      '2021-09',
      '2021-10',
      '2021-11',
      '2021-12',
      '2022-01',
    ]);
    expect(monthSpan(['2021-09'], '2021-07-15').months).toEqual(['2021-07', '2021-08', '2021-09']);
    expect(monthSpan(['2021-09'], '2022-03-01').months).toEqual([
      '2021-09',
      '2021-10',
      '2021-11',
      '2021-12',
      '2022-01',
      '2022-02',
      '2022-03',
    ]);
  });

  it('leaves out a far status day and caps the length', () => {
    expect(monthSpan(['2021-09'], '2025-01-01').months).toEqual(['2021-09']);
    expect(monthSpan(['2000-01', '2030-12'], '2021-01-01', 6, 48).months).toHaveLength(48);
    expect(monthSpan([], '2021-01-01').months).toEqual([]);
  });
});
