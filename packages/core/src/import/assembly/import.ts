/**
 * Importing a plan from the document's own text (从文件原文导入方案): detect the layout, read the
 * covering notice, the table or numbered paragraphs and the footer, and assemble a plan that passes
 * `Plan.parse`, with every decision recorded as a diagnostic.
 */
import { parseDeadline } from '../../deadlines';
import { isIsoDate, Plan, type PlanInput } from '../../model/schema';
import { detectConventions } from '../../roles/conventions';
import { explainUnits } from '../../roles/resolve';
import { readCellPerLine } from '../readers/cell-lines';
import { readCellStream } from '../readers/cell-stream';
import { findHeader, type HeaderMatch } from '../readers/columns';
import { readDelimitedTable } from '../readers/delimited';
import { append, type DraftBody, decision } from '../readers/draft';
import {
  blankLostMarks,
  dropJammer,
  joinSitePages,
  type SourceLine,
  splitSourceLines,
  squeeze,
} from '../document/lines';
import { readExcerptMarks } from '../document/excerpt';
import { applyCuts } from './cuts';
import { partGluedNames } from './glued';
import { leadersAbove, readFooter, readNotice } from './notice';
import { readPdfTable } from '../readers/pdf-table';
import { readSpacedTable, splitSpacedRun } from '../readers/spaced';
import { readNumbered, readSentences } from '../readers/numbered';
import { hanCount, scoreReading } from './evidence';
import { catalogued, say, sayDiagnostic } from '../../messages';
import { readProse } from '../readers/prose';
import { splitRuns } from '../readers/run-together';
import { unboxTables } from '../readers/box-table';
import { unglueTables } from '../readers/glued-table';
import { simplifiedCopy, writtenFrom } from '../../traditional';
import { stripPinyin } from '../document/pinyin';
import type { ImportDiagnostic, ImportLayout, ImportOptions, ImportResult } from '../types';
import { schemaIssue } from '../../model/schema-issue';

/** Reader notices that suggest the importer cut a cell wrongly. */
const MISREAD_UNITS = new Set(['empty-cell', 'unread-span', 'unknown-label']);
const MISREAD_DEADLINE = new Set([
  'deadline-empty',
  'deadline-unrecognised',
  'deadline-invalid-date',
  'deadline-day-without-month',
]);

/** Cells longer than this are not given to the readers (no real cell is; a broken import may be). */
const MAX_READ = 2000;

/**
 * Placeholder for a required cell the importer could not find.
 *
 * @example
 * importPlanText(text).plan?.tasks.filter((t) => t.units === MISSING_CELL).length; //=> 0
 */
export const MISSING_CELL = '（未识别）';

function readBody(
  lines: readonly SourceLine[],
  layout: ImportLayout,
  header: HeaderMatch | undefined,
): DraftBody | undefined {
  switch (layout) {
    case 'pdfTable': {
      if (!header) return undefined;
      const read = readPdfTable(lines, { ...header, layout: 'pdfTable' });
      // A header of spaced words over rows with no column positions: a table copied as text. Read
      // so too when the column positions gave rows without units (a list after the table, not it).
      const named = (body: DraftBody) => body.tasks.filter((t) => t.units !== '').length;
      if (read.tasks.length > 0 && named(read) > 0) return read;
      const spaced = readSpacedTable(lines, header);
      return spaced && named(spaced) > named(read) ? spaced : read.tasks.length > 0 ? read : (spaced ?? read);
    }
    case 'delimitedTable':
      return header?.layout === 'delimitedTable' ? readDelimitedTable(lines, header) : undefined;
    case 'cellPerLine':
      // A table with a person column (责任领导) is the block reader's (cellStream) when it reads it;
      // else this reader takes the cells after the text in the header's order.
      if (header?.layout !== 'cellPerLine') return undefined;
      if (header.columns.some((c) => c.kind === 'leaders') && (readCellStream(lines)?.tasks.length ?? 0) > 0)
        return undefined;
      return readCellPerLine(lines, header);
    case 'cellStream':
      return readCellStream(lines);
    case 'proseBracketed':
    case 'proseLabelled':
      return readProse(lines, layout);
    case 'numbered':
      return readNumbered(lines);
  }
}

