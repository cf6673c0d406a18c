import { describe, expect, test } from 'vitest';
import { labelMessages, roleNames, statusNames } from './labels';

describe('labelMessages', () => {
  test.each([
    ['zh', 'role_lead', '牵头'],
    ['zh', 'status_dueSoon', '临期'],
    ['zh', 'status_awaitingAnchor', '待触发'],
    ['en', 'role_supervising', 'supervising'],
    ['en', 'status_doneLate', 'done late'],
  ] as const)('%s %s is %s', (lang, key, text) => {
    expect(labelMessages(lang)[key]).toBe(text);
  });

  test.each(['zh', 'en'] as const)('%s: one entry per role and per status, nothing else', (lang) => {
    const keys = [
      ...Object.keys(roleNames[lang]).map((r) => `role_${r}`),
      ...Object.keys(statusNames[lang]).map((s) => `status_${s}`),
    ];
    expect(Object.keys(labelMessages(lang)).sort()).toEqual(keys.sort());
  });
});
