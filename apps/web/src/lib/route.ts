/**
 * The viewer's state in the URL's hash, so that a view can be linked:
 * `#/unit/市财政局?plan=3f9a0c1d52e4b7a8&asOf=2021-10-01&status=overdue`, `#/task/26`, `#/matrix`,
 * `#/calendar?unit=市财政局`, `#/lookback`, `#/diff?base=…`, and `#/` (or no hash): the plan library.
 */
import type { DayString, DeadlineStatus, Role } from '@fengong/core';
import type { Lang } from './i18n';

export type View = 'library' | 'overview' | 'unit' | 'task' | 'matrix' | 'calendar' | 'lookback' | 'diff';

/** A URL parameter the viewer could not read, kept to be explained on screen. */
export interface InvalidParam {
  name: 'view' | 'task' | 'asOf' | 'status' | 'role' | 'plan' | 'base';
  value: string;
}

export interface Route {
  view: View;
  /** The unit of the unit view (a name as written, an alias or a full name); the calendar's filter. */
  unit?: string;
  /** The task number of the task view. */
  task?: number;
  /** The status day; absent means today. */
  asOf?: DayString;
  /** Absent means Chinese. */
  lang?: Lang;
  /** The plan in use, by its content hash in the library; absent means the built-in plan. */
  plan?: string;
  /** The diff's earlier plan (plan A), by its content hash; `builtin` for the built-in plan. */
  base?: string;
  /** Filters of the unit view and the overview: one status, one role, search words. */
  status?: StatusFilter;
  role?: Role;
  q?: string;
  /** Parameters that could not be read (explained on screen, never silently dropped). */
  invalid?: InvalidParam[];
}

const VIEWS: readonly View[] = [
  'library',
  'overview',
  'unit',
  'task',
  'matrix',
  'calendar',
  'lookback',
  'diff',
];
/** What a list can be filtered by: a deadline status, or 无法完成 (a unit's own report). */
export type StatusFilter = DeadlineStatus | 'cannotComplete';

/** The filters in the order the summaries show them; the first seven are always shown. */
export const FILTER_STATUSES: readonly StatusFilter[] = [
  'overdue',
  'atRisk',
  'dueSoon',
  'pending',
  'ongoing',
  'done',
  'cannotComplete',
  'doneLate',
  'notStarted',
  'awaitingAnchor',
  'unknown',
];
const ROLE_NAMES: readonly Role[] = ['lead', 'responsible', 'supporting', 'supervising'];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const PLAN_ID = /^(?:builtin|[0-9a-f]{16})$/;

/** Whether `day` is a real calendar day written YYYY-MM-DD (2021-02-30 is not). */
export function isCalendarDay(day: string): day is DayString {
  if (!ISO_DAY.test(day)) return false;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * Read a hash (with or without its leading `#`). A bare address (no hash, or `#/` alone) is the plan
 * library; anything unknown falls back to the overview and is listed in `invalid`.
 *
 * @example
 * parseRoute('#/unit/%E5%B8%82%E8%B4%A2%E6%94%BF%E5%B1%80?asOf=2021-10-01');
 * //=> { view: 'unit', unit: '市财政局', asOf: '2021-10-01' }
 */
export function parseRoute(hash: string): Route {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '' || raw === '/') return { view: 'library' };
  const q = raw.indexOf('?');
  const path = q === -1 ? raw : raw.slice(0, q);
  const query = new URLSearchParams(q === -1 ? '' : raw.slice(q + 1));
  const parts = path.split('/').filter((p) => p !== '');
  const invalid: InvalidParam[] = [];
  const head = decode(parts[0] ?? 'overview') as View;
  if (!VIEWS.includes(head)) invalid.push({ name: 'view', value: head });
  const route: Route = { view: VIEWS.includes(head) ? head : 'overview' };
  const rest = parts.slice(1).map(decode).join('/').trim();
  if (route.view === 'unit' && rest !== '') route.unit = rest;
  if (route.view === 'task' && rest !== '') {
    if (/^\d+$/.test(rest)) route.task = Number(rest);
    else invalid.push({ name: 'task', value: rest });
  }
  const calendarUnit = query.get('unit')?.trim();
  if (route.view === 'calendar' && calendarUnit) route.unit = calendarUnit;
  const asOf = query.get('asOf');
  if (asOf !== null) {
    if (isCalendarDay(asOf)) route.asOf = asOf;
    else invalid.push({ name: 'asOf', value: asOf });
  }
  if (query.get('lang') === 'en') route.lang = 'en';
  for (const name of ['plan', 'base'] as const) {
    const value = query.get(name);
    if (value === null) continue;
    if (PLAN_ID.test(value)) route[name] = value;
    else invalid.push({ name, value });
  }
  if (route.plan === 'builtin') delete route.plan;
  const status = query.get('status');
  if (status !== null) {
    if ((FILTER_STATUSES as readonly string[]).includes(status)) route.status = status as StatusFilter;
    else invalid.push({ name: 'status', value: status });
  }
  const role = query.get('role');
  if (role !== null) {
    if ((ROLE_NAMES as readonly string[]).includes(role)) route.role = role as Role;
    else invalid.push({ name: 'role', value: role });
  }
  const words = query.get('q')?.trim();
  if (words) route.q = words;
  if (invalid.length > 0) route.invalid = invalid;
  return route;
}

