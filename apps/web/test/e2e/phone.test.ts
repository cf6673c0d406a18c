/** At phone width (390×844) no view is wider than the screen: nothing is cut off or needs sideways scrolling. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gotoView, openSession, type Session } from '../support/page';

const baseUrl = inject('baseUrl');
let s: Session;

beforeAll(async () => {
  s = await openSession({ width: 390, height: 844 });
});

afterAll(async () => {
  await s?.browser.close();
});

describe('phone width', () => {
  for (const hash of [
    '#/?asOf=2021-10-01',
    '#/?asOf=2021-10-01&lang=en',
    '#/unit?asOf=2021-10-01',
    '#/unit/市财政局?asOf=2021-10-01',
    '#/task/26?asOf=2021-10-01',
    '#/task/38?asOf=2021-10-01&lang=en',
    '#/matrix?asOf=2021-10-01',
    '#/calendar?asOf=2021-10-01',
  ]) {
    it(`fits ${hash} in the screen's width`, async () => {
      await gotoView(s.page, baseUrl, hash);
      const width = await s.page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
    });
  }

  it('keeps the matrix wide inside its own scrolling box', async () => {
    await gotoView(s.page, baseUrl, '#/matrix');
    await s.page.locator('.group-toggles button[data-group="市直各单位"]').click();
    const box = await s.page
      .locator('.matrix-box')
      .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(box.scroll).toBeGreaterThan(box.client);
    expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
