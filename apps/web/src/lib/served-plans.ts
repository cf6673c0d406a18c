/**
 * The plans of `fengong serve` (服务器上的方案), for the viewer it serves: which plans (years,
 * issuers) the server holds for the person signed in, which one the address asks for
 * (`?plan=<plan id>`), and the server's copy of a plan kept in the browser's plan library, so that
 * the viewer shows the plan the server records against (not its built-in copy) and can compare it
 * with the server's other years.
 */
import type { Plan, Registry } from '@fengong/core';
import { type LibraryPlan, libraryRecord, libraryStore, planHash } from './library';

/** A plan the server holds, as `GET /api/plans` lists it. */
export interface ServedPlanInfo {
  /** The plan id (文号, else title): the id its ledger entries carry. */
  id: string;
  title: string;
  tasks: number;
  /** For a unit's person: the tasks its unit leads in this plan. */
  led?: number[];
}

/** The person signed in, as `GET /api/session` answers. */
export interface ServedPerson {
  id: string;
  role: 'office' | 'unit';
  name: string;
  /** A unit's person: the unit (its canonical name) and the plan it was invited to. */
  unit?: string;
  plan?: string;
}

/** The person signed in and the session's CSRF token, or `undefined` when signed out. */
export async function servedSession(base = ''): Promise<{ person: ServedPerson; csrf: string } | undefined> {
  const res = await fetch(`${base}/api/session`, { credentials: 'same-origin' }).catch(() => undefined);
  if (!res?.ok) return undefined;
  return (await res.json()) as { person: ServedPerson; csrf: string };
}

const listed = new Map<string, Promise<ServedPlanInfo[]>>();

/**
 * The plans the server holds for the person signed in, asked once it answers; none when signed out
 * (asked again next time).
 */
export function servedPlans(base = ''): Promise<ServedPlanInfo[]> {
  const known = listed.get(base);
  if (known) return known;
  const asked = fetch(`${base}/api/plans`, { credentials: 'same-origin' })
    .then(async (res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return ((await res.json()) as { plans: ServedPlanInfo[] }).plans;
    })
    .catch(() => {
      listed.delete(base);
      return [];
    });
  listed.set(base, asked);
  return asked;
}

/**
 * The served plan to show: the one `?plan=<id>` names when the server holds it; else, unless the
 * hash already names a plan of the library, the first the server holds (the order it was started
 * with); `undefined` to leave the page as it is.
 *
 * @example
 * wantedServedPlan('?plan=2022', [{ id: '2021', … }, { id: '2022', … }], undefined); //=> '2022'
 * wantedServedPlan('', [{ id: '2021', … }, { id: '2022', … }], undefined); //=> '2021'
 * wantedServedPlan('', [{ id: '2021', … }], '3f9a0c1d52e4b7a8'); //=> undefined
 */
export function wantedServedPlan(
  search: string,
  held: readonly Pick<ServedPlanInfo, 'id'>[],
  hashPlan: string | undefined,
): string | undefined {
  const asked = new URLSearchParams(search).get('plan');
  if (asked !== null && held.some((p) => p.id === asked)) return asked;
  if (hashPlan !== undefined) return undefined;
  return held[0]?.id;
}

/** The server's copy of a plan, with its registry (`GET /api/plans/<plan>/plan`). */
interface ServedPlanBody {
  id: string;
  name: string;
  registryName?: string;
  plan: Plan;
  registry: Registry;
}

/**
 * Read a plan from the server and keep it in the plan library (under its content hash, as a plan
 * opened from a file is kept): the record, or `undefined` when the server does not give it.
 */
export async function keepServedPlan(id: string, now: string, base = ''): Promise<LibraryPlan | undefined> {
  const res = await fetch(`${base}/api/plans/${encodeURIComponent(id)}/plan`, { credentials: 'same-origin' });
  if (!res.ok) return undefined;
  const body = (await res.json()) as ServedPlanBody;
  const store = await libraryStore();
  const record = libraryRecord(
    body.plan,
    body.name,
    { registry: body.registry, name: body.registryName ?? '', builtIn: false },
    now,
    await store.get(planHash(body.plan)),
  );
  await store.put(record);
  return record;
}
