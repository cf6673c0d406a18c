/**
 * The served viewer's plan (`fengong serve`): once at start, the plans the server holds are listed,
 * the one the address asks for (`?plan=<plan id>`, else the first) is read from the server and kept
 * in the plan library, and the page is sent to it. The server's other plans are only listed (ids and
 * titles): the comparison (方案比对) reads one when it is picked as plan A. Not served: nothing happens.
 */
import { useEffect, useState } from 'react';
import type { Route } from './route';
import { isServed } from './server';
import {
  keepServedPlan,
  type ServedPerson,
  type ServedPlanInfo,
  servedPlans,
  servedSession,
  wantedServedPlan,
} from './served-plans';

export interface ServedPlanState {
  /** Still choosing the plan: the page shows no plan meanwhile (not the built-in one). */
  pending: boolean;
  /** The plans the server holds for the person signed in (none when signed out or not served). */
  plans: readonly ServedPlanInfo[];
  /** The person signed in (a unit's person: its unit), when one is. */
  person?: ServedPerson;
}

const NOT_SERVED: ServedPlanState = { pending: false, plans: [] };

export function useServedPlan(
  hashPlan: string | undefined,
  navigate: (next: Partial<Route>, options?: { replace?: boolean }) => void,
): ServedPlanState {
  const [state, setState] = useState<ServedPlanState>(() =>
    isServed() ? { pending: true, plans: [] } : NOT_SERVED,
  );
  // Once per page: the address's plan is read at start (a chooser's link loads the page again).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the plan of the address at start only
  useEffect(() => {
    if (!isServed()) return;
    let live = true;
    void (async () => {
      const [plans, session] = await Promise.all([servedPlans(), servedSession()]);
      const wanted = wantedServedPlan(window.location.search, plans, hashPlan);
      const now = new Date().toISOString();
      const record = wanted ? await keepServedPlan(wanted, now).catch(() => undefined) : undefined;
      if (!live) return;
      if (record && record.id !== hashPlan) {
        // No view asked for (the bare address): the plan's overview rather than the library.
        const bare = window.location.hash.replace(/^#/, '') === '';
        navigate({ plan: record.id, ...(bare ? { view: 'overview' as const } : {}) }, { replace: true });
      }
      // Only the plan shown is read: another year is read when the comparison picks it (DiffView).
      setState({ pending: false, plans, ...(session ? { person: session.person } : {}) });
    })();
    return () => {
      live = false;
    };
  }, []);
  return state;
}
