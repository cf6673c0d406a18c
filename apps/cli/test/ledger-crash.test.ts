/**
 * The ledger under crashes and concurrency. Four processes append 250 entries each to one ledger
 * through the real store (`JsonlLedgerStore`), one entry per append; one of them is killed with SIGKILL
 * at random moments and restarted to finish its share. A worker prints `ack <id>` only after an append
 * resolved (written with one O_APPEND write and fsynced). At the end every acknowledged entry is in the
 * ledger exactly once, nothing is lost or doubled, and the ledger opens cleanly (what a kill mid-write
 * can leave — the beginning of an unacknowledged line — only as a warning). Then several
 * `fengong progress add` at once (the published program, bin/fengong.cjs) lose nothing.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseLedger } from '@fengong/core';
import { JsonlLedgerStore } from '@fengong/core/node';
import { afterAll, describe, expect, test } from 'vitest';
import { publishedBin, repoRoot } from './run';

const dir = mkdtempSync(path.join(tmpdir(), 'fengong-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WORKERS = 4;
const PER_WORKER = 250;
const MAX_KILLS = 6;

/** The worker: resumes after what it already wrote, appends one entry at a time, acknowledges each. */
const WORKER = `
import { JsonlLedgerStore } from ${JSON.stringify(pathToFileURL(path.join(repoRoot, 'packages/core/src/node/index.ts')).href)};
import { createLedgerEntry } from ${JSON.stringify(pathToFileURL(path.join(repoRoot, 'packages/core/src/index.ts')).href)};

const [file, worker, count] = process.argv.slice(2);
const store = new JsonlLedgerStore(file);
// A killed run may have written an entry it never acknowledged: what is in the ledger is not written again.
const { entries } = await store.readAll();
const present = new Set(entries.map((e) => e.id));
const units = ['市财政局', '市商务局', '市发展改革局', '市市场监管局'];
for (let i = 0; i < Number(count); i++) {
  const id = 'w' + worker + '-' + String(i).padStart(4, '0');
  if (!present.has(id)) {
    const entry = createLedgerEntry(
      { plan: '湛府办〔2021〕15号', task: 3, unit: units[Number(worker) % units.length], date: '2021-10-20',
        state: i % 2 ? 'inProgress' : 'done', note: '第' + i + '次填报：' + 'x'.repeat(i % 97) },
      { id, recordedAt: new Date().toISOString() },
    );
    await store.append([entry]);
  }
  process.stdout.write('ack ' + id + '\\n');
}
`;

interface Run {
  child: ChildProcess;
  exited: Promise<number | null>;
}

function start(script: string, ledger: string, worker: number, acked: Set<string>, onAck: () => void): Run {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@fengong/source', script, ledger, String(worker), String(PER_WORKER)],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let buffer = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    for (const line of lines) {
      if (line.startsWith('ack ')) {
        acked.add(line.slice(4));
        onAck();
      }
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on('close', (code, signal) => {
      if (code !== 0 && signal !== 'SIGKILL')
        process.stderr.write(`worker ${worker} exited ${code}: ${stderr}\n`);
      resolve(signal === 'SIGKILL' ? null : code);
    }),
  );
  return { child, exited };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the ledger file under crashes', () => {
  test(`${WORKERS} processes × ${PER_WORKER} appends, one killed with SIGKILL at random moments and restarted: every acknowledged entry exactly once`, async () => {
    const script = path.join(dir, 'worker.mts');
    writeFileSync(script, WORKER);
    const ledger = path.join(dir, 'plan.progress.jsonl');
    const acked = new Set<string>();
    const steady = Array.from({ length: WORKERS - 1 }, (_, i) =>
      start(script, ledger, i + 1, acked, () => {}),
    );

    // The victim: killed at a random moment after it has acknowledged something new, then restarted.
    let kills = 0;
    const killTimes: number[] = [];
    for (;;) {
      let fresh = 0;
      const run = start(script, ledger, 0, acked, () => {
        fresh++;
      });
      if (kills >= MAX_KILLS) {
        expect(await run.exited).toBe(0);
        break;
      }
      while (fresh === 0) {
        const done = await Promise.race([run.exited.then(() => true), sleep(10).then(() => false)]);
        if (done) break;
      }
      const wait = Math.floor(Math.random() * 300);
      killTimes.push(wait);
      await sleep(wait);
      if (run.child.exitCode === null && run.child.signalCode === null) {
        run.child.kill('SIGKILL');
        kills++;
      }
      const code = await run.exited;
      if (code === 0) break; // it finished before it could be killed
    }
    const codes = await Promise.all(steady.map((r) => r.exited));
    expect(codes).toEqual(Array(WORKERS - 1).fill(0));

    // The ledger opens cleanly: no error. A kill in the middle of a write can leave the beginning of
    // a line (an unacknowledged entry), read as a warning: at most one per kill.
    const store = new JsonlLedgerStore(ledger);
    const read = await store.readAll();
    const crashMarks = ['ledger-partial-line', 'ledger-interrupted-write'];
    expect(
      read.diagnostics.filter((d) => !crashMarks.includes(d.code)),
      `kills after ${killTimes.join(', ')} ms`,
    ).toEqual([]);
    expect(read.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    expect(read.diagnostics.length).toBeLessThanOrEqual(kills);

    // Every acknowledged entry exactly once, in the raw lines too (not only after de-duplication).
    const ids = readFileSync(ledger, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => (JSON.parse(line) as { id: string }).id);
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    const missing = [...acked].filter((id) => !counts.has(id));
    const doubled = [...counts].filter(([, n]) => n > 1).map(([id]) => id);
    expect(missing).toEqual([]);
    expect(doubled).toEqual([]);
    // Everyone finished its share: all 1000 entries, each acknowledged.
    expect(acked.size).toBe(WORKERS * PER_WORKER);
    expect(read.entries).toHaveLength(WORKERS * PER_WORKER);
    expect(kills).toBeGreaterThan(0);
    // Each worker's entries are in its own order.
    for (let w = 0; w < WORKERS; w++) {
      const mine = read.entries.filter((e) => e.id.startsWith(`w${w}-`)).map((e) => e.id);
      expect(mine).toEqual([...mine].sort());
    }
  }, 300_000);

  test('several `fengong progress add` at once lose nothing', async () => {
    const ledger = path.join(dir, 'cli.progress.jsonl');
    const units = [
      '市政府办公室',
      '市政务服务数据管理局',
      '市财政局',
      '市发展改革局',
      '市商务局',
      '市市场监管局',
    ];
    const runs = units.map(
      (unit) =>
        new Promise<number | null>((resolve) => {
          // The published program (a Node start without compiling TypeScript: six at once on two cores).
          const child = spawn(
            process.execPath,
            [
              publishedBin,
              'progress',
              'add',
              'seeds/zhanjiang-2021/plan.yaml',
              '--task',
              '6',
              '--unit',
              unit,
              '--state',
              '推进中',
              '--date',
              '2021-10-20',
              '--ledger',
              ledger,
            ],
            {
              cwd: repoRoot,
              stdio: 'ignore',
              env: { ...process.env, LANG: 'zh_CN.UTF-8', FENGONG_NO_CACHE: '1' },
            },
          );
          child.on('close', resolve);
        }),
    );
    expect(await Promise.all(runs)).toEqual(units.map(() => 0));
    const { entries, diagnostics } = parseLedger(readFileSync(ledger, 'utf8'));
    expect(diagnostics).toEqual([]);
    expect(entries.map((e) => e.unit).sort()).toEqual([...units].sort());
  }, 60_000);
});
