/**
 * Reading a prose plan (文字版方案): headings (一、 / （一）) as categories and numbered paragraphs
 * as tasks, the units either in a bracket at the end of the paragraph
 * (`（市发展改革局牵头，市直各单位按职责分工负责）`, `〔牵头单位：…，责任单位：…〕`) or on labelled lines
 * under it (`牵头单位：…` / `责任单位：…` / `完成时限：…`).
 */
import { findDeadlinePhrases } from '../../deadlines';
import { findUnitsBracket } from '../../roles/bracket';
import { looksLikeName } from '../../roles/names';
import { composeUnits } from './cells';
import {
  bareUnitLine,
  deadlineStart,
  dutyLead,
  fieldLabel,
  type LabelKind,
  labelKind,
  unitScore,
} from './classify';
import {
  append,
  type DraftBody,
  type DraftCategory,
  type DraftTask,
  decision,
  formatLines,
  type Piece,
  spanOf,
  splitLeaders,
  textOf,
} from './draft';
import {
  endsSentence,
  itemNumberAt,
  readNumber,
  readWrittenDate,
  type SourceLine,
  splitTopLevel,
  squeeze,
  trimText,
} from '../document/lines';
import { isFooterStart } from '../assembly/notice';
import { isPageNumber } from './pdf-table';
import type { ImportDiagnostic, ImportLayout } from '../types';
import { LABEL_ALTERNATION } from './vocabulary';

/** Heading and paragraph numbering levels: 一、 (1) · （一） (2) · 1. (3) · （1） (4). */
type Level = 1 | 2 | 3 | 4;

const ENUMERATORS: readonly [Level, RegExp][] = [
  [1, /^([一二三四五六七八九十]{1,3})\s*[、．.﹒]\s*/],
  [2, /^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*/],
  // 3. · 3、 · 3。 (a full stop for the dot, before the text) · and 01 (a zero-padded number before a space or alone on its line: 01 项目名称:…).
  [3, /^(\d{1,3})\s*(?:[.．﹒、](?!\d)|。(?=\p{Script=Han})|[.．﹒](?=\d{4}年))\s*|^(0\d)(?:\s+|$)/u],
  [4, /^(?:[（(]\s*(\d{1,2})\s*[）)]|([①-⑳]))\s*/],
];

/** A bullet that marks an item with no number (●, ■, ◆, •). */
const BULLET = /^[●■◆◇○•▪▶★☆]\s*/u;

function enumeratorOf(
  text: string,
): { level: Level; number: number; head: string; rest: string } | undefined {
  for (const [level, pattern] of ENUMERATORS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const raw = m[1] ?? m[2] ?? '';
    const number = /[①-⑳]/.test(raw) ? raw.charCodeAt(0) - 0x2460 + 1 : readNumber(raw);
    if (number === undefined) continue;
    return { level, number, head: text.slice(0, m[0].length), rest: text.slice(m[0].length) };
  }
  return undefined;
}

/** A label and its value, with the lines they came from. */
interface Field {
  /** `target`: a labelled target or content (任务目标：…), the end of the task's text. */
  kind: LabelKind | 'target';
  label: string;
  value: Piece[];
}

interface Paragraph {
  level: Level | 0;
  number: number;
  /** The enumerator as written (`（1）`, `1.`). */
  head: string;
  pieces: Piece[];
  fields: Field[];
  indent: number;
}

/** A labelled bracket left open at the end of a paragraph: `…运行。[责任单位:区城管`. */
const UNCLOSED_LABEL = new RegExp(
  `[（(〔【[]\\s*((?:${LABEL_ALTERNATION})\\s*[:：](?:[^（(〔【[）)〕】\\]]|[（(][^（()）]*[）)])*)$`,
);

/**
 * A unit's duties at line `at`, as an unnumbered item whose units are that unit:
 * - `交通部门:一是负责…` / `工商部门职责:…` — the name leads the duties;
 * - `省统计局负责人口普查的日常工作。` — a sentence whose subject is units, the whole sentence the
 *   task, when the item before or the line after is one too;
 * - `国土资源局` then `负责供地许可审批…` on the next line, in a list of such pairs (duties that open
 *   with 牵头 make the unit their lead);
 * - in such a list, duties whose unit's line the copy lost (`负责项目规划审批…`): units left to fill in.
 * `inList`: the paragraph before is such an item. Returns the item and its last line.
 */
function dutyItem(
  lines: readonly SourceLine[],
  at: number,
  end: number,
  inList: boolean,
): { paragraph: Paragraph; last: number } | undefined {
  const line = lines[at]!;
  const t = line.text;
  const item = (units: string, label: string, text: SourceLine, last = at) => ({
    paragraph: {
      level: 0 as const,
      number: 0,
      head: '',
      pieces: [{ no: text.no, text: text.text.trim() }],
      fields: [{ kind: 'units' as const, label, value: [{ no: line.no, text: units }] }],
      indent: line.indent,
    },
    last,
  });
  const lead = dutyLead(t);
  if (lead)
    return lead.rest.length >= 8 ? item(lead.units, '责任单位', { ...line, text: lead.rest }) : undefined;
  const subject = dutySentence(t);
  if (subject && (inList || nextDutySentence(lines, at + 1, end))) return item(subject, '责任单位', line);
  const over = subject ? undefined : unitOverDuty(lines, at, end);
  if (over && (inList || unitOverDuty(lines, over.next + 1, end))) {
    const duties = lines[over.next]!;
    return item(over.units, /^\s*牵头/u.test(duties.text) ? '牵头单位' : '责任单位', duties, over.next);
  }
  if (inList && !subject && /^\s*(?:牵头)?负责\S{6}/u.test(t)) return item('', '责任单位', line);
  return undefined;
}

/** The units a sentence of duties opens with (`省委宣传部、省广电局负责人口普查的宣传工作`, `区环保局要加强…`). */
function dutySentence(line: string): string | undefined {
  const m =
    /^\s*(\p{Script=Han}[^，,。；;:：“”\s]{1,40}?)(?:牵头负责|具体负责|负责|要|应当|必须)(?=\S{4})/u.exec(
      line,
    );
  if (!m) return undefined;
  const names = m[1]!.split('、');
  return names.every((n) => looksLikeName(n) && unitScore(n) >= 1) ? m[1] : undefined;
}

/**
 * From line `at` (skipping blank lines): a unit's name alone on its line, then a line of its
 * duties (a sentence, not a name, a number or a date).
 */
function unitOverDuty(
  lines: readonly SourceLine[],
  at: number,
  end: number,
): { units: string; next: number } | undefined {
  let k = at;
  while (k < end && lines[k]!.text.trim() === '') k++;
  const units = k < end ? bareUnitLine(lines[k]!.text) : undefined;
  if (!units) return undefined;
  let n = k + 1;
  while (n < end && lines[n]!.text.trim() === '') n++;
  const next = n < end ? lines[n]!.text.trim() : '';
  if (next.length < 8 || bareUnitLine(next) || enumeratorOf(next) || readWrittenDate(next)) return undefined;
  return { units, next: n };
}

