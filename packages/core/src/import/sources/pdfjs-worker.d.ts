/**
 * pdf.js ships its worker module without type declarations: the PDF reader only hands it to pdf.js
 * (as `globalThis.pdfjsWorker`), so that pdf.js runs on the calling thread.
 */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
