/**
 * Reading deadline cells (完成时限) and finding deadline phrases inside requirement text (具体要求).
 */
import type { Diagnostic } from '../diagnostics';
import { isIsoDate } from '../model/plain';
import type { ConventionsInput, IsoDate } from '../model/schema';
import { resolveConventions } from './conventions';
import { matchPhrases, type PhraseMatch, type ReadContext, type Reading } from './grammar';
import { type MappedText, normaliseMapped } from './normalise';
import { notice } from './notices';
import type { Deadline, DeadlineKind, DeadlinePart } from './schema';

/**
 * Options of {@link parseDeadline}: the plan's date of issue (成文日期) and reading conventions (解读约定).
 *
 * @example
 * const options: ParseDeadlineOptions = { issued: '2021-07-01', conventions: { monthBefore: 'endOfMonth' } };
 */
export interface ParseDeadlineOptions {
  /** The plan's date of issue (成文日期): year-less phrases take its year. */
  issued: IsoDate;
  /** The plan's reading conventions (解读约定); defaults apply to missing fields. */
  conventions?: ConventionsInput | undefined;
}

/**
 * A deadline (完成时限) as read, with the notices that explain every choice the reader made.
 *
 * @example
 * const { deadline, notices }: ParsedDeadline = parseDeadline('3月前', { issued: '2021-07-01' });
 * // deadline.due === '2022-03-31'; notices[0].code === 'deadline-year-rolled'
 */
export interface ParsedDeadline {
  deadline: Deadline;
  notices: Diagnostic[];
}

/** A clause of the normalised text: `start`..`end`, between `;` / `。` separators. */
interface Clause {
  start: number;
  end: number;
}

const CLAUSE_SEPARATOR = /[;。]/g;
// A clause of nothing but punctuation (a trailing 。, a stray comma) carries no deadline.
const PUNCTUATION_ONLY = /^[\p{P}\p{S}]*$/u;

function clausesOf(normalised: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  for (const m of normalised.matchAll(CLAUSE_SEPARATOR)) {
    clauses.push({ start, end: m.index });
    start = m.index + 1;
  }
  clauses.push({ start, end: normalised.length });
  return clauses.filter((c) => !PUNCTUATION_ONLY.test(normalised.slice(c.start, c.end)));
}

/** The original text behind normalised offsets `start`..`end`. */
function originalSpan(original: string, norm: MappedText, start: number, end: number) {
  const from = norm.from[start] ?? original.length;
  const to = end > start ? (norm.to[end - 1] ?? from) : from;
  return { source: original, start: from, end: to };
}

/** Leading and trailing words that join a phrase to its label rather than belong to the label. */
const LABEL_EDGES = /^[于在并且，、:：,.]+|[，、:：,.]+$/g;

/** The clause's words around a phrase, whitespace removed: what this part of the deadline covers. */
function labelOf(original: string, norm: MappedText, pieces: readonly Clause[]): string | undefined {
  const label = pieces
    .filter((p) => p.end > p.start)
    .map((p) => {
      const span = originalSpan(original, norm, p.start, p.end);
      return original.slice(span.start, span.end);
    })
    .join('')
    .replace(/\s+/g, '')
    .replace(LABEL_EDGES, '');
  return label === '' ? undefined : label;
}

/** 及时 next to a dated phrase is an adverb (2021年9月前及时完成), not a deadline of its own. */
function withoutRedundantAsap(matches: PhraseMatch[]): PhraseMatch[] {
  const others = matches.filter((m) => m.rule.kindOf(m.groups) !== 'asap');
  return others.length > 0 ? others : matches;
}

interface ReadPart {
  reading: Reading;
  label: string | undefined;
}

/** Read every phrase of one clause; a clause with no phrase is an unread part. */
function readClause(
  original: string,
  norm: MappedText,
  clause: Clause,
  matches: readonly PhraseMatch[],
  base: Omit<ReadContext, 'text' | 'span'>,
): ReadPart[] {
  const inClause = withoutRedundantAsap(
    matches.filter((m) => m.start >= clause.start && m.end <= clause.end),
  );
  if (inClause.length === 0) {
    const span = originalSpan(original, norm, clause.start, clause.end);
    const text = original.slice(span.start, span.end);
    return [
      {
        reading: {
          deadline: { kind: 'unspecified', text },
          notices: [notice('warning', 'deadline-unrecognised/clause', { text }, span)],
        },
        label: undefined,
      },
    ];
  }
  return inClause.map((m, i) => {
    const span = originalSpan(original, norm, m.start, m.end);
    const reading = m.rule.read(m.groups, { ...base, text: original.slice(span.start, span.end), span });
    // The words before the first phrase and after each phrase, up to the next one, are its label.
    const next = inClause[i + 1]?.start ?? clause.end;
    const before = i === 0 ? [{ start: clause.start, end: m.start }] : [];
    return { reading, label: labelOf(original, norm, [...before, { start: m.end, end: next }]) };
  });
}