/** Is the next line with text a sentence of duties too? */
function nextDutySentence(lines: readonly SourceLine[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = lines[k]!.text;
    if (t.trim() === '') continue;
    return dutySentence(t) !== undefined;
  }
  return false;
}

/** A units label alone on its line, without its colon. */
const BARE_LABEL = new RegExp(`^\\s*(?:${LABEL_ALTERNATION})\\s*$`);

/** A line that opens with a period (第二季度:…, 上半年：…, 6月底:…): a milestone. */
const PERIOD_LINE = /^(?:第?[一二三四]季度|上半年|下半年|年底|\d{1,2}月(?:底|份|前)?)\s*[:：]/u;

/** A label that names the task at the start of its text (项目名称：, 项目内容：, 重点工作: …). */
const TEXT_LABEL =
  /^(?:项目名称|项目内容|任务名称|事项名称|工作任务|工作内容|重点工作|主要任务|重点任务|具体任务|任务内容|工作事项)\s*[:：]\s*/u;

/** A bracket the text never closes, with no label: `…40%以上。 (市建委、` where the copy stops. */
const OPEN_BRACKET = /\s*[（(]([^（()）:：]{2,80})$/u;

/** Does the text end in an open bracket that begins with a unit's name (the copy stops inside it)? */
function openBracketNames(text: string): boolean {
  const bare = OPEN_BRACKET.exec(text);
  return bare !== null && openNames(bare[1]!);
}

/** Does an open bracket begin with a unit's name (`市建委、`), not a phrase (`含…`)? */
function openNames(inner: string): boolean {
  const first = inner.split(/[、，,；;\s]/u)[0] ?? '';
  return looksLikeName(first) && unitScore(first) >= 1;
}

/** Labels of what a task is to reach (任务目标：…): the end of its text, after its units. */
const TARGET_LABELS = ['任务目标', '目标任务', '年度目标'];

/** Label words long enough to be read when the copy glued them to the value before (`莲塘镇任务目标：`). */
const LONG_LABELS = [...LABEL_ALTERNATION.split('|').filter((w) => w.length >= 4), ...TARGET_LABELS].join(
  '|',
);

/**
 * Labels anywhere in a line (several may share one: `牵头单位：A  配合单位：B`), and the long ones
 * right after a name (`责任单位：莲塘镇任务目标：…`).
 */
const LABEL_ANYWHERE = new RegExp(
  `(?:(?:^|[\\s；;，,。])[（(〔【[]?(${LABEL_ALTERNATION}|${TARGET_LABELS.join('|')})|(?<=[\\u4e00-\\u9fff])(${LONG_LABELS}))\\s*[:：]`,
  'g',
);

/** A line that opens with a target label. */
const TARGET_LINE = new RegExp(`^(?:${TARGET_LABELS.join('|')})\\s*[:：]`);

/** A heading's name: its text up to the first full stop or colon. */
function headingName(raw: string): string {
  const stop = raw.search(/[。：:]/);
  return trimText(stop > 0 ? raw.slice(0, stop) : raw);
}

/** A labelled line whose value is a person's title (三市州发展改革部门主要负责同志). */
const PERSON_LINE = /^([\u4e00-\u9fff]{1,6})[:：]\s*(\S.{0,40}?(?:负责同志|负责人))[。；;]?$/u;

function splitFields(text: string, no: number): Field[] | undefined {
  const first = fieldLabel(text);
  if (!first && !TARGET_LINE.test(text)) {
    // A label the copy broke (`人:` for 责任人:) before a person's title: the task's leaders.
    const person = PERSON_LINE.exec(text);
    return person ? [{ kind: 'leaders', label: person[1]!, value: [{ no, text: person[2]! }] }] : undefined;
  }
  const starts: { at: number; label: string; valueAt: number }[] = [];
  for (const m of text.slice(0, 400).matchAll(LABEL_ANYWHERE)) {
    starts.push({ at: m.index, label: (m[1] ?? m[2])!, valueAt: m.index + m[0].length });
  }
  // A label known by its shape only (牵头科室（单位）：) opens the line.
  if (first && (starts[0]?.at ?? 1) > 0) {
    const valueAt = text.length - first.value.length;
    const until = starts[0]?.at ?? text.length;
    starts.unshift({ at: 0, label: first.label, valueAt: Math.min(valueAt, until) });
  }
  if (starts.length === 0) return undefined;
  return starts.map((s, k) => {
    const until = starts[k + 1]?.at ?? text.length;
    let value = trimText(text.slice(s.valueAt, until));
    // `（牵头单位：…）` on a line of its own: the bracket is not part of the value.
    if (k === starts.length - 1 && /^[（(〔【[]/.test(text)) value = value.replace(/[）)〕】\]]$/, '');
    value = value.replace(/[；;，,]$/, '');
    const kind = TARGET_LABELS.includes(s.label) ? 'target' : labelKind(s.label);
    return { kind, label: s.label, value: value === '' ? [] : [{ no, text: value }] };
  });
}

/**
 * The units bracket at the end of a paragraph, with spans into the whole paragraph (only its last
 * 400 characters are read: a bracket of units is never longer).
 */
function trailingUnits(written: string): ReturnType<typeof findUnitsBracket> {
  if (!endsWithUnitsBracket(written)) return undefined;
  const text = written.replace(/[\s|｜]+$/u, '');
  const from = Math.max(0, text.length - 400);
  const found = findUnitsBracket(from === 0 ? text : text.slice(from)) ?? namesBracket(text.slice(from));
  if (!found || from === 0) return found;
  const shift = (s: { start: number; end: number }) => ({ start: s.start + from, end: s.end + from });
  return { text: found.text, span: shift(found.span), bracket: shift(found.bracket) };
}

/**
 * Role brackets inside a task's text, before its trailing one: a bracket that reads as units and says
 * who leads (`〔市生态环境局牵头,…参与,各县、区人民政府(管委会)负责落实。〕`), in order, none inside another.
 */
function innerUnitsBrackets(text: string): NonNullable<ReturnType<typeof findUnitsBracket>>[] {
  const found: NonNullable<ReturnType<typeof findUnitsBracket>>[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!'〕)）'.includes(text[i]!)) continue;
    const bracket = findUnitsBracket(text.slice(0, i + 1));
    if (!bracket || bracket.bracket.end !== i + 1 || !/牵头/u.test(bracket.text)) continue;
    while (found.length > 0 && found.at(-1)!.bracket.start >= bracket.bracket.start) found.pop();
    found.push(bracket);
  }
  return found;
}

/** A closing bracket at the end of a paragraph (`…增长11%(市发改委,各县市区政府)。`). */
const NAMES_ONLY = /[)）][。；;，,.]?$/u;

/**
 * A trailing bracket that holds names and nothing else, with no role word (`(市发改委,各县市区政府)`):
 * units when every name looks like one (局, 委, 处, 政府, 各部门…) — so `(试行)` and `(含开发区)` are not.
 */
