import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { entry } from '../progress/__fixtures__/entries';
import { serializeLedger, serializeLedgerEntry } from '../progress/jsonl';
import { JsonlLedgerStore, ledgerFileFor, openLedger } from './ledger-store';

const dir = () => mkdtempSync(path.join(tmpdir(), 'fengong-ledger-'));
const some = (n: number, task = 7) =>
  Array.from({ length: n }, (_, i) =>
    entry({ task, unit: '市财政局', date: '2021-10-01', state: 'inProgress', note: `第${i}次` }),
  );

describe('JsonlLedgerStore', () => {
  test('the default ledger sits beside the plan, named after it', () => {
    expect(ledgerFileFor('seeds/zhanjiang-2021/plan.yaml')).toBe('seeds/zhanjiang-2021/plan.progress.jsonl');
    expect(ledgerFileFor('/x/计划.json')).toBe('/x/计划.progress.jsonl');
    expect(ledgerFileFor('plan')).toBe('plan.progress.jsonl');
    expect(openLedger('a/plan.yaml', 'b/other.jsonl').file).toBe('b/other.jsonl');
    expect(openLedger('a/plan.yaml').file).toBe('a/plan.progress.jsonl');
  });

  test('a missing ledger is empty; appends are read back in order', async () => {
    const store = new JsonlLedgerStore(path.join(dir(), 'plan.progress.jsonl'));
    expect(await store.readAll()).toEqual({ entries: [], lines: [], diagnostics: [] });
    const [a, b, c] = some(3);
    expect(await store.append([a!])).toEqual({ appended: 1, diagnostics: [] });
    await store.append([b!, c!]);
    expect((await store.readAll()).entries).toEqual([a, b, c]);
    expect(readFileSync(store.file, 'utf8')).toBe(serializeLedger([a!, b!, c!]));
  });

  test('appends running at once lose nothing and never interleave', async () => {
    const store = new JsonlLedgerStore(path.join(dir(), 'l.jsonl'));
    const entries = some(200);
    await Promise.all(entries.map((e) => new JsonlLedgerStore(store.file).append([e])));
    const read = await store.readAll();
    expect(read.diagnostics).toEqual([]);
    expect(new Set(read.entries.map((e) => e.id))).toEqual(new Set(entries.map((e) => e.id)));
  });

  test('an invalid entry is refused before anything is written', async () => {
    const store = new JsonlLedgerStore(path.join(dir(), 'l.jsonl'));
    const bad = { ...some(1)[0]!, state: 'finished' } as never;
    await expect(store.append([some(1)[0]!, bad])).rejects.toThrow();
    expect((await store.readAll()).entries).toEqual([]);
  });

  test('the beginning of a line left by a crash: ignored with a warning, at the end and once the next append follows it', async () => {
    const store = new JsonlLedgerStore(path.join(dir(), 'l.jsonl'));
    const [a, b, c] = some(3);
    const torn = serializeLedgerEntry(b!).slice(0, 40);
    writeFileSync(store.file, serializeLedgerEntry(a!) + torn);
    const read = await store.readAll();
    expect(read.entries).toEqual([a]);
    expect(read.diagnostics.map((d) => d.code)).toEqual(['ledger-partial-line']);

    // Appending never rewrites or cuts the file: the next line simply follows the unfinished one.
    expect(await store.append([c!])).toEqual({ appended: 1, diagnostics: [] });
    expect(readFileSync(store.file, 'utf8')).toBe(
      `${serializeLedgerEntry(a!)}${torn}${serializeLedgerEntry(c!)}`,
    );
    const after = await store.readAll();
    expect(after.entries).toEqual([a, c]);
    expect(after.lines).toEqual([1, 2]);
    expect(after.diagnostics.map((d) => [d.code, d.start?.line])).toEqual([['ledger-interrupted-write', 2]]);
    // The writer of the unfinished entry retries it later: it is there once.
    await store.append([b!]);
    expect((await store.readAll()).entries).toEqual([a, c, b]);
  });

  test('a complete last entry that only lacks its newline is kept when the next append follows it', async () => {
    const store = new JsonlLedgerStore(path.join(dir(), 'l.jsonl'));
    const [a, b] = some(2);
    writeFileSync(store.file, serializeLedgerEntry(a!).trimEnd());
    expect((await store.readAll()).entries).toEqual([a]);
    await store.append([b!]);
    const read = await store.readAll();
    expect(read.entries).toEqual([a, b]);
    expect(read.diagnostics.map((d) => d.code)).toEqual(['ledger-interrupted-write']);
  });

  test('a file that cannot be written is a clear error', async () => {
    const store = new JsonlLedgerStore(path.join(dir(), 'missing-dir', 'l.jsonl'));
    const error = await store.append(some(1)).then(
      () => undefined,
      (e: unknown) => e as { describe: (locale: 'zh-CN' | 'en') => string; message: string },
    );
    expect(error?.message).toMatch(/l\.jsonl：无法写入台账（ENOENT）/);
    expect(error?.describe('en')).toMatch(/l\.jsonl: cannot write the ledger \(ENOENT\)/);
  });

  test('a damaged line inside the ledger is an error naming it', async () => {
    const store = new JsonlLedgerStore(path.join(dir(), 'l.jsonl'));
    const [a, b] = some(2);
    writeFileSync(store.file, `${serializeLedgerEntry(a!)}garbage\n${serializeLedgerEntry(b!)}`);
    await expect(store.readAll()).rejects.toThrow(/l\.jsonl:2:1: 错误\[ledger-json\] 第 2 行不是有效的 JSON 行/);
  });
});
