/**
 * @fengong/core — the typed model of a division-of-labour plan (分工方案), responsibility
 * resolution, deadline rules, importers and queries. Pure and isomorphic.
 */
export { BUILD_ID } from './build';
export * from './deadlines';
export * from './diagnostics';
export * from './import';
export { type LabelLanguage, type LabelMessages, labelMessages, roleNames, statusNames } from './labels';
export * from './progress';
export * from './model/parse';
export * from './model/schema';
export * from './queries';
export * from './registry';
export * from './roles';
export * from './text';
export { type Locale, type MessageCode, type ParamsOf, say as sayMessage } from './messages';
