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
  if (unknown.length > 0)
    throw new UsageError(`${option}: 不认识 ${unknown.join(', ')}（可选：${known.join(',')}）`);
  if (items.length === 0) throw new UsageError(`${option}: 至少给一项（可选：${known.join(',')}）`);
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
  process.stdout.write(
    `${analysis.plan.meta.title}，截至${asOf}：写入 ${files.length} 个文件到 ${options.out}\n${lines.join('\n')}\n` +
      `打开 ${path.join(options.out, 'index.html')} 查看目录。\n`,
  );
}

/** Build the program. */
export function buildProgram(): Command {
  return new Command('fengong-report')
    .description(
      '把分工方案写成台账、责任清单、进展汇总、逾期预警、回头看清单和责任矩阵 — write the reports of a plan',
    )
    .version('0.0.0', '-V, --version')
    .argument('<plan>', 'plan file (YAML or JSON)')
    .option('--units <registry>', 'unit registry (default: the one the plan names, or units.yaml beside it)')
    .option('--as-of <date>', 'status day YYYY-MM-DD (default: today)')
    .option(
      '--ledger <file>',
      'progress ledger (default: <plan>.progress.jsonl beside the plan, when it exists)',
    )
    .option('--unit <name...>', 'units that get their own reports (default: every unit on a task)')
    .option('--kinds <list>', `report kinds, comma-separated (default: all): ${KINDS.join(',')}`)
    .option('--formats <list>', `formats, comma-separated (default: all): ${FORMATS.join(',')}`)
    .option(
      '--issuer <name>',
      '公文 issuer (发文机关) of the warning, summary and look-back DOCX (default: the plan’s issuer)',
    )
    .option('--doc-number <number>', '公文 document number (发文字号), e.g. 湛府办函〔2021〕88号')
    .option('--addressee <name...>', '公文 addressees (主送机关; default: the plan’s)')
    .option('--cc <name...>', '公文 copies (抄送机关)')
    .requiredOption('--out <dir>', 'directory to write the files and index.html into')
    .addOption(new Option('--progress', 'show a progress bar (default: when stderr is a terminal)'))
    .addOption(new Option('--no-progress', 'never show a progress bar'))
    .option('--debug', 'show stack traces for errors')
    .addHelpText(
      'after',
      `
Examples:
  $ fengong-report seeds/zhanjiang-2021/plan.yaml --as-of 2021-10-01 --out out/reports
  $ fengong-report seeds/zhanjiang-2021/plan.yaml --unit 市财政局 --kinds unit,overdue --formats docx,ics --out out/finance
  $ fengong-report seeds/zhanjiang-2021/plan.yaml --kinds overdue --formats docx --doc-number 湛府办函〔2021〕88号 --out out/warning`,
    )
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .action(writeReports);
}

/** Run with `argv` (without `node` and the script); resolves to the exit code. */
export async function run(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    return reportError(error, { debug: argv.includes('--debug') });
  }
}
