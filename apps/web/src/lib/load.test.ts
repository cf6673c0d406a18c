import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { seedDocumentText, seedPlanText, seedRegistryText } from './__fixtures__/seed';
import { fileKind, isDocumentFile, openFiles, readStructured, sourceExcerpt } from './load';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('opening files', () => {
  it('tells plans, registries and document texts apart', () => {
    expect(fileKind('plan.yaml', seedPlanText)).toBe('plan');
    expect(fileKind('units.yaml', seedRegistryText)).toBe('registry');
    expect(fileKind('plan.json', '{"meta": {}, "tasks": []}')).toBe('plan');
    expect(fileKind('units.json', '{"units": []}')).toBe('registry');
    expect(fileKind('通知.txt', seedDocumentText)).toBe('text');
    expect(fileKind('通知', seedDocumentText)).toBe('text');
    expect(fileKind('broken.yaml', 'meta: [')).toBe('plan');
  });

  it('reads a plan and its registry opened together', async () => {
    const result = await openFiles([
      { name: 'plan.yaml', bytes: bytes(seedPlanText) },
      { name: 'units.yaml', bytes: bytes(seedRegistryText) },
    ]);
    expect(result.problems).toEqual([]);
    expect(result.plan?.plan.tasks).toHaveLength(50);
    expect(result.registry?.registry.groups).toHaveLength(3);
  });

  it('gives diagnostics with line and column for an invalid plan', async () => {
    const result = await readStructured(
      'bad.yaml',
      'meta:\n  title: x\n  issued: 2021-02-30\ncategories: []\ntasks: []\n',
    );
    expect(result.plan).toBeUndefined();
    const [first] = result.problems[0]!.diagnostics;
    expect(first).toMatchObject({ code: 'invalid-date', file: 'bad.yaml', start: { line: 3, column: 11 } });
  });

  it('reports a file that is not UTF-8', async () => {
    const result = await openFiles([{ name: 'gbk.yaml', bytes: new Uint8Array([0x61, 0x0a, 0xb2, 0xe2]) }]);
    expect(result.problems[0]?.diagnostics[0]).toMatchObject({
      code: 'encoding',
      start: { line: 2, column: 1 },
    });
  });

  it('imports a document’s text with core’s importer, keeping its review notes', async () => {
    const result = await openFiles([{ name: 'seed.txt', bytes: bytes(seedDocumentText) }]);
    expect(result.problems).toEqual([]);
    expect(result.plan?.plan.tasks).toHaveLength(50);
    expect(result.plan?.imported?.result.layout).toBe('pdfTable');
    expect(result.plan?.imported?.result.diagnostics.length).toBeGreaterThan(0);
  });

  it('reports a text with no table as a problem', async () => {
    const result = await openFiles([{ name: 'note.txt', bytes: bytes('这不是方案。') }]);
    expect(result.plan).toBeUndefined();
    expect(result.problems[0]?.diagnostics.map((d) => d.code)).toContain('no-table');
  });

  it('quotes the line a diagnostic points at', () => {
    expect(sourceExcerpt('a: 1\nb: [\n', 2, 4)).toEqual({ line: 2, text: 'b: [', caret: 3 });
    expect(sourceExcerpt('a', 5, 1)).toBeUndefined();
  });
});

describe('opening a plan’s own document (Word, Excel, PDF)', () => {
  const fixture = (name: string) =>
    new Uint8Array(
      readFileSync(
        fileURLToPath(new URL(`../../../../packages/core/test/fixtures/files/${name}`, import.meta.url)),
      ),
    );
  // The seed as the viewer's own parser reads it.
  const seedTasks = parsePlan(seedPlanText).tasks;

  it.each(['zhanjiang-2021.docx', 'zhanjiang-2021.xlsx', 'zhanjiang-2021.pdf'])(
    '%s gives back the seed plan’s 50 tasks, with the review of the import',
    async (name) => {
      const result = await openFiles([{ name, bytes: fixture(name) }]);
      expect(result.problems).toEqual([]);
      const plan = result.plan!;
      expect(plan.imported?.text).toContain('市财政局');
      expect(plan.plan.tasks.map((t) => [t.number, t.text, t.deadline])).toEqual(
        seedTasks.map((t) => [t.number, t.text, t.deadline]),
      );
    },
    60_000,
  );

  it('a document is recognised by its signature when its name does not say', async () => {
    expect(isDocumentFile('下载文件', fixture('zhanjiang-2021.pdf'))).toBe(true);
    expect(isDocumentFile('下载文件', fixture('zhanjiang-2021.docx'))).toBe(true);
    expect(isDocumentFile('plan.yaml', bytes(seedPlanText))).toBe(false);
  });

  it('an old binary .doc is refused with the importer’s message, not a crash', async () => {
    const result = await openFiles([{ name: 'business-2022.doc', bytes: fixture('business-2022.doc') }]);
    expect(result.plan).toBeUndefined();
    expect(result.problems[0]?.file).toBe('business-2022.doc');
    expect(result.problems[0]?.diagnostics[0]?.message).toMatch(/LibreOffice|\.docx/);
  });
});
