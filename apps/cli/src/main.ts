/**
 * The fengong command line: a tiny entry that registers one file per command. Commands import
 * core lazily so `--help` and completion start fast.
 */
import { Command, Option } from 'commander';
import { commands } from './commands';
import { EXIT, reportError } from './errors';
import { setLang } from './i18n';
import { settings } from './settings';

/** Build the program (exported for completion, which walks the command tree). */
export function buildProgram(): Command {
  const program = new Command('fengong')
    .description('分工方案：谁牵头、谁负责、何时完成 — query a division-of-labour plan')
    .version('0.0.0', '-V, --version')
    .addOption(new Option('--lang <lang>', 'message language').choices(['zh', 'en']))
    .option('--debug', 'show stack traces for errors')
    .option('--no-cache', 'read the plan afresh; do not use or write the compiled-plan cache')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .hook('preAction', (cmd) => {
      const { lang, cache } = cmd.opts<{ lang?: 'zh' | 'en'; cache?: boolean }>();
      if (lang) setLang(lang);
      if (cache === false) delete settings.cacheDir;
    });
  for (const register of commands) register(program);
  return program;
}

/** Run the CLI with `argv` (without `node` and the script); resolves to the exit code. */
export async function run(argv: string[], options: { cacheDir?: string } = {}): Promise<number> {
  if (options.cacheDir) settings.cacheDir = options.cacheDir;
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return Number(process.exitCode ?? EXIT.ok);
  } catch (error) {
    return reportError(error, { debug: argv.includes('--debug') });
  }
}
