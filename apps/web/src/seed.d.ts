/** The built-in plan, parsed when the viewer is built (seed-plugin.ts). */
declare module 'virtual:fengong-seed' {
  export const plan: import('@fengong/core').Plan;
  export const registry: import('@fengong/core').Registry;
}
