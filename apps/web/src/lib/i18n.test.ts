import { lookbackResultLabels, PROGRESS_STATES, progressStateNames, statusNames } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { filterKey, ledgerStateKey, translator } from './i18n';
import { FILTER_STATUSES } from './route';

const zh = translator('zh');

describe('the viewer’s Chinese words agree with core’s', () => {
  it('look-back findings are core’s lookbackResultLabels', () => {
    for (const [result, label] of Object.entries(lookbackResultLabels))
      expect(zh(`lookback_${result}` as Parameters<typeof zh>[0])).toBe(label);
  });

  it('the status filters are core’s status names, and 无法完成 its state label', () => {
    for (const s of FILTER_STATUSES)
      expect(zh(filterKey(s))).toBe(
        s === 'cannotComplete' ? progressStateNames.zh.cannotComplete : statusNames.zh[s],
      );
  });

  it('ledger states are core’s progress state labels', () => {
    for (const s of PROGRESS_STATES) expect(zh(ledgerStateKey(s))).toBe(progressStateNames.zh[s]);
  });
});
