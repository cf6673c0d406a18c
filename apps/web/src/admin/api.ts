/**
 * The office page's calls to `fengong serve`: JSON in and out with the session cookie, the CSRF
 * token on writes, and the server's own (Chinese) error message when a call is refused.
 */

export interface Person {
  id: string;
  role: 'office' | 'unit';
  name: string;
  unit?: string;
}

export interface PlanInfo {
  id: string;
  title: string;
  tasks: number;
}

export interface Unreported {
  units: { unit: string; tasks: number[] }[];
  summaries: string[];
}

export interface Reminder {
  id: string;
  unit: string;
  at: string;
  tasks: number[];
}

export interface ReportInfo {
  kind: string;
  title: string;
  perUnit: boolean;
  formats: string[];
}

export class ApiError extends Error {}

let csrf: string | undefined;

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(method !== 'GET' && csrf ? { 'x-csrf-token': csrf } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const answer = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
  if (!res.ok) throw new ApiError(answer.error?.message ?? `HTTP ${res.status}`);
  return answer as T;
}

export const planPath = (plan: string) => `/api/plans/${encodeURIComponent(plan)}`;

export async function whoAmI(): Promise<Person | undefined> {
  try {
    const me = await call<{ person: Person; csrf: string }>('GET', '/api/session');
    csrf = me.csrf;
    return me.person;
  } catch {
    return undefined;
  }
}

export const listPlans = () => call<{ plans: PlanInfo[] }>('GET', '/api/plans').then((b) => b.plans);
export const unreported = (plan: string) => call<Unreported>('GET', `${planPath(plan)}/unreported`);
export const reminders = (plan: string) =>
  call<{ reminders: Reminder[] }>('GET', `${planPath(plan)}/reminders`).then((b) => b.reminders);
export const reports = (plan: string) =>
  call<{ reports: ReportInfo[] }>('GET', `${planPath(plan)}/reports`).then((b) => b.reports);
export const invite = (plan: string, unit: string) =>
  call<{ link: string; days: number; person: Person }>('POST', `${planPath(plan)}/invites`, { unit });
export const remind = (plan: string, unit: string, tasks: number[], documentNumber?: string) =>
  call<{ reminder: Reminder }>('POST', `${planPath(plan)}/reminders`, {
    unit,
    tasks,
    ...(documentNumber ? { documentNumber } : {}),
  }).then((b) => b.reminder);

/** Call `onChange` when the plan's ledger or acts change (the server's live events). */
export function onPlanChange(plan: string, onChange: () => void): () => void {
  const events = new EventSource('/api/events', { withCredentials: true });
  const changed = (e: MessageEvent<string>) => {
    try {
      if ((JSON.parse(e.data) as { plan: string }).plan === plan) onChange();
    } catch {}
  };
  for (const type of ['entry', 'import', 'submission', 'reminder']) events.addEventListener(type, changed);
  return () => events.close();
}
