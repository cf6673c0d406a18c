import { createRequire } from 'node:module';
import path from 'node:path';
import type { ImportLayout, PdfOptions } from '@fengong/core';
import { type AppMessage, sayApp } from '@fengong/core/labels';
import { type Command, Option } from 'commander';
import { UsageError } from '../errors';
import { locale, t } from '../i18n';
import { print, printJson, writeOutputFile } from '../io';
import { examples, h } from '../help';

interface ImportOptions {
  output?: string;
  force?: boolean;
  review?: boolean;
  all?: boolean;
  json?: boolean;
  layout?: ImportLayout;
  units?: string;
  issued?: string;
  sheet?: string;
}

const LAYOUTS = [
  'pdfTable',
  'delimitedTable',
  'cellPerLine',
  'cellStream',
  'proseBracketed',
  'proseLabelled',
  'numbered',
] as const satisfies readonly ImportLayout[];

function say(id: AppMessage, vars: Record<string, string | number>): string {
  return sayApp(id, vars, locale());
}

/** pdf.js's CMaps and standard fonts, for PDFs whose Chinese fonts are not embedded. */
function pdfData(): PdfOptions {
  try {
    const dir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return {
      cMapUrl: `${path.join(dir, 'cmaps')}${path.sep}`,
      standardFontDataUrl: `${path.join(dir, 'standard_fonts')}${path.sep}`,
    };
  } catch {
    return {};
  }
}

/**
 * Register `fengong import <file>` (从原文导入方案): import a plan from its document — a Word document,
 * a workbook, a CSV/TSV export, a PDF, an old .doc/.xls (converted with LibreOffice) or the
 * document's text — write it as YAML with `# check:` comments (-o), print the uncertain spots beside
 * the source lines (--review), or print `{ plan, diagnostics, layout, format }` (--json).
 *
 * @example
 * const program = new Command('fengong');
 * registerImport(program);
 * await program.parseAsync(['import', 'seeds/000_fc8bcf8b29ea9190.txt', '-o', 'plan.yaml'], { from: 'user' });
 */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description(h('cmd-import'))
    .argument('<file>', h('import-file'))
    .option('-o, --output <plan>', h('import-output'))
    .option('-f, --force', h('common-force'))
    .option('--review', h('import-review'))
    .option('--all', h('import-all'))
    .option('--json', h('import-json'))
    .addOption(new Option('--layout <layout>', h('import-layout')).choices(LAYOUTS))
    .option('--units <registry>', h('import-units'))
    .option('--issued <date>', h('import-issued'))
    .option('--sheet <name>', h('import-sheet'))
    .addHelpText(
      'after',
      examples(
        [
          'fengong import plan.docx -o plan.yaml',
          'fengong import ledger.xlsx --sheet 任务台账 --review',
          'fengong import notice.pdf --issued 2021-07-01 -o plan.yaml',
          'fengong import seeds/000_fc8bcf8b29ea9190.txt -o plan.yaml',
          'fengong import seeds/000_fc8bcf8b29ea9190.txt --review',
          'fengong import notice.txt --units seeds/zhanjiang/units.yaml -o plan.yaml --force',
          'fengong import notice.txt --json',
        ],
        'after-import',
        { layouts: LAYOUTS.join(', ') },
      ),
    )
    .action(async (file: string, options: ImportOptions) => {
      const { loadRegistryFile } = await import('@fengong/core/node');
      const {
        FengongInputError,
        detectFileKind,
        importPlanFile,
        importedPlanToYaml,
        formatImportReview,
        isIsoDate,
        safeParsePlan,
      } = await import('@fengong/core');
      if (options.issued !== undefined && !isIsoDate(options.issued)) {
        throw new UsageError(`--issued ${options.issued}: ${t('bad-date')}`);
      }
      const toStderr = (s: string) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`);
      const { readFileBytes } = await import('@fengong/core/node');
      let bytes = await readFileBytes(file);
      const kind = detectFileKind(bytes, file);
      if (kind === 'doc' || kind === 'xls') {
        // Old binary Office files: LibreOffice converts them to .docx/.xlsx first.
        const { convertLegacyOffice } = await import('@fengong/core/node');
        if (process.stderr.isTTY)
          toStderr(say('import-converting', { file, kind: kind === 'doc' ? 'Word (.doc)' : 'Excel (.xls)' }));
        const soffice = process.env['FENGONG_SOFFICE'];
        bytes = await convertLegacyOffice(bytes, { kind, fileName: file, ...(soffice ? { soffice } : {}) });
      }
      const registry = options.units ? await loadRegistryFile(options.units) : undefined;
      const planDir = path.dirname(path.resolve(options.output ?? file));
      const result = await importPlanFile(bytes, {
        fileName: file,
        ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
        ...(kind === 'pdf' ? { pdf: pdfData() } : {}),
        ...(options.layout ? { layout: options.layout } : {}),
        ...(registry ? { registry } : {}),
        ...(options.units
          ? { registryFile: path.relative(planDir, path.resolve(options.units)).split(path.sep).join('/') }
          : {}),
        ...(options.issued ? { issued: options.issued } : {}),
      });
      const plan = result.plan;
      if (!plan) throw new FengongInputError(result.diagnostics, say('import-no-plan', { file }));
      const { fileFormatLabel, layoutLabel } = await import('../labels');
      const format =
        result.format === 'text' ? '' : say('import-format', { format: fileFormatLabel(result.format) });
      const output = options.output;
      if (output) {
        const yamlText = importedPlanToYaml(result, { source: file, ...(options.all ? { all: true } : {}) });
        const check = safeParsePlan(yamlText, { fileName: output });
        if (!check.success)
          throw new FengongInputError(check.diagnostics, {
            id: 'summary/invalid-plan',
            params: { file: output },
          });
        await writeOutputFile(output, yamlText, {
          force: options.force,
          exists: say('import-exists', { file: output }),
          notWritten: (why) => say('import-not-written', { file: output, why }),
        });
        const spots = result.diagnostics.filter((d) => d.severity !== 'info').length;
        const summary = [
          say('import-wrote', {
            file: output,
            tasks: plan.tasks.length,
            categories: plan.categories.length,
            format,
            layout: layoutLabel(result.layout),
          }),
          spots > 0 ? say('import-spots', { n: spots, source: file }) : say('import-none', {}),
        ].join('\n');
        if (options.json) toStderr(summary);
        else print(summary);
      }
      if (options.review) {
        const review = formatImportReview(result, result.text, {
          locale: locale(),
          ...(options.all ? { all: true } : {}),
        });
        if (options.json) toStderr(review);
        else print(review);
      }
      if (options.json)
        return printJson({
          plan,
          diagnostics: result.diagnostics,
          layout: result.layout,
          format: result.format,
        });
      if (!options.output && !options.review) print(importedPlanToYaml(result, { source: file }));
    });
}
