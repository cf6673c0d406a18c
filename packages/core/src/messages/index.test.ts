import { describe, expect, test } from 'vitest';
import { sayApp } from './app';
import { chineseNumeral } from './define';
import { DEADLINES_MESSAGES } from './deadlines';
import { IMPORT_MESSAGES } from './import';
import { IMPORT_ROWS_MESSAGES } from './import-rows';
import { IMPORT_TABLES_MESSAGES } from './import-tables';
import { catalogued, isMessageCode, say, sayDiagnostic } from './index';
import { type ReportWord, sayReport } from './report-words';
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
  pinyin: { count: 40 },
  'no-table': { header: false },
  'layout-uncertain': {
    layout: 'pdfTable',
    tasks: 50,
    score: '120.0',
    other: 'cellStream',
    otherTasks: 48,
    otherScore: '110.0',
  },
  layout: { layout: 'pdfTable', asked: false, headerLine: 71, readings: 3 },
  title: { line: 64 },
  'no-title': {},
  'excerpt-cut': { line: 43, task: 6 },
  'excerpt-cut/label': { line: 12, text: '(牵头单' },
  'numbered-fallback': { tasks: 3, line: 8, missing: 2 },
  'sentence-tasks': { tasks: 5, line: 8 },
  'spaced-table': { line: 31, rows: 10, columns: 1 },
  'spaced-table-units': { line: 10, rows: 11, subRows: 4 },
  'cell-stray': { line: 25, cell: '2' },
  'cells-realigned': { line: 25, cells: '“乡村产业发展股”' },
  'excerpt-cut/fragment': { task: 5, line: 31, fragment: '人民银' },
  'excerpt-cut/cell': { task: 6, line: 43, cell: 'units' },
  'excerpt-cut/stub': { task: 7, line: 12, stub: '经济信息' },
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
  'invalid-import': { path: 'tasks.3.units', issue: 'empty-units' },
  'prose-levels': { taskLevel: 3, categoryLevel: 1 },
  'not-tasks': { name: '保障措施', lines: '120–130' },
  'no-category': {},
  'heading-lead': { heading: '王丹县长牵头重点工作', leaders: '王丹县长', tasks: 2 },
  'number-missing/placed': { number: 4, line: 18 },
  'lost-marks': { count: 12 },
  'jammer-dropped': { count: 3 },
  'site-pages-joined': { count: 3 },
  'units-in-sentence': { number: 1, units: '县环卫站' },
  'units-for-items': {
    from: 1,
    to: 4,
    units: '市发展改革委',
    sentence: '4项目标的责任单位均为市发展改革委。',
  },
  'heading-units': { heading: '（一）鹿城镇（14个）', units: '鹿城镇', tasks: 6 },
  'title-units': { title: '教育体育局2020年为民办实事', units: '教育体育局', tasks: 7 },
  'section-units': { sentence: '各县(市、区)政府要结合实际', units: '各县(市、区)政府', tasks: 6 },
  'leaders-above': { label: '督查领导', leaders: '张建辉', line: 3, tasks: 5 },
  'units-bracket': { task: 5 },
  'units-brackets-joined': { task: 5, inner: '〔市生态环境局牵头〕' },
  'units-bracket-unclosed': { task: 5, open: '（市财政局牵头' },
  'units-missing': { task: 5, lines: '40–42' },
  'date-in-text': { task: 5, dates: '“6月底前”' },
  'task/prose': { task: 5, lines: '40–42' },
  requirement: { number: 2, lines: '30–34' },
  duty: { number: 2, actor: 'role', role: 'lead', action: '于10月30日前报送' },
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
  'yaml-imported': { source: 'seeds/000.txt', layout: 'pdfTable' },
  'yaml-check': {},
  'yaml-where': { lines: '12–14', confidence: 0.6 },
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

