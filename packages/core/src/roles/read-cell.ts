/**
 * Reading a units cell (落实单位栏) into clauses: which names, which role phrase, which span.
 * Roles are not assigned to units here (see assign.ts); this is the “how was it read” layer.
 */
import type { Registry, Role } from '../model/schema';
import { lookupName, type RegistryIndex, type RegistryLike, toRegistryIndex } from '../registry/lookup';
import {
  CARRY_OVER,
  CLAUSE_SEPARATORS,
  ETC_TAIL,
  JOINT,
  LABEL_COLONS,
  CONVENTION_STATEMENTS,
  LABELS,
  labelMeaning,
  LIST_SEPARATORS,
  MARKERS,
  NAME_PREFIX,
  PHRASE_SEPARATORS,
  TRAILING_PUNCTUATION,
} from './lexicon';
import { isBareZone, LABELLED_NAME, looksLikeName, readNames } from './names';
import { roleNotice } from './notice';
import {
  type CompactText,
  compactText,
  type Range,
  slice,
  sourceSpan,
  sourceText,
  splitTopLevel,
  topLevelIndexes,
  trailingBracket,
  trimEnd,
} from './scan';
import { simplifiedCopy } from '../traditional';
import { blankPinyin } from '../import/document/pinyin';
import type {
  CellName,
  Clause,
  MarkerMeaning,
  RoleMarker,
  RoleNotice,
  Span,
  UnitsCellReading,
} from './schema';

/**
 * Options of {@link readUnitsCell} (读取选项).
 *
 * @example
 * const previous = readUnitsCell('市财政局牵头（下同）', { id: 1 });
 * readUnitsCell('各区政府负责', { registry, carried: previous.carries, id: 2 } satisfies ReadUnitsOptions);
 */
export interface ReadUnitsOptions {
  /** The unit registry: names are looked up, split and suggested against it. Without it names are kept as written. */
  registry?: Registry | RegistryIndex | undefined;
  /** Clauses carried over by 下同 from earlier cells (the previous reading's `carries`). */
  carried?: readonly Clause[] | undefined;
  /** The id stamped as `carriedFrom` on this cell's own 下同 clauses (a task number); default 0. */
  id?: number | undefined;
}

/**
 * A clause whose role is not settled yet: 按职责分工落实 depends on whether the cell has a lead, so
 * clauses are read with a provisional role and settled once the whole cell is read.
 */
type DraftClause = Clause;

/** What one list item (the text between two 、) holds. */
interface Item {
  names: CellName[];
  marker?: RoleMarker;
  /** A bracketed role for this item alone: 市财政局（牵头）. */
  annotation?: RoleMarker;
  respectively?: true;
  etc?: { text: string; span: Clause['span'] };
  carriesOver?: true;
}

/** Mutable state of one cell's reading. */
interface CellState {
  readonly c: CompactText;
  readonly index: RegistryIndex | undefined;
  readonly clauses: DraftClause[];
  readonly notices: RoleNotice[];
  /** Clauses before this index belong to earlier sentences of the cell. */
  sentenceStart?: number;
}

/**
 * Read one units cell (读取落实单位栏) into clauses with roles and spans. Full- and half-width
 * punctuation are alike, line breaks and stray spaces inside names are ignored, and brackets inside
 * names (各县（市、区）政府) are kept. What cannot be read is reported as an `unread-span` notice.
 *
 * @example
 * const reading = readUnitsCell('各县（市、区）政府（管委会）;市财政局牵头，市直各单位按职责分工落实');
 * reading.clauses.map((c) => [c.role, c.names.map((n) => n.name)]);
 * //=> [['responsible', ['各县（市、区）政府（管委会）']], ['lead', ['市财政局']], ['supporting', ['市直各单位']]]
 */
export function readUnitsCell(text: string, options: ReadUnitsOptions = {}): UnitsCellReading {
  // Pinyin after characters (區(qū)住建局) is read as blanks, traditional characters (區府辦負責)
  // through a simplified copy: both copies have the cell's length, so names are given as written.
  const blanked = blankPinyin(text, { min: 1 })?.text;
  const simplified = simplifiedCopy(blanked ?? text, { minChanged: 1 });
  if (simplified === undefined && blanked === undefined) return readCell(text, options);
  return asWritten(readCell(simplified ?? blanked!, options), text, options.carried ?? []);
}

