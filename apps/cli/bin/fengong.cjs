#!/usr/bin/env node
// `fengong`: what npm links into node_modules/.bin at install time, so it exists before the build.
// It runs the build (dist/bin.cjs, the launcher of the CLI's code-cached bundle) and nothing else;
// in a checkout that was not built yet it says how to build, exit code 2.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const built = join(__dirname, '..', 'dist', 'bin.cjs');
if (existsSync(built)) {
  require(built);
} else {
  process.stderr.write(
    `fengong 尚未构建（缺少 ${built}）：请在仓库根目录运行 \`npm run build\`（或 \`npm start\`）。\n` +
      `fengong is not built (${built} is missing): run \`npm run build\` (or \`npm start\`) in the repository root.\n`,
  );
  process.exitCode = 2;
}