test('a numeral slot says its number as Chinese counts it, in Chinese only', () => {
  expect([0, 1, 9, 10, 11, 12, 20, 21, 99, 100, 2.5].map(chineseNumeral)).toEqual([
    '零',
    '一',
    '九',
    '十',
    '十一',
    '十二',
    '二十',
    '二十一',
    '九十九',
    '100',
    '2.5',
  ]);
  expect(sayReport('heading', { n: 12, text: '预警事项' })).toBe('十二、预警事项');
  expect(sayReport('heading', { n: 12, text: 'Warnings' }, 'en')).toBe('12. Warnings');
  expect(sayApp('lookback-unit', { i: 3, unit: '市财政局', n: 2 })).toBe('三、市财政局（2 项）');
  expect(sayApp('lookback-unit', { i: 3, unit: '市财政局', n: 2 }, 'en')).toBe('3. 市财政局 (2)');
  // A slot given no value stays as written, so that a missing parameter shows.
  expect(sayReport('heading', { text: '预警事项' })).toBe('{n:numeral}、预警事项');
});

test('a diagnostic is said again in English from its params and message id', () => {
  const d = {
    severity: 'info' as const,
    code: 'renumbered',
    ...catalogued('renumbered/restart', { count: 4 }),
  };
  expect(d.message).toBe('各标题下任务编号重新从 1 开始：4 项任务按顺序编为 1–4');
  expect(sayDiagnostic(d, 'en')).toBe(
    'task numbers restart under each heading: the 4 tasks are numbered 1–4 in order',
  );
  // A diagnostic from outside the catalogue keeps its message.
  expect(sayDiagnostic({ severity: 'error', code: 'not-a-code', message: 'bad YAML' }, 'en')).toBe(
    'bad YAML',
  );
  expect(isMessageCode('renumbered/restart')).toBe(true);
  expect(isMessageCode('not-a-code')).toBe(false);
});

