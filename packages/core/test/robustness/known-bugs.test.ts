/**
 * Bugs the robustness suite found, kept as regression tests with the inputs that found them.
 */
import { describe, expect, test } from 'vitest';
import { analyzePlan, findDeadlinePhrases, parseDeadline, safeParsePlan } from '../../src';
import { BASE_PLAN } from './corpus';

/**
 * packages/core/src/deadlines/normalise.ts once spread one argument per character
 * (`push(...slice)`), and past about 120,000 characters V8 threw “Maximum call stack size exceeded”.
 */
describe('deadline text longer than ~120,000 characters', () => {
  const long = '2021年9月前'.repeat(20_000); // 160,000 characters

  test('parseDeadline reads it', () => {
    expect(() => parseDeadline(long, { issued: '2021-07-01' })).not.toThrow();
  });

  test('findDeadlinePhrases searches it', () => {
    expect(() => findDeadlinePhrases(long)).not.toThrow();
  });

  test('a plan with such a deadline cell can be analysed', () => {
    const parsed = safeParsePlan(BASE_PLAN.replace('deadline: 长期工作', `deadline: "${long}"`));
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(() => analyzePlan(parsed.data)).not.toThrow();
  });
});
