/**
 * `npm run score:corpus`: import every corpus plan (as stored and with full-width punctuation) and
 * print how many tasks come out fully right, document by document; `--verbose` lists each wrong
 * field; `--only 72,74` scores only the documents whose names start with those prefixes. The
 * expected tasks are written by hand (packages/core/test/corpus/README.md).
 */
import {
  corpusDocuments,
  corpusFigure,
  type DocumentScore,
  scoreDocument,
} from '../packages/core/test/corpus/score';

const verbose = process.argv.includes('--verbose');
const json = process.argv.includes('--json');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? (process.argv[onlyAt + 1] ?? '').split(',') : undefined;
if (only && process.argv.includes('--write-passing')) {
  console.error('--only 与 --write-passing 不能同时使用：通过记录须覆盖全部文档');
  process.exit(2);
}
const documents = corpusDocuments().filter((d) => !only || only.some((p) => d.name.startsWith(p)));
const scores: DocumentScore[] = [];
for (const doc of documents) {
  for (const variant of ['stored', 'fullWidth'] as const) scores.push(scoreDocument(doc, variant));
}
const figure = corpusFigure(scores);
if (json) {
  console.log(
    JSON.stringify({ figure, scores: scores.map(({ wrong, ...s }) => ({ ...s, wrong: wrong.length })) }),
  );
} else {
  for (const s of scores) {
    console.log(
      `${s.name.padEnd(42)} ${s.variant.padEnd(9)} ${s.plan ? 'plan' : 'NO PLAN'} ${s.right}/${s.tasks}${s.extra.length ? ` extra ${s.extra.join(',')}` : ''}`,
    );
    if (verbose)
      for (const w of s.wrong) {
        console.log(`   task ${w.number}: ${w.fields.join(', ')}`);
        if (w.actual)
          for (const f of w.fields) {
            const key = f === 'missing' ? 'number' : f;
            const a = (w.actual as unknown as Record<string, unknown>)[key];
            const e = (w.expected as unknown as Record<string, unknown>)[key];
            console.log(
              `      expected ${JSON.stringify(f === 'text' ? [w.expected.text, w.expected.end] : e)}`,
            );
            console.log(`      actual   ${JSON.stringify(typeof a === 'string' ? a.slice(0, 160) : a)}`);
          }
      }
  }
  const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)} %`);
  console.log(
    `\ntasks fully right: ${figure.right}/${figure.tasks} (${pct(figure.right, figure.tasks)}); runs giving a valid plan: ${figure.plans}/${figure.runs}`,
  );
}

if (process.argv.includes('--write-passing')) {
  const { writeFileSync } = await import('node:fs');
  const path = await import('node:path');
  const { CORPUS_DIR } = await import('../packages/core/test/corpus/score');
  const out: Record<string, { plan: boolean; right: number[] }> = {};
  for (const s of scores) {
    const wrong = new Set(s.wrong.map((w) => w.number));
    const doc = documents.find((d) => d.name === s.name)!;
    out[`${s.name} ${s.variant}`] = {
      plan: s.plan,
      right: doc.expected.map((e) => e.number).filter((n) => !wrong.has(n)),
    };
  }
  writeFileSync(path.join(CORPUS_DIR, 'passing.json'), `${JSON.stringify(out, null, 1)}\n`);
  console.log('wrote passing.json');
}
