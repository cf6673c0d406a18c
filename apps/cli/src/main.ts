/**
 * The fengong command line: a tiny entry that registers one file per command. Commands import
 * core lazily so `--help` and completion start fast.
 */
import { Command, Option } from 'commander';
import { commands } from './commands';
import { EXIT, reportError } from './errors';
import { h, helpConfiguration, sayUsageError } from './help';
import { langOption, setLang } from './i18n';
import { settings } from './settings';

/** Build the program (exported for completion, which walks the command tree). */
export function buildProgram(): Command {
  const program = new Command('fengong')
    // Help and usage errors in the user's language; subcommands inherit these settings.
    .configureHelp(helpConfiguration())
    .helpOption('-h, --help', h('program-help'))
    .helpCommand(`help ${h('word-command')}`, h('program-help-command'))
    .description(h('cmd-program'))
    .version('0.0.0', '-V, --version', h('program-version'))
    .addOption(new Option('--lang <lang>', h('program-lang')).choices(['zh', 'en']))
    .option('--debug', h('program-debug'))
    .option('--no-cache', h('program-no-cache'))
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(sayUsageError(s)),
    })
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
  // The help is written when the program is built: read --lang first.
  const lang = langOption(argv);
  if (lang) setLang(lang);
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return Number(process.exitCode ?? EXIT.ok);
  } catch (error) {
    return reportError(error, { debug: argv.includes('--debug') });
  }
}
