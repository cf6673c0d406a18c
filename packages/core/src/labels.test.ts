import { describe, expect, test } from 'vitest';
import {
  deadlineKindNames,
  fileFormatNames,
  labelMessages,
  layoutNames,
  lightNames,
  lookbackResultNames,
  progressStateNames,
  roleMarks,
  roleNames,
  statusNames,
  unitKindNames,
} from './labels';

describe('labelMessages', () => {
  test.each([
    ['zh', 'role_lead', '牵头'],
    ['zh', 'mark_responsible', '责'],
    ['zh', 'status_dueSoon', '临近到期'],
    ['zh', 'status_overdue', '已逾期'],
    ['zh', 'status_awaitingAnchor', '待起算'],
    ['zh', 'state_doneLate', '已完成（逾期）'],
    ['en', 'role_supervising', 'supervising'],
    ['en', 'status_doneLate', 'done late'],
    ['en', 'light_none', 'no light'],
    ['zh', 'lookback_unfinished', '未完成，需整改'],
    ['en', 'lookback_cannotComplete', 'cannot be completed: to rectify'],
    ['zh', 'layout_pdfTable', 'PDF 表格'],
    ['zh', 'unitKind_cityDepartment', '市直部门'],
    ['zh', 'format_docx', 'Word 文档'],
  ] as const)('%s %s is %s', (lang, key, text) => {
    expect(labelMessages(lang)[key]).toBe(text);
  });

  test.each(['zh', 'en'] as const)('%s: one entry per value of each label table, nothing else', (lang) => {
    const tables = {
      role: roleNames,
      mark: roleMarks,
      status: statusNames,
      light: lightNames,
      kind: deadlineKindNames,
      state: progressStateNames,
      layout: layoutNames,
      format: fileFormatNames,
      unitKind: unitKindNames,
      lookback: lookbackResultNames,
    };
    const keys = Object.entries(tables).flatMap(([prefix, table]) =>
      Object.keys(table[lang]).map((k) => `${prefix}_${k}`),
    );
    expect(Object.keys(labelMessages(lang)).sort()).toEqual(keys.sort());
  });
});
