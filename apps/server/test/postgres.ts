/**
 * A throwaway PostgreSQL for the tests (Debian's `postgresql` package): `initdb` into a temporary
 * directory, a random port on 127.0.0.1, stopped and removed at the end. As root, the server runs as
 * the `postgres` user (PostgreSQL refuses to run as root).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TestPostgres {
  url: string;
  port: number;
  dir: string;
  /** Stop (immediately, as a crash) and start again on the same port. */
  restart(): void;
  stop(): void;
}

function binDir(): string {
  const base = '/usr/lib/postgresql';
  const found = (existsSync(base) ? readdirSync(base) : [])
    .map((v) => path.join(base, v, 'bin'))
    .filter((d) => existsSync(path.join(d, 'initdb')))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (found.length === 0)
    throw new Error('PostgreSQL is not installed: run scripts/ensure-system-packages.sh postgres');
  return found.at(-1)!;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export async function startPostgres(): Promise<TestPostgres> {
  const bin = binDir();
  const dir = mkdtempSync(path.join(tmpdir(), 'fengong-pg-'));
  const data = path.join(dir, 'data');
  const root = process.getuid?.() === 0;
  const uid = root ? Number(execFileSync('id', ['-u', 'postgres']).toString().trim()) : undefined;
  const gid = root ? Number(execFileSync('id', ['-g', 'postgres']).toString().trim()) : undefined;
  if (root) {
    chownSync(dir, uid!, gid!);
    chmodSync(dir, 0o700);
  }
  const run = (cmd: string, args: string[]) => {
    const argv = root
      ? ['runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args]]
      : [path.join(bin, cmd), args];
    const r = spawnSync(argv[0] as string, argv[1] as string[], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr}${r.stdout}`);
  };
  run('initdb', ['-D', data, '-U', 'fengong', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  const start = () =>
    run('pg_ctl', [
      '-D',
      data,
      '-l',
      path.join(dir, 'log'),
      '-w',
      '-t',
      '120',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`,
      'start',
    ]);
  start();
  let running = true;
  return {
    url: `postgres://fengong@127.0.0.1:${port}/postgres`,
    port,
    dir,
    restart() {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      start();
    },
    stop() {
      if (running) {
        running = false;
        try {
          run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
    },
  };
}

/** A fresh database on the test server, for one suite. */
export async function freshDatabase(pg: TestPostgres, name: string): Promise<string> {
  const { default: pgLib } = await import('pg');
  const client = new pgLib.Client({ connectionString: pg.url });
  await client.connect();
  await client.query(`create database "${name}"`);
  await client.end();
  return pg.url.replace(/\/postgres$/, `/${name}`);
}
