/**
 * `fengong serve invite <plan> <unit>`: a one-time sign-in link for a unit. With a running embedded
 * server, asked of it (one process holds PGlite's directory); otherwise written to the database.
 */
import { findUnit, sayServer } from '@fengong/core';
import { INVITE_DAYS, inviteUnit } from './auth';
import { audit } from './store';
import { loadPlans, registerPlans } from './plans';
import { DEFAULT_PORT, openStore, runningServer, type ServeOptions } from './server';
import path from 'node:path';

export interface InviteOptions extends Pick<ServeOptions, 'db' | 'dataDir' | 'units' | 'publicUrl'> {
  plan: string;
  unit: string;
  name?: string;
}

/** Make the invitation; the sentence to print, with the link. */
export async function createInvite(
  options: InviteOptions,
): Promise<{ link: string; unit: string; plan: string; message: string }> {
  const plans = await loadPlans([options.plan], options.units ? { units: options.units } : {});
  const plan = [...plans.values()][0]!;
  const unit = findUnit(plan.analysis, options.unit);
  const embedded = options.db === undefined || !/^postgres/i.test(options.db);
  const dataDir = path.resolve(
    options.dataDir ?? options.db ?? path.join(path.dirname(path.resolve(options.plan)), '.fengong-server'),
  );
  const running = embedded ? runningServer(dataDir) : undefined;
  let link: string;
  if (running) {
    const res = await fetch(`${running.url}/api/plans/${encodeURIComponent(plan.id)}/invites`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-fengong-local': running.secret },
      body: JSON.stringify({ unit, ...(options.name ? { name: options.name } : {}) }),
    });
    const body = (await res.json()) as { link?: string; error?: { message: string } };
    if (!res.ok || !body.link) throw new Error(body.error?.message ?? `HTTP ${res.status}`);
    link = options.publicUrl
      ? body.link.replace(/^https?:\/\/[^/]+/, options.publicUrl.replace(/\/$/, ''))
      : body.link;
  } else {
    const { db } = await openStore({
      plans: [options.plan],
      ...(options.db ? { db: options.db } : {}),
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    });
    try {
      await registerPlans(db, plans.values());
      const made = await db.transaction(async (tx) => {
        const m = await inviteUnit(tx, {
          plan: plan.id,
          unit,
          ...(options.name ? { name: options.name } : {}),
        });
        await audit(tx, {
          person: 'office',
          action: 'invite',
          plan: plan.id,
          detail: { unit, invited: m.person.id },
        });
        return m;
      });
      link = `${(options.publicUrl ?? `http://127.0.0.1:${DEFAULT_PORT}`).replace(/\/$/, '')}/signin#${made.token}`;
    } finally {
      await db.close();
    }
  }
  return {
    link,
    unit,
    plan: plan.id,
    message: sayServer('server-invite-link', { unit, plan: plan.id, link, days: INVITE_DAYS }),
  };
}