function readCell(text: string, options: ReadUnitsOptions): UnitsCellReading {
  const state: CellState = {
    c: compactText(text),
    index: options.registry ? toRegistryIndex(options.registry) : undefined,
    clauses: [],
    notices: [],
  };
  let rule = false;
  for (const sentence of splitTopLevel(state.c, cellBody(state.c), CLAUSE_SEPARATORS)) {
    const said = slice(state.c, sentence);
    // 一项任务涉及多个部门的,原则上由排名首位的部门牵头负责。下同: a rule for reading the plan, said
    // as a sentence of the cell; its 下同 is the rule's, not the units'.
    // A rule in a bracket after a name (县发改局（首位单位为牵头单位，下同）、…) is read with the name.
    const unbracketed = said.replace(/[(（][^()（）]*[)）]/gu, '');
    if (STATES_CONVENTION.some((p) => p.test(unbracketed))) {
      const found = sourceText(state.c, sentence);
      state.notices.push(
        roleNotice(
          'info',
          'convention-in-cell',
          { text: found },
          { span: sourceSpan(state.c, sentence), found },
        ),
      );
      rule = true;
    } else if (!(rule && CARRY_OVER.test(said))) readSentence(state, sentence);
  }
  // Say so when nothing was read and no other notice already says why.
  if (state.clauses.length === 0 && !state.notices.some((n) => n.severity === 'warning')) {
    state.notices.push(roleNotice('warning', 'empty-cell', {}));
  }
  return settle(state, text, options);
}

/**
 * Read a sequence of units cells in document order (e.g. a plan's tasks), carrying 下同 clauses
 * from each cell to the following ones.
 *
 * @example
 * const [, second] = readUnitsCells(['市财政局牵头，各区政府负责（下同）', '市审计局牵头']);
 * second.clauses.map((c) => c.names[0]?.name); //=> ['市审计局', '各区政府']
 */
export function readUnitsCells(
  cells: readonly string[],
  options: { registry?: RegistryLike | undefined; ids?: readonly number[] | undefined } = {},
): UnitsCellReading[] {
  const registry = options.registry ? toRegistryIndex(options.registry) : undefined;
  let carried: readonly Clause[] = [];
  return cells.map((text, i) => {
    const reading = readUnitsCell(text, { registry, carried, id: options.ids?.[i] ?? i });
    carried = reading.carries;
    return reading;
  });
}

/** A reading of a simplified copy, with every text taken back from the cell as written. */
function asWritten(reading: UnitsCellReading, text: string, incoming: readonly Clause[]): UnitsCellReading {
  const at = (span: Span) => text.slice(span.start, span.end);
  const named = <T extends { written: string; name: string; span: Span }>(n: T): T => {
    const written = at(n.span);
    return { ...n, written, name: written.replace(/\s+/g, '') };
  };
  const marked = <T extends { text: string; span: Span }>(m: T | undefined) =>
    m && { ...m, text: at(m.span) };
  const clause = (c: Clause): Clause => {
    if (incoming.includes(c)) return c;
    const out: Clause = {
      ...c,
      names: c.names.map((n) => ({ ...named(n), ...(n.alias ? { alias: named(n.alias) } : {}) })),
    };
    if (c.marker) out.marker = marked(c.marker)!;
    if (c.label) out.label = marked(c.label)!;
    if (c.etc) out.etc = marked(c.etc)!;
    return out;
  };
  return {
    text,
    clauses: reading.clauses.map(clause),
    notices: reading.notices.map((n) => (n.span && n.found !== undefined ? { ...n, found: at(n.span) } : n)),
    carries: reading.carries.map(clause),
  };
}

/** The cell without trailing punctuation, and without one bracket wrapping all of it. */
function cellBody(c: CompactText): Range {
  let body = trimEnd(c, { start: 0, end: c.text.length }, TRAILING_PUNCTUATION);
  const inner = trailingBracket(c, body);
  if (inner && inner.start === body.start + 1) body = trimEnd(c, inner, TRAILING_PUNCTUATION);
  return body;
}