function unspecified(text: string, notices: Diagnostic[]): ParsedDeadline {
  return { deadline: { kind: 'unspecified', text }, notices };
}

/**
 * Read a deadline cell (完成时限) or a deadline phrase. Spacing, full-width digits, Chinese numerals,
 * 月份 and 以前 are normalised first. A phrase without a year takes the plan's year (`yearInferred`).
 * `X月前` is the end of month X with the end of the month before as the alternative (or the other way
 * round under `conventions.monthBefore`); `X月X日前` includes the day unless `conventions.dayBeforeInclusive`
 * is false. Several clauses (`；`) make a compound deadline whose parts keep their labels. Whatever cannot be
 * read becomes `unspecified` with a notice naming the text. Never throws.
 *
 * @example
 * parseDeadline('2021 年 9 月前', { issued: '2021-07-01' }).deadline;
 * //=> { kind: 'by', text: '2021 年 9 月前', due: '2021-09-30', granularity: 'month', reading: 'endOfMonth',
 * //     alternatives: [{ reading: 'endOfPreviousMonth', due: '2021-08-31' }], yearInferred: false }
 * parseDeadline('2021 年 9 月前完成现有规划文件主动公开；长期工作', { issued: '2021-07-01' }).deadline.kind;
 * //=> 'compound'  (by 2021-09-30 labelled 完成现有规划文件主动公开, then ongoing)
 */
export function parseDeadline(text: string, options: ParseDeadlineOptions): ParsedDeadline {
  const norm = normaliseMapped(text);
  if (norm.text === '') return unspecified(text, [notice('warning', 'deadline-empty', {})]);
  const clauses = clausesOf(norm.text);
  if (clauses.length === 0) {
    const span = { source: text, start: 0, end: text.length };
    return unspecified(text, [notice('warning', 'deadline-unrecognised', { text }, span)]);
  }
  if (!isIsoDate(options.issued)) {
    return unspecified(text, [notice('error', 'invalid-issue-date/deadline', { issued: options.issued })]);
  }
  const base = { issued: options.issued, conventions: resolveConventions(options.conventions) };
  const matches = matchPhrases(norm.text);
  const parts = clauses.flatMap((clause) => readClause(text, norm, clause, matches, base));
  const notices = parts.flatMap((p) => p.reading.notices);
  const [only] = parts;
  if (parts.length === 1 && only !== undefined) {
    return { deadline: { ...only.reading.deadline, text }, notices };
  }
  const labelled = parts.map(
    ({ reading, label }): DeadlinePart =>
      label === undefined ? reading.deadline : { ...reading.deadline, label },
  );
  return { deadline: { kind: 'compound', text, parts: labelled }, notices };
}

/**
 * A deadline phrase (时限表述) inside a longer text, for highlighting (viewer) and for reading with
 * {@link parseDeadline}.
 *
 * @example
 * const phrase: DeadlinePhrase = { text: '2021年底前', start: 0, end: 7, kind: 'by' };
 */
export interface DeadlinePhrase {
  /** The phrase as written. */
  text: string;
  /** Offsets into the searched text (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  /** The kind of deadline the phrase gives. */
  kind: DeadlineKind;
}

/**
 * Find the deadline phrases inside requirement text (具体要求), with their spans in that text — even when
 * PDF extraction broke them across lines.
 *
 * @example
 * findDeadlinePhrases('26.全面推进规章集中统一公开，2021\n年底前将本地区现行有效规章…集中公开。');
 * //=> [{ text: '2021\n年底前', start: 16, end: 24, kind: 'by' }]
 */
export function findDeadlinePhrases(text: string): DeadlinePhrase[] {
  const norm = normaliseMapped(text);
  return matchPhrases(norm.text).map((m) => {
    const span = originalSpan(text, norm, m.start, m.end);
    return {
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      kind: m.rule.kindOf(m.groups),
    };
  });
}
