/**
 * Places in a file said in words (messages/places.ts, `sayPath`): every field of a plan, a unit
 * registry and a ledger entry has its words in the catalogue, every list of records a noun for one
 * of its elements, and a diagnostic's path reads as a place in Chinese.
 */
import type { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../diagnostics';
import { Plan, Registry } from '../model/schema';
import { LedgerEntry } from '../progress/schema';
import { isFieldPath, isItemPath, PLACES_MESSAGES, sayPath } from './places';

/** Every key path of a schema (`tasks.units`), and the lists among them, with whether a list holds records. */
function keyPaths(schema: z.ZodType): { fields: string[]; lists: Map<string, boolean> } {
  const fields = new Set<string>();
  const lists = new Map<string, boolean>();
  const walk = (s: unknown, at: string): boolean => {
    // biome-ignore lint/suspicious/noExplicitAny: zod's definitions, read generically
    const def = (s as { _zod?: { def?: any } })?._zod?.def;
    if (!def) return false;
    switch (def.type) {
      case 'object':
        for (const [key, value] of Object.entries(def.shape)) {
          const path = at ? `${at}.${key}` : key;
          fields.add(path);
          walk(value, path);
        }
        return true;
      case 'array': {
        const records = walk(def.element, at);
        lists.set(at, (lists.get(at) ?? false) || records);
        return false;
      }
      case 'optional':
      case 'default':
      case 'prefault':
      case 'nullable':
      case 'readonly':
        return walk(def.innerType, at);
      case 'pipe':
        return walk(def.in, at) || walk(def.out, at);
      case 'union':
        return def.options.map((o: unknown) => walk(o, at)).some(Boolean);
      default:
        return false;
    }
  };
  walk(schema, '');
  return { fields: [...fields], lists };
}

const SCHEMAS = [
  ['a plan', Plan],
  ['a unit registry', Registry],
  ['a ledger entry', LedgerEntry],
] as const;

describe.each(SCHEMAS)('every field of %s', (_name, schema) => {
  const { fields, lists } = keyPaths(schema);

  test('the walk finds the fields', () => {
    expect(fields.length).toBeGreaterThan(10);
    expect(lists.size).toBeGreaterThan(0);
  });

  test('has its words in the catalogue, Chinese', () => {
    expect(fields.filter((f) => !isFieldPath(f))).toEqual([]);
    for (const field of fields) expect(sayPath(field.split('.')), field).toMatch(/\p{Script=Han}/u);
  });

  test('a list of records has a noun for one of them (第 3 个单位)', () => {
    const records = [...lists].filter(([, holdsRecords]) => holdsRecords).map(([list]) => list);
    expect(records.filter((list) => !isItemPath(list))).toEqual([]);
  });
});

test('no word for a field that is not (the plan’s readings name a task by its number: `task`)', () => {
  const known = new Set(SCHEMAS.flatMap(([, schema]) => keyPaths(schema).fields));
  const stale = Object.keys(PLACES_MESSAGES)
    .filter((id) => id.startsWith('place/field/'))
    .map((id) => id.slice('place/field/'.length))
    .filter((key) => !known.has(key) && !['task', 'task.units', 'task.deadline', 'entry'].includes(key));
  expect(stale).toEqual([]);
});

describe('sayPath', () => {
  test.each([
    [['tasks', 3, 'units'], '第 4 项任务的落实单位', 'task 4, units'],
    [['task', 26, 'deadline'], '第 26 项任务的完成时限', 'task 26, deadline'],
    [['meta', 'issued'], '方案信息的成文日期', 'plan details, date of issue'],
    [['meta', 'addressees', 1], '方案信息的主送机关第 2 项', 'plan details, addressees 2'],
    [['groups', 0, 'members', 2], '第 1 个单位组的成员单位第 3 项', 'group 1, members 3'],
    [['entry', '0b5c'], '记录 0b5c', 'entry 0b5c'],
    [['state'], '完成情况', 'state'],
    [['meta', 'titel'], '方案信息的“titel”', 'plan details, “titel”'],
    [['市财政局', 'A5'], '“市财政局”的“A5”', '“市财政局”, “A5”'],
  ] as const)('%j', (path, zh, en) => {
    expect(sayPath(path)).toBe(zh);
    expect(sayPath(path, 'en')).toBe(en);
  });
});

describe('formatDiagnostic', () => {
  const d = {
    severity: 'error',
    code: 'empty-units',
    message: '落实单位为空',
    file: 'plan.yaml',
    start: { line: 10, column: 12, offset: 0 },
    path: ['tasks', 0, 'units'],
  } as const;

  test('in Chinese says the path as a place, with or without the code', () => {
    expect(formatDiagnostic({ ...d, path: [...d.path] })).toBe(
      'plan.yaml:10:12: 错误[empty-units] 第 1 项任务的落实单位：落实单位为空',
    );
    expect(formatDiagnostic({ ...d, path: [...d.path] }, { code: false })).toBe(
      'plan.yaml:10:12: 错误 第 1 项任务的落实单位：落实单位为空',
    );
  });

  test('in English keeps the model’s path beside the code', () => {
    expect(formatDiagnostic({ ...d, path: [...d.path] }, { locale: 'en' })).toMatch(
      /^plan\.yaml:10:12: error\[empty-units\] tasks\[0\]\.units: /,
    );
  });
});
