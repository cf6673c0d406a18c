/** What a run of the CLI was started with, beyond its arguments (set once by `run`). */
export const settings: { cacheDir?: string } = {};
