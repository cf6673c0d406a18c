/**
 * The viewer's state in the URL's hash, so that a view can be linked:
 * `#/unit/市财政局?asOf=2021-10-01`, `#/task/26`, `#/matrix`, `#/calendar`.
 */
import type { Lang } from './i18n';

export type View = 'overview' | 'unit' | 'task' | 'matrix' | 'calendar';

export interface Route {
  view: View;
  /** The unit of the unit view (a name as written, an alias or a full name). */
  unit?: string;
  /** The task number of the task view. */
  task?: number;
  /** The status day; absent means today. */
  asOf?: string;
  /** Absent means Chinese. */
  lang?: Lang;
}

const VIEWS: readonly View[] = ['overview', 'unit', 'task', 'matrix', 'calendar'];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * Read a hash (with or without its leading `#`). Anything unknown falls back to the overview.
 *
 * @example
 * parseRoute('#/unit/%E5%B8%82%E8%B4%A2%E6%94%BF%E5%B1%80?asOf=2021-10-01');
 * //=> { view: 'unit', unit: '市财政局', asOf: '2021-10-01' }
 */
export function parseRoute(hash: string): Route {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const q = raw.indexOf('?');
  const path = q === -1 ? raw : raw.slice(0, q);
  const query = new URLSearchParams(q === -1 ? '' : raw.slice(q + 1));
  const parts = path.split('/').filter((p) => p !== '');
  const head = decode(parts[0] ?? 'overview') as View;
  const route: Route = { view: VIEWS.includes(head) ? head : 'overview' };
  const rest = parts.slice(1).map(decode).join('/').trim();
  if (route.view === 'unit' && rest !== '') route.unit = rest;
  if (route.view === 'task' && /^\d+$/.test(rest)) route.task = Number(rest);
  const asOf = query.get('asOf');
  if (asOf && ISO_DAY.test(asOf)) route.asOf = asOf;
  if (query.get('lang') === 'en') route.lang = 'en';
  return route;
}

/** Percent-encode what would break the hash (`/ ? # % &` and spaces), keep Chinese readable. */
function encodePart(part: string): string {
  return part.replace(/[%/?#&=+\s]/g, (c) => encodeURIComponent(c));
}

/**
 * Write a route as a hash.
 *
 * @example
 * formatRoute({ view: 'unit', unit: '市财政局', asOf: '2021-10-01' }); //=> '#/unit/市财政局?asOf=2021-10-01'
 * formatRoute({ view: 'overview' }); //=> '#/'
 */
export function formatRoute(route: Route): string {
  let path = '/';
  if (route.view === 'unit') path = route.unit ? `/unit/${encodePart(route.unit)}` : '/unit';
  else if (route.view === 'task') path = route.task !== undefined ? `/task/${route.task}` : '/task';
  else if (route.view !== 'overview') path = `/${route.view}`;
  const query: string[] = [];
  if (route.asOf) query.push(`asOf=${route.asOf}`);
  if (route.lang === 'en') query.push('lang=en');
  return `#${path}${query.length ? `?${query.join('&')}` : ''}`;
}

/**
 * A route with some fields changed; the status day and language carry over unless given.
 *
 * @example
 * withRoute({ view: 'task', task: 26, asOf: '2021-10-01' }, { view: 'unit', unit: '市财政局' });
 * //=> { view: 'unit', unit: '市财政局', asOf: '2021-10-01' }
 */
export function withRoute(current: Route, next: Partial<Route> & { view?: View }): Route {
  const view = next.view ?? current.view;
  const route: Route = { view };
  const unit = 'unit' in next ? next.unit : view === current.view ? current.unit : undefined;
  const task = 'task' in next ? next.task : view === current.view ? current.task : undefined;
  if (view === 'unit' && unit) route.unit = unit;
  if (view === 'task' && task !== undefined) route.task = task;
  const asOf = 'asOf' in next ? next.asOf : current.asOf;
  if (asOf) route.asOf = asOf;
  const lang = 'lang' in next ? next.lang : current.lang;
  if (lang === 'en') route.lang = 'en';
  return route;
}

/** Today in the browser's time zone, as YYYY-MM-DD (core never reads the clock; the viewer does). */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
