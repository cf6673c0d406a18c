/**
 * Writes the malformed-file corpus (test/fixtures/malformed/) from corpus.ts, so that binary and
 * oddly encoded files are never hand-edited. `--check` only says whether the committed files are
 * current (corpus.test.ts checks the same).
 *
 *   npx tsx packages/core/test/robustness/make-corpus.ts [--check]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS } from './corpus';

export const corpusDir = path.resolve(import.meta.dirname, '../fixtures/malformed');

/** Files that differ from what corpus.ts makes, are missing, or are left over. */
export function staleCorpusFiles(): string[] {
  const stale: string[] = [];
  for (const entry of CORPUS) {
    const file = path.join(corpusDir, entry.file);
    if (!existsSync(file) || !Buffer.from(entry.bytes()).equals(readFileSync(file))) stale.push(entry.file);
  }
  const known = new Set(CORPUS.map((e) => e.file));
  if (existsSync(corpusDir))
    for (const name of readdirSync(corpusDir)) if (!known.has(name)) stale.push(name);
  return stale;
}

function main(): void {
  if (process.argv.includes('--check')) {
    const stale = staleCorpusFiles();
    if (stale.length > 0) {
      console.error(`the malformed corpus is stale (${stale.join(', ')}): run make-corpus.ts`);
      process.exit(1);
    }
    console.log(`the malformed corpus is current (${CORPUS.length} files)`);
    return;
  }
  mkdirSync(corpusDir, { recursive: true });
  const known = new Set(CORPUS.map((e) => e.file));
  for (const name of readdirSync(corpusDir)) if (!known.has(name)) rmSync(path.join(corpusDir, name));
  for (const entry of CORPUS) writeFileSync(path.join(corpusDir, entry.file), entry.bytes());
  console.log(`wrote ${CORPUS.length} files to ${path.relative(process.cwd(), corpusDir)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
