import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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

describe('punctuation comes from the catalogue too', () => {
  it('the templates around words are Chinese in Chinese and English in English', () => {
    expect(zh('viaNote', { via: '市直各单位', more: zh('andAlso', { x: zh('territorial') }) })).toBe(
      '（经由 市直各单位，属地）',
    );
    expect(en('viaNote', { via: '市直各单位', more: en('andAlso', { x: en('territorial') }) })).toBe(
      ' (via 市直各单位, territorial)',
    );
    expect(en('labelledValue', { label: en('deadline'), value: '2021-09-30' })).not.toMatch(/[（）：，、；]/);
    expect(en('recipientNote', { recipient: '市政府办公室' })).toBe(' (report to 市政府办公室)');
    expect([zh('listSep'), en('listSep')]).toEqual(['、', ', ']);
  });

  it('no view or component writes Chinese punctuation of its own around the words it shows', () => {
    const dir = path.resolve(import.meta.dirname, '..');
    const files = ['views', 'components', 'admin'].flatMap((d) =>
      readdirSync(path.join(dir, d))
        .filter((f) => f.endsWith('.tsx') || f.endsWith('.ts'))
        .map((f) => path.join(dir, d, f)),
    );
    expect(files.length).toBeGreaterThan(10);
    const found: string[] = [];
    for (const file of files)
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/^\s*(\*|\/\/|\/\*)/.test(line)) return; // comments may quote what the viewer shows
          const code = line.replace(/\/(?:\\.|\[[^\]]*\]|[^/\\\n])+\/[gimsuy]*/g, ''); // regular expressions read text
          if (/[（）：，、；。]/.test(code)) found.push(`${path.basename(file)}:${i + 1}: ${line.trim()}`);
        });
    expect(found).toEqual([]);
  });
});
