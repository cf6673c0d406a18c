import { describe, expect, test } from 'vitest';
import { DEADLINES_MESSAGES } from './deadlines';
import { IMPORT_MESSAGES } from './import';
import { IMPORT_ROWS_MESSAGES } from './import-rows';
import { IMPORT_TABLES_MESSAGES } from './import-tables';
import { catalogued, isMessageCode, say, sayDiagnostic } from './index';
import { ROLES_MESSAGES } from './roles';
import { SERVER_MESSAGES } from './server';

const PARTS = {
  import: IMPORT_MESSAGES,
  'import-tables': IMPORT_TABLES_MESSAGES,
  'import-rows': IMPORT_ROWS_MESSAGES,
  roles: ROLES_MESSAGES,
  deadlines: DEADLINES_MESSAGES,
  server: SERVER_MESSAGES,
};

test('every message id is defined in one part of the catalogue only', () => {
  const seen = new Map<string, string>();
  const twice: string[] = [];
  for (const [part, entries] of Object.entries(PARTS)) {
    for (const id of Object.keys(entries)) {
      const first = seen.get(id);
      if (first) twice.push(`${id} (${first}, ${part})`);
      seen.set(id, part);
    }
  }
  expect(twice).toEqual([]);
});

test('ids are a code, or a code and a variant', () => {
  for (const entries of Object.values(PARTS))
    for (const id of Object.keys(entries)) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9-]+)?$/);
});

/** Sample parameters for the entries of the importer's own part. */
const SAMPLES: Record<keyof typeof IMPORT_MESSAGES, Record<string, unknown>> = {
  traditional: {},
  'no-table': { header: false },
  'layout-uncertain': { layout: 'pdfTable', tasks: 50, score: '120.0', other: 'cellStream', otherTasks: 48, otherScore: '110.0' },
  layout: { layout: 'pdfTable', asked: false, headerLine: 71, readings: 3 },
  title: { line: 64 },
  'no-title': {},
  'excerpt-cut': { line: 43, task: 6 },
  'excerpt-cut/label': { line: 12, text: '(牵头单' },
  'numbered-fallback': { tasks: 3, line: 8, missing: 2 },
  'spaced-table': { line: 31, rows: 10, columns: 1 },
  'excerpt-cut/fragment': { task: 5, line: 31, fragment: '人民银' },
  'excerpt-cut/cell': { task: 6, line: 43, cell: 'units' },
  'issued-from-printed': { printed: '2021-07-01' },
  'no-issue-date': { issued: '2021-01-01' },
  'invalid-issue-date': { issued: '2021-13-01' },
  convention: { text: '列第一位的为牵头单位', convention: 'firstListedLeads', where: 'plan' },
  'convention-from-task': { task: 4 },
  'text-missing': { task: 3 },
  'number-missing': { number: 6, lines: '32' },
  'unnumbered-items': { count: 3, lines: '9–17' },
  'names-run-together': { task: 8, written: '派出所工商质监所', parted: '派出所、工商质监所' },
  'units-placeholder': { task: 3, placeholder: '（未识别）' },
  renumbered: { count: 12 },
  'renumbered/restart': { count: 12 },
  'cell-notice': { task: 7, cell: 'units', said: '“试行”不是单位', saidEn: '“试行” is not a unit' },
  'invalid-import': { path: 'tasks.3.units', issue: 'Too small' },
  'prose-levels': { taskLevel: 3, categoryLevel: 1 },
  'not-tasks': { name: '保障措施', lines: '120–130' },
  'no-category': {},
  'heading-lead': { heading: '王丹县长牵头重点工作', leaders: '王丹县长', tasks: 2 },
  'number-missing/placed': { number: 4, line: 18 },
  'lost-marks': { count: 12 },
  'units-in-sentence': { number: 1, units: '县环卫站' },
  'units-for-items': { from: 1, to: 4, units: '市发展改革委', sentence: '4项目标的责任单位均为市发展改革委。' },
  'heading-units': { heading: '（一）鹿城镇（14个）', units: '鹿城镇', tasks: 6 },
  'leaders-above': { label: '督查领导', leaders: '张建辉', line: 3, tasks: 5 },
  'units-bracket': { task: 5 },
  'units-bracket-unclosed': { task: 5, open: '（市财政局牵头' },
  'units-missing': { task: 5, lines: '40–42' },
  'date-in-text': { task: 5, dates: '“6月底前”' },
  'task/prose': { task: 5, lines: '40–42' },
  requirement: { number: 2, lines: '30–34' },
  duty: { number: 2, actor: '各牵头单位', actorEn: 'every lead unit', action: '于10月30日前报送' },
  'layout/file': { table: '表 1', row: 2, columns: '序号 工作任务 责任单位' },
  'other-table': { other: '表 2', table: '表 1' },
  'encoding-gb18030': {},
  'pdf-text': { ruled: false },
  'pdf-drawing': { page: 3, max: 20000 },
  'pdf-tables': { count: 2 },
  'no-such-sheet': { wanted: '任务', sheets: '“Sheet1”' },
  'hidden-sheet': { sheet: '草稿' },
  'date-cells': { column: 'E', sheet: 'Sheet1' },
  'file-too-large': { size: '60 MB', max: '50 MB' },
  'too-many-pages': { pages: 900, max: 500 },
  'too-many-cells': { max: 200000 },
  'unsupported-format': { kind: 'odf' },
  'old-office-format': { kind: 'doc' },
  'bad-pdf': { password: true },
  'reader-missing': { kind: 'PDF', package: 'pdfjs-dist' },
  'bad-zip': { problem: 'entry-damaged' },
  'zip-bomb': { problem: 'ratio', entry: 'word/document.xml', size: '24 MB', compressed: '24 KB', max: 200 },
  'review-summary': { layout: 'pdfTable', tasks: 50, categories: 12, spots: 2 },
  'review-nothing': {},
  'review-confidence': { confidence: 0.6 },
  'review-line': { lines: '12–14' },
};

