/** The CommonJS bundle's entry (dist/cli.cjs), loaded by the launcher (src/launcher.ts). */
export { run } from './main';
