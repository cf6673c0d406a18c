/**
 * Issue 19: the Chinese viewer shows no English sentence. Every view of the built-in plan, in
 * Chinese (the default), is read as the user sees it (`innerText`, closed sections left closed and
 * then opened), and no line holds three English words in a row — what a word left out of the
 * catalogue, or core's English, would show. File formats named as such (CSV, XLSX…) and command lines
 * (`fengong progress import`) are not sentences. Nor does a line show a raw code (`no-single-owner`,
 * `pdfTable`, or any code the page keeps in a `data-code` for support): a clerk reads the code's
 * words, and the English viewer alone shows codes. The same is read of a document's import review
 * and of a file that cannot be opened.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../support/build';
import { gotoView, openSession, type Session } from '../support/page';

const baseUrl = inject('baseUrl');
const AS_OF = '2021-10-01';

/** Three or more English words in a row: a sentence (or most of one) left in English (as the CLI's check). */
const ENGLISH_SENTENCE = /\b[A-Za-z]{2,}(?:[ ,;:'’]+[A-Za-z]{2,}){2,}\b/;
/** Names of file formats, which a download button names as they are. */
const FORMATS = /\b(?:CSV|XLSX|DOCX|PDF|HTML|ICS|JSONL?|YAML|Markdown|MD|Excel|Word|WPS)\b/g;
/** A command line the viewer names (`fengong progress import`), which is not English. */
const COMMANDS = /\bfengong(?: [a-z][a-z-]*)+/g;
/** A file's name or path as the page names it (seeds/zhanjiang-2021/plan.yaml), which is not a code. */
const PATHS = /[\w.-]*[/.][\w./-]*[A-Za-z][\w./-]*/g;
/** A code as the program spells it: lower-case words joined by hyphens (`no-single-owner`) or camelCase (`pdfTable`). */
const RAW_CODE = /\b[a-z]+(?:-[a-z0-9]+)+\b|\b[a-z]+[A-Z][A-Za-z]*\b/;
/** A path of the model where a place belongs (`tasks[0].units`, `meta.issued`), before PATHS hides it. */
const MODEL_PATH =
  /\b[a-z]+(?:\[\d+\])+|\b(?:meta|tasks|units|groups|categories|conventions)\.(?!ya?ml\b|json\b)[a-z]/;

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

/** The lines of the page's text that hold an English sentence or a raw code. */
async function englishLines(): Promise<string[]> {
  const text = await s.page.locator('body').innerText();
  // The codes the page keeps for support (`encoding`, one word, as much as `no-single-owner`).
  const kept = await s.page
    .locator('[data-code]')
    .evaluateAll((all) => [...new Set(all.map((e) => e.getAttribute('data-code') ?? ''))]);
  const isKept = (line: string) => kept.some((code) => code !== '' && new RegExp(`\\b${code}\\b`).test(line));
  return text
    .split('\n')
    .map((line) => line.trim())
    .map((line) =>
      MODEL_PATH.test(line)
        ? line
        : line.replace(FORMATS, '').replace(COMMANDS, 'fengong').replace(PATHS, 'file'),
    )
    .filter(
      (line) => MODEL_PATH.test(line) || ENGLISH_SENTENCE.test(line) || RAW_CODE.test(line) || isKept(line),
    );
}

/** Open every closed section (notices, long lists) of the page. */
async function openAll(): Promise<void> {
  await s.page.locator('details:not([open]) > summary').evaluateAll((all) => {
    for (const summary of all) (summary as HTMLElement).click();
  });
}

const file = (name: string, buffer: Buffer) => ({ name, mimeType: 'text/plain', buffer });

describe('the Chinese viewer shows no English sentence', () => {
  it.each(VIEWS)('%s', async (view) => {
    await gotoView(s.page, baseUrl, `${view}${view.includes('?') ? '&' : '?'}asOf=${AS_OF}`);
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    const closed = await englishLines();
    await openAll();
    expect({ view, lines: [...closed, ...(await englishLines())] }).toEqual({ view, lines: [] });
    expect(s.errors).toEqual([]);
  });

  it('a document’s import review and a file that cannot be opened', async () => {
    const text = await readFile(path.join(repoRoot, 'seeds/000_fc8bcf8b29ea9190.txt'));
    await gotoView(s.page, baseUrl, `#/overview?asOf=${AS_OF}`);
    await s.page.locator('[data-testid="file-input"]').setInputFiles(file('湛府办〔2021〕15号.txt', text));
    const review = s.page.locator('[data-testid="import-review"]');
    await review.waitFor();
    await openAll();
    // The review has notes, each with its code kept for support: the check reads them.
    expect(await review.locator('.diagnostic[data-code]').count()).toBeGreaterThan(0);
    expect(await englishLines()).toEqual([]);

    const broken = Buffer.from('meta:\n  title: 测试方案\n  issued: 2021-13-01\ntasks: 1\n');
    await s.page.locator('[data-testid="file-input"]').setInputFiles(file('broken.yaml', broken));
    const problems = s.page.locator('[data-testid="file-problems"]');
    await problems.waitFor();
    expect(await problems.locator('[data-code]').count()).toBeGreaterThan(0);
    expect(await englishLines()).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  it('and the same views in English do show English (the check can see it)', async () => {
    await gotoView(s.page, baseUrl, `#/overview?asOf=${AS_OF}&lang=en`);
    expect((await englishLines()).length).toBeGreaterThan(0);
  });

  it('and the English task page shows its notice’s code (the check can see codes)', async () => {
    await gotoView(s.page, baseUrl, `#/task/26?asOf=${AS_OF}&lang=en`);
    await s.page.locator('[data-testid="task-notices"] .notice').first().waitFor();
    expect(await englishLines()).toContainEqual(expect.stringContaining('no-single-owner'));
  });
});
