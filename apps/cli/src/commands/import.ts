import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImportLayout } from '@fengong/core';
import { type Command, Option } from 'commander';
import { UsageError } from '../errors';
import { lang, t } from '../i18n';
import { print, printJson } from '../io';

interface ImportOptions {
  output?: string;
  force?: boolean;
  review?: boolean;
  all?: boolean;
  json?: boolean;
  layout?: ImportLayout;
  units?: string;
  issued?: string;
}

const LAYOUTS = [
  'pdfTable',
  'delimitedTable',
  'cellPerLine',
  'proseBracketed',
  'proseLabelled',
] as const satisfies readonly ImportLayout[];

const messages = {
  zh: {
    exists: '{file} 已存在：加 --force 覆盖',
    noPlan: '{file}：未能导入方案',
    wrote: '✓ 已写入 {file}：{tasks} 项任务，{categories} 个类别（版式 {layout}）',
    spots:
      '  {n} 处需要核对（文件中以 “# check:” 注释标出；fengong import {source} --review 可对照原文查看）',
    none: '  没有需要核对之处',
    notWritten: '{file}：无法写入（{why}）',
  },
  en: {
    exists: '{file} exists: add --force to overwrite it',
    noPlan: '{file}: no plan could be imported',
    wrote: '✓ wrote {file}: {tasks} tasks in {categories} categories (layout {layout})',
    spots:
      '  {n} spot(s) to check (marked “# check:” in the file; see them beside the source with fengong import {source} --review)',
    none: '  nothing to check',
    notWritten: '{file}: cannot write ({why})',
  },
};

function say(key: keyof (typeof messages)['zh'], vars: Record<string, string | number>): string {
  const text: string = messages[lang()][key];
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/**
 * Register `fengong import <file>` (从原文导入方案): import a plan from its document's text, write it as
 * YAML with `# check:` comments (-o), print the uncertain spots beside the source lines (--review),
 * or print `{ plan, diagnostics, layout }` (--json).
 *
 * @example
 * const program = new Command('fengong');
 * registerImport(program);
 * await program.parseAsync(['import', 'seeds/000_fc8bcf8b29ea9190.txt', '-o', 'plan.yaml'], { from: 'user' });
 */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('从原文导入方案 — import a plan from its document text (PDF text, web table or prose)')
    .argument('<file>', 'the document as UTF-8 text')
    .option('-o, --output <plan>', 'write the plan as YAML (comments mark the spots to check)')
    .option('-f, --force', 'overwrite the output file if it exists')
    .option('--review', 'print the uncertain spots beside the source lines')
    .option('--all', 'with --review or -o: show the confident decisions too')
    .option('--json', 'print { plan, diagnostics, layout } as JSON')
    .addOption(new Option('--layout <layout>', 'use this layout instead of detecting it').choices(LAYOUTS))
    .option('--units <registry>', 'unit registry: checks the units cells and is named in the plan')
    .option('--issued <date>', 'date of issue (YYYY-MM-DD) when the document states none')
    .addHelpText(
      'after',
      `
Layouts: ${LAYOUTS.join(', ')}.
Without -o, --json or --review the plan is printed as YAML.

Examples:
  $ fengong import seeds/000_fc8bcf8b29ea9190.txt -o plan.yaml
  $ fengong import seeds/000_fc8bcf8b29ea9190.txt --review
  $ fengong import notice.txt --units seeds/zhanjiang/units.yaml -o plan.yaml --force
  $ fengong import notice.txt --json`,
    )
    .action(async (file: string, options: ImportOptions) => {
      const { readTextFile, loadRegistryFile } = await import('../io');
      const {
        FengongInputError,
        importPlanText,
        importedPlanToYaml,
        formatImportReview,
        isIsoDate,
        safeParsePlan,
      } = await import('@fengong/core');
      if (options.issued !== undefined && !isIsoDate(options.issued)) {
        throw new UsageError(`--issued ${options.issued}: ${t('badDate')}`);
      }
      const text = await readTextFile(file);
      const registry = options.units ? await loadRegistryFile(options.units) : undefined;
      const planDir = path.dirname(path.resolve(options.output ?? file));
      const result = importPlanText(text, {
        fileName: file,
        ...(options.layout ? { layout: options.layout } : {}),
        ...(registry ? { registry } : {}),
        ...(options.units
          ? { registryFile: path.relative(planDir, path.resolve(options.units)).split(path.sep).join('/') }
          : {}),
        ...(options.issued ? { issued: options.issued } : {}),
      });
      const plan = result.plan;
      if (!plan) throw new FengongInputError(result.diagnostics, say('noPlan', { file }));

      const toStderr = (s: string) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`);
      if (options.output) {
        const yamlText = importedPlanToYaml(result, { source: file, ...(options.all ? { all: true } : {}) });
        const check = safeParsePlan(yamlText, { fileName: options.output });
        if (!check.success)
          throw new FengongInputError(
            check.diagnostics,
            `the imported plan for ${options.output} does not read back`,
          );
        try {
          await writeFile(options.output, yamlText, { flag: options.force ? 'w' : 'wx' });
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EEXIST') throw new UsageError(say('exists', { file: options.output }));
          const { FengongFileError } = await import('@fengong/core/node');
          throw new FengongFileError(
            options.output,
            say('notWritten', { file: options.output, why: code ?? String(error) }),
          );
        }
        const spots = result.diagnostics.filter((d) => d.severity !== 'info').length;
        const summary = [
          say('wrote', {
            file: options.output,
            tasks: plan.tasks.length,
            categories: plan.categories.length,
            layout: result.layout,
          }),
          spots > 0 ? say('spots', { n: spots, source: file }) : say('none', {}),
        ].join('\n');
        if (options.json) toStderr(summary);
        else print(summary);
      }
      if (options.review) {
        const review = formatImportReview(result, text, options.all ? { all: true } : {});
        if (options.json) toStderr(review);
        else print(review);
      }
      if (options.json) return printJson({ plan, diagnostics: result.diagnostics, layout: result.layout });
      if (!options.output && !options.review) print(importedPlanToYaml(result, { source: file }));
    });
}
