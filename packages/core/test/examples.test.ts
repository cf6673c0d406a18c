/**
 * The `@example` blocks of core's TSDoc are run (doctest): every line of the form
 * `expression; //=> expected` is evaluated with core's exports and the seed plan in scope
 * (`analysis`, `plan`, `registry`, `resolved`, `yamlText`, `registryText`), and must give what it
 * claims.
 *
 * A claim is checked when its example runs in that scope; an example that needs something else
 * (bytes of a file, a ledger of its own) is counted as not run, and the count of checked claims is
 * held to a floor so that the runner cannot quietly stop checking. Claims written loosely (with `…`,
 * or prose after the value) are checked as far as they are exact: a string's beginning, nothing else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { transformSync } from 'esbuild';
import { describe, expect, test } from 'vitest';
import * as core from '../src';
import { analyzePlan, parsePlan, parseRegistry } from '../src';
import * as build from '../src/build';
import * as diagnostics from '../src/diagnostics';
import * as position from '../src/position';
import * as importer from '../src/import/assembly/import';
import * as labels from '../src/labels';
import * as messages from '../src/messages';
import * as compiled from '../src/queries/compiled';
import * as closest from '../src/registry/closest';
import * as rolesPlan from '../src/roles/plan';
import * as deadlinesExplain from '../src/deadlines/explain';
import * as deadlinesNormalise from '../src/deadlines/normalise';
import * as deadlinesStatus from '../src/deadlines/status';
import * as importLimits from '../src/import/sources/limits';
import * as importTableModel from '../src/import/document/table-model';
import * as importTypes from '../src/import/types';
import * as progressCsv from '../src/progress/csv';
import * as progressLookback from '../src/progress/lookback';
import * as progressRules from '../src/progress/rules';
import * as progressStates from '../src/progress/states';
import * as progressStore from '../src/progress/store';
import * as planDiff from '../src/queries/plan-diff';
import * as reportFormat from '../src/queries/report-format';
import * as search from '../src/queries/search';
import * as unitQueries from '../src/queries/unit';
import * as views from '../src/queries/views';
import * as registryLookup from '../src/registry/lookup';
import * as registryNormalize from '../src/registry/normalize';
import * as rolesBracket from '../src/roles/bracket';
import * as rolesConventions from '../src/roles/conventions';
import * as rolesReadCell from '../src/roles/read-cell';
import * as rolesResolve from '../src/roles/resolve';

const root = path.resolve(import.meta.dirname, '..');
const seeds = path.resolve(root, '../../seeds');
const yamlText = readFileSync(path.join(seeds, 'zhanjiang-2021/plan.yaml'), 'utf8');
const plan = parsePlan(yamlText);
const registryText = readFileSync(path.join(seeds, 'zhanjiang/units.yaml'), 'utf8');
const registry = parseRegistry(registryText);
const analysis = analyzePlan(plan, { registry });
const resolved = rolesPlan.resolvePlan(plan, registry);

/**
 * What an example may name: core's exports (all entries but node), the internals documented with
 * examples of their own, and the seed plan.
 */
const scope: Record<string, unknown> = {
  ...build,
  ...diagnostics,
  ...position,
  ...importer,
  ...compiled,
  ...closest,
  ...rolesPlan,
  // Internals that left the entries keep their examples.
  ...deadlinesExplain,
  ...deadlinesNormalise,
  ...deadlinesStatus,
  ...importLimits,
  ...importTableModel,
  ...importTypes,
  ...progressCsv,
  ...progressLookback,
  ...progressRules,
  ...progressStates,
  ...progressStore,
  ...planDiff,
  ...reportFormat,
  ...search,
  ...unitQueries,
  ...views,
  ...registryLookup,
  ...registryNormalize,
  ...rolesBracket,
  ...rolesConventions,
  ...rolesReadCell,
  ...rolesResolve,
  ...core,
  ...labels,
  ...messages,
  analysis,
  plan,
  registry,
  resolved,
  yamlText,
  registryText,
};

interface Example {
  file: string;
  line: number;
  code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === '__fixtures__' || e.name === 'node' ? [] : sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

/** Every `@example` block of a file: its lines without the comment's ` * `. */
function examplesOf(file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example\s*$/.test(lines[i]!)) continue;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      if (/^\s*\*\//.test(l) || /^\s*\*\s*@\w+/.test(l)) break;
      body.push(l.replace(/^\s*\* ?/, ''));
    }
    out.push({ file: path.relative(root, file), line: i + 2, code: body.join('\n') });
    i = j - 1;
  }
  return out;
}

