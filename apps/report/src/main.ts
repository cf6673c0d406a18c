/**
 * fengong-report: write a plan's reports — the work ledger, unit responsibility lists, the lead
 * units' summary, overdue warnings, the look-back checklist and the responsibility matrix — as a
 * bundle of files with an index page. A thin app on the `fengong` CLI's plumbing (see
 * ARCHITECTURE.md): the CLI's error funnel and usage error, its date option and `today()`, and its
 * one way to load a plan with its ledger (checked with core's `checkLedger`). Options are checked
 * here; everything else is one call into core and one into the renderers, both imported lazily.
 */
import { Command, Option } from 'commander';
import { EXIT, reportError, UsageError } from '../../cli/src/errors';
import { examples, h, helpConfiguration, sayUsageError } from '../../cli/src/help';
import { detectLang, langOption, setLang, t } from '../../cli/src/i18n';

const KINDS = ['ledger', 'unit', 'lead-summary', 'overdue', 'lookback', 'matrix'] as const;
const FORMATS = ['xlsx', 'docx', 'html', 'md', 'csv', 'ics'] as const;

interface ReportOptions {
  units?: string;
  asOf?: string;
  unit?: string[];
  kinds?: string;
  formats?: string;
  out: string;
  progress?: boolean;
  ledger?: string;
  issuer?: string;
  docNumber?: string;
  addressee?: string[];
  cc?: string[];
  date?: string;
  debug?: boolean;
}

/** A comma-separated list of known names, or a usage error naming the option. */
function list<T extends string>(
  value: string | undefined,
  known: readonly T[],
  option: string,
): T[] | undefined {
  if (value === undefined) return undefined;
  const items = value
    .split(/[,，\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = items.filter((s) => !(known as readonly string[]).includes(s));
  const params = { option, items: unknown.join(', '), choices: known.join(',') };
  if (unknown.length > 0) throw new UsageError(h('report-error-unknown', params));
  if (items.length === 0) throw new UsageError(h('report-error-empty', params));
  return [...new Set(items)] as T[];
}

function humanSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : bytes >= 1024
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${bytes} B`;
}

async function writeReports(planFile: string, options: ReportOptions): Promise<void> {
  const { dateOption, today } = await import('../../cli/src/context');
  const asOf = dateOption(options.asOf, '--as-of') ?? today();
  const signed = dateOption(options.date, '--date');
  const kinds = list(options.kinds, KINDS, '--kinds');
  const formats = list(options.formats, FORMATS, '--formats');
  // The plan and its ledger beside it (or --ledger), loaded and checked as `fengong progress` does.
  const { loadLedger } = await import('../../cli/src/commands/progress/shared');
  const { analysis, entries } = await loadLedger(planFile, options);
  const { findUnit } = await import('@fengong/core');
  const units = options.unit?.length ? options.unit.map((u) => findUnit(analysis, u)) : undefined;

  const { mkdir, writeFile } = await import('node:fs/promises');
  const path = await import('node:path');
  const { progressBar } = await import('./progress');
  const { renderBundle } = await import('@fengong/reports');
  const bar = progressBar(process.stderr, options.progress ?? Boolean(process.stderr.isTTY));
  const files = await renderBundle({
    analysis,
    asOf,
    ...(kinds ? { kinds } : {}),
    ...(formats ? { formats } : {}),
    ...(units ? { units } : {}),
    ...(entries.length ? { entries } : {}),
    // The calendars' DTSTAMP and SEQUENCE: the moment they are written.
    generatedAt: new Date().toISOString(),
    official: {
      ...(options.issuer ? { issuer: options.issuer } : {}),
      ...(options.docNumber ? { documentNumber: options.docNumber } : {}),
      ...(options.addressee?.length ? { addressees: options.addressee } : {}),
      ...(options.cc?.length ? { cc: options.cc } : {}),
      ...(signed ? { date: signed } : {}),
    },
    onProgress: ({ done, total, fileName }) => bar.update(done, total, fileName),
  });
  bar.finish();
  await mkdir(options.out, { recursive: true });
  const lines: string[] = [];
  for (const file of files) {
    const target = path.join(options.out, file.fileName);
    await writeFile(target, file.bytes);
    lines.push(`  ${target}  ${humanSize(file.bytes.length)}`);
  }
  const wrote = { title: analysis.plan.meta.title, asOf, n: files.length, dir: options.out };
  process.stdout.write(
    `${t('report-wrote', wrote)}\n${lines.join('\n')}\n` +
      `${t('report-open-index', { file: path.join(options.out, 'index.html') })}\n`,
  );
}

/** Build the program: its help and usage errors in the user's language, from core's catalogue. */
export function buildProgram(): Command {
  return new Command('fengong-report')
    .configureHelp(helpConfiguration())
    .helpOption('-h, --help', h('program-help'))
    .description(h('cmd-report'))
    .version('0.0.0', '-V, --version', h('program-version'))
    .argument('<plan>', h('report-plan'))
    .addOption(new Option('--lang <lang>', h('program-lang')).choices(['zh', 'en']))
    .option('--units <registry>', h('report-units'))
    .option('--as-of <date>', h('report-as-of'))
    .option('--ledger <file>', h('report-ledger'))
    .option('--unit <name...>', h('report-unit'))
    .option('--kinds <list>', h('report-kinds', { kinds: KINDS.join(',') }))
    .option('--formats <list>', h('report-formats', { formats: FORMATS.join(',') }))
    .option('--issuer <name>', h('report-issuer'))
    .option('--doc-number <number>', h('report-doc-number'))
    .option('--addressee <name...>', h('report-addressee'))
    .option('--cc <name...>', h('report-cc'))
    .option('--date <date>', h('report-date'))
    .requiredOption('--out <dir>', h('report-out'))
    .addOption(new Option('--progress', h('report-progress')))
    .addOption(new Option('--no-progress', h('report-no-progress')))
    .option('--debug', h('program-debug'))
    .addHelpText(
      'after',
      examples([
        'fengong-report seeds/zhanjiang-2021/plan.yaml --as-of 2021-10-01 --out out/reports',
        'fengong-report seeds/zhanjiang-2021/plan.yaml --unit 市财政局 --kinds unit,overdue --formats docx,ics --out out/finance',
        'fengong-report seeds/zhanjiang-2021/plan.yaml --kinds overdue --formats docx --doc-number 湛府办函〔2021〕88号 --out out/warning',
      ]),
    )
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(sayUsageError(s)),
    })
    .action(writeReports);
}

/** Run with `argv` (without `node` and the script); resolves to the exit code. */
export async function run(argv: string[]): Promise<number> {
  // The help is written when the program is built: the language first (--lang, else LANG).
  setLang(langOption(argv) ?? detectLang(process.env));
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    return reportError(error, { debug: argv.includes('--debug') });
  }
}
