/**
 * Issue 19: the Chinese viewer shows no English sentence. Every view of the built-in plan, in
 * Chinese (the default), is read as the user sees it (`innerText`, closed sections left closed and
 * then opened), and no line holds three English words in a row — what a word left out of the
 * catalogue, or core's English, would show. File formats named as such (CSV, XLSX…), command lines
 * (`fengong progress import`) and codes (no-single-owner) are not sentences.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gotoView, openSession, type Session } from '../support/page';

const baseUrl = inject('baseUrl');
const AS_OF = '2021-10-01';

/** Three or more English words in a row: a sentence (or most of one) left in English (as the CLI's check). */
const ENGLISH_SENTENCE = /\b[A-Za-z]{2,}(?:[ ,;:'’]+[A-Za-z]{2,}){2,}\b/;
/** Names of file formats, which a download button names as they are. */
const FORMATS = /\b(?:CSV|XLSX|DOCX|PDF|HTML|ICS|JSONL?|YAML|Markdown|MD|Excel|Word|WPS)\b/g;
/** A command line the viewer names (`fengong progress import`), which is not English. */
const COMMANDS = /\bfengong(?: [a-z][a-z-]*)+/g;

const VIEWS = [
  '#/overview',
  '#/unit/市财政局',
  '#/unit/各县（市、区）政府（管委会）',
  '#/task/1',
  '#/task/15',
  '#/task/26',
  '#/matrix',
  '#/calendar',
  '#/calendar?unit=市财政局',
  '#/lookback',
  '#/library',
];

let s: Session;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.browser.close();
});

/** The lines of the page's text that hold an English sentence. */
async function englishLines(): Promise<string[]> {
  const text = await s.page.locator('body').innerText();
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => ENGLISH_SENTENCE.test(line.replace(FORMATS, '').replace(COMMANDS, 'fengong')));
}

describe('the Chinese viewer shows no English sentence', () => {
  it.each(VIEWS)('%s', async (view) => {
    await gotoView(s.page, baseUrl, `${view}${view.includes('?') ? '&' : '?'}asOf=${AS_OF}`);
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    const closed = await englishLines();
    // Open every closed section (notices, long lists) and read again.
    await s.page.locator('details:not([open]) > summary').evaluateAll((all) => {
      for (const summary of all) (summary as HTMLElement).click();
    });
    expect({ view, lines: [...closed, ...(await englishLines())] }).toEqual({ view, lines: [] });
    expect(s.errors).toEqual([]);
  });

  it('and the same views in English do show English (the check can see it)', async () => {
    await gotoView(s.page, baseUrl, `#/overview?asOf=${AS_OF}&lang=en`);
    expect((await englishLines()).length).toBeGreaterThan(0);
  });
});
