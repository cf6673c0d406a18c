// The embedded engine's thread (PGlite 的工作线程): PGlite runs PostgreSQL compiled to WebAssembly
// synchronously, so on the server's own thread every query would stop it from reading requests.
// Here it runs beside it: the server sends one statement at a time ({ id, sql, params }) and gets
// back { id, rows } or { id, error }. Transactions are `begin` … `commit` sent by the server, which
// sends nothing else meanwhile (PGlite is one connection); a transaction's first statement comes
// with `begin: true`, so that opening it costs no message of its own (if `begin` fails, the statement
// is not run).
import { mkdirSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

mkdirSync(workerData.dataDir, { recursive: true });
let db;
try {
  db = await PGlite.create(workerData.dataDir);
  parentPort.postMessage({ ready: true });
} catch (error) {
  parentPort.postMessage({ ready: false, error: { message: String(error?.message ?? error) } });
}

parentPort.on('message', async (message) => {
  if (message.close) {
    await db?.close();
    parentPort.postMessage({ id: message.id, rows: [] });
    parentPort.close();
    return;
  }
  try {
    if (message.begin) await db.query('begin');
    const result = await db.query(message.sql, message.params);
    parentPort.postMessage({ id: message.id, rows: result.rows });
  } catch (error) {
    // The error said in plain values: an error answer that could not be posted would be an
    // unhandled rejection, and end this thread.
    const code = typeof error?.code === 'string' ? error.code : undefined;
    parentPort.postMessage({ id: message.id, error: { message: String(error?.message ?? error), code } });
  }
});