describe('the importer’s messages say the same facts in Chinese and in English', () => {
  test.each(Object.keys(IMPORT_MESSAGES) as (keyof typeof IMPORT_MESSAGES)[])('%s', (id) => {
    const params = SAMPLES[id] as never;
    const zh = say(id, params);
    const en = say(id, params, 'en');
    expect(zh).toMatch(/\p{Script=Han}/u);
    // Chinese sentences hold no English words beyond names of layouts, fields and file kinds.
    expect(zh.replace(/[A-Za-z]+(?:\.[A-Za-z]+)*|“[^”]*”/g, '')).not.toMatch(/[A-Za-z]{3,}/);
    expect(en.replace(/“[^”]*”|[\p{Script=Han}（）、，：；]+/gu, '')).not.toMatch(/\p{Script=Han}/u);
    // The numbers given are said in both.
    for (const [key, value] of Object.entries(SAMPLES[id]))
      if (typeof value === 'number' && !key.endsWith('Level')) {
        expect(zh).toContain(String(value));
        expect(en.replace(/,/g, '')).toContain(String(value));
      }
  });
});

test('a diagnostic is said again in English from its params and message id', () => {
  const d = { severity: 'info' as const, code: 'renumbered', ...catalogued('renumbered/restart', { count: 4 }) };
  expect(d.message).toBe('各标题下任务编号重新从 1 开始：4 项任务按顺序编为 1–4');
  expect(sayDiagnostic(d, 'en')).toBe('task numbers restart under each heading: the 4 tasks are numbered 1–4 in order');
  // A diagnostic from outside the catalogue keeps its message.
  expect(sayDiagnostic({ severity: 'error', code: 'not-a-code', message: 'bad YAML' }, 'en')).toBe('bad YAML');
  expect(isMessageCode('renumbered/restart')).toBe(true);
  expect(isMessageCode('not-a-code')).toBe(false);
});
