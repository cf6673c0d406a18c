/**
 * `fengong serve`: one shared place where every unit records its progress and the office sees it
 * live (apps/server, loaded only when this command runs). `fengong serve invite` prints a unit's
 * one-time sign-in link.
 */
import type { Command } from 'commander';
import { UsageError } from '../errors';
import { print } from '../io';

interface ServeCliOptions {
  db?: string;
  data?: string;
  port?: string;
  host?: string;
  url?: string;
  units?: string;
  secureCookies?: boolean;
  trustProxy?: boolean;
}

function portOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port “${value}”: 0–65535`);
  return port;
}

async function serve(plans: string[], options: ServeCliOptions): Promise<void> {
  const { say } = await import('@fengong/core');
  if (plans.length === 0) throw new UsageError(say('server-no-plans', {}));
  const port = portOption(options.port);
  const { startServer } = await import('@fengong/server');
  const server = await startServer({
    plans,
    ...(options.db !== undefined ? { db: options.db } : {}),
    ...(options.data !== undefined ? { dataDir: options.data } : {}),
    ...(port !== undefined ? { port } : {}),
    ...(options.host !== undefined ? { host: options.host } : {}),
    ...(options.url !== undefined ? { publicUrl: options.url } : {}),
    ...(options.units !== undefined ? { units: options.units } : {}),
    ...(options.secureCookies ? { secureCookies: true } : {}),
    ...(options.trustProxy ? { trustProxy: true } : {}),
  }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new UsageError(say('server-port-taken', { port: port ?? 4180 }));
    throw error;
  });
  print(
    say('server-started', {
      url: server.url,
      plans: server.plans.size,
      engine: server.db.engine === 'pglite' ? 'PGlite' : 'PostgreSQL',
      where: server.db.where,
    }),
  );
  print(say('server-admin-link', { link: server.adminLink, hours: 24 }));
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
}

interface InviteCliOptions {
  db?: string;
  data?: string;
  url?: string;
  units?: string;
  name?: string;
}

async function invite(plan: string, unit: string, options: InviteCliOptions): Promise<void> {
  const { createInvite } = await import('@fengong/server');
  const made = await createInvite({
    plan,
    unit,
    ...(options.db !== undefined ? { db: options.db } : {}),
    ...(options.data !== undefined ? { dataDir: options.data } : {}),
    ...(options.url !== undefined ? { publicUrl: options.url } : {}),
    ...(options.units !== undefined ? { units: options.units } : {}),
    ...(options.name !== undefined ? { name: options.name } : {}),
  });
  print(made.message);
}

export function registerServe(program: Command): void {
  const cmd = program
    .command('serve')
    .description('共享服务：各单位在线填报，办公室实时查看 — serve plans to every unit, live')
    .argument('[plans...]', 'plan files (YAML or JSON); one server holds several plans')
    .option('--db <url>', 'postgres://… (default: the embedded engine in a data directory beside the plans)')
    .option(
      '--data <dir>',
      'the embedded engine’s data directory (default: .fengong-server beside the first plan)',
    )
    .option('--port <n>', 'port (default 4180; 0: any free port)')
    .option('--host <address>', 'address to listen on (default 127.0.0.1; behind a TLS reverse proxy)')
    .option(
      '--url <address>',
      'the address people open, for sign-in links (e.g. https://fengong.example.gov.cn)',
    )
    .option('--secure-cookies', 'mark cookies Secure (when served over https by a reverse proxy)')
    .option('--trust-proxy', 'take the client’s address from X-Forwarded-For (behind a reverse proxy)')
    .option('--units <registry>', 'unit registry (default: the one the plan names)')
    .addHelpText(
      'after',
      `
Examples:
  $ fengong serve seeds/zhanjiang-2021/plan.yaml
  $ fengong serve plans/2021.yaml plans/2022.yaml --db postgres://fengong@db.internal/fengong
  $ fengong serve invite seeds/zhanjiang-2021/plan.yaml 市财政局`,
    )
    .action((plans: string[], options: ServeCliOptions) => serve(plans, options));
  cmd
    .command('invite')
    .description('邀请单位：打印一次性登录链接 — print a unit’s one-time sign-in link')
    .argument('<plan>', 'plan file (YAML or JSON)')
    .argument('<unit>', 'the unit (name, alias or full name)')
    .option('--db <url>', 'postgres://… (default: the embedded engine beside the plan)')
    .option('--data <dir>', 'the embedded engine’s data directory')
    .option('--url <address>', 'the address people open (default: the running server’s)')
    .option('--name <name>', 'the person’s name (填报人; default: the unit’s name)')
    .option('--units <registry>', 'unit registry (default: the one the plan names)')
    .action((plan: string, unit: string, options: InviteCliOptions) => invite(plan, unit, options));
}
