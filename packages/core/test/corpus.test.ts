/**
 * The import corpus: real plans, imported as stored and with full-width punctuation, scored
 * against the tasks a person wrote down by reading each document (test/corpus/README.md).
 *
 * Not every task comes out right yet, so the test is a ratchet: `corpus/passing.json` lists, per
 * document and variant, whether it gave a valid plan and which tasks came out fully right; each of
 * those must stay right. When more come out right, grow the list with
 * `npm run score:corpus -- --write-passing`. It names task numbers only: what "right" means is the
 * hand-written expected file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { importPlanFile } from '../src/import';
import {
  CORPUS_DIR,
  CORPUS_FILE_DOCUMENTS,
  corpusDocuments,
  scoreDocument,
  scoreResult,
} from './corpus/score';

const passing = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'passing.json'), 'utf8')) as Record<
  string,
  { plan: boolean; right: number[] }
>;
const documents = corpusDocuments();

test('every plan of the corpus has an expected file, and every expected file a plan', () => {
  expect(documents.length).toBeGreaterThanOrEqual(28);
  expect(Object.keys(passing).sort()).toEqual(
    documents.flatMap((d) => [`${d.name} fullWidth`, `${d.name} stored`]).sort(),
  );
});

describe.each(documents)('$name', (doc) => {
  test.each(['stored', 'fullWidth'] as const)('%s: what came out right stays right', (variant) => {
    const score = scoreDocument(doc, variant);
    const was = passing[`${doc.name} ${variant}`]!;
    if (was.plan) expect(score.plan, 'gives a plan that validates').toBe(true);
    const wrong = new Map(score.wrong.map((w) => [w.number, w.fields]));
    const regressed = was.right.filter((n) => wrong.has(n)).map((n) => ({ task: n, wrong: wrong.get(n) }));
    expect(regressed).toEqual([]);
  });
});

describe.each(documents.filter((d) => CORPUS_FILE_DOCUMENTS.includes(d.name)))(
  '$name as Word and Excel',
  (doc) => {
    const fromText = scoreDocument(doc, 'stored');
    test.each(['docx', 'xlsx'] as const)('the %s file gives the tasks the text gives', async (kind) => {
      const bytes = new Uint8Array(readFileSync(path.join(CORPUS_DIR, 'files', `${doc.name}.${kind}`)));
      const score = scoreResult(doc, kind, await importPlanFile(bytes, { fileName: `${doc.name}.${kind}` }));
      expect(score.plan, 'gives a plan that validates').toBe(true);
      const wrong = (s: { wrong: { number: number; fields: string[] }[] }) =>
        s.wrong.map((w) => ({ task: w.number, wrong: w.fields }));
      expect(wrong(score)).toEqual(wrong(fromText));
      expect(score.extra).toEqual([]);
    });
  },
);
