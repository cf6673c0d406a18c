/** Reading conventions (解读约定) with their defaults filled in (internal). */
import { CONVENTION_DEFAULTS } from '../model/plain';
import type { Conventions, ConventionsInput } from '../model/schema';

// The schema's own defaults (model/plain.ts), without loading zod.
const DEFAULTS: Conventions = CONVENTION_DEFAULTS;

/**
 * Conventions with every field present. Cheap, because status is computed for many days and tasks: a
 * full zod parse per call would dominate.
 */
export function resolveConventions(input: ConventionsInput | undefined): Conventions {
  if (input === undefined) return DEFAULTS;
  return {
    ...DEFAULTS,
    ...definedOnly(input),
    dueSoonDays: { ...DEFAULTS.dueSoonDays, ...definedOnly(input.dueSoonDays ?? {}) },
  } as Conventions;
}

/** Drop keys whose value is `undefined`, so that they do not override a default when spread. */
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
