import { describe, expect, it } from 'vitest';
import { formatRoute, localToday, parseRoute, type Route, withRoute } from './route';

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
    expect(parseRoute('#/overview')).toEqual({ view: 'overview' });
    expect(parseRoute('#/?asOf=2021-10-01')).toEqual({ view: 'overview', asOf: '2021-10-01' });
  });

  it('a bare address is the plan library', () => {
    expect(parseRoute('')).toEqual({ view: 'library' });
    expect(parseRoute('#')).toEqual({ view: 'library' });
    expect(parseRoute('#/')).toEqual({ view: 'library' });
    expect(parseRoute('#/library?lang=en')).toEqual({ view: 'library', lang: 'en' });
  });

  it('reads the plan, the diff’s base plan, the filters and the calendar’s unit', () => {
    expect(
      parseRoute(
        '#/unit/市财政局?plan=0123456789abcdef&asOf=2021-10-01&status=overdue&role=lead&q=财政%20公开',
      ),
    ).toEqual({
      view: 'unit',
      unit: '市财政局',
      plan: '0123456789abcdef',
      asOf: '2021-10-01',
      status: 'overdue',
      role: 'lead',
      q: '财政 公开',
    });
    expect(parseRoute('#/diff?plan=0123456789abcdef&base=builtin')).toEqual({
      view: 'diff',
      plan: '0123456789abcdef',
      base: 'builtin',
    });
    expect(parseRoute('#/calendar?unit=市财政局')).toEqual({ view: 'calendar', unit: '市财政局' });
    expect(parseRoute('#/overview?plan=builtin')).toEqual({ view: 'overview' });
  });

  it('falls back to the overview and ignores what it cannot read', () => {
    expect(parseRoute('#/nonsense/1')).toEqual({
      view: 'overview',
      invalid: [{ name: 'view', value: 'nonsense' }],
    });
    expect(parseRoute('#/task/abc')).toEqual({ view: 'task', invalid: [{ name: 'task', value: 'abc' }] });
    expect(parseRoute('#/unit/x?asOf=yesterday')).toEqual({
      view: 'unit',
      unit: 'x',
      invalid: [{ name: 'asOf', value: 'yesterday' }],
    });
    expect(parseRoute('#/?asOf=2021-02-30&status=late&role=boss&plan=../x')).toEqual({
      view: 'overview',
      invalid: [
        { name: 'asOf', value: '2021-02-30' },
        { name: 'plan', value: '../x' },
        { name: 'status', value: 'late' },
        { name: 'role', value: 'boss' },
      ],
    });
    expect(parseRoute('#/unit/%E5%B8%82%ZZ')).toEqual({ view: 'unit', unit: '%E5%B8%82%ZZ' });
  });

  it('writes routes back, keeping Chinese readable and escaping what would break the hash', () => {
    expect(formatRoute({ view: 'unit', unit: '市财政局', asOf: '2021-10-01' })).toBe(
      '#/unit/市财政局?asOf=2021-10-01',
    );
    expect(formatRoute({ view: 'task', task: 26 })).toBe('#/task/26');
    expect(formatRoute({ view: 'overview', lang: 'en' })).toBe('#/?lang=en');
    expect(formatRoute({ view: 'overview' })).toBe('#/overview');
    expect(formatRoute({ view: 'library' })).toBe('#/library');
    const full = {
      view: 'unit' as const,
      unit: '市财政局',
      plan: '0123456789abcdef',
      status: 'overdue' as const,
      role: 'lead' as const,
      q: '财政 公开&x',
    };
    expect(parseRoute(formatRoute(full))).toEqual(full);
    expect(parseRoute(formatRoute({ view: 'calendar', unit: '市财政局' }))).toEqual({
      view: 'calendar',
      unit: '市财政局',
    });
    const odd = { view: 'unit' as const, unit: 'a/b?c#d%e f' };
    expect(parseRoute(formatRoute(odd))).toEqual(odd);
  });

  it('carries the status day and language to the next view', () => {
    const from: Route = { view: 'task', task: 26, asOf: '2021-10-01', lang: 'en' };
    expect(withRoute(from, { view: 'unit', unit: '市财政局' })).toEqual({
      view: 'unit',
      unit: '市财政局',
      asOf: '2021-10-01',
      lang: 'en',
    });
    expect(withRoute(from, { asOf: undefined })).toEqual({ view: 'task', task: 26, lang: 'en' });
    expect(withRoute(from, { view: 'matrix' })).toEqual({ view: 'matrix', asOf: '2021-10-01', lang: 'en' });
    const filtered = {
      view: 'unit' as const,
      unit: '市财政局',
      plan: '0123456789abcdef',
      status: 'overdue' as const,
    };
    expect(withRoute(filtered, { view: 'task', task: 7 })).toEqual({
      view: 'task',
      task: 7,
      plan: '0123456789abcdef',
    });
    expect(withRoute(filtered, { role: 'lead' })).toMatchObject({ status: 'overdue', role: 'lead' });
    expect(withRoute(filtered, { plan: undefined, view: 'overview' })).toEqual({ view: 'overview' });
  });

  it('gives today in the local time zone', () => {
    expect(localToday(new Date(2021, 9, 1, 23, 59))).toBe('2021-10-01');
    expect(localToday(new Date(2022, 0, 9))).toBe('2022-01-09');
  });
});