/** A sentence: sections introduced by labels (牵头单位：…), each a run of comma-separated phrases. */
function readSentence(state: CellState, sentence: Range): void {
  state.sentenceStart = state.clauses.length;
  if (readStandingRule(state, sentence)) return;
  for (const section of splitLabels(state, sentence)) {
    const firstClause = state.clauses.length;
    for (const phrase of splitTopLevel(state.c, section.range, PHRASE_SEPARATORS)) {
      readPhrase(state, phrase, section.label, firstClause);
    }
  }
}

/**
 * A rule stated once for this task and the ones after it (以下政策措施均需各县区人民政府、园区管委会落实，
 * 不再单独列出 · 具体任务均涉及相关市（州）人民政府，不再做分工，下同): its units are responsible here and
 * carried to the following cells, as 下同 is.
 */
const STANDING_RULE =
  /^(?:以下|以上|下列|具体)?[^，,]{0,12}?(?:均需|均由|均涉及|均要|都需|均须)(.+?)(?:负责)?(?:落实|实施|执行)?[，,](?:不再单独列出|不再做分工|不再列出|不再一一列出|不再重复列出)(?:[，,](?:以下同|下同))?$/u;

function readStandingRule(state: CellState, sentence: Range): boolean {
  const { c } = state;
  const text = slice(c, sentence);
  const m = STANDING_RULE.exec(text);
  if (!m) return false;
  const at = text.indexOf(m[1]!);
  const names = { start: sentence.start + at, end: sentence.start + at + m[1]!.length };
  const before = state.clauses.length;
  readPhrase(state, names, undefined, before);
  for (const clause of state.clauses.slice(before)) {
    clause.carriesOver = true;
    clause.standing = true;
  }
  return state.clauses.length > before;
}

/**
 * Split a sentence at labels. A colon's label is the longest known label ending right before it;
 * the text before the label belongs to the previous section (labels on several lines run together
 * once line breaks are gone: 牵头单位：A责任单位：B).
 */
function splitLabels(state: CellState, sentence: Range): { label?: RoleMarker; range: Range }[] {
  const { c } = state;
  const sections: { label?: RoleMarker; range: Range }[] = [];
  let start = sentence.start;
  let label: RoleMarker | undefined;
  for (const colon of topLevelIndexes(c, sentence, LABEL_COLONS)) {
    const before = slice(c, { start, end: colon });
    const known = LABELS.find(([word]) => before.endsWith(word));
    let labelStart: number;
    let next: RoleMarker | undefined;
    if (known) {
      labelStart = colon - known[0].length;
      // 责任单位或牵头单位：two labels for one column, read as one (labelMeaning decides).
      const first = before.slice(0, -known[0].length);
      const other = /[或/／]$/u.test(first)
        ? LABELS.find(([word]) => first.slice(0, -1).endsWith(word))
        : undefined;
      if (other) labelStart -= other[0].length + 1;
      // 牵头组织实施单位：a label of the usual shape that ends in a known one is read whole.
      const separators = topLevelIndexes(c, { start, end: labelStart }, PHRASE_SEPARATORS + LIST_SEPARATORS);
      const whole = (separators.at(-1) ?? start - 1) + 1;
      const longer =
        !other && whole < labelStart ? labelMeaning(slice(c, { start: whole, end: colon })) : undefined;
      if (
        longer &&
        /^(?:牵头|主办|主责|配合|协办|协助|责任|具体)/u.test(slice(c, { start: whole, end: labelStart }))
      )
        labelStart = whole;
      const range = { start: labelStart, end: colon + 1 };
      const read =
        other || labelStart === whole
          ? (labelMeaning(slice(c, { start: labelStart, end: colon })) ?? known[1])
          : known[1];
      // Beside a 第一责任单位, the 主要责任单位 are those responsible after it, not more leads.
      const meaning = known[0] === '主要责任单位' && c.text.includes('第一责任单位') ? 'responsible' : read;
      next = { text: sourceText(c, range), span: sourceSpan(c, range), meaning };
    } else {
      const separators = topLevelIndexes(c, { start, end: colon }, PHRASE_SEPARATORS + LIST_SEPARATORS);
      labelStart = (separators.at(-1) ?? start - 1) + 1;
      const range = { start: labelStart, end: colon + 1 };
      // A label of the usual shape that the list does not name (具体承办科室：) still says units follow.
      const meaning = labelMeaning(slice(c, { start: labelStart, end: colon }));
      if (meaning) {
        next = { text: sourceText(c, range), span: sourceSpan(c, range), meaning };
        state.notices.push(
          roleNotice(
            'info',
            'label-by-shape',
            { label: slice(c, range), role: meaning },
            { span: sourceSpan(c, range), found: sourceText(c, range) },
          ),
        );
      } else
        state.notices.push(
          roleNotice(
            'warning',
            'unknown-label',
            { label: slice(c, range) },
            { span: sourceSpan(c, range), found: sourceText(c, range) },
          ),
        );
    }
    sections.push({ label, range: { start, end: labelStart } });
    label = next;
    start = colon + 1;
  }
  sections.push({ label, range: { start, end: sentence.end } });
  return sections;
}