/** The title printed just above the table or body (方案标题), if the line looks like one. */
function titleAbove(
  lines: readonly SourceLine[],
  index: number,
): { text: string; index: number } | undefined {
  for (let i = index - 1; i >= 0 && i >= index - 6; i--) {
    const t = lines[i]!.text;
    if (t === '') continue;
    const s = squeeze(t);
    if (s.length <= 60 && /(?:方案|清单|要点|计划|分工表|任务表|台账|安排|措施|分解表)$/.test(s))
      return { text: s, index: i };
    return undefined;
  }
  return undefined;
}

/**
 * Import a plan from the text of its document (导入分工方案): a PDF-extracted table like the
 * Zhanjiang seed, a table copied from a web page (`|`/tab rows or one cell per line), or a prose plan
 * (numbered paragraphs with the units in a trailing bracket or on labelled lines). Never throws; when
 * no task is found `plan` is `undefined` and `diagnostics` holds an `error` with code `no-table`.
 *
 * @example
 * const { plan, layout, diagnostics } = importPlanText(seedText, { fileName: 'seed.txt' });
 * layout; //=> 'pdfTable'
 * plan?.tasks.length; //=> 50
 * diagnostics.filter((d) => d.severity === 'warning').length; // the spots worth a look
 */
export function importPlanText(text: string, options: ImportOptions = {}): ImportResult {
  // Pinyin a mirror printed after characters (基礎(chǔ)設(shè)施) is read as blanks; the plan keeps it.
  const pinyin = stripPinyin(text, { min: 5 });
  if (pinyin) {
    const result = importPlanText(pinyin.text, options);
    result.diagnostics.unshift(decision('pinyin', { count: pinyin.count }, 0.8, undefined));
    return { ...result, plan: result.plan ? mapStrings(result.plan, pinyin.restore) : undefined };
  }
  const simplified = simplifiedCopy(text);
  if (simplified === undefined) return importSimplified(text, options);
  const result = importSimplified(simplified, options);
  const written = writtenFrom(text, simplified);
  const plan = result.plan ? mapStrings(result.plan, written) : undefined;
  result.diagnostics.unshift(decision('traditional', {}, 0.8, undefined));
  return { ...result, plan };
}

/** Every string value of a plain object or array mapped by `f` (keys kept). */
function mapStrings<T>(value: T, f: (text: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)])) as T;
  }
  return value;
}

function importSimplified(text: string, options: ImportOptions): ImportResult {
  const lost = blankLostMarks(splitSourceLines(text));
  const jammer = dropJammer(lost.lines);
  const pages = joinSitePages(jammer.lines);
  const marks = readExcerptMarks(splitSpacedRun(unglueTables(unboxTables(splitRuns(pages.lines)))));
  const lines = marks.lines;
  if (marks.header.title && !options.title) options = { ...options, title: marks.header.title };
  const header = options.layout?.startsWith('prose') ? undefined : findHeader(lines);
  // Every reader that can read the text proposes a reading; the best by evidence is taken.
  const candidates: ImportLayout[] = options.layout
    ? [options.layout]
    : [...(header ? [header.layout] : []), 'cellStream', 'proseLabelled', 'proseBracketed'];
  const readings: { layout: ImportLayout; body: DraftBody; score: number }[] = [];
  let documentHan = 0;
  for (const line of lines) documentHan += hanCount(line.text);
  for (const candidate of candidates) {
    const read = readBody(lines, candidate, header);
    if (read && read.tasks.length > 0)
      readings.push({ layout: candidate, body: read, score: scoreReading(read, { documentHan }) });
  }
  // Nothing reads: the numbered items are given to the clerk to review, rather than no plan.
  if (readings.length === 0 && !options.layout) {
    const read = readNumbered(lines, { cut: marks.cuts.length > 0 });
    // No numbered item that names its units either (a site's numbered disclaimer is no plan):
    // sentences whose subject is units, the plainest reading a clerk would make.
    const said = read?.tasks.some((t) => t.units !== '') ? undefined : readSentences(lines);
    if (said) readings.push({ layout: 'numbered', body: said, score: 0 });
    else if (read) readings.push({ layout: 'numbered', body: read, score: 0 });
  }
  readings.sort((a, b) => b.score - a.score);
  // A reading of unnumbered blocks only (`商委:…` lines) that leaves out numbered items naming their
  // units above them (`3、各乡(镇)政府…必须…`): the numbered reading, which keeps both, is taken.
  const blocks = readings[0];
  if (blocks?.body.diagnostics.some((d) => d.code === 'unnumbered-items') && !options.layout) {
    const read = readNumbered(lines, { cut: marks.cuts.length > 0 });
    const named = (body: DraftBody) => body.tasks.filter((t) => t.units !== '').length;
    if (read && named(read) > named(blocks.body) && read.tasks.length > blocks.body.tasks.length)
      readings[0] = { layout: 'numbered', body: read, score: blocks.score };
  }
  const best = readings[0];
  const diagnostics: ImportDiagnostic[] = [];
  if (!best) {
    diagnostics.push({
      severity: 'error',
      code: 'no-table',
      message: say('no-table', { header: header !== undefined }),
      params: { header: header !== undefined },
      ...(options.fileName ? { file: options.fileName } : {}),
    });
    return { plan: undefined, diagnostics, layout: 'none' };
  }
  const { body, layout } = best;
  const second = readings.find((r) => r.layout !== layout);
  if (second && second.score >= best.score * 0.85) {
    diagnostics.push(
      decision(
        'layout-uncertain',
        {
          layout,
          tasks: best.body.tasks.length,
          score: best.score.toFixed(1),
          other: second.layout,
          otherTasks: second.body.tasks.length,
          otherScore: second.score.toFixed(1),
        },
        0.5,
        undefined,
      ),
    );
  }
  diagnostics.push({
    severity: 'info',
    code: 'layout',
    ...catalogued('layout', {
      layout,
      asked: options.layout !== undefined,
      ...(header && layout === header.layout ? { headerLine: lines[header.index]!.no } : {}),
      readings: readings.length,
    }),
    confidence: options.layout ? 1 : header && layout === header.layout ? 0.9 : 0.75,
  });
  if (lost.count > 0) diagnostics.push(decision('lost-marks', { count: lost.count }, 0.8, undefined));
  if (jammer.count > 0) diagnostics.push(decision('jammer-dropped', { count: jammer.count }, 0.8, undefined));
  if (pages.count > 0)
    diagnostics.push(decision('site-pages-joined', { count: pages.count }, 0.8, undefined));
  const cut = applyCuts(body, marks.cuts, lines, layout, marks.dropped);
  append(diagnostics, body.diagnostics);
  append(diagnostics, cut);
  const plan = assemblePlan(lines, body, diagnostics, options);
  return { plan, diagnostics: locate(diagnostics, lines, options.fileName), layout };
}

