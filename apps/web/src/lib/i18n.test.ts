import { PROGRESS_STATES, progressStateNames, statusNames } from '@fengong/core';
import { isViewerWord, labelMessages, sayViewer } from '@fengong/core/labels';
import { describe, expect, it } from 'vitest';
import { filterKey, ledgerStateKey, noticeTitle, translator } from './i18n';
import { FILTER_STATUSES } from './route';

const zh = translator('zh');
const en = translator('en');

describe('the viewer’s words are core’s', () => {
  it('a label is core’s label, and no word of the viewer shadows one', () => {
    for (const [key, label] of Object.entries(labelMessages('zh'))) {
      expect(isViewerWord(key), key).toBe(false);
      expect(zh(key as Parameters<typeof zh>[0])).toBe(label);
    }
    expect(en('status_overdue')).toBe(labelMessages('en').status_overdue);
  });

  it('a word of the viewer is said by core’s sayViewer, its slots filled', () => {
    expect(zh('taskTitle', { n: 26 })).toBe(sayViewer('taskTitle', { n: 26 }));
    expect(zh('taskTitle', { n: 26 })).toMatch(/^任务.*26$/);
    expect(en('taskTitle', { n: 26 })).toBe(sayViewer('taskTitle', { n: 26 }, 'en'));
    expect(en('rowsColumns', { rows: 3, cols: 4 })).toContain('3');
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

  it('a notice has a Chinese title when core names its code, none otherwise', () => {
    expect(noticeTitle(zh, 'no-single-owner')).toBe(sayViewer('notice_no_single_owner'));
    expect(noticeTitle(zh, 'deadline-year-rolled')).toMatch(/[\u4e00-\u9fff]/);
    expect(noticeTitle(zh, 'no-such-code')).toBeUndefined();
  });
});