/** Names gathered since the last role phrase, with what their items said about the run. */
interface Run {
  names: CellName[];
  start: number;
  etc?: Item['etc'];
  respectively?: true;
  carriesOver?: true;
}

/**
 * A phrase: names joined by 、, each run closed by a role phrase (A、B牵头). Names left without a
 * role phrase at the phrase's end take the section's label, or none (unmarked).
 */
/**
 * A collective that lists levels with 、 is one name: 各县、市、区政府, 各县、区人民政府, 各区、县（市）政府,
 * 各市、县(市、区)教育局, 各市(县)、区政府, 各乡镇、街道, 各开发区、镇(街道).
 * Items `各县` `市`
 * `区政府` are joined back when the middle ones are a single level character.
 */
const LEVEL = /^[县市区镇乡州盟旗]$/u;
const LEVEL_GROUP_START = /^各[县市区镇乡州盟旗](?:[（(][县市区镇乡州盟旗、]{1,5}[）)])?$/u;
const LEVEL_GROUP_END =
  /^[县市区镇乡州盟旗](?:[（(][县市区镇乡州盟旗、]{1,5}[）)])?(?:(?:人民)?政府|\p{Script=Han}{1,8}(?:局|委|办|中心)$)/u;

const LEVELS_START = /^各(?:乡镇|镇|乡|县区|区县|县|区|开发区|园区)$/u;
const BARE_LEVEL = /^(?:街道|社区|乡镇|镇|乡|村|场)(?:[(（](?:街道|社区|乡镇|镇|乡|村)[)）])?$/u;

function joinLevelLists(c: CompactText, items: Range[]): Range[] {
  const out: Range[] = [];
  for (let i = 0; i < items.length; i++) {
    const first = items[i]!;
    let j = i + 1;
    if (LEVEL_GROUP_START.test(slice(c, first))) {
      while (j < items.length && LEVEL.test(slice(c, items[j]!))) j++;
      if (j < items.length && LEVEL_GROUP_END.test(slice(c, items[j]!))) {
        out.push({ start: first.start, end: items[j]!.end });
        i = j;
        continue;
      }
    }
    // 各乡镇、街道 · 各镇、街道、社区 · 各开发区、镇(街道): bare level words after a collective of levels go with it.
    if (LEVELS_START.test(slice(c, first))) {
      j = i + 1;
      while (j < items.length && BARE_LEVEL.test(slice(c, items[j]!))) j++;
      if (j > i + 1) {
        out.push({ start: first.start, end: items[j - 1]!.end });
        i = j - 1;
        continue;
      }
    }
    out.push(first);
  }
  return out;
}

/**
 * Zones listed before one body share it (共用机构名): 城乡一体化示范区、高新区党工委和管委会 and
 * 示范区、经济技术开发区、东城区管委会 name the committees of every zone listed, not the bare zones.
 */
const ZONE_BODY = /^[^、，,（()）]{1,14}区(?:党工委和管委会|党工委、管委会|管委会|党工委|管理委员会)/u;

