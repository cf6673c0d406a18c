/**
 * The Web Worker that opens plans (lib/opening.ts) off the page's thread: the page sends the files'
 * bytes (transferred) or a library plan's id, and gets back how far it has got, then the result: the
 * analysis in core's saved form (bytes, read on the page by lib/background.ts).
 */
import { analysisOfKept, type OpenStage, openAndKeep } from './opening';
import type { OpenRequest, OpenResponse } from './background';

const reply = (message: OpenResponse) => (self as unknown as Worker).postMessage(message);

self.onmessage = async (event: MessageEvent<OpenRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'open') {
      const { opened, saved } = await openAndKeep(
        request.files,
        request.registry,
        request.now,
        (stage: OpenStage) => reply({ id: request.id, kind: 'stage', stage }),
      );
      // The page has the plan at once; the analysis is written beside it meanwhile (IndexedDB runs a
      // later read of it after this write).
      reply({ id: request.id, kind: 'opened', opened });
      await saved;
    } else {
      reply({ id: request.id, kind: 'analysis', analysis: await analysisOfKept(request.plan) });
    }
  } catch (error) {
    reply({
      id: request.id,
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