/** Sample parameters for the words of the report documents (report-words.ts). */
const REPORT_SAMPLES: Record<ReportWord, Record<string, string | number>> = {
  'as-of': { date: '2021年10月1日' },
  'review-day': { date: '2021年10月1日' },
  'plan-line': { number: '湛府办〔2021〕20号', title: '任务分工' },
  'titled-on': { title: '任务分工', when: '截至2021年10月1日' },
  heading: { n: 3, text: '2021年9月前' },
  'names-sep': {},
  'clauses-sep': {},
  'sentence-end': {},
  'in-brackets': { text: '2021年9月前' },
  'then-clause': { text: '2021年9月前' },
  note: { text: '2021年9月前' },
  'role-units': { role: '牵头', units: '市财政局、市审计局' },
  'owners-role': { owners: '市财政局', role: '牵头' },
  'role-and-supervising': { role: '牵头', supervising: '监管' },
  'light-red': {},
  'light-yellow': {},
  'light-green': {},
  'light-none': {},
  'deadline-reading': { reading: '按9月30日前理解', text: '2021年9月前' },
  'unit-reason': { reason: '系统未上线', unit: '市财政局' },
  'unit-count': { n: 3, unit: '市财政局' },
  'status-blocked': { status: '已逾期1天', units: '市财政局、市审计局' },
  'progress-by-task': { state: '推进中', unit: '市财政局' },
  'progress-entry': { date: '2021年10月1日', extra: '：已汇总', state: '推进中', unit: '市财政局' },
  'progress-note': { note: '已汇总' },
  'progress-reason': { reason: '系统未上线' },
  'progress-evidence': { evidence: '公开截图' },
  'progress-author': { author: '张三' },
  'parts-finished': { done: 2, total: 15 },
  'parts-late': { units: '市财政局、市审计局' },
  'parts-blocked': { units: '市财政局、市审计局' },
  'some-names': { n: 3, names: '赤坎区政府、霞山区政府' },
  'default-addressees': {},
  'official-mark': { issuer: '湛江市人民政府办公室' },
  'official-addressees': { units: '市财政局，市审计局' },
  'official-list-sep': {},
  'official-attachments': {},
  'official-attachment': { n: 2 },
  'official-attachment-one': {},
  'official-see-attachment': { n: 2 },
  'official-cc': { units: '市政府办公室' },
  'official-printed': { date: '2021-10-01' },
  'status-count': { label: '已逾期', n: 3 },
  'status-counts': { counts: '已逾期8项', n: 3, noun: '项任务' },
  'status-counts-of': { counts: '已逾期8项' },
  'noun-tasks': {},
  yes: {},
  no: {},
  'col-warning': {},
  'col-days-late': {},
  'col-days-left': {},
  'col-warnings': {},
  'col-owners': {},
  'col-owner-type': {},
  'col-check-status': {},
  'col-check-result': {},
  'col-rectify-plan': {},
  'col-rectify': {},
  'col-reported-progress': {},
  'col-units-progress': {},
  'col-rectify-measures': {},
  'col-rectify-deadline': {},
  'col-excluded-reason': {},
  'col-co-lead-short': {},
  'col-co-leads': {},
  'col-collect-from': {},
  'col-report-due': {},
  'col-reported-units': {},
  'col-missing-units': {},
  'col-role-short': {},
  'col-members': {},
  'col-tasks': {},
  'overdue-title': {},
  'overdue-official-title': { plan: '湛江市政务公开工作分工方案' },
  'overdue-none': { date: '2021年10月1日' },
  'overdue-counts': { atRisk: 4, date: '2021年10月1日', dueSoon: 5, overdue: 8, units: '市财政局、市审计局' },
  'overdue-items-title': {},
  'overdue-group': { label: '已逾期', tasks: '1、2、15' },
  'overdue-items-caption': {},
  'overdue-units-title': {},
  'overdue-most': { most: '市财政局（5项）', units: '市财政局、市审计局' },
  'overdue-units-caption': {},
  'overdue-asks-title': {},
  'overdue-ask-press': {},
  'overdue-ask-explain': { reason: '系统未上线' },
  'overdue-item': { blocked: '，无法完成：系统未上线', role: '牵头', status: '已逾期1天', task: 15 },
  'overdue-item-blocked': { reason: '系统未上线' },
  'overdue-items-sheet': {},
  'overdue-units-sheet': {},
  'overdue-units-sheet-title': {},
  'lookback-title': {},
  'lookback-official-title': { plan: '湛江市政务公开工作分工方案' },
  'lookback-intro': {
    cannot: '（其中报告无法完成1项）',
    checked: 40,
    done: 2,
    doneLate: 6,
    excluded: 10,
    notDue: 11,
    rectify: 7,
  },
  'lookback-intro-cannot': { n: 3 },
  'lookback-note': { atRisk: 4, legend: '从严理解另行说明。' },
  'lookback-items-title': {},
  'lookback-items-caption': {},
  'lookback-excluded-title': {},
  'lookback-excluded': {},
  'lookback-sheet': {},
  'lookback-excluded-sheet': {},
  'lead-title': {},
  'lead-official-report': { plan: '湛江市政务公开工作分工方案' },
  'lead-official-circular': { plan: '湛江市政务公开工作分工方案' },
  'lead-office': {},
  'lead-addressees': {},
  'lead-duty': {
    action: '报送落实情况',
    left: '截至2021年10月1日，汇总报送未到期。',
    n: 3,
    when: '截至2021年10月1日',
  },
  'lead-duty-when': { text: '2021年9月前' },
  'lead-duty-left': { date: '2021年10月1日', status: '已逾期1天' },
  'lead-count': { leads: 12, unled: 9 },
  'lead-heading': { n: 3, unit: '市财政局' },
  'lead-report': { action: '报送落实情况', due: '，时限2021年10月30日前', status: '已逾期1天' },
  'lead-report-due': { date: '2021年10月1日' },
  'lead-collect': { targets: '赤坎区政府（负责）' },
  'lead-target': { name: '各县（市、区）政府', role: '牵头' },
  'lead-target-group': { members: '赤坎区政府、霞山区政府', n: 3, name: '各县（市、区）政府', role: '牵头' },
  'lead-caption': { unit: '市财政局' },
  'lead-own': { text: '2021年9月前' },
  'lead-own-none': {},
  'lead-reported': { missing: 14, reported: 21 },
  'lead-unled-title': {},
  'lead-unled-item': { role: '牵头', task: 15, text: '2021年9月前', units: '市财政局、市审计局' },
  'lead-unnamed': {},
  'lead-sheet': {},
  'lead-missing-sheet': {},
  'lead-missing-title': {},
  'lead-targets-sheet': {},
  'lead-targets-title': {},
  'matrix-title': {},
  'matrix-sheet': {},
  'matrix-intro': { columns: 37, tasks: '1、2、15', what: '单位' },
  'matrix-units': {},
  'matrix-units-or-groups': {},
  'matrix-legend': { both: '责/督', marks: '牵＝牵头' },
  'matrix-mark': { mark: '牵', name: '各县（市、区）政府' },
  'matrix-marks-sep': {},
  'matrix-expanded': {},
  'matrix-grouped': {},
  'matrix-via': { via: '市直各单位' },
  'matrix-list-note': { max: 80 },
  'unit-title': { unit: '市财政局' },
  'unit-subtitle': { asOf: '截至2021年10月1日', fullName: '（湛江市财政局）', unit: '市财政局' },
  'unit-sheet-title': { unit: '市财政局' },
  'unit-intro': {
    lead: 10,
    responsible: 12,
    supervising: '监管',
    supporting: 13,
    total: 15,
    unit: '市财政局',
  },
  'unit-statuses': { counts: '已逾期8项' },
  'unit-duty-lead': {},
  'unit-duty-responsible': {},
  'unit-duty-supporting': {},
  'unit-duty-supervising': {},
  'unit-notice-title': {},
  'unit-notice-duty': {
    action: '报送落实情况',
    n: 3,
    part: '（之二）',
    status: '已逾期1天',
    tasks: '1、2、15',
    when: '截至2021年10月1日',
  },
  'unit-notice-part': { n: 3 },
  'unit-notice-led-tasks': { tasks: '1、2、15' },
  'unit-notice-own-tasks': { n: 3 },
  'unit-notice-when': { reading: '按9月30日前理解', text: '2021年9月前' },
  'unit-notice-read-by': { date: '2021年10月1日' },
  'unit-notice-unread': {},
  'unit-section': { n: 3, role: '牵头' },
  'unit-none': {},
  'unit-via': { via: '市直各单位' },
  'unit-dates-title': {},
  'unit-date': { date: '2021年10月1日', what: '单位' },
  'unit-date-task': { label: '已逾期', role: '牵头', task: 15 },
  'unit-date-role': { role: '牵头' },
  'ics-calendar-name': { unit: '市财政局', title: '任务分工' },
  'ics-summary-task': { task: 15, role: '（配合）', label: '公开：', title: '完成主动公开' },
  'ics-summary-notice': { title: '报送落实情况' },
  'ics-summary-role': { role: '配合' },
  'ics-summary-label': { label: '完成现有规划文件主动公开' },
  'ics-summary-done': { summary: '【截止】任务15' },
  'ics-requirement': { n: 2, title: '报送落实情况' },
  'ics-tasks': { tasks: '7、8、9' },
  'ics-task': { task: 15, title: '完成主动公开' },
  'ics-category': { category: '政务公开' },
  'ics-role': { role: '配合' },
  'ics-deadline': { text: '2021 年 9 月前' },
  'ics-reading': { reading: '按9月30日前理解' },
  'ics-window': { start: '7月1日', end: '9月30日' },
  'ics-strict': { date: '8月31日' },
  'ics-alarm': { when: '明日到期', summary: '【截止】任务15' },
  'ics-alarm-week': {},
  'ics-alarm-day': {},
  'ics-alarm-strict': {},
};

