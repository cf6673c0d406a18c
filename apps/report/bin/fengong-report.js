#!/usr/bin/env node
// `fengong-report`: what npm links into node_modules/.bin at install time, so it exists before the
// build. It runs the build (dist/bin.js) and nothing else; in a checkout that was not built yet it
// says how to build, exit code 2.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/bin.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const file = fileURLToPath(built);
  process.stderr.write(
    `fengong-report 尚未构建（缺少 ${file}）：请在仓库根目录运行 \`npm run build\`（或 \`npm start\`）。\n` +
      `fengong-report is not built (${file} is missing): run \`npm run build\` (or \`npm start\`) in the repository root.\n`,
  );
  process.exitCode = 2;
}
