import { describe, expect, it } from 'vitest';
import { windowRange } from './windowing';

describe('windowRange', () => {
  it('renders the items in view and a few either side', () => {
    expect(windowRange({ count: 10_000, size: 32, scroll: 3200, viewport: 640, overscan: 5 })).toEqual({
      start: 95,
      end: 125,
      before: 3040,
      after: 316_000,
    });
  });

  it('accounts for a sticky header before the first item', () => {
    expect(windowRange({ count: 100, size: 10, offset: 200, scroll: 0, viewport: 300, overscan: 0 })).toEqual(
      {
        start: 0,
        end: 30,
        before: 0,
        after: 700,
      },
    );
    expect(
      windowRange({ count: 100, size: 10, offset: 200, scroll: 300, viewport: 100, overscan: 0 }).start,
    ).toBe(10);
  });

  it('stays inside the list at both ends and with no items', () => {
    expect(windowRange({ count: 10, size: 32, scroll: 99_999, viewport: 640 })).toMatchObject({
      end: 10,
      after: 0,
    });
    expect(windowRange({ count: 0, size: 32, scroll: 0, viewport: 640 })).toEqual({
      start: 0,
      end: 0,
      before: 0,
      after: 0,
    });
    const r = windowRange({ count: 3, size: 32, scroll: 0, viewport: 0 });
    expect(r.end).toBeGreaterThan(r.start);
  });

  it('keeps the total size whatever the scroll position', () => {
    for (let scroll = 0; scroll < 400_000; scroll += 12_345) {
      const r = windowRange({ count: 10_000, size: 32, scroll, viewport: 700 });
      expect(r.before + (r.end - r.start) * 32 + r.after).toBe(320_000);
      expect(r.end - r.start).toBeLessThanOrEqual(Math.ceil(700 / 32) + 11);
    }
  });
});
