/**
 * The unit registry (单位名录): a unit by any of its names, and a group's members. Indexing, name
 * normalising and suggestions are core's own.
 */
export type { NameSuggestion } from './closest';
export { expandGroup, lookupUnit, type RegistryEntry, type RegistryIndex } from './lookup';