function namesBracket(text: string): ReturnType<typeof findUnitsBracket> {
  const m = NAMES_ONLY.exec(text);
  // The closing bracket at the end, then back to the bracket that opens it (names may hold brackets of
  // their own: `(市人保局,各市(县)、区政府)`).
  const close = m ? m.index + m[0].search(/[)）][。；;，,.]?$/u) : -1;
  if (close < 0) return undefined;
  let depth = 0;
  let open = -1;
  for (let i = close; i >= 0; i--) {
    const c = text[i]!;
    if (c === ')' || c === '）') depth++;
    else if (c === '(' || c === '（') depth--;
    if (depth === 0) {
      open = i;
      break;
    }
  }
  if (open <= 0 || close - open - 1 > 160) return undefined;
  const inner = text.slice(open + 1, close);
  const names = splitTopLevel(inner, '、，,').map((n) => n.trim());
  if (!names.every((n) => looksLikeName(n) && !NOT_A_NAME.test(n))) return undefined;
  return {
    text: inner,
    span: { start: open + 1, end: close },
    bracket: { start: open, end: close + 1 },
  };
}

/** A bracket's word that ends as a name does but says what is included (含开发区, 简称市发改委). */
const NOT_A_NAME = /^(?:含|包含|包括|不含|除|以下|简称|即|原|全称)/u;

/** Does a line end with a bracket that may hold units? */
function endsWithUnitsBracket(text: string): boolean {
  let end = text.length;
  // (A cell's bar after the bracket, as a copied table cell ends: `(梁徐街道牵头) |`.)
  while (end > 0 && '。；;，,. \t\u3000|｜'.includes(text[end - 1]!)) end--;
  const t = text.slice(Math.max(0, end - 400), end);
  return /[）)〕】\]]$/.test(t) && /牵头|负责|配合|单位|部门|局|委|办|政府/.test(t);
}

/**
 * Which prose layout the text uses, if any: labelled lines under tasks, or units brackets at the
 * end of paragraphs.
 *
 * @example
 * detectProse(splitSourceLines('1.推行…。\n牵头单位：市财政局\n2.…\n责任单位：市税务局')); //=> 'proseLabelled'
 */
export function detectProse(lines: readonly SourceLine[]): ImportLayout | undefined {
  let labelled = 0;
  let bracketed = 0;
  for (const line of lines) {
    const t = line.text;
    if (t.length === 0 || t.length > 300) continue;
    const f = fieldLabel(t);
    if (f?.kind === 'units') labelled++;
    else if (endsWithUnitsBracket(t) && findUnitsBracket(t.slice(-160))) bracketed++;
    if (labelled >= 3 || bracketed >= 3) break;
  }
  if (labelled >= 2 && labelled >= bracketed) return 'proseLabelled';
  if (bracketed >= 2) return 'proseBracketed';
  if (labelled >= 1) return 'proseLabelled';
  if (bracketed >= 1) return 'proseBracketed';
  return undefined;
}

/**
 * Whose units a bracket on a line of its own gives: the last paragraph's, or — after several
 * sub-items (1)…(4) none of which named units — the item they belong to (1.完善应急预案体系).
 */
function bracketOwner(paragraphs: readonly Paragraph[]): Paragraph {
  const last = paragraphs.at(-1)!;
  let k = paragraphs.length - 1;
  let siblings = 0;
  while (k >= 0 && (paragraphs[k]!.level === last.level || paragraphs[k]!.level === 0)) {
    if (paragraphs[k]!.fields.length > 0) return last;
    if (paragraphs[k]!.level === last.level) siblings++;
    k--;
  }
  const parent = paragraphs[k];
  return parent && parent.level !== 0 && parent.level < last.level && siblings >= 2 ? parent : last;
}

function looksLikeOrgName(text: string): boolean {
  const s = squeeze(text);
  return (
    s.length >= 3 &&
    s.length <= 40 &&
    !/[，。,；;：:]/.test(s) &&
    /(?:办公室|政府|委员会|办公厅|局|厅|委|办|部|院|会|中心|小组|指挥部)$/.test(s)
  );
}

/** Where the plan itself begins: after the covering notice's signature and date, if there is one. */
function bodyStart(lines: readonly SourceLine[]): number {
  for (let i = 0; i < lines.length && i < 400; i++) {
    const s = squeeze(lines[i]!.text);
    if (s.length === 0 || s.length > 16 || !/日$/.test(s) || !readWrittenDate(s)) continue;
    let k = i - 1;
    while (k >= 0 && lines[k]!.text === '') k--;
    if (k >= 0 && looksLikeOrgName(lines[k]!.text)) {
      let j = i + 1;
      while (j < lines.length && (lines[j]!.text === '' || /^[（(]此件.{2,12}[）)]$/.test(lines[j]!.text)))
        j++;
      return j;
    }
  }
  return 0;
}

/**
 * Read a prose plan.
 *
 * @example
 * readProse(splitSourceLines(text), 'proseBracketed')?.tasks[0]?.units; //=> '市发展改革局牵头，市直各单位按职责分工负责'
 */