function joinSharedBodies(c: CompactText, items: Range[]): Range[] {
  const out: Range[] = [];
  for (let i = 0; i < items.length; i++) {
    let j = i;
    while (j < items.length && isBareZone(slice(c, items[j]!))) j++;
    if (j > i && j < items.length && ZONE_BODY.test(slice(c, items[j]!))) {
      out.push({ start: items[i]!.start, end: items[j]!.end });
      i = j;
      continue;
    }
    out.push(items[i]!);
  }
  return out;
}

function readPhrase(
  state: CellState,
  phrase: Range,
  label: RoleMarker | undefined,
  sectionStart: number,
): void {
  const { c } = state;
  if (CARRY_OVER.test(slice(c, phrase))) {
    // A stand-alone 下同 covers what its sentence said: after 。 a rule of its own (未明确牵头单位的，
    // 由所列负责单位按职责分工负责，下同) does not carry the names of the sentence before.
    for (const clause of state.clauses.slice(state.sentenceStart ?? 0)) clause.carriesOver = true;
    return;
  }
  let run: Run = { names: [], start: phrase.start };
  const ranges = joinSharedBodies(c, joinLevelLists(c, splitTopLevel(c, phrase, LIST_SEPARATORS)));
  // In a list whose items are mostly names, an item of name characters is a name too (市科协).
  const named = ranges.filter((r) => looksLikeName(slice(c, r))).length;
  // 卫生、执法、环卫、建设等部门: a list that closes by saying it is of bodies names them by short forms.
  // So does one whose last name ends in 部门 and shares it (公安、交通部门负责: 公安部门 and 交通部门).
  const ofBodies =
    ranges.length >= 2 &&
    (/等(?:有关|相关)?(?:部门|单位)$/u.test(slice(c, ranges.at(-1)!)) ||
      (/^\p{Script=Han}{2,4}(?:部门|单位)(?:牵头负责|负责|牵头|配合|落实)?$/u.test(
        slice(c, ranges.at(-1)!),
      ) &&
        ranges.slice(0, -1).every((r) => /^\p{Script=Han}{2,4}$/u.test(slice(c, r)))));
  const listed = ranges.length >= 2 && (named * 2 >= ranges.length || ofBodies);
  for (const range of ranges) {
    const joint = splitJoint(state, range);
    if (joint) {
      readJoint(state, run, joint, label);
      run = { names: [], start: range.end };
      continue;
    }
    const item = readItem(state, range, label !== undefined || listed);
    if (item.annotation) {
      // 市财政局（牵头）: the bracket gives this item alone its role.
      state.clauses.push(clauseOf(c, { ...item, start: range.start }, range.end, item.annotation, label));
      continue;
    }
    if (run.names.length === 0) run.start = range.start;
    run.names.push(...item.names);
    if (item.etc) run.etc = item.etc;
    if (item.respectively) run.respectively = item.respectively;
    if (item.carriesOver) run.carriesOver = item.carriesOver;
    if (!item.marker) continue;
    if (run.names.length > 0) state.clauses.push(clauseOf(c, run, range.end, item.marker, label));
    else attachToPrevious(state, item.marker, sectionStart, run.carriesOver);
    run = { names: [], start: range.end };
  }
  if (run.names.length > 0) state.clauses.push(clauseOf(c, run, phrase.end, undefined, label));
  else if (run.carriesOver) markLastCarried(state);
}

/** An item `A会同B…`, split at 会同. */
interface Joint {
  left: Range;
  joint: Range;
  right: Range;
}

/**
 * Split an item at 会同 when both sides read as names and the whole is not one registry name
 * (会同县 is a county: 怀化市会同县 is not split).
 */
function splitJoint(state: CellState, range: Range): Joint | undefined {
  const { c } = state;
  const text = slice(c, range);
  const at = text.indexOf(JOINT);
  if (at <= 0) return undefined;
  const left = { start: range.start, end: range.start + at };
  const joint = { start: left.end, end: left.end + JOINT.length };
  const right = { start: joint.end, end: range.end };
  const rightText = slice(c, right);
  const rightName = rightText.slice(0, matchMarker(rightText)?.at ?? rightText.length);
  if (!looksLikeName(slice(c, left)) || !looksLikeName(rightName)) return undefined;
  if (state.index && lookupName(state.index, text)) return undefined;
  return { left, joint, right };
}

