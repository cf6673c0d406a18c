import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic, parsePlan, safeParsePlan, safeParseRegistry } from '../src';
import { sayPath } from '../src/messages/places';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const read = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');

describe('invalid plan and registry files: each reports its own diagnostic where the problem is', () => {
  test.each([
    ['01-bad-yaml.yaml', 'yaml-syntax', 5, 1, undefined],
    ['02-unknown-key.yaml', 'unknown-key', 4, 3, 'meta.titel'],
    ['03-wrong-type.yaml', 'wrong-type', 7, 13, 'tasks[0].number'],
    ['04-duplicate-number.yaml', 'duplicate-task-number', 11, 13, 'tasks[1].number'],
    ['05-missing-category.yaml', 'missing-category', 8, 15, 'tasks[0].category'],
    ['06-bad-date.yaml', 'invalid-date', 3, 11, 'meta.issued'],
    ['07-empty-units.yaml', 'empty-units', 10, 12, 'tasks[0].units'],
    ['08-missing-meta.yaml', 'missing-key', 1, 1, 'meta'],
    ['09-duplicate-key.yaml', 'duplicate-key', 10, 5, undefined],
    ['10-not-a-mapping.yaml', 'not-a-mapping', 1, 1, undefined],
    ['11-bad-convention.yaml', 'invalid-value', 5, 16, 'conventions.monthBefore'],
    ['12-negative-number.yaml', 'too-few', 7, 13, 'tasks[0].number'],
    ['13-override-without-reason.yaml', 'missing-key', 12, 7, 'tasks[0].overrides.reason'],
    ['14-duplicate-category.yaml', 'duplicate-category', 6, 11, 'categories[1].name'],
    ['15-no-tasks.yaml', 'too-few', 6, 8, 'tasks'],
    ['16-printed-before-issued.yaml', 'printed-before-issued', 4, 12, 'meta.printed'],
    ['17-tab-indent.yaml', 'yaml-syntax', 2, 1, undefined],
    ['18-bad-json.json', 'json-syntax', 3, 74, undefined],
    ['19-unknown-group-member.registry.yaml', 'unknown-group-member', 8, 15, 'groups[0].members[0]'],
    ['20-duplicate-unit-name.registry.yaml', 'duplicate-name', 5, 15, 'units[1].aliases[0]'],
    ['21-bad-unit-kind.registry.yaml', 'invalid-value', 3, 11, 'units[0].kind'],
  ])('%s → %s at %i:%i', (file, code, line, column, at) => {
    const parse = file.includes('.registry.') ? safeParseRegistry : safeParsePlan;
    const result = parse(read(`invalid/${file}`), { fileName: file });
    expect(result.success).toBe(false);
    const first = result.diagnostics[0]!;
    expect(first).toMatchObject({ severity: 'error', code, file, start: { line, column } });
    const formatted = formatDiagnostic(first);
    expect(formatted.startsWith(`${file}:${line}:${column}: 错误[${code}]`)).toBe(true);
    // In Chinese the path is a place in words (第 1 项任务的落实单位), in English the model's.
    if (at) expect(formatted).toContain(` ${sayPath(first.path!)}：`);
    if (at) expect(formatted).not.toContain(` ${at}：`);
    // Said in Chinese; in English on request, from the same facts.
    expect(first.message).toMatch(/\p{Script=Han}/u);
    const english = formatDiagnostic(first, { locale: 'en' });
    expect(english.startsWith(`${file}:${line}:${column}: error[${code}]`)).toBe(true);
    if (at) expect(english).toContain(` ${at}: `);
    // Without its code, for a reader shown words only: the same line less `[code]`.
    const words = formatDiagnostic(first, { code: false });
    expect(words).not.toContain(`[${code}]`);
    expect(words).toBe(formatted.replace(`[${code}]`, ''));
  });

  test('one pass reports every problem, in source order', () => {
    const text = read('valid-minimal.yaml')
      .replace('issued: "2022-03-01"', 'issued: "2022-13-01"\n  titel: x')
      .replace('units: 市发展改革局牵头，市直各单位按职责分工落实', 'units: ""')
      .replace('category: 做好规划公开', 'category: 不存在');
    const result = safeParsePlan(text, { fileName: 'p.yaml' });
    expect(result.diagnostics.map((d) => [d.code, d.start?.line])).toEqual([
      ['invalid-date', 3],
      ['unknown-key', 4],
      ['missing-category', 9],
      ['empty-units', 11],
    ]);
  });

  test('parsePlan throws an error whose message lists every diagnostic', () => {
    expect(() => parsePlan(read('invalid/04-duplicate-number.yaml'), { fileName: 'x.yaml' })).toThrow(
      /x\.yaml:11:13: 错误\[duplicate-task-number\] 第 2 项任务的任务编号：任务编号 1 重复/,
    );
  });

  test('a YAML alias bomb is refused instead of expanded', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const result = safeParsePlan(lines.join('\n'), { fileName: 'bomb.yaml' });
    expect(result.success).toBe(false);
    expect(result.diagnostics[0]?.code).toBe('yaml-aliases');
  });

  test('a byte-order mark does not shift line and column', () => {
    const result = safeParsePlan(`\uFEFF${read('invalid/02-unknown-key.yaml')}`, { fileName: 'bom.yaml' });
    expect(result.diagnostics[0]?.start).toMatchObject({ line: 4, column: 3 });
  });
});

describe('valid files', () => {
  test('defaults are applied to what the file leaves out', () => {
    const plan = parsePlan(read('valid-minimal.yaml'));
    expect(plan.conventions).toEqual({
      monthBefore: 'endOfMonth',
      dayBeforeInclusive: true,
      firstListedLeads: false,
      responsibleLeadsWhenNoLead: false,
      dueSoonDays: { day: 7, month: 30 },
    });
    expect(plan.tasks[0]?.deadline).toBe('2022年9月前');
    expect(plan.meta.addressees).toEqual([]);
  });

  test('JSON plans read the same as YAML ones', () => {
    const yaml = parsePlan(read('valid-minimal.yaml'));
    const json = parsePlan(JSON.stringify(yaml), { fileName: 'plan.json' });
    expect(json).toEqual(yaml);
  });
});

describe('the fast reader and the careful reader agree', () => {
  test('the seed plan reads the same through both paths', () => {
    const text = readFileSync(
      path.join(import.meta.dirname, '../../../seeds/zhanjiang-2021/plan.yaml'),
      'utf8',
    );
    // A comment with `*x` sends the text down the careful (position-tracking) path.
    const careful = safeParsePlan(`${text}\n# see *x\n`);
    const fast = safeParsePlan(text);
    expect(careful.success && fast.success).toBe(true);
    expect(fast.data).toEqual(careful.data);
  });
});
