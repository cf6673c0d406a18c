/**
 * The catalogue is complete and Chinese first: every diagnostic code core writes has an entry, every
 * entry says something Chinese in Chinese (not an English sentence), and every enum value has a
 * Chinese and an English label.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DeadlineKind, DeadlineReading, DeadlineStatus, TrafficLight } from '../deadlines/schema';
import type { FileFormat } from '../import/document/table-model';
import { IMPORT_LAYOUTS, type ImportResult } from '../import/types';
import {
  deadlineKindNames,
  fileFormatNames,
  type LabelLanguage,
  layoutNames,
  lightNames,
  lookbackResultNames,
  progressStateNames,
  roleMarks,
  roleNames,
  statusNames,
  unitKindNames,
} from '../labels';
import { Role, UnitKind } from '../model/schema';
import type { LookbackResult } from '../progress/lookback';
import type { TaskChangeKind } from '../queries/plan-diff';
import { LeadSource, RoleAssignment, RoleNotice, RoleNoticeCode } from '../roles/schema';
import { LedgerState } from '../progress/schema';
import { APP_MESSAGES } from './app';
import { HELP_MESSAGES } from './help';
import { DEADLINE_SUMMARY_MESSAGES } from './deadline-summary';
import { DEADLINES_MESSAGES } from './deadlines';
import { FILES_MESSAGES } from './files';
import { IMPORT_MESSAGES } from './import';
import { IMPORT_ROWS_MESSAGES } from './import-rows';
import { IMPORT_TABLES_MESSAGES } from './import-tables';
import { isMessageCode, type MessageCode, say } from './index';
import { type ServerMessage, sayServer } from './server';
import { LEDGER_MESSAGES } from './ledger';
import { MODEL_MESSAGES } from './model';
import { PLACES_MESSAGES } from './places';
import { REPORTS_MESSAGES } from './reports';
import { REPORT_WORD_MESSAGES, sayReport } from './report-words';
import { ROLES_MESSAGES } from './roles';
import { SERVER_MESSAGES } from './server';
import { USAGE_MESSAGES } from './usage';
import { isViewerWord, sayViewer, VIEWER_MESSAGES, type ViewerWord } from './viewer';

const SRC = path.resolve(import.meta.dirname, '..');

/** Three or more English words in a row: a sentence (or most of one) left in English. */
const ENGLISH_SENTENCE = /\b[A-Za-z]{2,}(?:[ ,;:'’]+[A-Za-z]{2,}){2,}\b/;
/** Chinese: a Han character, or Chinese punctuation (、，（）：…) around the parameters. */
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** A sentence without the command lines it names (`fengong progress import`), which are not English. */
const withoutCommands = (sentence: string) => sentence.replace(/\bfengong(?: [a-z][a-z-]*)+/g, 'fengong');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === '__fixtures__' ? [] : sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

/** Every message id of the catalogue: the keys of its parts. */
function catalogueIds(): MessageCode[] {
  const parts = [
    IMPORT_MESSAGES,
    IMPORT_TABLES_MESSAGES,
    IMPORT_ROWS_MESSAGES,
    ROLES_MESSAGES,
    DEADLINES_MESSAGES,
    DEADLINE_SUMMARY_MESSAGES,
    MODEL_MESSAGES,
    FILES_MESSAGES,
    PLACES_MESSAGES,
    LEDGER_MESSAGES,
    APP_MESSAGES,
    HELP_MESSAGES,
    USAGE_MESSAGES,
    SERVER_MESSAGES,
    REPORTS_MESSAGES,
    REPORT_WORD_MESSAGES,
    VIEWER_MESSAGES,
  ];
  const ids = parts.flatMap((part) => Object.keys(part));
  // No two parts give one id.
  expect(new Set(ids).size).toBe(ids.length);
  // Every part is in the catalogue, and every catalogue id is in a part (index.ts spreads them all).
  const sources = readdirSync(path.join(SRC, 'messages')).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !['index.ts', 'define.ts'].includes(f),
  );
  expect(sources).toHaveLength(parts.length);
  // The help's words are said by sayHelp only (the viewer does not load them), the viewer's by
  // sayViewer only (nothing else loads them); all others by say.
  const apart = [HELP_MESSAGES, SERVER_MESSAGES, VIEWER_MESSAGES];
  expect(ids.filter((id) => !isMessageCode(id) && !apart.some((part) => Object.hasOwn(part, id)))).toEqual(
    [],
  );
  return ids as MessageCode[];
}

/** The values of the parameters that choose a sentence (a problem of an archive, of a reporter; a kind of file). */
const PROBLEMS = [
  ...['no-directory', 'zip64', 'too-many-entries', 'directory-outside', 'entry-damaged', 'encrypted'],
  ...['local-header', 'past-end', 'ratio', 'too-much', 'stored-size', 'method', 'inflate'],
  ...['inflates-more', 'inflates-other', 'no-task', 'unknown-unit', 'group', 'no-role'],
];
const KINDS = ['pdf', 'zip', 'ole', 'rtf', 'png', 'jpeg', 'utf32', 'odf', 'binary', 'doc', 'xls'];

/**
 * Parameters for any entry: every name reads as `value` (a number, so that counts, lines and tasks
 * read naturally; truthy or not, so that both sides of a condition are said), except the one that
 * chooses the sentence.
 */
const anyParams = (value: number, choice: Record<string, string>) =>
  new Proxy({}, { get: (_, key) => (typeof key === 'string' && key in choice ? choice[key] : value) });

/** Every sentence an entry can say with `value` for its plain parameters. */
function sentences(id: MessageCode, value: number, locale: 'zh-CN' | 'en'): string[] {
  const choices = [{}, ...PROBLEMS.map((problem) => ({ problem })), ...KINDS.map((kind) => ({ kind }))];
  const said = choices.map(
    (choice) =>
      (Object.hasOwn(HELP_MESSAGES, id)
        ? HELP_MESSAGES[id as keyof typeof HELP_MESSAGES][locale](anyParams(value, choice) as never)
        : Object.hasOwn(SERVER_MESSAGES, id)
          ? sayServer(id as ServerMessage, anyParams(value, choice) as never, locale)
          : Object.hasOwn(VIEWER_MESSAGES, id)
            ? VIEWER_MESSAGES[id as keyof typeof VIEWER_MESSAGES][locale](anyParams(value, choice) as never)
            : say(id, anyParams(value, choice) as never, locale)) as string | undefined,
  );
  return [...new Set(said.filter((s): s is string => typeof s === 'string'))];
}

describe('every message of the catalogue', () => {
  const ids = catalogueIds();

  test('the sources list the catalogue (the walk below is not empty)', () => {
    expect(ids.length).toBeGreaterThan(200);
  });

  test.each([1, 0])('is Chinese in Chinese and said in English too (parameters %s)', (value) => {
    const englishOnly: string[] = [];
    const noEnglish: string[] = [];
    for (const id of ids) {
      const zh = sentences(id, value, 'zh-CN');
      const en = sentences(id, value, 'en');
      if ((id as string) === 'app/language') continue; // the viewer's language switch names English in English
      for (const sentence of zh.map(withoutCommands))
        if (!CJK.test(sentence) || ENGLISH_SENTENCE.test(sentence)) englishOnly.push(`${id}: ${sentence}`);
      if (zh.length === 0 || en.length === 0 || en.some((e) => !e.trim())) noEnglish.push(id);
    }
    expect(englishOnly).toEqual([]);
    expect(noEnglish).toEqual([]);
  });
});

describe('every diagnostic code core (or @fengong/reports) writes', () => {
  const files = [...sourceFiles(SRC), ...sourceFiles(path.resolve(SRC, '../../reports/src'))].filter(
    (f) => !f.includes(`${path.sep}messages${path.sep}`),
  );

  test('has an entry in the catalogue', () => {
    const missing: string[] = [];
    let seen = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bcode: '([a-z0-9-]+)'/g)) {
        if (m[1] === 'custom') continue; // zod's issue code
        seen++;
        if (!isMessageCode(m[1]!)) missing.push(`${m[1]} (${path.relative(SRC, file)})`);
      }
    }
    expect(seen).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  test('is said from the catalogue, not from a sentence written beside it', () => {
    const inline: string[] = [];
    for (const file of files) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (/^\s*(\*|\/\/)/.test(line)) return;
        if (/\bmessage:\s*[`'"][^`'"]*[A-Za-z]{3}/.test(line) && ENGLISH_SENTENCE.test(line))
          inline.push(`${path.relative(SRC, file)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(inline).toEqual([]);
  });
});

/** Each look-back finding, listed so that the type checker fails here when one is added. */
const lookbackFindings: Record<LookbackResult, true> = {
  done: true,
  doneLate: true,
  notDue: true,
  unfinished: true,
  cannotComplete: true,
};

/**
 * English sentences written in code that are not said to a person: the English side of the label
 * tables, the JSON schema's descriptions (for developers), fonts and CSS, and errors that only a bug
 * raises (each named with why).
 */
const NOT_SAID: readonly [file: RegExp, line: RegExp][] = [
  [/core\/src\/labels\.ts$/, /./], // the English labels beside the Chinese ones
  [/schema\.ts$/, /\.describe\(|^\s*(['"`]).*\1\s*,?\s*\)?,?$/], // descriptions of the JSON schema
  [/node\/plan-cache\.ts$/, /throw new Error/], // fengong's own cache file read out of order: a bug
  [/node\/ledger-store\.ts$/, /bytes were written/], // carries ENOSPC; the person reads ledger-unwritable
  [/deadlines\/statutory\.ts$/, /gives no day/], // a built-in rule without a day: a bug
  [/reports\/src\/formats\/(?:docx|official-docx)\.ts$/, /Times New Roman/], // a font
  [/reports\/src\/formats\/html\.ts$/, /font|Content-Security-Policy/], // CSS and a header
];

describe('no sentence is written in code outside the catalogue', () => {
  /** A string or template literal's text, its `${…}` slots left out. */
  const literals = (line: string) =>
    [...line.matchAll(/(['"`])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2]!.replace(/\$\{[^}]*\}/g, ' '));

  test.each([
    ['@fengong/core', SRC],
    ['@fengong/reports', path.resolve(SRC, '../../reports/src')],
  ])('%s: no English sentence in a literal (errors, diagnostics, documents)', (_name, root) => {
    const found: string[] = [];
    for (const file of sourceFiles(root)) {
      if (file.includes(`${path.sep}messages${path.sep}`)) continue;
      const where = file.split(path.sep).join('/');
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/^\s*(\*|\/\/|\/\*)/.test(line)) return;
          if (NOT_SAID.some(([f, l]) => f.test(where) && l.test(line))) return;
          if (literals(line).some((text) => ENGLISH_SENTENCE.test(text)))
            found.push(`${path.relative(root, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});

/** Each layout an import can say it read, listed so that the type checker fails here when one is added. */
const layouts: Record<ImportResult['layout'], true> = {
  pdfTable: true,
  delimitedTable: true,
  cellPerLine: true,
  cellStream: true,
  proseBracketed: true,
  proseLabelled: true,
  numbered: true,
  fileTable: true,
  none: true,
};

/** Each format of a plan's document, listed so that the type checker fails here when one is added. */
const fileFormats: Record<FileFormat, true> = { docx: true, xlsx: true, csv: true, pdf: true, text: true };

describe('every enum value', () => {
  test('the layouts walked are the importer’s (every layout it detects, and what a file or nothing reads as)', () => {
    expect(Object.keys(layouts).sort()).toEqual([...IMPORT_LAYOUTS, 'fileTable', 'none'].sort());
  });

  const tables: [
    string,
    readonly string[],
    Readonly<Record<LabelLanguage, Readonly<Record<string, string>>>>,
  ][] = [
    ['roles', Role.options, roleNames],
    ['role marks', Role.options, roleMarks],
    ['deadline statuses', DeadlineStatus.options, statusNames],
    ['traffic lights', TrafficLight.options, lightNames],
    ['deadline kinds', DeadlineKind.options, deadlineKindNames],
    ['progress states', LedgerState.options, progressStateNames],
    ['import layouts', Object.keys(layouts), layoutNames],
    ['file formats', Object.keys(fileFormats), fileFormatNames],
    ['unit kinds', UnitKind.options, unitKindNames],
    ['look-back findings', Object.keys(lookbackFindings), lookbackResultNames],
  ];

  test.each(tables)('%s: a Chinese label and an English one', (_name, values, table) => {
    for (const value of values) {
      expect(table.zh[value], `zh ${value}`).toMatch(CJK);
      expect(table.en[value], `en ${value}`).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(Object.keys(table.zh).sort()).toEqual([...values].sort());
    expect(Object.keys(table.en).sort()).toEqual([...values].sort());
  });

  test('traffic lights: a word for the light column of the documents, Chinese and English', () => {
    for (const light of TrafficLight.options) {
      expect(sayReport(`light-${light}`), light).toMatch(CJK);
      expect(sayReport(`light-${light}`, {}, 'en'), light).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  test('overdue is 已逾期 wherever a status is named', () => {
    expect(statusNames.zh.overdue).toBe('已逾期');
    expect(roleMarks.zh).toEqual({ lead: '牵', responsible: '责', supporting: '配', supervising: '督' });
  });
});

describe('the viewer’s words for enum values', () => {
  /** Each kind of diff change, listed so that the type checker fails here when a kind is added. */
  const changeKinds: Record<TaskChangeKind, true> = {
    renumbered: true,
    reworded: true,
    reassigned: true,
    deadlineMoved: true,
    recategorized: true,
  };
  /** The codes of the notices a task's page shows: its units cell's and its deadline's. */
  const noticeCodes = [
    ...RoleNoticeCode.options,
    ...Object.keys(DEADLINES_MESSAGES).map((id) => id.split('/')[0]!),
    'deadline-override',
  ].map((code) => code.replace(/-/g, '_'));
  const enums: [prefix: string, values: readonly string[]][] = [
    ['unitKind', ['group']], // the kinds of unit are labels (unitKindNames); a group is the viewer's own
    ['reading', DeadlineReading.options],
    ['leadSource', LeadSource.options],
    ['by', RoleAssignment.shape.by.unwrap().options],
    ['severity', RoleNotice.shape.severity.options],
    ['notice', [...new Set(noticeCodes)]],
    ['diffKind', Object.keys(changeKinds)],
  ];

  test.each(enums)('%s_…: a word for every value, and no word for a value that is not', (prefix, values) => {
    const missing = values.filter((value) => !isViewerWord(`${prefix}_${value}`));
    expect(missing).toEqual([]);
    const stale = Object.keys(VIEWER_MESSAGES)
      .map((id) => id.slice('app/'.length))
      .filter((id) => id.startsWith(`${prefix}_`) && !values.includes(id.slice(prefix.length + 1)));
    expect(stale).toEqual([]);
    for (const value of values) {
      const id = `${prefix}_${value}` as ViewerWord;
      expect(sayViewer(id), id).toMatch(CJK);
      expect(sayViewer(id, {}, 'en'), id).toMatch(/[A-Za-z]{2,}/);
    }
  });
});
