import type { Command } from 'commander';
import { print, printJson } from '../io';
import { examples, h } from '../help';

interface MatrixOptions {
  units?: string;
  expand?: boolean;
  json?: boolean;
}

export function registerMatrix(program: Command): void {
  program
    .command('matrix')
    .description(h('cmd-matrix'))
    .argument('<plan>', h('common-plan'))
    .option('--units <registry>', h('common-units'))
    .option('--expand', h('matrix-expand'))
    .option('--json', h('matrix-json'))
    .addHelpText(
      'after',
      examples([
        'fengong matrix seeds/zhanjiang-2021/plan.yaml',
        'fengong matrix seeds/zhanjiang-2021/plan.yaml --expand --json',
      ]),
    )
    .action(async (planFile: string, options: MatrixOptions) => {
      const { loadAnalysis } = await import('../context');
      const { responsibilityMatrix } = await import('@fengong/core/queries');
      const analysis = await loadAnalysis(planFile, options);
      const matrix = responsibilityMatrix(analysis, { collapseGroups: !options.expand });
      if (options.json) return printJson(matrix);
      const { renderTable } = await import('../table');
      const { roleMark } = await import('../labels');
      // Chinese unit names are too wide for columns: number the columns and print a legend.
      const header = ['#', ...matrix.columns.map((_, i) => String(i + 1))];
      const rows = matrix.rows.map((row) => [
        String(row.task),
        ...matrix.columns.map((c) => {
          const cell = row.cells[c];
          if (!cell) return '·';
          return cell.supervising && cell.role !== 'supervising'
            ? `${roleMark(cell.role)}${roleMark('supervising')}`
            : roleMark(cell.role);
        }),
      ]);
      const legend = matrix.columns.map((c, i) => `${String(i + 1).padStart(3)} ${c}`);
      print([renderTable(header, rows), '', ...legend].join('\n'));
    });
}
