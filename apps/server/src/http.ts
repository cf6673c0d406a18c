/**
 * HTTP plumbing (HTTP 基础): errors said from core's message catalogue, bodies read with a size
 * limit, JSON answers with safe headers, the viewer's static files with its Content-Security-Policy.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { type ServerMessage, type ServerParamsOf, sayServer } from '@fengong/core';
import { timingHeader } from './timing';

/** An answer other than success: a status and a message of the catalogue. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** An HttpError said from the catalogue. */
export function fail<C extends ServerMessage>(
  status: number,
  code: C,
  params: ServerParamsOf<C>,
  extra: Record<string, unknown> = {},
): HttpError {
  return new HttpError(status, code, sayServer(code, params), extra);
}

export const JSON_LIMIT = 64 * 1024;
export const IMPORT_LIMIT = 8 * 1024 * 1024;

/** The body, refused (413) past `limit` bytes, whether or not Content-Length says so. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw fail(413, 'server-too-large', { limit });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw fail(413, 'server-too-large', { limit });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The body as a JSON object. */
export async function readJson(req: IncomingMessage, limit = JSON_LIMIT): Promise<Record<string, unknown>> {
  const body = await readBody(req, limit);
  if (body.length === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw fail(400, 'server-bad-json', { detail: error instanceof Error ? error.message : String(error) });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw fail(400, 'server-bad-json', { detail: 'expected an object {…}' });
  return value as Record<string, unknown>;
}

const BASE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

/** A JSON answer's text; `<` escaped, so hostile text stays inert even if opened as a page. */
export function jsonText(body: unknown): string {
  return JSON.stringify(body).replace(/</g, '\\u003c');
}

/** The request's `If-None-Match` names `etag` (or is `*`). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}

/** A JSON answer (see {@link jsonText}). */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  sendJsonText(res, status, jsonText(body), headers);
}

/** A JSON answer made by {@link jsonText} beforehand (made once and sent to many: best as bytes). */
export function sendJsonText(
  res: ServerResponse,
  status: number,
  text: string | Uint8Array,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...BASE_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    ...headers,
    ...timingHeader(res),
  });
  res.end(text);
}

export function sendError(res: ServerResponse, error: HttpError, headers: Record<string, string> = {}): void {
  sendJson(
    res,
    error.status,
    { error: { code: error.code, message: error.message, ...error.extra } },
    headers,
  );
}

/** Any other answer (a download). */
export function sendBytes(
  res: ServerResponse,
  type: string,
  body: string | Uint8Array,
  headers: Record<string, string> = {},
): void {
  res.writeHead(200, { ...BASE_HEADERS, 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

/**
 * The viewer's policy when served: its own (apps/web/vite.config.ts), with connections allowed to
 * this server only (`connect-src 'self'`, for the API and its events) instead of none.
 */
export const VIEWER_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Serve static files from `roots` (the server's own pages first, then the viewer's build); unknown
 * paths get the viewer's page. The page's own `<meta>` policy forbids connections, so it is given
 * the served policy instead.
 */
export function staticFiles(roots: readonly string[]): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/';
    }
    let file: string | undefined;
    for (const root of roots) {
      const candidate = path.normalize(path.join(root, pathname));
      if (!candidate.startsWith(root)) continue;
      if (existsSync(candidate) && statSync(candidate).isFile()) {
        file = candidate;
        break;
      }
    }
    const viewer = roots.map((r) => path.join(r, 'index.html')).find((f) => existsSync(f));
    file ??= viewer;
    const headers = { ...BASE_HEADERS, 'content-security-policy': VIEWER_POLICY };
    if (!file) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
      res.end('fengong: the viewer was not built (npm run build)');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    if (file.endsWith('.html')) {
      // The viewer's own policy forbids connections; served, it may reach this server, and the mark
      // tells it to keep its ledger here (apps/web/src/lib/server.ts).
      const html = readFileSync(file, 'utf8').replace(
        /<meta http-equiv="Content-Security-Policy" content="[^"]*" \/>/,
        `<meta http-equiv="Content-Security-Policy" content="${VIEWER_POLICY.replace("; frame-ancestors 'none'", '')}" />\n    <meta name="fengong-server" content="1" />`,
      );
      res.writeHead(200, { ...headers, 'content-type': type, 'cache-control': 'no-cache' });
      res.end(html);
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': type });
    createReadStream(file).pipe(res);
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The sign-in page of the one-time links, its words from core's catalogue (public/signin.js posts the token). */
export function signinPage(): string {
  const m = (
    code:
      | 'server-signin-title'
      | 'server-signin-busy'
      | 'server-signin-incomplete'
      | 'server-signin-done'
      | 'server-signin-enter',
  ) => escapeHtml(sayServer(code, {}));
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <title>${m('server-signin-title')}</title>
    <script src="/signin.js" defer></script>
  </head>
  <body>
    <main>
      <h1>${m('server-signin-title')}</h1>
      <p id="status" role="status" data-incomplete="${m('server-signin-incomplete')}" data-done="${m('server-signin-done')}">${m('server-signin-busy')}</p>
      <p><a href="/">${m('server-signin-enter')}</a></p>
    </main>
  </body>
</html>
`;
}

/** The page's answer: HTML with the viewer's policy. */
export function sendPage(res: ServerResponse, html: string): void {
  res.writeHead(200, {
    ...BASE_HEADERS,
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': VIEWER_POLICY,
  });
  res.end(html);
}