/** A claim: the expression before `//=>` and the value after it, when both can be read. */
interface Claim {
  expression: string;
  expected: unknown;
  /** Only the beginning of a string is claimed (`'…` cut with an ellipsis). */
  prefix: boolean;
  text: string;
}

/** Read what a claim says as a JavaScript value; undefined when it is prose, not a value. */
function readExpected(text: string): { value: unknown; prefix: boolean } | undefined {
  let t = text.trim();
  // A string cut short: '第 7 项任务：…（如 …）' claims its beginning.
  const cut = /^(['"])([^'"]*?)…[^'"]*\1$/.exec(t);
  if (cut) return { value: cut[2], prefix: true };
  if (t.includes('…')) return undefined;
  // Prose after the value: `'overdue'  (逾期)`.
  t = t.replace(/\s{2,}\(.*\)$/, '');
  try {
    const { code } = transformSync(`(${t})`, { loader: 'ts' });
    return { value: new Function(`return ${code.replace(/;\s*$/, '')}`)(), prefix: false };
  } catch {
    return undefined;
  }
}

/**
 * The example as statements, each claim recorded: `__claim(i, expression)` in place of the statement
 * (which may run over several lines: the lines since the last one that ended a statement).
 */
function instrument(code: string): { source: string; claims: Claim[] } {
  const claims: Claim[] = [];
  const out: string[] = [];
  let pending: string[] = [];
  for (const line of code.split('\n')) {
    const m = /^(.*?);?\s*\/\/=>\s*(.+)$/.exec(line);
    if (!m || !m[1]!.trim()) {
      if (line.trim().startsWith('//')) continue;
      pending.push(line);
      if (/[;{}]\s*$/.test(line) || line.trim() === '') {
        out.push(...pending);
        pending = [];
      }
      continue;
    }
    const expression = [...pending, m[1]!].join('\n');
    pending = [];
    const expected = readExpected(m[2]!);
    if (!expected) {
      out.push(`${expression};`);
      continue;
    }
    claims.push({ expression, expected: expected.value, prefix: expected.prefix, text: line });
    out.push(`__claim(${claims.length - 1}, (${expression}));`);
  }
  out.push(...pending);
  return { source: out.join('\n'), claims };
}

/** Compare as JSON would (a Map or a class instance compared by its fields). */
function plain(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

interface Outcome {
  checked: number;
  wrong: string[];
}

async function runExample(example: Example): Promise<Outcome> {
  const { source, claims } = instrument(example.code);
  if (claims.length === 0) return { checked: 0, wrong: [] };
  let js: string;
  try {
    js = transformSync(`(async () => {\n${source}\n})()`, { loader: 'ts' }).code;
  } catch {
    return { checked: 0, wrong: [] };
  }
  const seen = new Map<number, unknown>();
  const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
  const run = new Function('__claim', ...names, `return ${js}`);
  try {
    await run((i: number, value: unknown) => seen.set(i, value), ...names.map((n) => scope[n]));
  } catch {
    // An example needing what the scope has not (or one that throws on purpose after its claims).
  }
  const wrong: string[] = [];
  let checked = 0;
  claims.forEach((claim, i) => {
    if (!seen.has(i)) return;
    checked++;
    const actual = seen.get(i);
    const ok = claim.prefix
      ? typeof actual === 'string' && actual.startsWith(claim.expected as string)
      : isDeepStrictEqual(actual, claim.expected) || isDeepStrictEqual(plain(actual), plain(claim.expected));
    if (!ok)
      wrong.push(
        `${example.file}:${example.line}: ${claim.text.trim()}\n    gives ${JSON.stringify(actual)?.slice(0, 300)}`,
      );
  });
  return { checked, wrong };
}

describe('@example blocks say what the code does', () => {
  const examples = sourceFiles(path.join(root, 'src')).flatMap(examplesOf);

  test('every example that runs with the seed plan in scope gives what it claims', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const example of examples) {
      const outcome = await runExample(example);
      wrong.push(...outcome.wrong);
      checked += outcome.checked;
    }
    expect(examples.length).toBeGreaterThan(300);
    expect(wrong).toEqual([]);
    // The floor: as many claims as were checked when this runner was written (raise it, never lower).
    expect(checked).toBeGreaterThanOrEqual(CHECKED_FLOOR);
  }, 300_000);
});

const CHECKED_FLOOR = 141;
