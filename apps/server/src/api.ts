/**
 * The JSON API (接口): every endpoint checks who is asking before it reads or writes. Progress is
 * core's: entries are made by `createLedgerEntry`, imports reconciled by `reconcileProgress`, pages
 * judged by `ledgerProgress` — the server adds people, storage and HTTP.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import {
  createLedgerEntry,
  type ExportableReport,
  exportableReports,
  isIsoDate,
  type DayString,
  type LedgerEntry,
  ledgerStateFrom,
  reconcileProgress,
  reminderTasks,
  sayServer,
  serializeLedger,
  summaryReceipts,
} from '@fengong/core';
import {
  canonicalUnit,
  isOffice,
  mayRecord,
  seesEntry,
  seesPlan,
  seesTask,
  seesUnit,
  tasksLed,
} from './access';
import {
  csrfMatches,
  INVITE_DAYS,
  inviteUnit,
  type Person,
  type Session,
  type SessionCache,
  signIn,
  signOut,
  type Throttle,
} from './auth';
import type { GroupCommit } from './commits';
import type { Database } from './db/database';
import type { EventHub, LiveEvent } from './events';
import {
  etagMatches,
  fail,
  HttpError,
  IMPORT_LIMIT,
  jsonText,
  readJson,
  sendBytes,
  sendJson,
  sendJsonText,
} from './http';
import type { LedgerCache } from './ledger-cache';
import type { ServedPlan } from './plans';
import {
  mediaTypes,
  REPORT_FORMATS,
  REPORT_KINDS,
  type RenderedFile,
  type ReportFormat,
  type ReportKind,
  ReportUsageError,
  renderDocx,
  renderReport,
  reportTitles,
  supportsFormat,
} from '@fengong/reports';
import { reminderDocument } from './reminder';
import { timingMark, timingNote, timingSplit, timingStart } from './timing';
import {
  type Act,
  audit,
  auditLog,
  insertAct,
  insertEntries,
  listActs,
  lockPlan,
  planEntries,
} from './store';

export interface ApiContext {
  db: Database;
  plans: ReadonlyMap<string, ServedPlan>;
  hub: EventHub;
  throttle: Throttle;
  /** The address people open, for links. */
  baseUrl: () => string;
  /** Mark cookies `Secure` (behind a TLS reverse proxy). */
  secureCookies: boolean;
  /** Take the client's address from `X-Forwarded-For` (set by the reverse proxy). */
  trustProxy: boolean;
  /**
   * Today (or the day of `at`) in the server's time zone, for entries without a date and pages
   * without `asOf` (the server may read the clock).
   */
  today: (at?: Date) => DayString;
  /** The plans' entries, read incrementally, and the ledger judged by core. */
  ledger: LedgerCache;
  /** Signed-in sessions, kept in memory. */
  sessions: SessionCache;
  /** Entries recorded at the same moment, committed together. */
  commits: GroupCommit;
  /** A secret that lets `fengong serve invite` ask a running server for an invite. */
  localSecret: string;
  /** Tell the other server processes on the same PostgreSQL of an event (LISTEN/NOTIFY). */
  relay?: (event: LiveEvent, task?: number) => void;
}

export const SESSION_COOKIE = 'fengong_session';

interface Request {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  ip: string;
  params: string[];
  session?: Session;
  sessionId?: string;
}

type Handler = (ctx: ApiContext, r: Request) => Promise<void>;

interface Route {
  method: string;
  pattern: RegExp;
  /** Who may call it: anyone (signing in), or a signed-in person. */
  open?: boolean;
  handler: Handler;
}

const PLAN = '([^/]+)';

