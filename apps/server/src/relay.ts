/**
 * Live events across server processes (跨进程实时更新): several `fengong serve` processes on one
 * PostgreSQL each hold their own open pages, so a write committed through one is announced to the
 * others with PostgreSQL's NOTIFY, and each delivers it to its own pages by the same visibility rule.
 * A notification carries at most 8,000 bytes: an entry too long to fit is sent by its id and read
 * back from the database by the process that hears it.
 */
import { randomUUID } from 'node:crypto';
import { type ApiContext, deliver } from './api';
import type { LiveEvent } from './events';
import { entriesById } from './store';

export const EVENTS_CHANNEL = 'fengong_events';
const LIMIT = 7900;

interface Relayed {
  /** The process that sent it: it has delivered it already. */
  origin: string;
  event: LiveEvent;
  task?: number;
  /** The entry is sent by its id only. */
  byId?: string;
}

/**
 * Start relaying: this process's events go out through NOTIFY, the others' come in and reach this
 * process's pages. Resolves with a function that stops listening; nothing on the embedded engine.
 */
export async function startRelay(ctx: ApiContext): Promise<(() => Promise<void>) | undefined> {
  const { db } = ctx;
  if (!db.listen) return undefined;
  const origin = randomUUID();
  const stop = await db.listen(EVENTS_CHANNEL, (payload) => {
    void (async () => {
      const message = JSON.parse(payload) as Relayed;
      if (message.origin === origin) return;
      const plan = ctx.plans.get(message.event.plan);
      if (!plan) return;
      let { event } = message;
      if (message.byId !== undefined) {
        const entry = (await entriesById(db, [message.byId])).get(message.byId);
        if (!entry) return;
        event = { ...event, data: entry };
      }
      // The other process's write committed there: what this process caches is stale.
      ctx.ledger.written(plan.id);
      deliver(ctx, plan, event, message.task);
    })().catch(() => {});
  });
  ctx.relay = (event, task) => {
    let payload = JSON.stringify({
      origin,
      event,
      ...(task !== undefined ? { task } : {}),
    } satisfies Relayed);
    if (Buffer.byteLength(payload) > LIMIT) {
      const id = String((event.data as { id?: unknown }).id ?? '');
      payload = JSON.stringify({
        origin,
        event: { ...event, data: { id } },
        ...(task !== undefined ? { task } : {}),
        ...(event.type === 'entry' ? { byId: id } : {}),
      } satisfies Relayed);
    }
    // After the commit; a notification lost while the database restarts costs a live update, not data.
    db.query('select pg_notify($1, $2)', [EVENTS_CHANNEL, payload]).catch(() => {});
  };
  return stop;
}
