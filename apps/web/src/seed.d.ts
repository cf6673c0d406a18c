/** The built-in plan, parsed and analysed when the viewer is built (seed-plugin.ts). */
declare module 'virtual:fengong-seed' {
  /** The seed files' paths, relative to the repository. */
  export const planFile: string;
  export const registryFile: string;
  /** The key core's analysis of the seed was saved under. */
  export const analysisKey: string;
  /** core's analysis of the seed plan with its registry, in core's format (encodeAnalysis), as base64. */
  export const compiledAnalysis: string;
}
