/** The built-in plan, parsed when the viewer is built (seed-plugin.ts). */
declare module 'virtual:fengong-seed' {
  /** The seed files' paths, relative to the repository. */
  export const planFile: string;
  export const registryFile: string;
  export const plan: import('@fengong/core').Plan;
  export const registry: import('@fengong/core').Registry;
}
