/**
 * The unit registry (单位名录): indexing, look-ups, group expansion and name suggestions.
 */
export { type ClosestOptions, closestUnits, type NameSuggestion } from './closest';
export {
  expandGroup,
  groupsOfUnit,
  indexRegistry,
  lookupGroup,
  lookupName,
  lookupUnit,
  type RegistryEntry,
  type RegistryIndex,
  type RegistryLike,
  toRegistryIndex,
} from './lookup';
export { normalizeName } from './normalize';
