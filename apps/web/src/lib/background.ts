/**
 * The page's side of opening plans in a Web Worker (lib/open-worker.ts): one worker, started on first
 * use, answering requests in turn. Where a worker cannot start or dies (the offline single file
 * opened from disk, a browser without module workers), the same work runs on the page instead.
 */
import type { PlanAnalysis } from '@fengong/core';
import { type CompiledAnalysis, readInTurns } from './analysis-cache';
import { viewerDatabase } from './ledger-store';
import type { FileInput, LoadedRegistry } from './load';
import type { Opened, OpenStage } from './opening';

export type OpenRequest =
  | { id: number; kind: 'open'; files: FileInput[]; registry: LoadedRegistry | null; now: string }
  | { id: number; kind: 'analyse'; plan: string };

export type OpenResponse =
  | { id: number; kind: 'stage'; stage: OpenStage }
  | { id: number; kind: 'opened'; opened: Opened }
  | { id: number; kind: 'analysis'; analysis: CompiledAnalysis | undefined }
  | { id: number; kind: 'failed'; message: string };

interface Pending {
  resolve: (response: OpenResponse) => void;
  onStage?: (stage: OpenStage) => void;
  request: OpenRequest;
}

let worker: Worker | null | undefined;
let next = 1;
const pending = new Map<number, Pending>();

/** The worker, or `null` where none can run (then the page does the work). */
function theWorker(): Worker | null {
  if (worker !== undefined) return worker;
  // The offline file is one classic script opened from disk: no module worker can load there.
  worker = null;
  if (import.meta.env.MODE === 'offline' || typeof Worker === 'undefined') return null;
  try {
    worker = new Worker(new URL('./open-worker.ts', import.meta.url), {
      type: 'module',
      name: 'fengong-open',
    });
  } catch {
    return null;
  }
  worker.onmessage = (event: MessageEvent<OpenResponse>) => {
    const waiting = pending.get(event.data.id);
    if (!waiting) return;
    if (event.data.kind === 'stage') waiting.onStage?.(event.data.stage);
    else {
      pending.delete(event.data.id);
      waiting.resolve(event.data);
    }
  };
  // A worker that cannot load (or dies): what it was asked is done on the page, and so is what follows.
  worker.onerror = (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    const left = [...pending.values()];
    pending.clear();
    for (const p of left) void onPage(p.request, p.onStage).then(p.resolve);
  };
  return worker;
}

async function onPage(request: OpenRequest, onStage?: (stage: OpenStage) => void): Promise<OpenResponse> {
  const { analysisOfKept, openAndKeep } = await import('./opening');
  try {
    if (request.kind === 'open') {
      const { opened, saved } = await openAndKeep(request.files, request.registry, request.now, onStage);
      await saved;
      return { id: request.id, kind: 'opened', opened };
    }
    return { id: request.id, kind: 'analysis', analysis: await analysisOfKept(request.plan) };
  } catch (error) {
    return {
      id: request.id,
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

async function ask(request: OpenRequest, onStage?: (stage: OpenStage) => void): Promise<OpenResponse> {
  // Without IndexedDB the library is the page's memory, which a worker cannot reach: the page does it all.
  const w = (await viewerDatabase()) ? theWorker() : null;
  if (!w) return onPage(request, onStage);
  return new Promise((resolve) => {
    pending.set(request.id, { resolve, request, ...(onStage ? { onStage } : {}) });
    // Only the files' bytes move to the worker (transferred, not copied); the page keeps nothing of them.
    const transfer = request.kind === 'open' ? request.files.map((f) => f.bytes.buffer) : [];
    w.postMessage(request, transfer as Transferable[]);
  });
}

function settled(response: OpenResponse): OpenResponse {
  if (response.kind === 'failed') throw new Error(response.message);
  return response;
}

/** The analysis the worker saved, read on the page a part at a time. */
const read = async (compiled: CompiledAnalysis | undefined) => compiled && readInTurns(compiled);

/**
 * Open files as lib/opening.ts's openAndKeep does, in the worker; `onStage` hears how far it has got.
 */
export async function openInBackground(
  files: FileInput[],
  registry: LoadedRegistry | null,
  now: string,
  onStage?: (stage: OpenStage) => void,
): Promise<Omit<Opened, 'analysis'> & { analysis?: PlanAnalysis | undefined }> {
  const response = settled(await ask({ id: next++, kind: 'open', files, registry, now }, onStage));
  if (response.kind !== 'opened') throw new Error(`unexpected answer: ${response.kind}`);
  return { ...response.opened, analysis: await read(response.opened.analysis) };
}

/** core's analysis of a library plan (saved beside it, or made now and saved), in the worker. */
export async function analysisInBackground(plan: string): Promise<PlanAnalysis | undefined> {
  const response = settled(await ask({ id: next++, kind: 'analyse', plan }));
  if (response.kind !== 'analysis') throw new Error(`unexpected answer: ${response.kind}`);
  return read(response.analysis);
}
