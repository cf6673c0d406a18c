/**
 * `fengong serve`: one shared place where every unit records its progress and the office sees it
 * live (apps/server, loaded only when this command runs). `fengong serve invite` prints a unit's
 * one-time sign-in link.
 */
import type { Command } from 'commander';
import { UsageError } from '../errors';
import { print } from '../io';
import { examples, h } from '../help';

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
  const { sayServer } = await import('@fengong/core');
  if (plans.length === 0) throw new UsageError(sayServer('server-no-plans', {}));
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
      throw new UsageError(sayServer('server-port-taken', { port: port ?? 4180 }));
    throw error;
  });
  print(
    sayServer('server-started', {
      url: server.url,
      plans: server.plans.size,
      engine: server.db.engine === 'pglite' ? 'PGlite' : 'PostgreSQL',
      where: server.db.where,
    }),
  );
  print(sayServer('server-admin-link', { link: server.adminLink, hours: 24 }));
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
    .description(h('cmd-serve'))
    .argument('[plans...]', h('serve-plans'))
    .option('--db <url>', h('serve-db'))
    .option('--data <dir>', h('serve-data'))
    .option('--port <n>', h('serve-port'))
    .option('--host <address>', h('serve-host'))
    .option('--url <address>', h('serve-url'))
    .option('--secure-cookies', h('serve-secure-cookies'))
    .option('--trust-proxy', h('serve-trust-proxy'))
    .option('--units <registry>', h('common-units'))
    .addHelpText(
      'after',
      examples([
        'fengong serve seeds/zhanjiang-2021/plan.yaml',
        'fengong serve plans/2021.yaml plans/2022.yaml --db postgres://fengong@db.internal/fengong',
        'fengong serve invite seeds/zhanjiang-2021/plan.yaml 市财政局',
      ]),
    )
    .action((plans: string[], options: ServeCliOptions) => serve(plans, options));
  cmd
    .command('invite')
    .description(h('cmd-serve-invite'))
    .argument('<plan>', h('common-plan'))
    .argument('<unit>', h('serve-invite-unit'))
    .option('--db <url>', h('serve-invite-db'))
    .option('--data <dir>', h('serve-invite-data'))
    .option('--url <address>', h('serve-invite-url'))
    .option('--name <name>', h('serve-invite-name'))
    .option('--units <registry>', h('common-units'))
    .action((plan: string, unit: string, options: InviteCliOptions) => invite(plan, unit, options));
}
