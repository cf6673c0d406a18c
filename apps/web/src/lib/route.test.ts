import { describe, expect, it } from 'vitest';
import { formatRoute, localToday, parseRoute, withRoute } from './route';

describe('routes in the hash', () => {
  it('reads the linkable views', () => {
    expect(parseRoute('#/unit/市财政局?asOf=2021-10-01')).toEqual({
      view: 'unit',
      unit: '市财政局',
      asOf: '2021-10-01',
    });
    expect(parseRoute('#/unit/%E5%B8%82%E8%B4%A2%E6%94%BF%E5%B1%80')).toEqual({
      view: 'unit',
      unit: '市财政局',
    });
    expect(parseRoute('#/task/26')).toEqual({ view: 'task', task: 26 });
    expect(parseRoute('#/matrix')).toEqual({ view: 'matrix' });
    expect(parseRoute('#/calendar?lang=en')).toEqual({ view: 'calendar', lang: 'en' });
    expect(parseRoute('')).toEqual({ view: 'overview' });
    expect(parseRoute('#/')).toEqual({ view: 'overview' });
  });

  it('falls back to the overview and ignores what it cannot read', () => {
    expect(parseRoute('#/nonsense/1')).toEqual({ view: 'overview' });
    expect(parseRoute('#/task/abc')).toEqual({ view: 'task' });
    expect(parseRoute('#/unit/x?asOf=yesterday')).toEqual({ view: 'unit', unit: 'x' });
    expect(parseRoute('#/unit/%E5%B8%82%ZZ')).toEqual({ view: 'unit', unit: '%E5%B8%82%ZZ' });
  });

  it('writes routes back, keeping Chinese readable and escaping what would break the hash', () => {
    expect(formatRoute({ view: 'unit', unit: '市财政局', asOf: '2021-10-01' })).toBe(
      '#/unit/市财政局?asOf=2021-10-01',
    );
    expect(formatRoute({ view: 'task', task: 26 })).toBe('#/task/26');
    expect(formatRoute({ view: 'overview', lang: 'en' })).toBe('#/?lang=en');
    const odd = { view: 'unit' as const, unit: 'a/b?c#d%e f' };
    expect(parseRoute(formatRoute(odd))).toEqual(odd);
  });

  it('carries the status day and language to the next view', () => {
    const from = { view: 'task' as const, task: 26, asOf: '2021-10-01', lang: 'en' as const };
    expect(withRoute(from, { view: 'unit', unit: '市财政局' })).toEqual({
      view: 'unit',
      unit: '市财政局',
      asOf: '2021-10-01',
      lang: 'en',
    });
    expect(withRoute(from, { asOf: undefined })).toEqual({ view: 'task', task: 26, lang: 'en' });
    expect(withRoute(from, { view: 'matrix' })).toEqual({ view: 'matrix', asOf: '2021-10-01', lang: 'en' });
  });

  it('gives today in the local time zone', () => {
    expect(localToday(new Date(2021, 9, 1, 23, 59))).toBe('2021-10-01');
    expect(localToday(new Date(2022, 0, 9))).toBe('2022-01-09');
  });
});
