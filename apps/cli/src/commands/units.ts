import type { Command } from 'commander';
import { print, printJson } from '../io';
import { examples, h } from '../help';

export function registerUnits(program: Command): void {
  program
    .command('units')
    .description(h('cmd-units'))
    .argument('<file>', h('units-file'))
    .option('--json', h('units-json'))
    .addHelpText(
      'after',
      examples([
        'fengong units seeds/zhanjiang/units.yaml',
        'fengong units seeds/zhanjiang-2021/plan.yaml --json',
      ]),
    )
    .action(async (file: string, options: { json?: boolean }) => {
      const { readTextFile, loadPlanFile, loadRegistryFile } = await import('@fengong/core/node');
      const { expandGroup, FengongInputError, sayApp } = await import('@fengong/core');
      const { locale, t } = await import('../i18n');
      const { unitKindLabel } = await import('../labels');
      // A plan has `meta` and `tasks`; anything else is read as a registry.
      const isPlan = /^(meta|tasks):/m.test(await readTextFile(file));
      const registry = isPlan ? (await loadPlanFile(file)).registry : await loadRegistryFile(file);
      if (!registry) {
        throw new FengongInputError([
          {
            severity: 'error',
            code: 'no-registry',
            file,
            message: t('units-no-registry'),
          },
        ]);
      }
      const groups = registry.groups.map((g) => ({
        ...g,
        expandedMembers: expandGroup(registry, g).map((u) => u.name),
      }));
      if (options.json) return printJson({ ...registry, groups });
      const { renderTable } = await import('../table');
      const out = [
        renderTable(
          [t('units'), t('kind'), t('full-name'), t('aliases')],
          registry.units.map((u) => [u.name, unitKindLabel(u.kind), u.fullName ?? '', u.aliases.join('、')]),
        ),
        '',
      ];
      for (const g of groups) {
        const how = g.vague
          ? t('vague-group')
          : g.memberKinds
            ? t('group-by-kind', {
                kinds: g.memberKinds.map(unitKindLabel).join(sayApp('list-separator', {}, locale())),
              })
            : '';
        out.push(
          `■ ${g.name}${g.territorial ? t('territorial') : ''}${how} ${t('members', { n: g.expandedMembers.length })}`,
        );
        if (g.aliases.length) out.push(`  ${t('aliases')}: ${g.aliases.join('、')}`);
        if (g.expandedMembers.length) out.push(`  ${g.expandedMembers.join('、')}`);
      }
      print(out.join('\n'));
    });
}
