/**
 * core's plan and registry parsers, loaded by {@link readStructured} when a file is opened: with
 * them, the YAML parsers stay out of the viewer's first screen.
 */
export { safeParsePlan, safeParseRegistry } from '@fengong/core';
