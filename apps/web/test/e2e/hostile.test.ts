/** A hostile plan: markup in its text, units and category is shown as text and never runs. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gotoView, inPlan, openSession, type Session } from '../support/page';

const baseUrl = inject('baseUrl');
let s: Session;

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';
const SVG = '<svg onload="window.__pwned=1"></svg>';

const yamlString = (text: string) => JSON.stringify(text);

const HOSTILE = `meta:
  title: ${yamlString(`方案${SCRIPT}`)}
  issued: "2021-07-01"
  documentNumber: ${yamlString(IMG)}
requirements:
  - number: 1
    text: ${yamlString(`要求${IMG}`)}
    duties:
      - actor: {kind: role, role: lead}
        action: ${yamlString(`报送${SCRIPT}`)}
        recipient: ${yamlString(IMG)}
        deadline: 10月30日前
        scope: ledTasks
categories:
  - name: ${yamlString(`类别${IMG}`)}
tasks:
  - number: 1
    category: ${yamlString(`类别${IMG}`)}
    text: ${yamlString(`任务${SCRIPT}${IMG}`)}
    units: ${yamlString(`${IMG}牵头，${SCRIPT}配合`)}
    deadline: 2021年9月前
  - number: 2
    category: ${yamlString(`类别${IMG}`)}
    text: ${yamlString(`javascript:window.__pwned=1 ${SVG}`)}
    units: ${yamlString(`市财政局牵头，${SVG}配合`)}
    deadline: ${yamlString(`${IMG}前`)}
`;

beforeAll(async () => {
  s = await openSession();
});

afterAll(async () => {
  await s?.browser.close();
});

async function pwned(): Promise<unknown> {
  return s.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

describe('a hostile plan', () => {
  it('shows markup literally on every view and runs none of it', async () => {
    await gotoView(s.page, baseUrl);
    await s.page
      .locator('[data-testid="file-input"]')
      .setInputFiles({ name: 'hostile.yaml', mimeType: 'text/yaml', buffer: Buffer.from(HOSTILE) });
    // The seed's title also has 方案 in it: wait for the hostile plan's own.
    await s.page.locator('[data-testid="plan-title"]', { hasText: SCRIPT }).waitFor();
    expect(await s.page.locator('[data-testid="plan-title"]').textContent()).toBe(`方案${SCRIPT}`);
    expect(await s.page.locator('.category-name').first().textContent()).toBe(`类别${IMG}`);
    expect(await s.page.locator('.task-row-text').first().textContent()).toBe(`任务${SCRIPT}${IMG}`);
    expect(await s.page.locator('.requirements').textContent()).toContain(`报送${SCRIPT}`);

    const views = [
      '#/task/1',
      '#/task/2',
      '#/matrix',
      '#/calendar',
      '#/unit',
      `#/unit/${encodeURIComponent(IMG)}`,
    ];
    const planned = views.map((hash) => inPlan(s.page, hash));
    for (const hash of planned) {
      await gotoView(s.page, baseUrl, hash);
      await s.page.waitForTimeout(50);
    }
    await gotoView(s.page, baseUrl, planned[0]!);
    const cell = await s.page.locator('[data-testid="units-cell"]').textContent();
    expect(cell).toContain(IMG);
    expect(cell).toContain(SCRIPT);

    // Nothing the plan wrote became an element.
    const injected = await s.page.evaluate(() => ({
      imgs: document.querySelectorAll('main img, header img').length,
      svgs: document.querySelectorAll('main svg[onload]').length,
      scripts: [...document.querySelectorAll('script')].filter((e) => e.textContent?.includes('__pwned'))
        .length,
    }));
    expect(injected).toEqual({ imgs: 0, svgs: 0, scripts: 0 });
    expect(await pwned()).toBeUndefined();
    expect(s.errors.filter((e) => !e.includes('Content Security Policy'))).toEqual([]);
  });

  it('does not run markup put into the URL', async () => {
    await gotoView(s.page, baseUrl, `#/unit/${encodeURIComponent(SCRIPT)}?asOf=${encodeURIComponent(IMG)}`);
    expect(await s.page.locator('#view-title').textContent()).toContain(SCRIPT);
    expect(await pwned()).toBeUndefined();
  });
});
