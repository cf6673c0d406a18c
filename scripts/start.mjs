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
  console.error('查看器尚未构建（缺少 apps/web/dist）：请先运行 `npm run build`（the viewer was not built: run `npm run build`）');
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
// A port another program holds is no reason to stop: the next free one is taken and said (PORT
// picks the first one to try).
const first = Number(process.env.PORT ?? 4173);
const tries = 10;
let port = first;
server.on('error', (error) => {
  if (error.code === 'EADDRINUSE' && port < first + tries - 1) {
    port += 1;
    server.listen(port, '127.0.0.1');
    return;
  }
  const busy = error.code === 'EADDRINUSE';
  console.error(
    busy
      ? `端口 ${first}–${port} 均被占用，查看器未能启动：请用 PORT=<端口> npm start 另选端口（ports ${first}–${port} are in use; choose one with PORT=<port>）`
      : `查看器未能启动：${error.message}（the viewer could not start）`,
  );
  process.exit(1);
});
server.on('listening', () => {
  if (port !== first) console.log(`\n端口 ${first} 已被占用，改用 ${port}（port ${first} is in use; using ${port}）`);
  console.log(`\nfengong 查看器 viewer: http://127.0.0.1:${port}/   (Ctrl-C 停止 / to stop)`);
  console.log(
    '命令行 command line: npx fengong tasks seeds/zhanjiang-2021/plan.yaml --unit 市财政局 --role lead' +
      '   (npx fengong --help, npx fengong-report --help)',
  );
});
server.listen(port, '127.0.0.1');