/**
 * `A会同B负责`: the names before 会同 (with any names listed before them) lead; the names after it
 * work with them — supporting, unless their own role phrase says they supervise.
 */
function readJoint(
  state: CellState,
  run: Run,
  { left, joint, right }: Joint,
  label: RoleMarker | undefined,
): void {
  const { c } = state;
  const jointMarker = (meaning: MarkerMeaning): RoleMarker => ({
    text: sourceText(c, joint),
    span: sourceSpan(c, joint),
    meaning,
  });
  const leaders = readItem(state, left, label !== undefined);
  if (run.names.length === 0) run.start = left.start;
  run.names.push(...leaders.names);
  if (run.names.length > 0) state.clauses.push(clauseOf(c, run, joint.end, jointMarker('lead'), label));
  const partners = readItem(state, right, label !== undefined);
  const own = partners.marker?.meaning === 'supervising' ? partners.marker : undefined;
  if (partners.names.length > 0) {
    state.clauses.push(
      clauseOf(c, { ...partners, start: right.start }, right.end, own ?? jointMarker('supporting'), label),
    );
  }
}

function clauseOf(
  c: CompactText,
  run: Run,
  end: number,
  marker: RoleMarker | undefined,
  label: RoleMarker | undefined,
): DraftClause {
  const clause: DraftClause = {
    role: 'responsible',
    names: run.names,
    span: sourceSpan(c, { start: run.start, end }),
    basis: marker ? 'marker' : label ? 'label' : 'unmarked',
  };
  if (marker) clause.marker = marker;
  if (label) clause.label = label;
  if (run.respectively) clause.respectively = run.respectively;
  if (run.etc) clause.etc = run.etc;
  if (run.carriesOver) clause.carriesOver = run.carriesOver;
  return clause;
}

/** （下同） after a role phrase without names of its own: the clause just read carries over. */
function markLastCarried(state: CellState): void {
  const last = state.clauses.at(-1);
  if (last) last.carriesOver = true;
}

/**
 * A role phrase with no names of its own (市直各单位，按职责分工落实) applies to the names just
 * before it in the same section, when those had no role phrase yet.
 */
function attachToPrevious(
  state: CellState,
  marker: RoleMarker,
  sectionStart: number,
  carriesOver: true | undefined,
): void {
  const previous = state.clauses.length > sectionStart ? state.clauses.at(-1) : undefined;
  if (previous && !previous.marker) {
    previous.marker = marker;
    previous.basis = 'marker';
    previous.span = { start: previous.span.start, end: marker.span.end };
    if (carriesOver) previous.carriesOver = carriesOver;
    return;
  }
  state.notices.push(
    roleNotice(
      'warning',
      'unread-span/marker',
      { phrase: marker.text },
      { span: marker.span, found: marker.text },
    ),
  );
}

/** One list item: [由] names [等…] [role phrase] [（role）|（下同）]. */
const STATES_CONVENTION = CONVENTION_STATEMENTS.map(({ pattern }) => new RegExp(pattern.source, 'u'));

/** Names, a role phrase, then what they do: 区司法局牵头区级规范性文件集中公开工作. */
const ACTIVITY_AFTER_MARKER =
  /^(.{2,30}?)(牵头|具体落实|负责|配合)(?:做好|抓好|开展|推进|组织|落实)?.{0,40}?(?:工作|公开|管理|建设|服务)$/u;

/**
 * 和/及 before a collective (各…, 市直…, 有关…), outside brackets' reach: 省有关部门和各地级以上市人民政府,
 * 统计局和市直相关单位.
 */
const JOINED_COLLECTIVE = /[和及](?=(?:各|[省市区县州盟]直|有关|相关)[\u4e00-\u9fff])/u;

