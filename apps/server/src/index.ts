/**
 * @fengong/server — `fengong serve`: one shared place where every unit records its progress and the
 * office sees it live. HTTP, people and storage over core's progress rules; no rules of its own.
 */
export { ROUTES, SESSION_COOKIE } from './api';
export { type Database, openDatabase } from './db/database';
export { migrate, migrations } from './db/migrate';
export { createInvite, type InviteOptions } from './invite';
export { DEFAULT_PORT, defaultDataDir, type RunningServer, type ServeOptions, startServer } from './server';
