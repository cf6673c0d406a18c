import { describe, expect, test } from 'vitest';
import { pack, unpack } from './packed';

describe('pack and unpack', () => {
  test('plain values, Maps, Sets and typed arrays come back equal', () => {
    const value = {
      title: '湛江市2021年政务公开工作要点分工方案',
      count: 50,
      ratio: -0.25,
      yes: true,
      none: null,
      list: [1, '二', [3], {}],
      byName: new Map<string, number[]>([
        ['市财政局', [7, 8, 9]],
        ['市司法局', []],
      ]),
      kinds: new Set(['cityDepartment', 'countyGovernment']),
      start: Int32Array.from([0, 3, -1, 2_000_000]),
      roles: Uint8Array.from([0, 9, 255]),
      taskAt: Uint16Array.from([65535, 1]),
      numberKeys: new Map([[1, 'a']]),
    };
    const copy = unpack<typeof value>(pack(value));
    expect(copy).toEqual(value);
    expect(copy.start).toBeInstanceOf(Int32Array);
    expect(copy.roles).toBeInstanceOf(Uint8Array);
    expect(copy.taskAt).toBeInstanceOf(Uint16Array);
    expect(copy.numberKeys.get(1)).toBe('a');
  });

  test('a value met twice is one value again', () => {
    const units = [{ unit: '市财政局', role: 'lead' }];
    const tasks = [
      { number: 7, units },
      { number: 8, units },
    ];
    const copy = unpack<{ tasks: typeof tasks; byNumber: Map<number, (typeof tasks)[number]> }>(
      pack({ tasks, byNumber: new Map(tasks.map((t) => [t.number, t])) }),
    );
    expect(copy.tasks[0]!.units).toBe(copy.tasks[1]!.units);
    expect(copy.byNumber.get(8)).toBe(copy.tasks[1]);
    expect(copy.tasks[0]!.units).not.toBe(units);
  });

  test('a property set to undefined stays, and so does the order of keys', () => {
    const copy = unpack<Record<string, unknown>>(pack({ b: 1, a: undefined, c: [undefined] }));
    expect(Object.keys(copy)).toEqual(['b', 'a', 'c']);
    expect('a' in copy).toBe(true);
    expect(copy.c).toEqual([undefined]);
  });

  test('a cycle is kept', () => {
    const node: { name: string; self?: unknown } = { name: '市直各单位' };
    node.self = node;
    const copy = unpack<typeof node>(pack(node));
    expect(copy.self).toBe(copy);
  });

  test('what it cannot hold is refused, not lost', () => {
    expect(() => pack({ when: new Date(0) })).toThrow(/Date/);
    expect(() => pack({ f: () => 1 })).toThrow(/function/);
    expect(() => pack([Number.NaN])).toThrow(/finite/);
    expect(() => pack(new Float32Array(1))).toThrow(/Float32Array/);
  });
});