export function readProse(lines: readonly SourceLine[], layout: ImportLayout): DraftBody | undefined {
  const diagnostics: ImportDiagnostic[] = [];
  const start = bodyStart(lines);
  // The footer starts after the last task: a notice's own （此件公开发布） or 附件 list before the
  // tasks does not end the body.
  let lastTask = start - 1;
  for (let i = lines.length - 1; i >= start; i--) {
    const t = lines[i]!.text;
    if ((enumeratorOf(t) && endsWithUnitsBracket(t)) || fieldLabel(t)?.kind === 'units') {
      lastTask = i;
      break;
    }
  }
  let end = lines.length;
  for (let i = Math.max(start, lastTask + 1); i < lines.length; i++) {
    if (isFooterStart(lines[i]!.text)) {
      end = i;
      break;
    }
  }

  // The plan's title: the first lines, up to three, ending like a title.
  let i = start;
  while (i < end && lines[i]!.text === '') i++;
  let title: DraftBody['title'];
  {
    const parts: string[] = [];
    for (let j = i; j < end && parts.length < 3; j++) {
      const t = lines[j]!.text;
      if (t === '') continue;
      if (enumeratorOf(t) || t.length > 40) break;
      parts.push(t);
      const s = squeeze(parts.join(''));
      if (/(?:方案|清单|要点|计划|安排|措施|任务|分工)$/.test(s)) {
        title = { text: s, lines: [lines[i]!.no, lines[j]!.no] };
        i = j + 1;
        break;
      }
    }
  }

  // Paragraphs: a numbered line starts one; a labelled line adds a field to the current one.
  const paragraphs: Paragraph[] = [];
  /** Paragraphs made from a unit's duties (交通部门:… / 省统计局负责…). */
  const dutied = new Set<Paragraph>();
  let field: Field | undefined;
  for (let j = i; j < end; j++) {
    const line = lines[j]!;
    // A label alone on its line without its colon (责任单位), its value on the next: read as labelled.
    const t = BARE_LABEL.test(line.text) ? `${line.text.trim()}：` : line.text;
    if (t === '' || isPageNumber(t)) continue;
    const current = paragraphs.at(-1);
    // A unit's duties are an item of their own, not a labelled line of the paragraph above (see
    // dutyItem): 交通部门:一是负责… · 省统计局负责… · 国土资源局 / 负责供地许可审批….
    const duty =
      layout === 'proseLabelled' && !enumeratorOf(t)
        ? dutyItem(lines, j, end, current !== undefined && dutied.has(current))
        : undefined;
    if (duty) {
      paragraphs.push(duty.paragraph);
      dutied.add(duty.paragraph);
      field = undefined;
      j = duty.last;
      continue;
    }
    // Labelled lines belong to the paragraph above them; under an unnumbered one too in a labelled
    // plan, whose items may carry no numbers at all (a place, then 存在问题： and 责任单位：).
    const fields =
      current && (current.level !== 0 || layout === 'proseLabelled') ? splitFields(t, line.no) : undefined;
    if (fields && current) {
      const owner = /^[（(〔【[]/.test(t) ? bracketOwner(paragraphs) : current;
      append(owner.fields, fields);
      field = fields.at(-1);
      continue;
    }
    const bullet = BULLET.exec(t);
    if (bullet) {
      // A bulleted item (● …): a paragraph of its own, unnumbered.
      paragraphs.push({
        level: 0,
        number: 0,
        head: '',
        pieces: [{ no: line.no, text: t.slice(bullet[0].length) }],
        fields: [],
        indent: line.indent,
      });
      field = undefined;
      continue;
    }
    const e = enumeratorOf(t);
    if (e) {
      paragraphs.push({
        level: e.level,
        number: e.number,
        head: e.head,
        pieces: [{ no: line.no, text: e.rest }],
        fields: [],
        indent: line.indent,
      });
      field = undefined;
      continue;
    }
    if (field && current) {
      const value = textOf(field.value);
      // A list of units goes on over the next line unless it closed with a full stop (…长庆办。).
      const open = !/[。.]$/u.test(value);
      // A label with nothing after its colon (责任单位: / 科研所、省气象台): the next short line is its
      // value, whatever its names end with — the label says they are units.
      const empty = value === '' && t.length <= 60 && !endsSentence(t);
      if (
        field.kind === 'units' &&
        (empty || /[、，,；;]$/.test(value) || (open && unitScore(t) >= 1 && endsWithName(t)))
      ) {
        field.value.push({ no: line.no, text: t });
        continue;
      }
      // The next period's milestone (第二季度:…) goes on under a note of milestones.
      if (field.kind === 'note' && PERIOD_LINE.test(t)) {
        field.value.push({ no: line.no, text: t });
        continue;
      }
      if (field.kind === 'deadline' && /[，,、；;]$/.test(value)) {
        field.value.push({ no: line.no, text: t });
        continue;
      }
    }
    field = undefined;
    const last = current?.pieces.at(-1)?.text ?? '';
    // A bracket of units ends its paragraph (…60家（责任单位：市经信局）；): what follows is not its text.
    const closed =
      layout === 'proseBracketed' && endsWithUnitsBracket(last) && trailingUnits(last) !== undefined;
    // A heading that only says who leads (（一）省监察厅牵头的工作) ends at its line: the paragraph under it
    // is its one task.
    const leadHeading =
      current !== undefined &&
      current.level !== 0 &&
      current.pieces.length === 1 &&
      headingLead(last)?.units !== undefined;
    if (
      !current ||
      closed ||
      leadHeading ||
      (line.indent >= 4 && endsSentence(last)) ||
      current.fields.length > 0 ||
      (layout === 'proseLabelled' && TEXT_LABEL.test(t))
    ) {
      paragraphs.push({
        level: 0,
        number: 0,
        head: '',
        pieces: [{ no: line.no, text: t }],
        fields: [],
        indent: line.indent,
      });
    } else current.pieces.push({ no: line.no, text: t });
  }

  liftSubItemFields(paragraphs);
  const titled = layout === 'proseBracketed' ? splitTitledRuns(paragraphs) : new Set<Paragraph>();

  // Which paragraphs are tasks: the numbering level that carries units most often.
  const withUnits = (p: Paragraph) =>
    p.fields.some((f) => f.kind === 'units') ||
    (layout === 'proseBracketed' && trailingUnits(textOf(p.pieces)) !== undefined);
  const counts = new Map<Level, number>();
  const unitsOf = new Map<Paragraph, boolean>();
  for (const p of paragraphs) {
    if (p.level === 0) continue;
    const has = withUnits(p);
    unitsOf.set(p, has);
    // A title over items that lost their numbers counts for its level (the items are its tasks).
    if (has || titled.has(p)) counts.set(p.level, (counts.get(p.level) ?? 0) + 1);
  }
  let taskLevel: Level | undefined;
  for (const [level, n] of counts) {
    const bestN = taskLevel === undefined ? -1 : (counts.get(taskLevel) ?? 0);
    if (n > bestN || (n === bestN && taskLevel !== undefined && level > taskLevel)) taskLevel = level;
  }
  if (taskLevel === undefined) {
    // A block whose only label names its leader (`分管领导:` where the copy stops) is an item too.
    const blocks = paragraphs.filter(
      (p) => p.level === 0 && p.fields.some((f) => f.kind === 'units' || f.kind === 'leaders'),
    );
    const named = blocks.some((p) => p.fields.some((f) => f.kind === 'units'));
    const frame = { start, end, ...(title ? { title } : {}) };
    // Lines with no numbers, each closed by its bracket of units (…改造(住建局牵头)): each a task.
    const bracketed = paragraphs.filter((p) => p.level === 0 && withUnits(p));
    if (layout === 'proseBracketed' && bracketed.length >= 3)
      return unnumberedBlocks(bracketed, layout, diagnostics, frame, { labelled: false });
    // One block only: a task when its text is labelled too (重点工作: … / 牵头单位: …), as a page
    // of one task prints it, numbered by the page's heading (任务163) where it has one.
    const lone = blocks.length === 1 && named && TEXT_LABEL.test(blocks[0]!.pieces[0]?.text ?? '');
    if (layout !== 'proseLabelled' || (blocks.length < 2 && !lone) || !named)
      return { categories: [], tasks: [], diagnostics, ...frame };
    const number = lone ? pageNumber(lines, start, blocks[0]!.pieces[0]!.no) : undefined;
    return unnumberedBlocks(blocks, layout, diagnostics, frame, { labelled: true, number });
  }
  // Headings are the numbering level just above the tasks that actually precedes them.
  const above = new Map<Level, number>();
  let heading: Level | undefined;
  for (const p of paragraphs) {
    if (p.level === 0) continue;
    if (p.level < taskLevel) heading = p.level;
    else if (p.level === taskLevel && unitsOf.get(p) && heading !== undefined)
      above.set(heading, (above.get(heading) ?? 0) + 1);
  }
  const categoryLevel = above.size > 0 ? Math.max(...above.keys()) : undefined;
  diagnostics.push(
    decision('prose-levels', { taskLevel, ...(categoryLevel ? { categoryLevel } : {}) }, 0.85, undefined),
  );

  // Group task paragraphs under their headings; a heading none of whose paragraphs names units
  // (保障措施) holds no tasks.
  interface Group {
    heading?: Paragraph;
    name: string;
    tasks: Paragraph[];
    /** Who the heading says leads every task under it (一、王丹县长牵头重点工作 · 一、……（X牵头）). */
    lead?: HeadingLead;
  }
  const groups: Group[] = [];
  let group: Group | undefined;
  /** The last heading above the category level (一、 over （一）). */
  let outer: Paragraph | undefined;
  // Where each paragraph stands, and the next numbered one after it (computed once: a plan may
  // have tens of thousands of paragraphs).
  const indexOf = new Map(paragraphs.map((q, i) => [q, i]));
  const nextNumbered: (Paragraph | undefined)[] = new Array(paragraphs.length);
  for (let i = paragraphs.length - 1, next: Paragraph | undefined; i >= 0; i--) {
    nextNumbered[i] = next;
    if (paragraphs[i]!.level !== 0) next = paragraphs[i];
  }
  /** Does a numbered paragraph below `p` come before the next one of its level or above? */
  const hasSubItems = (p: Paragraph) => {
    const next = nextNumbered[indexOf.get(p)!];
    return next !== undefined && next.level > p.level;
  };
  let task: Paragraph | undefined;
  const at = (q: Paragraph | undefined) => (q ? (indexOf.get(q) ?? -1) : -1);
  /** An item that names no units heads the items after it: it leaves its group's tasks and names a group of its own. */
  const headOver = (item: Paragraph): Group => {
    if (group!.tasks.at(-1) === item) group!.tasks.pop();
    const made: Group = {
      heading: item,
      name: headingName(textOf(item.pieces)),
      tasks: [],
      ...(group!.lead ? { lead: group!.lead } : {}),
    };
    groups.push(made);
    return made;
  };
  /** The level of sub-items read as tasks under the current item (see below). */
  let subLevel: Level | undefined;
  for (const p of paragraphs) {
    if (
      categoryLevel !== undefined &&
      p.level === categoryLevel &&
      unitsOf.get(p) &&
      !headingLead(textOf(p.pieces)) &&
      !hasSubItems(p)
    ) {
      // An item of the heading level that names its own units and has no sub-items is a task too
      // (一、… （一）…（省发改委负责） beside 二、…（一）… 1.…（X主办）): the levels differ by section.
      // Its category is the heading above it (一、…), when that came after the current group's.
      subLevel = undefined;
      if (!group || (outer && at(outer) > at(group.heading))) {
        const name = outer ? headingName(textOf(outer.pieces)) : '未分类';
        group = { ...(outer ? { heading: outer } : {}), name, tasks: [] };
        groups.push(group);
      }
      const item: Paragraph = { ...p, level: taskLevel };
      unitsOf.set(item, true);
      group.tasks.push(item);
      task = item;
      continue;
    }
    if (p.level !== 0 && categoryLevel !== undefined && p.level < categoryLevel) outer = p;
    if (categoryLevel !== undefined && p.level === categoryLevel) {
      subLevel = undefined;
      const raw = textOf(p.pieces);
      const name = headingName(raw);
      // A person the heading above names (一、孟学农省长负责的工作 over （一）省监察厅牵头的工作) leads too.
      const own = headingLead(raw);
      const above = outer ? headingLead(outer.pieces[0]!.text)?.leaders : undefined;
      const lead = above && !own?.leaders ? { ...own, leaders: above } : own;
      const shown = lead?.units ? trimText(name.replace(/[（(][^（()）]*牵头(?:负责)?[）)]$/u, '')) : name;
      group = { heading: p, name: shown, tasks: [], ...(lead ? { lead } : {}) };
      groups.push(group);
      task = undefined;
      continue;
    }
    if (p.level === taskLevel) {
      subLevel = undefined;
      // Tasks right under a heading above the category level (一、主要工作目标 1、… beside 二、…（一）… 11、…)
      // take that heading.
      if (!group || (outer && at(outer) > at(group.heading))) {
        const name = outer ? headingName(textOf(outer.pieces)) : '未分类';
        group = { ...(outer ? { heading: outer } : {}), name, tasks: [] };
        groups.push(group);
      }
      group.tasks.push(p);
      task = p;
      continue;
    }
    if (
      task &&
      p.level === 0 &&
      layout === 'proseBracketed' &&
      (trailingUnits(textOf(p.pieces)) || (p === paragraphs.at(-1) && openBracketNames(tailOf(p.pieces))))
    ) {
      // Right after a task, a paragraph closed by its own units bracket is the next item whose number
      // the copy lost (①…⑤ then three items without ⑥⑦⑧): numbered on from the one before, and said.
      // After an item that names no units, the item heads them (1.主要指标的责任部门。), numbered from 1.
      let number = task.number + 1;
      if (!unitsOf.get(task)) {
        group = headOver(task);
        number = 1;
      }
      const item: Paragraph = { ...p, level: taskLevel, number, head: '' };
      unitsOf.set(item, true);
      group!.tasks.push(item);
      task = item;
      const span = spanOf(p.pieces);
      diagnostics.push(
        decision('number-missing', { number: item.number, lines: formatLines(span) }, 0.5, span),
      );
      continue;
    }
    if (task && p.level !== 0 && p.level > taskLevel && !unitsOf.get(task) && withUnits(p)) {
      // Under an item that names no units, sub-items that do are the tasks (二、…（一）全力推进产业项目建设。
      // 1.…（X主办）2.…): the item is a category for them.
      group = headOver(task);
      const item: Paragraph = { ...p, level: taskLevel };
      unitsOf.set(item, true);
      group.tasks.push(item);
      task = item;
      subLevel = p.level;
      continue;
    }
    if (task && subLevel !== undefined && p.level === subLevel) {
      // The next sub-item is the next task, with or without its units (the copy may cut it).
      const item: Paragraph = { ...p, level: taskLevel };
      unitsOf.set(item, withUnits(p));
      group!.tasks.push(item);
      task = item;
      continue;
    }
    if (task && p.level !== 0 && p.level > taskLevel) {
      // A sub-item of the task (（1）…): part of its text.
      p.pieces.forEach((x, k) => {
        task!.pieces.push(k === 0 ? { ...x, text: `${p.head}${x.text}` } : x);
      });
      append(task.fields, p.fields);
      continue;
    }
    if (
      p.level === 0 &&
      group?.heading &&
      group.lead?.units &&
      group.tasks.length === 0 &&
      paragraphs[(indexOf.get(p) ?? 0) - 1] === group.heading &&
      !hasSubItems(group.heading)
    ) {
      // The one paragraph under a heading that names its lead (（一）省监察厅牵头的工作 / 加强行政监察工作…)
      // is the heading's task, numbered as the heading.
      const item: Paragraph = { ...p, level: taskLevel, number: group.heading.number, head: '' };
      unitsOf.set(item, true);
      group.tasks.push(item);
      task = item;
      continue;
    }
    if (p.level !== 0) task = undefined;
  }

  const categories: DraftCategory[] = [];
  const named = new Set<string>();
  const tasks: DraftTask[] = [];
  const printed: number[] = [];
  for (const g of groups) {
    const withNames = g.tasks.filter((p) => unitsOf.get(p));
    if (withNames.length === 0) {
      if (g.heading) {
        const span = spanOf(g.heading.pieces);
        diagnostics.push(decision('not-tasks', { name: g.name, lines: formatLines(span) }, 0.75, span));
      }
      continue;
    }
    if (!named.has(g.name)) {
      named.add(g.name);
      const span = g.heading ? spanOf(g.heading.pieces) : spanOf(g.tasks[0]!.pieces);
      categories.push({ name: g.name, lines: span ?? [0, 0] });
      if (g.name === '未分类') diagnostics.push(decision('no-category', {}, 0.4, span));
    }
    for (const p of g.tasks) {
      printed.push(p.number);
      const task = readTask(p, g.name, layout, tasks.length, diagnostics, g.lead?.units !== undefined);
      if (g.lead?.leaders) task.leaders = [...g.lead.leaders, ...(task.leaders ?? [])];
      if (g.lead?.units)
        task.units = task.units === '' ? `${g.lead.units}牵头` : `${g.lead.units}牵头；${task.units}`;
      tasks.push(task);
    }
    if (g.lead && g.heading) {
      const span = spanOf(g.heading.pieces);
      diagnostics.push(
        decision(
          'heading-lead',
          {
            heading: g.name,
            tasks: withNames.length,
            ...(g.lead.leaders ? { leaders: g.lead.leaders.join('、') } : { units: g.lead.units ?? '' }),
          },
          0.7,
          span,
        ),
      );
    }
  }

  // Numbers: as printed when unique, else by position.
  if (new Set(printed).size !== printed.length) {
    tasks.forEach((t, k) => {
      t.number = k + 1;
    });
    diagnostics.push(decision('renumbered/restart', { count: tasks.length }, 0.7, undefined));
  }
  return { categories, tasks, diagnostics, start, end, ...(title ? { title } : {}) };
}

/** The last pieces' text, at least 400 characters of it when there are that many. */
function tailOf(pieces: readonly Piece[]): string {
  let text = '';
  for (let k = pieces.length - 1; k >= 0 && text.length < 400; k--) text = pieces[k]!.text + text;
  return text;
}

/**
 * A numbered title that names no units (`1.主要指标的责任部门。`) followed by sentences each closed
 * by its own units bracket (`常住人口…。(X牵头)` `万元…。(Y牵头)`): the title heads them, and each
 * sentence is an item of its own, its number lost. Split so, in place.
 */
function splitTitledRuns(paragraphs: Paragraph[]): Set<Paragraph> {
  const titles = new Set<Paragraph>();
  const out: Paragraph[] = [];
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k]!;
    out.push(p);
    if (p.level === 0 || p.pieces.length < 2 || trailingUnits(p.pieces[0]!.text)) continue;
    const rest = p.pieces.slice(1);
    // Sentences closed by their own bracket; a bracket pushed onto the next line closes the one before.
    const chunks: Piece[][] = [];
    let chunk: Piece[] = [];
    for (const piece of rest) {
      chunk.push(piece);
      // Only the chunk's last few hundred characters can hold its bracket: never join it all (a
      // paragraph may run on for a megabyte).
      if (endsWithUnitsBracket(piece.text) && trailingUnits(tailOf(chunk))) {
        chunks.push(chunk);
        chunk = [];
      }
    }
    const next = paragraphs[k + 1];
    const more = next && next.level === 0 && trailingUnits(textOf(next.pieces)) ? 1 : 0;
    if (chunks.length + more < 2 || chunks.length === 0) continue;
    if (chunk.length > 0) chunks.push(chunk);
    const items: Paragraph[] = chunks.map((pieces) => ({
      level: 0,
      number: 0,
      head: '',
      pieces,
      fields: [],
      indent: p.indent,
    }));
    const title: Paragraph = { ...p, pieces: [p.pieces[0]!] };
    titles.add(title);
    out.splice(out.length - 1, 1, title, ...items);
  }
  // In place, rebuilt once (splicing each split into a long list would cost its length each time).
  if (titles.size > 0) {
    paragraphs.length = 0;
    for (const q of out) paragraphs.push(q);
  }
  return titles;
}