function cookieOf(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

function sessionCookie(ctx: ApiContext, value: string, maxAge: number): string {
  return `${SESSION_COOKIE}=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${ctx.secureCookies ? '; Secure' : ''}`;
}

const signedIn = (r: Request): Person => r.session!.person;

function planOf(ctx: ApiContext, r: Request): ServedPlan {
  const id = r.params[0]!;
  const plan = ctx.plans.get(id);
  const person = signedIn(r);
  // A plan the person may not open is answered as one that does not exist only for the office.
  if (!plan)
    throw isOffice(person) ? fail(404, 'server-no-plan', { plan: id }) : fail(403, 'server-forbidden', {});
  if (!seesPlan(person, plan)) throw fail(403, 'server-forbidden', {});
  return plan;
}

function officeOnly(r: Request): void {
  if (!isOffice(signedIn(r))) throw fail(403, 'server-forbidden', {});
}

function asOfOf(ctx: ApiContext, r: Request): DayString {
  const v = r.url.searchParams.get('asOf');
  if (v === null) return ctx.today();
  if (!isIsoDate(v)) throw fail(400, 'server-bad-field', { field: 'asOf', detail: 'YYYY-MM-DD' });
  return v;
}

function text(body: Record<string, unknown>, field: string, max = 4000): string | undefined {
  const v = body[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw fail(400, 'server-bad-field', { field, detail: 'expected text' });
  if (v.length > max) throw fail(400, 'server-bad-field', { field, detail: `longer than ${max} characters` });
  return v;
}

/** A download's header: an ASCII name for old clients, the real (Chinese) name for the others. */
function attachment(ascii: string, name: string): string {
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Send an event to this process's open pages whose person may see it. */
export function deliver(ctx: ApiContext, plan: ServedPlan, event: LiveEvent, task?: number): void {
  ctx.hub.publish(event, (person) => {
    if (isOffice(person)) return true;
    if (person.plan !== plan.id || person.unit === undefined) return false;
    if (event.units.includes(person.unit)) return true;
    return task !== undefined && seesTask(person, plan, task);
  });
}

/** A committed write's event: to this process's pages, and to the other server processes' (PostgreSQL). */
function publish(ctx: ApiContext, plan: ServedPlan, event: Omit<LiveEvent, 'plan'>, task?: number): void {
  const full = { ...event, plan: plan.id };
  deliver(ctx, plan, full, task);
  ctx.relay?.(full, task);
}

// ---- sign-in ---------------------------------------------------------------------------------

const signInRoute: Handler = async (ctx, r) => {
  const now = Date.now();
  const wait = ctx.throttle.wait(r.ip, now);
  if (wait > 0) throw fail(429, 'server-throttled', { seconds: wait }, {});
  const body = await readJson(r.req);
  const token = typeof body.token === 'string' ? body.token : '';
  const done = token.length > 0 && token.length < 200 ? await signIn(ctx.db, token) : undefined;
  if (!done) {
    ctx.throttle.fail(r.ip, now);
    await audit(ctx.db, { action: 'sign-in-failed', ip: r.ip });
    throw fail(401, 'server-bad-token', {});
  }
  await audit(ctx.db, { person: done.session.person.id, action: 'sign-in', ip: r.ip });
  sendJson(
    r.res,
    200,
    { person: done.session.person, csrf: done.session.csrf },
    { 'set-cookie': sessionCookie(ctx, done.sessionId, 30 * 24 * 3600) },
  );
};

const meRoute: Handler = async (_ctx, r) => {
  sendJson(r.res, 200, { person: signedIn(r), csrf: r.session!.csrf });
};

const signOutRoute: Handler = async (ctx, r) => {
  await signOut(ctx.db, r.sessionId!);
  ctx.sessions.forget(r.sessionId!);
  await audit(ctx.db, { person: signedIn(r).id, action: 'sign-out', ip: r.ip });
  r.res.writeHead(204, { 'set-cookie': sessionCookie(ctx, '', 0) }).end();
};

// ---- plans and entries -------------------------------------------------------------------------

const plansRoute: Handler = async (ctx, r) => {
  const person = signedIn(r);
  const plans = [...ctx.plans.values()]
    .filter((p) => seesPlan(person, p))
    .map((p) => ({
      id: p.id,
      title: p.title,
      tasks: p.analysis.tasks.length,
      ...(person.unit ? { led: tasksLed(p, person.unit) } : {}),
    }));
  sendJson(r.res, 200, { plans });
};

async function visibleEntries(ctx: ApiContext, r: Request, plan: ServedPlan): Promise<LedgerEntry[]> {
  const person = signedIn(r);
  return (await ctx.ledger.entries(plan.id)).filter((e) => seesEntry(person, plan, e));
}

/**
 * The plan itself (方案) with its unit registry, as the server read them: the served viewer shows
 * this, not the copy built into it, and analyses it with core as it would a file it opened.
 */
const planRoute: Handler = async (ctx, r) => {
  const plan = planOf(ctx, r);
  const { text, etag } = planBody(plan);
  // The same until the server is started again: the browser keeps it, and asks each time whether it
  // changed (no-cache, after the checks above); unchanged, it is answered 304 with no body.
  const headers = { etag, 'cache-control': 'private, no-cache' };
  if (etagMatches(r.req.headers['if-none-match'], etag)) {
    r.res.writeHead(304, headers).end();
    return;
  }
  sendJsonText(r.res, 200, text, headers);
};

/** A plan's answer to `GET …/plan`, made once per plan, with its entity tag. */
const planBodies = new WeakMap<ServedPlan, { text: Buffer; etag: string }>();

function planBody(plan: ServedPlan): { text: Buffer; etag: string } {
  let known = planBodies.get(plan);
  if (!known) {
    const text = Buffer.from(
      jsonText({
        id: plan.id,
        title: plan.title,
        name: path.basename(plan.file),
        ...(plan.registryFile ? { registryName: path.basename(plan.registryFile) } : {}),
        plan: plan.analysis.plan,
        registry: plan.analysis.registry.registry,
      }),
    );
    known = { text, etag: `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"` };
    planBodies.set(plan, known);
  }
  return known;
}

const entriesRoute: Handler = async (ctx, r) => {
  const plan = planOf(ctx, r);
  sendJson(r.res, 200, { plan: plan.id, entries: await visibleEntries(ctx, r, plan) });
};

const exportRoute: Handler = async (ctx, r) => {
  const plan = planOf(ctx, r);
  const entries = await visibleEntries(ctx, r, plan);
  await audit(ctx.db, {
    person: signedIn(r).id,
    action: 'export',
    plan: plan.id,
    detail: { entries: entries.length },
    ip: r.ip,
  });
  sendBytes(r.res, 'application/x-ndjson; charset=utf-8', serializeLedger(entries), {
    'content-disposition': attachment('ledger.jsonl', `${plan.id}.progress.jsonl`),
  });
};

const recordRoute: Handler = async (ctx, r) => {
  const plan = planOf(ctx, r);
  const person = signedIn(r);
  const body = await readJson(r.req);
  timingMark(r.res, 'body');
  const task = body.task;
  if (typeof task !== 'number' || !Number.isInteger(task))
    throw fail(400, 'server-bad-field', { field: 'task', detail: 'expected a task number' });
  const unitGiven = text(body, 'unit', 200) ?? person.unit;
  if (unitGiven === undefined) throw fail(400, 'server-bad-field', { field: 'unit', detail: 'required' });
  const allowed = mayRecord(person, plan, task, unitGiven);
  if ('reason' in allowed) {
    if (allowed.reason === 'no-task') throw fail(404, 'server-no-task', { task: String(task) });
    if (allowed.reason === 'unknown-unit') throw fail(400, 'server-unknown-unit', { unit: unitGiven });
    if (allowed.reason === 'other-unit') throw fail(403, 'server-other-unit', { unit: person.unit ?? '' });
    throw fail(403, 'server-no-role', { task, unit: unitGiven });
  }
  const state = ledgerStateFrom(text(body, 'state', 40) ?? '');
  if (!state)
    throw fail(400, 'server-bad-field', {
      field: 'state',
      detail: 'notStarted inProgress done doneLate cannotComplete',
    });
  const date = text(body, 'date', 10) ?? ctx.today();
  if (!isIsoDate(date)) throw fail(400, 'server-bad-field', { field: 'date', detail: 'YYYY-MM-DD' });
  const given = text(body, 'id', 64);
  const id = given ?? randomUUID();
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(id))
    throw fail(400, 'server-bad-field', { field: 'id', detail: '8–64 letters, digits, - or _' });
  const evidence = body.evidence;
  if (
    evidence !== undefined &&
    (!Array.isArray(evidence) ||
      evidence.length > 20 ||
      evidence.some((e) => typeof e !== 'string' || e.length > 2000))
  )
    throw fail(400, 'server-bad-field', {
      field: 'evidence',
      detail: 'a list of up to 20 links or file names',
    });
  const supersedes = text(body, 'supersedes', 64);
  const optional = (field: 'note' | 'reason' | 'remark') => {
    const v = text(body, field);
    return v !== undefined ? { [field]: v } : {};
  };
  let entry: LedgerEntry;
  try {
    entry = createLedgerEntry(
      {
        plan: plan.id,
        task,
        unit: allowed.unit,
        date,
        state,
        ...optional('note'),
        ...optional('reason'),
        ...optional('remark'),
        ...(evidence ? { evidence: evidence as string[] } : {}),
        author: isOffice(person) ? (text(body, 'author', 200) ?? person.name) : person.name,
        ...(supersedes ? { supersedes } : {}),
        source: 'fengong serve',
      },
      { id, recordedAt: new Date().toISOString() },
    );
  } catch (error) {
    const issue = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
    throw fail(400, 'server-bad-field', {
      field: issue ? issue.path.join('.') : 'entry',
      // The ledger's schema says its rules from the catalogue (missing-reason: “无法完成”须写明原因).
      detail: issue?.message ?? String(error),
    });
  }
  timingMark(r.res, 'check');
  // Committed (with whatever else was recorded at the same moment) before it is acknowledged.
  const outcome = await ctx.commits.record({
    entry,
    person: person.id,
    ip: r.ip,
    newId: given === undefined,
  });
  timingSplit(r.res, 'queue', outcome.waited);
  timingSplit(r.res, 'write', outcome.wrote);
  timingMark(r.res, 'resume');
  timingNote(r.res, 'batch', outcome.batch);
  // Committed: now it is acknowledged, and open pages hear of it.
  if (outcome.created) publish(ctx, plan, { type: 'entry', units: [entry.unit], data: outcome.entry }, task);
  sendJson(r.res, outcome.created ? 201 : 200, { entry: outcome.entry });
};

const importRoute: Handler = async (ctx, r) => {
  const plan = planOf(ctx, r);
  const person = signedIn(r);
  const body = await readJson(r.req, IMPORT_LIMIT);
  const fileName = text(body, 'fileName', 200);
  const content = text(body, 'content', IMPORT_LIMIT);
  if (!fileName || !/\.(xlsx|xlsm|csv|txt|jsonl|ndjson)$/i.test(fileName))
    throw fail(400, 'server-bad-field', { field: 'fileName', detail: '.xlsx .csv .jsonl' });
  if (content === undefined) throw fail(400, 'server-bad-field', { field: 'content', detail: 'base64' });
  const { readProgressFile } = await import('@fengong/reports');
  const batch = await readProgressFile(new Uint8Array(Buffer.from(content, 'base64')), { fileName });
  const correct = body.correct === true;
  // A unit imports its own part only: a ledger file with another unit's entries is refused whole.
  if (
    person.role === 'unit' &&
    batch.kind === 'entries' &&
    batch.entries.some((e) => canonicalUnit(plan, e.unit) !== person.unit)
  )
    throw fail(403, 'server-other-unit', { unit: person.unit ?? '' });
  const result = await ctx.db.transaction(async (tx) => {
    await lockPlan(tx, plan.id);
    const entries = await planEntries(tx, plan.id);
    const reconciled = reconcileProgress(plan.analysis, entries, [batch], {
      date: ctx.today(),
      recordedAt: new Date().toISOString(),
      newId: randomUUID,
      author: person.name,
      ...(person.unit ? { unit: person.unit } : {}),
      ...(correct ? { correct } : {}),
    });
    if (reconciled.errors > 0) {
      const diagnostics = reconciled.batches
        .flatMap((b) => b.diagnostics)
        .filter((d) => d.severity === 'error');
      throw fail(400, 'server-import-errors', { n: reconciled.errors }, { diagnostics });
    }
    // A unit imports its own part only.
    if (person.role === 'unit' && reconciled.entries.some((e) => e.unit !== person.unit))
      throw fail(403, 'server-other-unit', { unit: person.unit ?? '' });
    await insertEntries(tx, reconciled.entries, person.id);
    await audit(tx, {
      person: person.id,
      action: 'import',
      plan: plan.id,
      detail: { file: fileName, added: reconciled.entries.length, conflicts: reconciled.conflicts },
      ip: r.ip,
    });
    return reconciled;
  });
  if (result.entries.length > 0) ctx.ledger.written(plan.id);
  const b = result.batches[0]!;
  if (result.entries.length > 0)
    publish(ctx, plan, {
      type: 'import',
      units: [...new Set(result.entries.map((e) => e.unit))],
      data: { added: result.entries.length },
    });
  sendJson(r.res, result.conflicts > 0 ? 409 : 200, {
    accepted: b.accepted,
    added: result.entries.length,
    unchanged: b.unchanged,
    blank: b.blank,
    conflicts: b.conflicts,
    diagnostics: b.diagnostics,
  });
};

// ---- reports in office formats -------------------------------------------------------------------

/** Core's kinds of report and @fengong/reports' are the same list (a compile-time check). */
type SameKinds = [ReportKind] extends [ExportableReport['kind']]
  ? [ExportableReport['kind']] extends [ReportKind]
    ? true
    : never
  : never;
const sameKinds: SameKinds = true;

/** The reports a person may download, by core's rule (`exportableReports`). */
function reportsFor(plan: ServedPlan, person: Person): ExportableReport[] {
  void sameKinds;
  return exportableReports(plan.analysis, isOffice(person) ? { office: true } : { unit: person.unit! });
}

const reportsRoute: Handler = async (ctx, r) => {
  const plan = planOf(ctx, r);
  sendJson(r.res, 200, {
    plan: plan.id,
    reports: reportsFor(plan, signedIn(r)).map((rep) => ({
      ...rep,
      title: reportTitles[rep.kind],
      // The unit list is one per unit: the office names the unit (`?unit=`).
      perUnit: rep.kind === 'unit',
      formats: REPORT_FORMATS.filter((f) => supportsFormat(rep.kind, f)),
    })),
  });
};

/**
 * One report in an office format (XLSX, DOCX, CSV, ICS, HTML, Markdown), rendered by
 * @fengong/reports from the entries the person may see: `…/reports/<kind>.<format>?unit=&asOf=`,
 * and for the 公文 kinds `issuer` and `documentNumber`.
 */
const reportRoute: Handler = async (ctx, r) => {
  const plan = planOf(ctx, r);
  const person = signedIn(r);
  const [kind, format] = [r.params[1]!, r.params[2]!];
  const bad = (detail: string) => fail(400, 'server-bad-report', { kind, format, detail });
  if (!(REPORT_KINDS as readonly string[]).includes(kind)) throw bad(REPORT_KINDS.join(' '));
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw bad(REPORT_FORMATS.join(' '));
  const given = r.url.searchParams.get('unit');
  const unit = given === null ? (isOffice(person) ? undefined : person.unit) : canonicalUnit(plan, given);
  if (given !== null && unit === undefined) throw fail(404, 'server-unknown-unit', { unit: given });
  const allowed = reportsFor(plan, person).some(
    (rep) => rep.kind === kind && (rep.unit === undefined || rep.unit === unit),
  );
  if (!allowed) throw fail(403, 'server-forbidden', {});
  const query = (name: string) => r.url.searchParams.get(name) ?? undefined;
  const official = { issuer: query('issuer'), documentNumber: query('documentNumber') };
  let file: RenderedFile;
  try {
    file = await renderReport({
      kind: kind as ReportKind,
      format: format as ReportFormat,
      analysis: plan.analysis,
      asOf: asOfOf(ctx, r),
      entries: await visibleEntries(ctx, r, plan),
      ...(unit !== undefined ? { unit } : {}),
      official: Object.fromEntries(Object.entries(official).filter(([, v]) => v)),
      generatedAt: new Date().toISOString(),
    });
  } catch (error) {
    if (error instanceof ReportUsageError) throw bad(error.message);
    throw error;
  }
  await audit(ctx.db, {
    person: person.id,
    action: 'export',
    plan: plan.id,
    detail: { report: file.fileName },
    ip: r.ip,
  });
  sendBytes(r.res, file.mediaType, file.bytes, {
    'content-disposition': attachment(`report.${format}`, file.fileName),
  });
};

// ---- pages -------------------------------------------------------------------------------------

const unitRoute: Handler = async (ctx, r) => {
  const plan = planOf(ctx, r);
  const unit = canonicalUnit(plan, r.params[1]!);
  if (unit === undefined) throw fail(404, 'server-unknown-unit', { unit: r.params[1]! });
  if (!seesUnit(signedIn(r), plan, unit)) throw fail(403, 'server-forbidden', {});
  timingMark(r.res, 'check');
  // The same for everyone who may see it: made (and written as JSON) once per version of the ledger.
  const page = await ctx.ledger.derive(plan, asOfOf(ctx, r), `unit:${unit}`, (entries, progress) => {
    const tasks = plan.analysis.tasks
      .filter((t) => t.resolved.units.some((u) => u.unit === unit))
      .map((t) => ({
        task: t.task.number,
        text: t.task.text,
        deadline: t.task.deadline,
        part: progress.part(t.task.number, unit),
        history: entries.filter((e) => e.task === t.task.number && e.unit === unit),
      }));
    return Buffer.from(
      jsonText({ plan: plan.id, unit, asOf: progress.asOf, tasks, led: tasksLed(plan, unit) }),
    );
  });
  timingMark(r.res, 'page');
  sendJsonText(r.res, 200, page);
};

const taskRoute: Handler = async (ctx, r) => {
  const plan = planOf(ctx, r);
  const task = Number(r.params[1]);
  if (!plan.analysis.byNumber.has(task)) throw fail(404, 'server-no-task', { task: r.params[1]! });
  if (!seesTask(signedIn(r), plan, task)) throw fail(403, 'server-forbidden', {});
  const entries = (await ctx.ledger.entries(plan.id)).filter((e) => e.task === task);
  const progress = await ctx.ledger.progress(plan, asOfOf(ctx, r));
  sendJson(r.res, 200, { plan: plan.id, progress: progress.task(task), entries });
};

const progressRoute: Handler = async (ctx, r) => {
  const plan = planOf(ctx, r);
  officeOnly(r);
  const progress = await ctx.ledger.progress(plan, asOfOf(ctx, r));
  sendJson(r.res, 200, { plan: plan.id, asOf: progress.asOf, tasks: progress.tasks() });
};

/** Who has not reported (未报送): owners with no entry on an unfinished task, lead units without a 汇总报送. */
const unreportedRoute: Handler = async (ctx, r) => {
  const plan = planOf(ctx, r);
  officeOnly(r);
  const progress = await ctx.ledger.progress(plan, asOfOf(ctx, r));
  const byUnit = new Map<string, number[]>();
  for (const t of progress.tasks()) {
    if (t.state === 'done' || t.state === 'doneLate') continue;
    for (const p of t.parts)
      if (p.owner && !p.entry) byUnit.set(p.unit, [...(byUnit.get(p.unit) ?? []), t.task]);
  }
  const receipts = summaryReceipts(plan.analysis, await listActs(ctx.db, 'submissions', plan.id));
  sendJson(r.res, 200, {
    plan: plan.id,
    asOf: progress.asOf,
    units: [...byUnit].map(([unit, tasks]) => ({ unit, tasks })),
    summaries: receipts.filter((s) => !s.latest).map((s) => s.unit),
  });
};

/**
 * The 汇总报送 received (汇总报送收取情况): every lead unit of the plan, with its latest summary (when,
 * who, its note) or none (未报送) — core's `summaryReceipts` over the summaries recorded.
 */
const receiptsRoute: Handler = async (ctx, r) => {
  const plan = planOf(ctx, r);
  officeOnly(r);
  const receipts = summaryReceipts(plan.analysis, await listActs(ctx.db, 'submissions', plan.id));
  sendJson(r.res, 200, { plan: plan.id, receipts });
};

// ---- acts: 汇总报送, 催办, invitations ------------------------------------------------------------

const submitRoute: Handler = async (ctx, r) => {
  const plan = planOf(ctx, r);
  const person = signedIn(r);
  if (person.role !== 'unit' || person.unit === undefined) throw fail(403, 'server-forbidden', {});
  const tasks = tasksLed(plan, person.unit);
  if (tasks.length === 0) throw fail(403, 'server-not-lead', { unit: person.unit });
  const body = await readJson(r.req);
  const note = text(body, 'note');
  const act = await ctx.db.transaction(async (tx) => {
    const saved = await insertAct(tx, 'submissions', {
      id: randomUUID(),
      plan: plan.id,
      unit: person.unit!,
      person: person.id,
      tasks,
      ...(note ? { note } : {}),
    });
    await audit(tx, {
      person: person.id,
      action: 'submit',
      plan: plan.id,
      detail: { id: saved.id, tasks: tasks.length },
      ip: r.ip,
    });
    return saved;
  });
  const submission = { ...act, author: person.name };
  publish(ctx, plan, { type: 'submission', units: [person.unit], data: submission });
  sendJson(r.res, 201, { submission });
};

const actsRoute =
  (table: 'submissions' | 'reminders', key: string): Handler =>
  async (ctx, r) => {
    const plan = planOf(ctx, r);
    const person = signedIn(r);
    sendJson(r.res, 200, {
      plan: plan.id,
      [key]: await listActs(ctx.db, table, plan.id, isOffice(person) ? undefined : person.unit),
    });
  };

const remindRoute: Handler = async (ctx, r) => {
  const plan = planOf(ctx, r);
  officeOnly(r);
  const body = await readJson(r.req);
  const unit = canonicalUnit(plan, text(body, 'unit', 200) ?? '');
  if (unit === undefined) throw fail(400, 'server-unknown-unit', { unit: String(body.unit ?? '') });
  // The tasks given, or core's default: unreported or overdue today, else all the unit's tasks.
  const tasks = Array.isArray(body.tasks)
    ? body.tasks.filter((t): t is number => typeof t === 'number' && plan.analysis.byNumber.has(t))
    : reminderTasks(await ctx.ledger.progress(plan, ctx.today()), { unit });
  const note = text(body, 'note');
  const issuer = text(body, 'issuer', 200);
  const documentNumber = text(body, 'documentNumber', 200);
  const official =
    issuer || documentNumber
      ? { ...(issuer ? { issuer } : {}), ...(documentNumber ? { documentNumber } : {}) }
      : undefined;
  const person = signedIn(r);
  const act = await ctx.db.transaction(async (tx) => {
    const saved = await insertAct(tx, 'reminders', {
      id: randomUUID(),
      plan: plan.id,
      unit,
      person: person.id,
      tasks,
      ...(note ? { note } : {}),
      ...(official ? { official } : {}),
    });
    await audit(tx, {
      person: person.id,
      action: 'remind',
      plan: plan.id,
      detail: { id: saved.id, unit },
      ip: r.ip,
    });
    return saved;
  });
  publish(ctx, plan, { type: 'reminder', units: [unit], data: act });
  sendJson(r.res, 201, { reminder: act });
};

/** The reminder as a 公文 (DOCX), to download, print and send: where each task stood that day. */
const reminderDocRoute: Handler = async (ctx, r) => {
  const plan = planOf(ctx, r);
  const person = signedIn(r);
  const act = (await listActs(ctx.db, 'reminders', plan.id)).find((a) => a.id === r.params[1]);
  if (!act || (!isOffice(person) && act.unit !== person.unit))
    throw fail(404, 'server-not-found', { path: r.url.pathname });
  const day = ctx.today(new Date(act.at));
  const doc = reminderDocument(plan, act, await ctx.ledger.progress(plan, day), day);
  sendBytes(r.res, mediaTypes.docx, await renderDocx(doc), {
    'content-disposition': attachment('reminder.docx', `催办通知-${act.unit}.docx`),
  });
};

const inviteRoute: Handler = async (ctx, r) => {
  const plan = planOf(ctx, r);
  officeOnly(r);
  const body = await readJson(r.req);
  const unit = canonicalUnit(plan, text(body, 'unit', 200) ?? '');
  if (unit === undefined) throw fail(400, 'server-unknown-unit', { unit: String(body.unit ?? '') });
  const name = text(body, 'name', 200);
  const { person, token } = await ctx.db.transaction(async (tx) => {
    const made = await inviteUnit(tx, { plan: plan.id, unit, ...(name ? { name } : {}) });
    await audit(tx, {
      person: signedIn(r).id,
      action: 'invite',
      plan: plan.id,
      detail: { unit, invited: made.person.id },
      ip: r.ip,
    });
    return made;
  });
  sendJson(r.res, 201, { person, link: `${ctx.baseUrl()}/signin#${token}`, days: INVITE_DAYS });
};

const auditRoute: Handler = async (ctx, r) => {
  officeOnly(r);
  sendJson(r.res, 200, { audit: await auditLog(ctx.db) });
};

const eventsRoute: Handler = async (ctx, r) => {
  ctx.hub.open(signedIn(r), r.res);
};

export const ROUTES: Route[] = [
  { method: 'POST', pattern: /^\/api\/session$/, open: true, handler: signInRoute },
  { method: 'GET', pattern: /^\/api\/session$/, handler: meRoute },
  { method: 'DELETE', pattern: /^\/api\/session$/, handler: signOutRoute },
  { method: 'GET', pattern: /^\/api\/plans$/, handler: plansRoute },
  { method: 'GET', pattern: new RegExp(`^/api/plans/${PLAN}/plan$`), handler: planRoute },
  { method: 'GET', pattern: new RegExp(`^/api/plans/${PLAN}/entries$`), handler: entriesRoute },
  { method: 'POST', pattern: new RegExp(`^/api/plans/${PLAN}/entries$`), handler: recordRoute },
  { method: 'POST', pattern: new RegExp(`^/api/plans/${PLAN}/import$`), handler: importRoute },
  { method: 'GET', pattern: new RegExp(`^/api/plans/${PLAN}/export\\.jsonl$`), handler: exportRoute },
  { method: 'GET', pattern: new RegExp(`^/api/plans/${PLAN}/reports$`), handler: reportsRoute },
  {
    method: 'GET',
    pattern: new RegExp(`^/api/plans/${PLAN}/reports/([a-z-]+)\\.([a-z]+)$`),
    handler: reportRoute,
  },
  { method: 'GET', pattern: new RegExp(`^/api/plans/${PLAN}/units/([^/]+)$`), handler: unitRoute },
  { method: 'GET', pattern: new RegExp(`^/api/plans/${PLAN}/tasks/(\\d+)$`), handler: taskRoute },
  { method: 'GET', pattern: new RegExp(`^/api/plans/${PLAN}/progress$`), handler: progressRoute },
  { method: 'GET', pattern: new RegExp(`^/api/plans/${PLAN}/unreported$`), handler: unreportedRoute },
  { method: 'GET', pattern: new RegExp(`^/api/plans/${PLAN}/summaries$`), handler: receiptsRoute },
  {
    method: 'GET',
    pattern: new RegExp(`^/api/plans/${PLAN}/submissions$`),
    handler: actsRoute('submissions', 'submissions'),
  },
  { method: 'POST', pattern: new RegExp(`^/api/plans/${PLAN}/submissions$`), handler: submitRoute },
  {
    method: 'GET',
    pattern: new RegExp(`^/api/plans/${PLAN}/reminders$`),
    handler: actsRoute('reminders', 'reminders'),
  },
  { method: 'POST', pattern: new RegExp(`^/api/plans/${PLAN}/reminders$`), handler: remindRoute },
  {
    method: 'GET',
    pattern: new RegExp(`^/api/plans/${PLAN}/reminders/([^/]+)/document$`),
    handler: reminderDocRoute,
  },
  { method: 'POST', pattern: new RegExp(`^/api/plans/${PLAN}/invites$`), handler: inviteRoute },
  { method: 'GET', pattern: /^\/api\/audit$/, handler: auditRoute },
  { method: 'GET', pattern: /^\/api\/events$/, handler: eventsRoute },
];

/** A database that cannot be reached (restarting, connection lost): 503, nothing saved. */
export function unavailable(error: unknown): boolean {
  const code = String((error as { code?: unknown }).code ?? '');
  const message = error instanceof Error ? error.message : '';
  return (
    /^(08|57P)/.test(code) ||
    ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code) ||
    /Connection terminated|connection timeout|Client has encountered a connection error/i.test(message)
  );
}

/** Answer one API request: route, sign-in, CSRF and origin checks, then the handler. */
export async function handleApi(
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  timingStart(res);
  const forwarded = req.headers['x-forwarded-for'];
  const ip =
    ctx.trustProxy && typeof forwarded === 'string'
      ? (forwarded.split(',').at(-1)?.trim() ?? '')
      : (req.socket.remoteAddress ?? '');
  try {
    const matching = ROUTES.filter((rt) => rt.pattern.test(url.pathname));
    if (matching.length === 0) throw fail(404, 'server-not-found', { path: url.pathname });
    const route = matching.find((rt) => rt.method === req.method);
    if (!route) throw fail(405, 'server-method', { method: req.method ?? '' });
    const params = route.pattern
      .exec(url.pathname)!
      .slice(1)
      .map((p) => {
        try {
          return decodeURIComponent(p);
        } catch {
          return p;
        }
      });
    const r: Request = { req, res, url, ip, params };
    const writes = req.method !== 'GET';
    // A write from a page of another site: refused whatever the cookie (SameSite=Strict already withholds it).
    const origin = req.headers.origin;
    if (writes && origin !== undefined && origin !== 'null' && new URL(origin).host !== req.headers.host)
      throw fail(403, 'server-csrf', {});
    if (!route.open) {
      const local = req.headers['x-fengong-local'];
      if (typeof local === 'string' && csrfMatches(ctx.localSecret, local)) {
        // `fengong serve invite` on the same machine, with the secret from the data directory.
        r.session = { person: { id: 'office', role: 'office', name: '办公室' }, csrf: ctx.localSecret };
        r.sessionId = '';
      } else {
        const sessionId = cookieOf(req, SESSION_COOKIE);
        const session = sessionId ? await ctx.sessions.get(sessionId) : undefined;
        if (!session) throw fail(401, 'server-signed-out', {});
        r.session = session;
        r.sessionId = sessionId;
        const csrf = req.headers['x-csrf-token'];
        if (writes && !csrfMatches(session.csrf, typeof csrf === 'string' ? csrf : undefined))
          throw fail(403, 'server-csrf', {});
      }
    }
    timingMark(res, 'auth');
    await route.handler(ctx, r);
  } catch (error) {
    if (res.headersSent) {
      res.end();
      return;
    }
    if (error instanceof HttpError) {
      sendJson(
        res,
        error.status,
        { error: { code: error.code, message: error.message, ...error.extra } },
        error.status === 429 ? { 'retry-after': String(error.message.match(/\d+/)?.[0] ?? 60) } : {},
      );
      return;
    }
    if (unavailable(error)) {
      sendJson(
        res,
        503,
        { error: { code: 'server-unavailable', message: sayServer('server-unavailable', {}) } },
        { 'retry-after': '1' },
      );
      return;
    }
    process.stderr.write(
      `fengong serve: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    sendJson(res, 500, { error: { code: 'server-internal', message: sayServer('server-internal', {}) } });
  }
}
