/**
 * Core's ledger file work — reconciling an imported ledger file, writing the export (.jsonl) — loaded
 * when the clerk imports or exports (lazily, like the reports package): not needed for the first screen.
 */
export { reconcileProgress, serializeLedger } from '@fengong/core';