/**
 * Labelled lines after the last sub-item of an item, when no other sub-item has its own, are the
 * item's (`1. 市科技馆` / `(1)…` `(2)…` `(3)…。` / `问题整改责任单位：…`): the item is the task and its
 * sub-items its text.
 */
function liftSubItemFields(paragraphs: Paragraph[]): void {
  for (let k = 0; k < paragraphs.length; k++) {
    const parent = paragraphs[k]!;
    // A heading that names its lead (（三）省编办牵头的工作) is no task: a labelled line under its last item is the item's.
    if (parent.level === 0 || parent.fields.length > 0 || headingLead(textOf(parent.pieces))?.units) continue;
    const children: Paragraph[] = [];
    for (let j = k + 1; j < paragraphs.length; j++) {
      const p = paragraphs[j]!;
      if (p.level !== 0 && p.level <= parent.level) break;
      if (p.level !== 0) children.push(p);
    }
    if (children.length < 2) continue;
    const last = children.at(-1)!;
    if (last.fields.length === 0 || children.slice(0, -1).some((c) => c.fields.length > 0)) continue;
    if (children.some((c) => c.level !== last.level)) continue;
    parent.fields = last.fields;
    last.fields = [];
  }
}

/**
 * Does a line that may go on a list of units end as a list does, with a name (`局、市审计局。`),
 * not with a sentence about them (`…等相关单位负责人参加检查。`)?
 */