/**
 * Assemble the plan from a body a layout reader found in `lines` (组装方案): the covering notice
 * above it, the footer below it, the meta, conventions, categories and tasks, what the
 * responsibility and deadline readers say about every cell, and a check against the schema. Every
 * decision is pushed to `diagnostics` (their `lines` not yet located). Shared by
 * {@link importPlanText} and the file importers, which give the lines of their document's
 * paragraphs and table rows.
 *
 * @example
 * const diagnostics: ImportDiagnostic[] = [];
 * const plan = assemblePlan(lines, body, diagnostics, { fileName: 'plan.docx' });
 * plan.tasks.length; //=> body.tasks.length
 */
export function assemblePlan(
  lines: readonly SourceLine[],
  body: DraftBody,
  diagnostics: ImportDiagnostic[],
  options: ImportOptions = {},
): PlanInput {
  partGluedNames(body, diagnostics);
  // 督查领导:张建辉 above the table: the leader of every row that names none of its own.
  const named = leadersAbove(lines, body.start);
  if (named) {
    const plain = body.tasks.filter((t) => (t.leaders ?? []).length === 0);
    for (const t of plain) t.leaders = [...named.leaders];
    if (plain.length > 0)
      diagnostics.push(
        decision(
          'leaders-above',
          { label: named.label, leaders: named.leaders.join('、'), line: named.line, tasks: plain.length },
          0.5,
          [named.line, named.line],
        ),
      );
  }
  // The covering notice ends at the plan's title (or the table header); the footer follows the body.
  const above = body.title ? undefined : titleAbove(lines, body.start);
  const noticeEnd = above?.index ?? body.start;
  const notice = readNotice(lines, 0, noticeEnd);
  append(diagnostics, notice.diagnostics);
  const footer = readFooter(lines, body.end, lines.length);

  const meta = notice.meta;
  const title = body.title?.text ?? above?.text ?? meta.title ?? options.title;
  if (above)
    diagnostics.push(
      decision(
        'title',
        { line: lines[above.index]!.no },
        0.9,
        [lines[above.index]!.no, lines[above.index]!.no],
        ['meta', 'title'],
      ),
    );
  const planTitle = title ?? '未命名方案';
  if (!title) {
    diagnostics.push(decision('no-title', {}, 0.2, undefined, ['meta', 'title']));
  }
  let issued = meta.issued ?? options.issued ?? footer.printed;
  if (!meta.issued && !options.issued) {
    if (footer.printed) {
      diagnostics.push(
        decision('issued-from-printed', { printed: footer.printed }, 0.5, footer.lines.printed, [
          'meta',
          'issued',
        ]),
      );
    } else {
      const year = /(\d{4})年/.exec(planTitle)?.[1];
      issued = `${year ?? '2000'}-01-01`;
      diagnostics.push(decision('no-issue-date', { issued }, 0.1, undefined, ['meta', 'issued']));
    }
  }
  if (!issued || !isIsoDate(issued)) {
    diagnostics.push(
      decision('invalid-issue-date', { issued: String(issued) }, 0.1, undefined, ['meta', 'issued']),
    );
    issued = '2000-01-01';
  }

  const planMeta: PlanInput['meta'] = {
    title: planTitle,
    ...(meta.noticeTitle ? { noticeTitle: meta.noticeTitle } : {}),
    ...(meta.documentNumber ? { documentNumber: meta.documentNumber } : {}),
    ...(meta.issuer ? { issuer: meta.issuer } : {}),
    issued,
    ...(meta.addressees.length > 0 ? { addressees: meta.addressees } : {}),
    ...(meta.parentDocuments.length > 0 ? { parentDocuments: meta.parentDocuments } : {}),
    ...((footer.disclosure ?? meta.disclosure) ? { disclosure: footer.disclosure ?? meta.disclosure } : {}),
    ...(footer.cc.length > 0 ? { cc: footer.cc } : {}),
    ...(footer.printedBy ? { printedBy: footer.printedBy } : {}),
    ...(footer.printed ? { printed: footer.printed } : {}),
  };

  // The notice states them, or the first units cell does for all (（首位单位为牵头单位，下同））.
  const firstCell = body.tasks.find((t) => t.units.trim() !== '' && t.units.length <= MAX_READ);
  // A notice the reader kept inside the body (no signature above its date) still states them.
  const firstLine = body.tasks[0]?.lines.text?.[0];
  const preamble =
    firstLine !== undefined && firstLine - 1 > noticeEnd
      ? lines
          .slice(noticeEnd, firstLine - 1)
          .map((l) => l.text)
          .join('\n')
      : '';
  const detectedConventions = detectConventions(`${notice.text}\n${preamble}\n${firstCell?.units ?? ''}`);
  const conventions = { ...detectedConventions.conventions, ...options.conventions };
  // A later cell states it for itself and the tasks after it (下同).
  const fromTask = conventions.firstListedLeads
    ? undefined
    : body.tasks.find(
        (t) =>
          t !== firstCell &&
          t.units.length <= MAX_READ &&
          detectConventions(t.units).found.some((f) => f.convention === 'firstListedLeads'),
      );
  if (fromTask) {
    diagnostics.push(
      decision('convention-from-task', { task: fromTask.number }, 0.6, fromTask.lines.units, [
        'conventions',
        'firstListedLeadsFrom',
      ]),
    );
  }
  for (const f of detectedConventions.found) {
    diagnostics.push(
      decision('convention', { text: f.text, convention: f.convention, where: 'plan' }, 0.8, undefined, [
        'conventions',
        f.convention,
      ]),
    );
  }

  const tasks: PlanInput['tasks'] = body.tasks.map((t, i) => {
    let text = t.text;
    let units = t.units;
    if (text.trim() === '') {
      text = MISSING_CELL;
      diagnostics.push(decision('text-missing', { task: t.number }, 0.1, t.lines.text, ['tasks', i, 'text']));
    }
    if (units.trim() === '') {
      units = MISSING_CELL;
      diagnostics.push(
        decision('units-placeholder', { task: t.number, placeholder: MISSING_CELL }, 0.1, t.lines.units, [
          'tasks',
          i,
          'units',
        ]),
      );
    }
    return {
      number: t.number,
      category: t.category.trim() === '' ? '未分类' : t.category,
      text,
      units,
      deadline: t.deadline,
      ...(t.leaders && t.leaders.length > 0 ? { leaders: t.leaders } : {}),
      ...(t.note ? { note: t.note } : {}),
    };
  });

  // Task numbers must be positive and unique, categories listed once and named by every task.
  const numbers = new Set<number>();
  if (tasks.some((t) => t.number < 1 || numbers.size === numbers.add(t.number).size)) {
    tasks.forEach((t, i) => {
      t.number = i + 1;
    });
    diagnostics.push(decision('renumbered', { count: tasks.length }, 0.5, undefined));
  }
  const categoryNames = new Set<string>();
  const categories: { name: string }[] = [];
  const addCategory = (name: string) => {
    if (categoryNames.has(name)) return;
    categoryNames.add(name);
    categories.push({ name });
  };
  for (const c of body.categories) if (c.name.trim() !== '') addCategory(c.name);
  for (const t of tasks) addCategory(t.category);

  // What the responsibility and deadline readers say about each cell: the notices that suggest a
  // cell was misread are warnings, the others (no single owner, vague groups…) information.
  // Cells repeat (merged cells, 各县（市、区）政府（管委会）、市直各单位): read each text once.
  const unitNotices = new Map<string, ReturnType<typeof explainUnits>['notices']>();
  const deadlineNotices = new Map<string, ReturnType<typeof parseDeadline>['notices']>();
  const readUnits = (text: string) => {
    const known = unitNotices.get(text);
    if (known) return known;
    const found = explainUnits(text, { registry: options.registry }).notices;
    unitNotices.set(text, found);
    return found;
  };
  const readDeadline = (text: string) => {
    const known = deadlineNotices.get(text);
    if (known) return known;
    const found = parseDeadline(text, { issued, conventions }).notices;
    deadlineNotices.set(text, found);
    return found;
  };
  body.tasks.forEach((t, i) => {
    const task = tasks[i]!;
    if (task.units !== MISSING_CELL && task.units.length <= MAX_READ) {
      for (const n of readUnits(task.units)) {
        diagnostics.push({
          severity:
            MISREAD_UNITS.has(n.code) || (n.code === 'unknown-unit' && options.registry) ? 'warning' : 'info',
          code: n.code,
          ...catalogued('cell-notice', {
            task: t.number,
            cell: 'units',
            said: n.message,
            saidEn: sayDiagnostic(n, 'en'),
          }),
          path: ['tasks', i, 'units'],
          ...(t.lines.units ? { lines: t.lines.units } : {}),
        });
      }
    }
    if (task.deadline && task.deadline.length <= MAX_READ) {
      for (const n of readDeadline(task.deadline)) {
        diagnostics.push({
          severity: MISREAD_DEADLINE.has(n.code) ? 'warning' : 'info',
          code: n.code,
          ...catalogued('cell-notice', {
            task: t.number,
            cell: 'deadline',
            said: n.message,
            saidEn: sayDiagnostic(n, 'en'),
          }),
          path: ['tasks', i, 'deadline'],
          ...(t.lines.deadline ? { lines: t.lines.deadline } : {}),
        });
      }
    }
  });

  const plan: PlanInput = {
    meta: planMeta,
    ...(options.registryFile ? { registry: options.registryFile } : {}),
    ...(Object.keys(conventions).length > 0 || fromTask
      ? { conventions: fromTask ? { ...conventions, firstListedLeadsFrom: fromTask.number } : conventions }
      : {}),
    ...(notice.requirements.length > 0 ? { requirements: notice.requirements } : {}),
    categories,
    tasks,
  };

  const check = Plan.safeParse(plan);
  if (!check.success) {
    for (const issue of check.error.issues) {
      diagnostics.push({
        severity: 'warning',
        code: 'invalid-import',
        ...catalogued('invalid-import', { path: issue.path.join('.'), issue: schemaIssue(issue) }),
        path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
      });
    }
  }
  return plan;
}

/** Give every diagnostic the file and the position of its first line, and sort them by line. */
function locate(
  diagnostics: ImportDiagnostic[],
  lines: readonly SourceLine[],
  fileName: string | undefined,
): ImportDiagnostic[] {
  // The diagnostics are the importer's own objects: completed in place.
  for (const d of diagnostics) {
    if (fileName) d.file = fileName;
    const first = d.lines ? lines[d.lines[0] - 1] : undefined;
    const last = d.lines ? lines[d.lines[1] - 1] : undefined;
    if (first)
      d.start = { line: first.at?.line ?? first.no, column: first.at?.column ?? 1, offset: first.offset };
    if (last)
      d.end = {
        line: last.at?.line ?? last.no,
        column: (last.at?.column ?? 1) + last.raw.length,
        offset: last.offset + last.raw.length,
      };
  }
  // Stable sort by first line; those without lines keep their place at the start.
  return diagnostics.sort((a, b) => (a.lines?.[0] ?? 0) - (b.lines?.[0] ?? 0));
}
