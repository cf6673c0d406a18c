import { describe, expect, test } from 'vitest';
import { wantedServedPlan } from './served-plans';

const held = [{ id: '湛府办〔2021〕15号' }, { id: '湛府办〔2022〕9号' }];

describe('wantedServedPlan', () => {
  test('the plan ?plan= names, when the server holds it', () => {
    expect(wantedServedPlan(`?plan=${encodeURIComponent('湛府办〔2022〕9号')}`, held, undefined)).toBe(
      '湛府办〔2022〕9号',
    );
    // Even where the hash names a plan of the library: the address's plan is the server's.
    expect(wantedServedPlan('?plan=湛府办〔2022〕9号', held, '3f9a0c1d52e4b7a8')).toBe('湛府办〔2022〕9号');
  });

  test('else the first plan held, unless the hash already names a plan', () => {
    expect(wantedServedPlan('', held, undefined)).toBe('湛府办〔2021〕15号');
    expect(wantedServedPlan('?plan=no-such-plan', held, undefined)).toBe('湛府办〔2021〕15号');
    expect(wantedServedPlan('', held, '3f9a0c1d52e4b7a8')).toBeUndefined();
  });

  test('nothing when the server holds no plan for the person (signed out)', () => {
    expect(wantedServedPlan('?plan=湛府办〔2021〕15号', [], undefined)).toBeUndefined();
  });
});