describe('the report documents’ words say the same facts in Chinese and in English', () => {
  test.each(Object.keys(REPORT_SAMPLES) as ReportWord[])('%s', (id) => {
    const params = REPORT_SAMPLES[id];
    const zh = say(`report/${id}`, params);
    const en = say(`report/${id}`, params, 'en');
    expect(zh).toBe(sayReport(id, params));
    expect(en).toBe(sayReport(id, params, 'en'));
    // Every slot is filled, in both languages.
    expect(zh).not.toMatch(/\{\w+(?::\w+)?\}/);
    expect(en).not.toMatch(/\{\w+(?::\w+)?\}/);
    // Chinese is Chinese (or Chinese punctuation); English holds no Chinese but the names it is given.
    expect(zh).toMatch(/[\p{Script=Han}、，。：；（）【】＝]/u);
    let rest = en;
    for (const value of Object.values(params)) rest = rest.split(String(value)).join('');
    expect(rest.replace(/“[^”]*”/g, '')).not.toMatch(/\p{Script=Han}/u);
    // The numbers given are said in both (Chinese says a numeral slot's number as its 一、二、三).
    for (const value of Object.values(params))
      if (typeof value === 'number') {
        expect([String(value), chineseNumeral(value)].some((said) => zh.includes(said))).toBe(true);
        expect(en).toContain(String(value));
      }
  });
});
