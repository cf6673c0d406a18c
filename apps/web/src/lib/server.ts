/**
 * The viewer served by `fengong serve` (共享服务): the ledger is the server's, read and written
 * through its API (the session cookie and the CSRF token), and kept current by its server-sent
 * events. `fengong serve` marks the page it serves with `<meta name="fengong-server">`; the static
 * and offline builds have no such mark and never touch the network (their policy forbids it).
 */
import type { BrowserLedgerStore } from './ledger-store';
import { servedPlans } from './served-plans';

/** The page was served by `fengong serve`. */
export function isServed(
  doc: Document | undefined = typeof document === 'undefined' ? undefined : document,
): boolean {
  return doc?.querySelector('meta[name="fengong-server"]') != null;
}

interface ApiError {
  error?: { message?: string };
}

/** A ledger store over the server's API. Nothing is deleted there: `clear` changes nothing. */
export function serverLedgerStore(base = ''): BrowserLedgerStore {
  let csrf: Promise<string | undefined> | undefined;
  const session = () => {
    csrf ??= fetch(`${base}/api/session`, { credentials: 'same-origin' })
      .then(async (res) => (res.ok ? ((await res.json()) as { csrf: string }).csrf : undefined))
      .catch(() => undefined);
    return csrf;
  };
  // The plans this server holds for the person signed in: a plan it does not hold (the built-in
  // example, a file opened in this browser) has no shared ledger, and is not asked for (no 404).
  const plans = async (): Promise<ReadonlySet<string>> => new Set((await servedPlans(base)).map((p) => p.id));
  const planPath = (plan: string) => `${base}/api/plans/${encodeURIComponent(plan)}`;
  return {
    async read(plan) {
      if (!(await plans()).has(plan)) return [];
      const res = await fetch(`${planPath(plan)}/entries`, { credentials: 'same-origin' });
      if (!res.ok) return [];
      const body = (await res.json()) as { entries: unknown[] };
      // core's schema loads only when there are entries to check.
      if (body.entries.length === 0) return [];
      const { validEntries } = await import('./schemas');
      return validEntries(body.entries);
    },
    async append(plan, entries) {
      const token = await session();
      for (const e of entries) {
        const { plan: _plan, recordedAt: _at, source: _source, author: _author, ...fields } = e;
        const res = await fetch(`${planPath(plan)}/entries`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json', ...(token ? { 'x-csrf-token': token } : {}) },
          body: JSON.stringify(fields),
        });
        if (!res.ok) {
          const body = (await res.json().catch(() => ({}))) as ApiError;
          throw new Error(body.error?.message ?? `HTTP ${res.status}`);
        }
      }
    },
    async clear() {},
    subscribe(plan, onChange) {
      const events = new EventSource(`${base}/api/events`, { withCredentials: true });
      const changed = (e: MessageEvent<string>) => {
        try {
          if ((JSON.parse(e.data) as { plan: string }).plan === plan) onChange();
        } catch {}
      };
      events.addEventListener('entry', changed);
      events.addEventListener('import', changed);
      return () => events.close();
    },
  };
}