// 西三旗街道和东北旺乡, 区政府办公室和区教育局: two bodies joined by 和; a party committee and its
// government (党委和人民政府, 市委和市政府) stay one name, as 各州(市)党委和政府 does.
const JOINED_BODIES =
  /(?<=\p{Script=Han}{1,10}(?:街道|乡|镇|政府|局|委|办|室|部门|单位|中心))(?<!党委|党工委|市委|县委|区委)和(?=\p{Script=Han}{2,10}(?:街道|乡|镇|政府|局|委|办|室|部门|单位|中心)$)/u;

function readItem(state: CellState, range: Range, labelled: boolean): Item {
  const { c } = state;
  const item: Item = { names: [] };
  let rest = range;
  for (let inner = trailingBracket(c, rest); inner; inner = trailingBracket(c, rest)) {
    const content = slice(c, inner);
    const bracket = { start: inner.start - 1, end: inner.end + 1 };
    if (CARRY_OVER.test(content)) item.carriesOver = true;
    else if (STATES_CONVENTION.some((p) => p.test(content))) {
      // （首位单位为牵头单位，下同）: a rule for reading the plan, not part of the name before it.
      const found = sourceText(c, bracket);
      state.notices.push(
        roleNotice('info', 'convention-in-cell', { text: found }, { span: sourceSpan(c, bracket), found }),
      );
    } else {
      const meaning = bracketRole(content);
      if (!meaning) break;
      item.annotation = { text: sourceText(c, bracket), span: sourceSpan(c, bracket), meaning };
    }
    rest = { start: rest.start, end: bracket.start };
  }
  // 区司法局牵头区级规范性文件集中公开工作 · 各成员单位负责做好本单位…工作: the role phrase stands
  // after the names and before what they do; the activity is set aside (said as a notice).
  if (!matchMarker(slice(c, rest))) {
    const duty = ACTIVITY_AFTER_MARKER.exec(slice(c, rest));
    if (duty && looksLikeName(duty[1]!)) {
      const cut = rest.start + duty[1]!.length + duty[2]!.length;
      const activity = { start: cut, end: rest.end };
      const found = sourceText(c, activity);
      state.notices.push(
        roleNotice('info', 'unread-span/activity', { text: found }, { span: sourceSpan(c, activity), found }),
      );
      rest = { start: rest.start, end: cut };
    }
  }
  const marker = matchMarker(slice(c, rest));
  if (marker) {
    const markerRange = { start: rest.start + marker.at, end: rest.end };
    item.marker = {
      text: sourceText(c, markerRange),
      span: sourceSpan(c, markerRange),
      meaning: marker.meaning,
    };
    if (marker.respectively) item.respectively = true;
    rest = { start: rest.start, end: markerRange.start };
  }
  const prefix = NAME_PREFIX.exec(slice(c, rest));
  if (prefix && rest.end - rest.start > prefix[0].length)
    rest = { start: rest.start + prefix[0].length, end: rest.end };
  // …和各地级以上市人民政府: a collective joined by 和/及 is a name of its own.
  let joined: Range | undefined;
  // Two bodies joined by 和 (JOINED_BODIES) are two names, as a joined collective is.
  const and = JOINED_COLLECTIVE.exec(slice(c, rest)) ?? JOINED_BODIES.exec(slice(c, rest));
  if (and && and.index > 1) {
    const right = { start: rest.start + and.index + 1, end: rest.end };
    if (looksLikeName(slice(c, right))) {
      joined = right;
      rest = { start: rest.start, end: rest.start + and.index };
    }
  }
  const etc = ETC_TAIL.exec(slice(c, rest));
  // 等有关部门 / 等相关区直部门 / 等省有关部门 / 等省直有关部门: the list is open, and the collective after 等 is named too.
  let collective: Range | undefined;
  const beforeEtc = etc ? slice(c, { start: rest.start, end: rest.start + etc.index }) : '';
  if (etc && etc.index > 0 && (looksLikeName(beforeEtc) || (labelled && LABELLED_NAME.test(beforeEtc)))) {
    let etcRange = { start: rest.start + etc.index, end: rest.end };
    if (
      /^等(?:[省市区县州镇乡][级直]?)?(?:有关|相关|其他|其它|各)/.test(etc[0]) &&
      looksLikeName(etc[0].slice(1))
    ) {
      collective = { start: etcRange.start + 1, end: etcRange.end };
      etcRange = { start: etcRange.start, end: etcRange.start + 1 };
    }
    item.etc = { text: sourceText(c, etcRange), span: sourceSpan(c, etcRange) };
    rest = { start: rest.start, end: etcRange.start };
  }
  const read = readNames(c, rest, state.index, { labelled });
  for (const more of [collective, joined]) {
    if (!more) continue;
    const names = readNames(c, more, state.index);
    read.names.push(...names.names);
    read.notices.push(...names.notices);
  }
  item.names = read.names;
  state.notices.push(...read.notices);
  if (read.unread) {
    const found = sourceText(c, read.unread);
    state.notices.push(
      roleNotice('warning', 'unread-span/text', { text: found }, { span: sourceSpan(c, read.unread), found }),
    );
  }
  if (item.etc && item.names.length > 0) {
    const { text, span } = item.etc;
    state.notices.push(roleNotice('info', 'list-closed-by-etc', { text }, { span, found: text }));
  }
  return item;
}

