/** The built-in plan, parsed when the viewer is built (seed-plugin.ts). */
declare module 'virtual:fengong-seed' {
  /** The seed files' paths, relative to the repository. */
  export const planFile: string;
  export const registryFile: string;
  /** core's analysis of the seed plan with its registry, packed (src/lib/packed.ts). */
  export const packedAnalysis: string;
}
