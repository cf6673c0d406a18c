/**
 * Run by `check:package` after the build: every entry of the published package required as a
 * CommonJS user would, and each error class has one identity across them — an error thrown through
 * `@fengong/core/node` is `instanceof` the class of `@fengong/core` and of `@fengong/core/queries`.
 * (With a separate bundle per entry, each had its own copy of the classes.)
 */
const assert = require('node:assert/strict');
const { mkdtempSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

const pkg = require('../../package.json');
const entries = Object.keys(pkg.exports).filter((k) => k !== './package.json');
const loaded = Object.fromEntries(
  entries.map((k) => [k, require(path.join('@fengong/core', k === '.' ? '' : k.slice(2)))]),
);

const core = loaded['.'];
const node = loaded['./node'];
const queries = loaded['./queries'];
assert.ok(core && node && queries && loaded['./labels'], 'every entry loads in CommonJS');

// Every class exported by more than one entry is the same class in each.
for (const [entry, exports] of Object.entries(loaded)) {
  for (const [name, value] of Object.entries(exports)) {
    if (typeof value !== 'function' || !/^[A-Z]/.test(name) || !(name in core)) continue;
    assert.equal(value, core[name], `${name} of ${entry} is ${name} of @fengong/core`);
  }
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'fengong-cjs-'));
  const bad = path.join(dir, 'plan.yaml');
  writeFileSync(bad, 'meta:\n  titel: x\n');
  // Thrown by the node entry, caught with the classes of the others.
  const thrown = await node.loadPlanFile(bad).then(
    () => assert.fail('an invalid plan loads'),
    (error) => error,
  );
  assert.ok(thrown instanceof core.FengongInputError, 'node’s FengongInputError is instanceof @fengong/core’s');
  assert.ok(thrown instanceof queries.FengongInputError, 'and instanceof @fengong/core/queries’s');
  const missing = await node.loadPlanFile(path.join(dir, 'none.yaml')).then(
    () => assert.fail('a missing plan loads'),
    (error) => error,
  );
  assert.ok(missing instanceof node.FengongFileError && missing instanceof Error);
  // Thrown by the main entry, caught with the class of the queries entry.
  assert.throws(() => core.parsePlan('meta: [', { fileName: 'x.yaml' }), queries.FengongInputError);
  console.log(`cjs-identity: ${entries.length} entries, one identity per class`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