/** Percent-encode what would break the hash (`/ ? # % &` and spaces), keep Chinese readable. */
function encodePart(part: string): string {
  return part.replace(/[%/?#&=+\s]/g, (c) => encodeURIComponent(c));
}

/**
 * Write a route as a hash. The overview with nothing in its query is `#/overview` (`#/` alone is
 * the library).
 *
 * @example
 * formatRoute({ view: 'unit', unit: '市财政局', asOf: '2021-10-01' }); //=> '#/unit/市财政局?asOf=2021-10-01'
 * formatRoute({ view: 'overview' }); //=> '#/overview'
 */
export function formatRoute(route: Route): string {
  let path = `/${route.view}`;
  if (route.view === 'unit') path = route.unit ? `/unit/${encodePart(route.unit)}` : '/unit';
  else if (route.view === 'task') path = route.task !== undefined ? `/task/${route.task}` : '/task';
  else if (route.view === 'library') path = '/library';
  const query: string[] = [];
  if (route.plan) query.push(`plan=${route.plan}`);
  if (route.base) query.push(`base=${route.base}`);
  if (route.view === 'calendar' && route.unit) query.push(`unit=${encodePart(route.unit)}`);
  if (route.asOf) query.push(`asOf=${route.asOf}`);
  if (route.status) query.push(`status=${route.status}`);
  if (route.role) query.push(`role=${route.role}`);
  if (route.q) query.push(`q=${encodePart(route.q)}`);
  if (route.lang === 'en') query.push('lang=en');
  if (route.view === 'overview' && query.length > 0) path = '/';
  return `#${path}${query.length ? `?${query.join('&')}` : ''}`;
}

/**
 * A route with some fields changed; the plan, status day and language carry over unless given; the
 * unit, task and filters only within the same view.
 *
 * @example
 * withRoute({ view: 'task', task: 26, asOf: '2021-10-01' }, { view: 'unit', unit: '市财政局' });
 * //=> { view: 'unit', unit: '市财政局', asOf: '2021-10-01' }
 */
export function withRoute(current: Route, next: Partial<Route> & { view?: View }): Route {
  const view = next.view ?? current.view;
  const route: Route = { view };
  const same = view === current.view;
  const pick = <K extends Exclude<keyof Route, 'view' | 'invalid'>>(
    key: K,
    carry: boolean,
  ): Route[K] | undefined => (key in next ? (next as Route)[key] : carry ? current[key] : undefined);
  const unit = pick('unit', same);
  const task = pick('task', same);
  if ((view === 'unit' || view === 'calendar') && unit) route.unit = unit;
  if (view === 'task' && task !== undefined) route.task = task;
  const plan = pick('plan', true);
  if (plan && plan !== 'builtin') route.plan = plan;
  const base = pick('base', view === 'diff' && current.view === 'diff');
  if (base) route.base = base;
  const asOf = pick('asOf', true);
  if (asOf) route.asOf = asOf;
  const status = pick('status', same);
  if (status) route.status = status;
  const role = pick('role', same);
  if (role) route.role = role;
  const q = pick('q', same);
  if (q) route.q = q;
  const lang = pick('lang', true);
  if (lang === 'en') route.lang = 'en';
  return route;
}

/** Today in the browser's time zone, as YYYY-MM-DD (core never reads the clock; the viewer does). */
export function localToday(now: Date = new Date()): DayString {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  // A real day by construction.
  return `${y}-${m}-${d}` as DayString;
}