/** The role phrase ending a text, with where it starts and whether it says 分别. */
function matchMarker(
  text: string,
): { meaning: MarkerMeaning; at: number; respectively: boolean } | undefined {
  for (const { meaning, pattern } of MARKERS) {
    const m = pattern.exec(text);
    if (m) return { meaning, at: m.index, respectively: m[1] === '分别' };
  }
  return undefined;
}

/** A bracket holding only a role: （牵头）, （牵头单位）, （配合）. */
function bracketRole(content: string): MarkerMeaning | undefined {
  const label = LABELS.find(([word]) => word === content);
  if (label) return label[1];
  const marker = matchMarker(content);
  return marker && marker.at === 0 ? marker.meaning : undefined;
}

/** Settle roles, add the clauses carried by 下同, and work out what this cell carries on. */
function settle(state: CellState, text: string, options: ReadUnitsOptions): UnitsCellReading {
  const incoming = options.carried ?? [];
  const hasLead =
    state.clauses.some((draft) => meaningOf(draft) === 'lead') ||
    incoming.some((clause) => clause.role === 'lead');
  const own: Clause[] = state.clauses;
  for (const clause of own) clause.role = roleOfMeaning(meaningOf(clause), hasLead);
  // A carried clause yields to the cell's own clause of the same role (下同 = the same unless stated).
  // A standing rule (不再单独列出) is added to every later cell, never replaced.
  const inherited = incoming.filter((clause) => clause.standing || !own.some((o) => o.role === clause.role));
  for (const clause of inherited) {
    state.notices.push(
      roleNotice('info', 'carried-over', {
        role: clause.role,
        names: clause.names.map((n) => n.canonical ?? n.name).join('、'),
        from: clause.carriedFrom ?? '?',
      }),
    );
  }
  const id = options.id ?? 0;
  const ownCarries = own
    .filter((clause) => clause.carriesOver)
    .map(({ carriesOver: _carriesOver, ...clause }) => ({ ...clause, carriedFrom: id }));
  const carries = [
    ...incoming.filter((clause) => clause.standing || !ownCarries.some((o) => o.role === clause.role)),
    ...ownCarries,
  ];
  return { text, clauses: [...own, ...inherited], notices: state.notices, carries };
}

/** The marker decides, except that 按职责分工落实 defers to a label (责任单位：…按职责分工负责). */
function meaningOf(clause: DraftClause): MarkerMeaning | 'unmarked' {
  if (clause.marker && clause.marker.meaning !== 'dutyShare') return clause.marker.meaning;
  return clause.label?.meaning ?? clause.marker?.meaning ?? 'unmarked';
}

/** 按职责分工落实 under a lead is supporting; on its own it is responsible, as is a bare list. */
function roleOfMeaning(meaning: MarkerMeaning | 'unmarked', hasLead: boolean): Role {
  if (meaning === 'dutyShare') return hasLead ? 'supporting' : 'responsible';
  if (meaning === 'unmarked') return 'responsible';
  return meaning;
}
