/**
 * Which build of core is running (构建标识), so that saved readings made by one build are never
 * used by another: the resolver and the deadline reader change between builds.
 */

declare const __FENGONG_BUILD__: string | undefined;

/**
 * The build identifier: the package version and a hash of core's sources, set by the bundler;
 * `'source'` when core runs from its TypeScript sources (tests, `tsx`).
 *
 * @example
 * BUILD_ID; //=> '0.0.0+3f9a1c2e7b6d' (a built package) or 'source'
 */
export const BUILD_ID: string = typeof __FENGONG_BUILD__ === 'string' ? __FENGONG_BUILD__ : 'source';