function endsWithName(line: string): boolean {
  if (!endsSentence(line)) return true;
  const clauses = line.replace(/[。；;！!？?]+$/u, '').split(/[、，,；;]/u);
  return looksLikeName(clauses.at(-1) ?? '');
}

/** A line that starts with a label of its own (`存在问题：`, `发布日期：`). */
const LABEL_SHAPE = /^[\u4e00-\u9fff]{2,6}[:：]/u;

/**
 * Where an unnumbered item starts in its block: its labelled lines and their continuations at the
 * end, and the short line before them that names it (明馨园小区); what stands above is the notice's.
 */
function itemPieces(pieces: readonly Piece[]): Piece[] {
  let k = pieces.length;
  while (k > 0) {
    const piece = pieces[k - 1]!.text;
    const continues = k >= 2 && !endsSentence(pieces[k - 2]!.text) && !LABEL_SHAPE.test(piece);
    if (!LABEL_SHAPE.test(piece) && !continues) break;
    k--;
  }
  const head = pieces[k - 1];
  if (head && head.text.length <= 40 && !endsSentence(head.text)) k--;
  return pieces.slice(Math.min(k, pieces.length - 1));
}

/**
 * A page's heading that numbers its one task (`任务163`, `第163项`), among the lines above the task.
 *
 * @example
 * pageNumber(splitSourceLines('任务163\n重点工作: …'), 0, 2); //=> 163
 */
