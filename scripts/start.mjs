#!/usr/bin/env node
// `npm start` (after the build): print the seed plan's summary with the built CLI (through
// bin/fengong.cjs, what `npx fengong` runs), then serve the viewer's static build on 127.0.0.1 and
// print its address and how to run the command line. Ctrl-C stops it.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'apps/cli/bin/fengong.cjs');
const summary = spawnSync(process.execPath, [cli, 'validate', 'seeds/zhanjiang-2021/plan.yaml'], {
  cwd: root,
  stdio: 'inherit',
});
if (summary.status !== 0) process.exit(summary.status ?? 1);

const dist = path.join(root, 'apps/web/dist');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error('the viewer was not built (apps/web/dist is missing): run `npm run build`');
  process.exit(1);
}
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let file = path.normalize(path.join(dist, decodeURIComponent(url.pathname)));
  if (!file.startsWith(dist)) {
    res.writeHead(403).end();
    return;
  }
  if (!existsSync(file) || statSync(file).isDirectory()) file = path.join(dist, 'index.html');
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
const port = Number(process.env.PORT ?? 4173);
server.listen(port, '127.0.0.1', () => {
  console.log(`\nfengong viewer: http://127.0.0.1:${port}/   (Ctrl-C to stop)`);
  console.log(
    'command line: npx fengong tasks seeds/zhanjiang-2021/plan.yaml --unit 市财政局 --role lead' +
      '   (npx fengong --help, npx fengong-report --help)',
  );
});