function pageNumber(lines: readonly SourceLine[], from: number, before: number): number | undefined {
  for (const line of lines) {
    if (line.no >= before) break;
    if (line.no < (lines[from]?.no ?? 0)) continue;
    const m = /^(?:任务|第)\s*(\d{1,4})\s*项?$/u.exec(line.text);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/**
 * Where an unnumbered line closed by its bracket of units starts in its paragraph: after the last
 * line above it that closes a sentence or introduces a list (…提到的部分:), or a table's lone bar.
 */
function bracketedPieces(pieces: readonly Piece[]): Piece[] {
  let k = pieces.length - 1;
  while (k > 0 && !/[。：:；;！？!?]$|^[|｜]$/u.test(pieces[k - 1]!.text)) k--;
  // A copied cell's closing bar after the bracket is not the task's.
  return pieces.slice(k).map((p) => ({ ...p, text: p.text.replace(/\s*[|｜]+$/u, '') }));
}

/**
 * Items with no numbers at all, each a paragraph followed by its labelled lines (督查通报: a place,
 * 存在问题：…, 责任单位：…): every block that names units is a task, numbered by position, and said.
 */
function unnumberedBlocks(
  blocks: readonly Paragraph[],
  layout: ImportLayout,
  diagnostics: ImportDiagnostic[],
  frame: Pick<DraftBody, 'start' | 'end' | 'title'>,
  { labelled, number }: { labelled: boolean; number?: number | undefined },
): DraftBody {
  const categories: DraftBody['categories'] = [];
  let name = '未分类';
  // Items cut from one sentence at their ordinals (一是…;二是…) carry their numbers.
  const chosen = blocks.map((p) => (labelled ? itemPieces(p.pieces) : bracketedPieces(p.pieces)));
  const ordinals = chosen.map((pieces) => itemNumberAt(pieces[0]?.text ?? '', ['ordinal']));
  const numbered = ordinals.every((o, k) => o?.number === k + 1);
  const tasks = blocks.map((p, k) => {
    let pieces = chosen[k]!;
    if (numbered)
      pieces = [{ ...pieces[0]!, text: pieces[0]!.text.slice(ordinals[k]!.length) }, ...pieces.slice(1)];
    // A short line over the item's sentence (关键词 教育): a heading the items below share.
    const head = pieces[0]!;
    // (Not a place the item names, over its labelled lines: 明馨园小区 / 存在问题:….)
    if (
      pieces.length >= 2 &&
      head.text.length <= 12 &&
      !endsSentence(head.text) &&
      !/\d/u.test(head.text) &&
      !LABEL_SHAPE.test(pieces[1]!.text)
    ) {
      pieces.shift();
      name = squeeze(head.text);
      if (!categories.some((c) => c.name === name)) categories.push({ name, lines: [head.no, head.no] });
    } else if (categories.length === 0) categories.push({ name, lines: spanOf(pieces) ?? [0, 0] });
    const n = numbered ? ordinals[k]!.number : (number ?? k + 1);
    return readTask({ ...p, number: n, pieces }, name, layout, k, diagnostics);
  });
  const first = spanOf(blocks[0]!.pieces);
  const last = spanOf(blocks.at(-1)!.pieces);
  diagnostics.push(
    decision(
      'unnumbered-items',
      { count: tasks.length, lines: formatLines(first && last ? [first[0], last[1]] : first) },
      0.5,
      first,
    ),
  );
  return { categories, tasks, diagnostics, ...frame };
}

/** A heading's lead: persons (leaders) or units (lead units), as written. */
interface HeadingLead {
  leaders?: string[];
  units?: string;
}

/** Titles that make a name a person: 王丹县长, 曹惠明常务副县长, 张三同志. */
const PERSON_TITLE =
  /^(?:[\u4e00-\u9fff]{2,4}?)(?:常务)?(?:副)?(?:省长|市长|区长|县长|州长|旗长|镇长|乡长|主任|书记|秘书长|局长|同志)$/u;

/**
 * Who a heading says leads the tasks under it: `一、王丹县长牵头重点工作` or `一、袁家军省长主抓重点工作` (a person: leaders),
 * `（二）优化营商环境（市发展改革委、市市场监管局牵头）` (units: the lead of every task below).
 *
 * @example
 * headingLead('王丹县长牵头重点工作'); //=> { leaders: ['王丹县长'] }
 * headingLead('袁家军省长主抓重点工作'); //=> { leaders: ['袁家军省长'] }
 * headingLead('优化营商环境（市发展改革委牵头）'); //=> { units: '市发展改革委' }
 * headingLead('县示范区管委会牵头工作（8项）'); //=> { units: '县示范区管委会' }
 */
export function headingLead(heading: string): HeadingLead | undefined {
  // A count after the heading (（8项）) says how many tasks follow, not who leads them.
  const h = squeeze(heading)
    .replace(/[。.；;]$/, '')
    .replace(/[（(]\d{1,3}项[）)]$/u, '');
  const person =
    /^([^，,。；;（(]{2,30}?)(?:牵头|负责|领衔|主抓|分管)(?:的)?(?:重点)?(?:工作|任务|事项)?$/u.exec(h);
  if (person) {
    const names = person[1]!.split(/[、，,]/);
    if (names.every((n) => PERSON_TITLE.test(n))) return { leaders: names };
    // 一、县示范区管委会牵头工作（8项）: units that lead every task below.
    if (names.every((n) => looksLikeName(n))) return { units: names.join('、') };
  }
  const bracket = /[（(]([^（()）]{2,60}?)牵头(?:负责)?[）)]$/u.exec(h);
  if (bracket && unitScore(bracket[1]!) >= 1) return { units: bracket[1]! };
  return undefined;
}

/**
 * The unit a sub-heading names, when the heading is nothing but a unit's name and a count of the
 * items under it (督查通报: `（一）鹿城镇（14个）` — the problems below are the town's to mend).
 *
 * @example
 * headingUnits('（一）鹿城镇（14个）'); //=> '鹿城镇'
 * headingUnits('（二）市住建局（3处问题）'); //=> '市住建局'
 * headingUnits('（一）存在问题（5个）'); //=> undefined
 * headingUnits('（一）鹿城镇'); //=> undefined
 */
export function headingUnits(heading: string): string | undefined {
  const m =
    /^[（(][一二三四五六七八九十]{1,3}[）)]\s*([^，,。；;：:（()）]{2,20})[（(]\d{1,3}(?:个|处|项|条)(?:问题)?[）)]$/u.exec(
      squeeze(heading).replace(/[。.；;]$/, ''),
    );
  return m && looksLikeName(m[1]!) ? m[1]! : undefined;
}

function readTask(
  p: Paragraph,
  category: string,
  layout: ImportLayout,
  index: number,
  diagnostics: ImportDiagnostic[],
  /** The heading above names the task's lead, so no units of its own is no gap. */
  headingLeads = false,
): DraftTask {
  // A label of the task's own name (项目名称：) is not its text.
  let text = textOf(p.pieces).replace(TEXT_LABEL, '');
  const textLines = spanOf(p.pieces);
  let units = '';
  let deadline = '';
  let note: string | undefined;
  let unitsLines: [number, number] | undefined;
  let deadlineLines: [number, number] | undefined;
  const unitFields = p.fields.filter((f) => f.kind === 'units');
  if (unitFields.length > 0) {
    units = composeUnits(unitFields.map((f) => ({ header: f.label, value: textOf(f.value) })));
    unitsLines = spanOf(unitFields.flatMap((f) => f.value));
  }
  // 任务目标：… after the units: what the task is to reach ends its text (as a target column does).
  const targets = p.fields.filter((f) => f.kind === 'target' && f.value.length > 0);
  if (targets.length > 0) text = [text, ...targets.map((f) => textOf(f.value))].join('：');
  const deadlineField = p.fields.find((f) => f.kind === 'deadline');
  if (deadlineField) {
    deadline = textOf(deadlineField.value);
    deadlineLines = spanOf(deadlineField.value);
  }
  const noteField = p.fields.find((f) => f.kind === 'note');
  if (noteField) note = textOf(noteField.value);
  const leaders = p.fields.filter((f) => f.kind === 'leaders').flatMap((f) => splitLeaders(textOf(f.value)));

  if (units === '' || layout === 'proseBracketed') {
    const bracket = trailingUnits(text);
    if (bracket && units === '') {
      const inner = splitBracket(bracket.text);
      units = inner.units;
      if (inner.leaders) leaders.push(...inner.leaders);
      if (inner.deadline && deadline === '') {
        deadline = inner.deadline;
        deadlineLines = lastLines(p.pieces);
      }
      // The list's separator after the bracket (；，) goes with it; a full stop stays.
      const after = text.slice(bracket.bracket.end).replace(/^[；;，,]\s*$/u, '');
      text = text.slice(0, bracket.bracket.start);
      // A bracket of roles inside the text too (〔A牵头,B参与。以下各项工作均需…,不再列出。〕按省的要求…(C牵头)):
      // the task names units in both, read together in the order printed.
      const inside = innerUnitsBrackets(text);
      for (const found of inside.reverse()) {
        diagnostics.push(
          decision(
            'units-brackets-joined',
            { task: p.number, inner: text.slice(found.bracket.start, found.bracket.end) },
            0.6,
            spanOf(p.pieces),
            ['tasks', index, 'units'],
          ),
        );
        text = text.slice(0, found.bracket.start) + text.slice(found.bracket.end);
        units = `${found.text.replace(/[。；;，,]+$/u, '')}；${units}`;
      }
      text = trimText(text + after);
      unitsLines = lastLines(p.pieces);
      diagnostics.push(
        decision('units-bracket', { task: p.number }, 0.9, unitsLines, ['tasks', index, 'units']),
      );
    }
  }
  if (units === '') {
    // A labelled bracket the text never closes (the copy stops inside it): its units, said.
    // An unlabelled one too, in a bracketed plan, when it starts with a unit's name (`(市建委、`).
    const bare = layout === 'proseBracketed' ? OPEN_BRACKET.exec(text) : null;
    const open = UNCLOSED_LABEL.exec(text) ?? (bare && openNames(bare[1]!) ? bare : null);
    if (open) {
      units = open[1]!.replace(/[、，,；;\s]+$/u, '');
      text = trimText(text.slice(0, open.index));
      unitsLines = lastLines(p.pieces);
      diagnostics.push(
        decision('units-bracket-unclosed', { task: p.number, open: open[0] }, 0.5, unitsLines, [
          'tasks',
          index,
          'units',
        ]),
      );
    }
  }
  if (units === '' && !headingLeads) {
    diagnostics.push(
      decision('units-missing', { task: p.number, lines: formatLines(textLines) }, 0.3, textLines, [
        'tasks',
        index,
        'units',
      ]),
    );
  }
  if (deadline === '') {
    // A date inside the requirement (9月底前，实现…) is part of what is required, not the task's
    // deadline: said, not taken.
    const dated = findDeadlinePhrases(text.slice(0, 2000)).filter(
      (d) => d.kind === 'by' || d.kind === 'window',
    );
    if (dated.length > 0) {
      diagnostics.push(
        decision(
          'date-in-text',
          { task: p.number, dates: dated.map((d) => `“${d.text}”`).join('、') },
          0.6,
          textLines,
          ['tasks', index, 'deadline'],
        ),
      );
    }
  }
  diagnostics.push(
    decision('task/prose', { task: p.number, lines: formatLines(textLines) }, 0.9, textLines, [
      'tasks',
      index,
      'text',
    ]),
  );
  return {
    number: p.number,
    category,
    text,
    units,
    deadline,
    ...(note ? { note } : {}),
    ...(leaders.length > 0 ? { leaders } : {}),
    lines: {
      ...(textLines ? { text: textLines } : {}),
      ...(unitsLines ? { units: unitsLines } : {}),
      ...(deadlineLines ? { deadline: deadlineLines } : {}),
    },
  };
}

function lastLines(pieces: readonly Piece[]): [number, number] | undefined {
  const last = pieces.at(-1);
  return last ? [last.no, last.no] : undefined;
}

/**
 * Split a units bracket's text into units and a deadline clause, if the bracket holds one:
 * `牵头单位：市财政局；完成时限：2022年6月底前` or `市财政局牵头，2022年6月底前完成`.
 */
function splitBracket(text: string): { units: string; deadline?: string; leaders?: string[] } {
  const parts = splitTopLevel(text, '；;，,');
  const last = parts.at(-1);
  if (parts.length < 2 || last === undefined) return { units: text };
  // （责任领导:杜新国;牵头单位:区发改局）: persons stand under their own label, not among the units.
  const leaders: string[] = [];
  let kept = text;
  for (const part of parts) {
    const label = fieldLabel(part);
    if (label?.kind !== 'leaders') continue;
    leaders.push(...splitLeaders(label.value));
    kept = cutPart(kept, part);
  }
  const label = fieldLabel(last);
  const isDeadline = label ? label.kind === 'deadline' : deadlineStart(last) === 0 && unitScore(last) < 1;
  const found = leaders.length > 0 ? { leaders } : {};
  if (!isDeadline) return { units: kept, ...found };
  return { units: cutPart(kept, last), deadline: label ? label.value : last, ...found };
}

/** The text without one of its parts and the separator that joined it to the rest. */
function cutPart(text: string, part: string): string {
  const at = text.lastIndexOf(part);
  if (at < 0) return text;
  let start = at;
  let end = at + part.length;
  while (end < text.length && '；;，, \t\u3000'.includes(text[end]!)) end++;
  if (end === text.length) while (start > 0 && '；;，, \t\u3000'.includes(text[start - 1]!)) start--;
  return text.slice(0, start) + text.slice(end);
}
