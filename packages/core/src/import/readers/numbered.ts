/**
 * The last resort (兜底读法): numbered items, when no layout reader finds tasks. A plan whose cells
 * run together with no separator, or whose units are written in a way no reader knows, still has
 * its tasks numbered 1, 2, 3…; they are given to the clerk to review, each with its text as printed
 * and its units where a label or a trailing bracket names them, an empty units cell otherwise (the
 * assembly puts a placeholder there and says so). Chosen only when nothing else reads.
 */
import {
  endsSentence,
  type ItemNumbering,
  itemNumberAt,
  readNumber,
  type SourceLine,
} from '../document/lines';
import { isFooterStart } from '../assembly/notice';
import type { ImportDiagnostic } from '../types';
import {
  bareUnitLine,
  dutyActors,
  dutyLead,
  looksLikeCategoryStart,
  sentenceSubject,
  subjectUnits,
  unitScore,
} from './classify';
import { type DraftBody, type DraftCategory, type DraftTask, decision } from './draft';
import { headingLead, headingUnits } from './prose';
import { looksLikeName } from '../../roles/names';
import { DEADLINE_WORDS } from './vocabulary';

/** The schemes a numbered task may use; `（一）` stays a heading's. */
const SCHEMES: readonly ItemNumbering[] = [
  'dot',
  'bracket',
  'spaced',
  'bracketNumeral',
  'numeral',
  'ordinal',
];

/** Labels of units that a numbered item may carry in its text. */
const UNIT_LABELS =
  '牵头单位|牵头部门|责任单位|责任部门|主要责任单位|落实单位|承办单位|主办单位|配合单位|协办单位|责任主体';

/** A label of units inside a task's text, and what follows it up to the end of the clause. */
const UNITS_LABEL = new RegExp(`(?:问题)?(?:整改)?(?:${UNIT_LABELS})\\s*[:：]\\s*([^)）\\]】〕。]+)`, 'u');

/** A bracket that opens with a label of units, wherever it stands: `（责任单位：县商务局）`. */
const LABELLED_BRACKET = new RegExp(
  `[(（[【〔]\\s*((?:${UNIT_LABELS})\\s*[:：][^()（）[\\]【】〔〕]+)[)）\\]】〕]`,
  'u',
);

/** A place, its labelled units bracket, then a colon: an item of an inspection list. */
const PLACED_ITEM = new RegExp(
  `^[^，,。；;:：()（）]{2,40}[(（]\\s*(?:${UNIT_LABELS})\\s*[:：][^()（）]{2,80}[)）]\\s*[:：]`,
  'u',
);

/** A trailing bracket that names who does the task: `(X负责)` `(X牵头,Y配合)`. */
const OWNER_BRACKET =
  /[(（[【〔]([^()（）[\]【】〔〕]{2,120}(?:负责|牵头|配合|落实|参与)[^()（）[\]【】〔〕]*)[)）\]】〕]\s*[。.]?$/u;

/**
 * Names parted by 、, or short forms sharing the last one's suffix (`公安、交通部门`: 公安部门 and 交通部门,
 * kept as printed).
 */
function isNameList(text: string): boolean {
  const names = text.split('、');
  if (names.every((n) => looksLikeName(n))) return true;
  const last = names.at(-1)!;
  return (
    names.length >= 2 &&
    looksLikeName(last) &&
    /(?:部门|单位)$/u.test(last) &&
    names.slice(0, -1).every((n) => /^\p{Script=Han}{2,4}$/u.test(n))
  );
}

/** A chapter's number (`3.预防`, `3.1预防`) or a list's catch-all (`…其他成员随时听候调遣`). */
const AFTER_UNIT_ITEM =
  /^\s*(?:\d+(?:\.\d+)*[.、．]?\s*\p{Script=Han}|[\p{Script=Han}]{0,16}(?:其他|其余|各)成员)/u;

/** An item's line that names units and nothing else (`市林业局。`, `市检察院、市中级人民法院。`). */
function unitListLine(rest: string): string | undefined {
  const names = rest
    .trim()
    .replace(/[。.；;]$/u, '')
    .split('、');
  return names.every((n) => bareUnitLine(n) !== undefined) ? names.join('、') : undefined;
}

/**
 * A line that starts a category (`一、主要目标`, `加强党的建设`). One that only opens like a heading but
 * runs on as a sentence (`全面贯彻落实新一轮就业再就业政策,全年…。(市劳动保障局)`) is an item's detail.
 */
function isHeading(line: string): boolean {
  if (/^\s*[一二三四五六七八九十]+、/u.test(line)) return true;
  return looksLikeCategoryStart(line) && !(line.length > 30 && /[，,。；;]/u.test(line));
}

/** A trailing bracket that holds names only: `(市发改委)`; its names are checked as units. */
const NAMES_BRACKET = /[(（]([^()（）]{2,60})[)）]\s*[。.]?$/u;

/**
 * Read numbered items as tasks.
 *
 * @example
 * readNumbered(splitSourceLines('1、做好甲工作\n2、做好乙工作'))?.tasks.map((t) => t.number); //=> [1, 2]
 * readNumbered(splitSourceLines('1、做好甲工作'), { cut: true })?.tasks.length; //=> 1
 */
export function readNumbered(
  lines: readonly SourceLine[],
  options: { cut?: boolean } = {},
): DraftBody | undefined {
  // Of the schemes (1. / (1) / 1 …), the one whose items name their units reads best: items
  // `1. 市科技馆` with sub-items `(1)…` and one units line are five tasks, not the 27 sub-items.
  // One item alone is a list only where the excerpt is cut after it (the rest never came).
  let best: { body: DraftBody; rank: number[] } | undefined;
  for (const scheme of SCHEMES) {
    const items = itemsOf(lines, scheme);
    if (items.length < (options.cut ? 1 : 2)) continue;
    const body = readItems(lines, items);
    const named = body.tasks.filter((t) => t.units !== '').length;
    const rank = [named, named / body.tasks.length, body.tasks.length];
    // Compared in order: the first rank that differs decides; a tie keeps the earlier scheme.
    const k = best ? rank.findIndex((r, i) => r !== best!.rank[i]) : 0;
    if (!best || (k >= 0 && rank[k]! > best.rank[k]!)) best = { body, rank };
  }
  if (best && best.rank[0] === 0) ownByTitle(lines, best.body);
  return best?.body;
}

/**
 * A department's own list (`教育体育局2020年为民办实事`, `市统计局2021年工作要点`) whose items name no
 * unit: the department the title opens with does them, and the review says so.
 */
function ownByTitle(lines: readonly SourceLine[], body: DraftBody): void {
  const first = lines.findIndex((l) => l.text.trim() !== '');
  const title = first >= 0 && first < body.start ? lines[first]!.text.trim() : '';
  const m = /^(\p{Script=Han}{2,16}?)(?:\d{4}年|关于)/u.exec(title);
  const units = m ? bareUnitLine(m[1]!) : undefined;
  // A government or its office issuing a list hands the work out; it does not do it itself.
  if (!units || /(?:政府|办公厅|办公室)$/u.test(units)) return;
  for (const t of body.tasks) t.units = units;
  // The fallback's count of tasks without units is now none.
  const said = body.diagnostics.findIndex((d) => d.code === 'numbered-fallback');
  if (said >= 0) {
    const old = body.diagnostics[said]!;
    body.diagnostics[said] = decision(
      'numbered-fallback',
      { ...(old.params as { tasks: number; line: number }), missing: 0 },
      0.2,
      old.lines,
    );
  }
  const line = lines[first]!.no;
  body.diagnostics.push(
    decision('title-units', { title, units, tasks: body.tasks.length }, 0.35, [line, line]),
  );
}

type Item = { index: number; number: number; rest: string; unnumbered?: true };

function readItems(lines: readonly SourceLine[], items: readonly Item[]): DraftBody {
  const diagnostics: ImportDiagnostic[] = [];
  const categories: DraftCategory[] = [];
  const tasks: DraftTask[] = [];
  let end = lines.length;
  for (let k = items[items.length - 1]!.index + 1; k < lines.length; k++) {
    if (isFooterStart(lines[k]!.text)) {
      end = k;
      break;
    }
  }
  let category = '';
  let categoryAt = 0;
  let lead: ReturnType<typeof headingLead>;
  // A sub-heading that is a unit's name (（一）鹿城镇（14个）): the unit of the items under it.
  let owner: { units: string; heading: string; line: number; tasks: number; sentence?: true } | undefined;
  const owners: NonNullable<typeof owner>[] = [];
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    // The heading (一、…) last seen above the item is its category.
    for (let j = categoryAt; j < item.index; j++) {
      const t = lines[j]!.text;
      const units = headingUnits(t) ?? bookOwner(lines, j) ?? unitHeading(t);
      const subject = units ? undefined : sectionSubject(t);
      if (units) {
        owner = { units, heading: t.trim(), line: lines[j]!.no, tasks: 0 };
        owners.push(owner);
      } else if (subject && category !== '') {
        // A section that opens by giving its work to units (各县(市、区)政府要结合实际…): its items
        // that name no unit are theirs, and the review says so.
        owner = {
          units: subject.units,
          heading: subject.sentence,
          line: lines[j]!.no,
          tasks: 0,
          sentence: true,
        };
        owners.push(owner);
      } else if (isHeading(t) && t.length <= 60) {
        category = t.replace(/^[一二三四五六七八九十]+[、.．﹒]\s*/, '');
        categories.push({ name: category, lines: [lines[j]!.no, lines[j]!.no] });
        // 一、县示范区管委会牵头工作（8项）: the heading's lead leads every task below it.
        lead = headingLead(category);
        owner = undefined;
      } else if (/^[（(][一二三四五六七八九十]{1,3}[）)]/u.test(t.trim())) owner = undefined;
    }
    categoryAt = item.index + 1;
    const stop = k + 1 < items.length ? items[k + 1]!.index : end;
    const parts = [item.rest];
    let last = item.index;
    // `(1)市林业局。` over its duty (`负责…`): the item's line names the unit, the lines below are the text.
    const named = unitListLine(item.rest);
    for (let j = item.index + 1; j < stop; j++) {
      const t = lines[j]!.text;
      if (t === '') continue;
      // After its duty, a paragraph whose subject is another body, or a section numbered as a chapter
      // (`3.预防`), is no part of the unit's item.
      // (`3.预防`), or the list's closing catch-all (`市森林防火指挥部其他成员随时听候调遣…`) is no part of
      // the unit's item.
      if (named && parts.length > 1 && (sentenceSubject(t) || AFTER_UNIT_ITEM.test(t))) break;
      // A heading's number, whether its bracket is full-width or not, starts the next section.
      if (isHeading(t) || /^[(（][一二三四五六七八九十]{1,3}[)）]/u.test(t.trim())) break;
      // An item that has named its units and ended its sentence is over: what follows is the notice's.
      // A unit's block of duties goes on through paragraphs whose subject is another unit
      // (`(一)县政府职责:…。` then `各镇政府承担…`).
      const more = dutyLead(parts.join('')) !== undefined && sentenceSubject(t) !== undefined;
      if (!more && endsSentence(parts.at(-1)!) && splitUnits(parts.join('')).units !== '') break;
      parts.push(t);
      last = j;
    }
    if (named && parts.length > 1) parts[0] = '';
    let whole = parts.join('');
    // A note after the item gives the units of it and the items before it (4项目标的责任单位均为X。
    // 该目标责任单位为Y。): those still without units take them, and the note leaves the text.
    const group = GROUP_UNITS.exec(whole);
    let groupUnits: { count: number; units: string; sentence: string } | undefined;
    if (group && group.index > 0) {
      const count = group[1] ? (readNumber(group[1]) ?? 1) : 1;
      groupUnits = { count, units: group[2]!.trim(), sentence: whole.slice(group.index).trim() };
      whole = whole.slice(0, group.index).trim();
    }
    const own: ReturnType<typeof splitOwned> =
      named && parts.length > 1 ? { text: whole, units: named, deadline: '' } : splitOwned(whole);
    const text = own.text;
    const units = lead?.units
      ? own.units
        ? `${lead.units}牵头；${own.units}`
        : `${lead.units}牵头`
      : own.units || (owner?.units ?? '');
    if (owner && !lead?.units && !own.units) owner.tasks++;
    const first = lines[item.index]!.no;
    const lastNo = lines[last]!.no;
    if (item.unnumbered)
      diagnostics.push(
        decision('number-missing/placed', { number: item.number, line: first }, 0.5, [first, first]),
      );
    if (own.inSentence)
      diagnostics.push(
        decision('units-in-sentence', { number: item.number, units: own.units }, 0.4, [first, lastNo]),
      );
    if (groupUnits && units === '') {
      const earlier = tasks.slice(Math.max(0, tasks.length - (groupUnits.count - 1)));
      const given = [...earlier.filter((t) => t.units === '' && t.category === category)];
      for (const t of given) t.units = groupUnits.units;
      const from = given[0]?.number ?? item.number;
      diagnostics.push(
        decision(
          'units-for-items',
          { from, to: item.number, units: groupUnits.units, sentence: groupUnits.sentence },
          0.45,
          [first, lastNo],
        ),
      );
    }
    tasks.push({
      number: item.number,
      category,
      text,
      units: groupUnits && units === '' ? groupUnits.units : units,
      deadline: own.deadline,
      ...(own.note ? { note: own.note } : {}),
      ...(lead?.leaders || own.leaders
        ? { leaders: [...(lead?.leaders ?? []), ...(own.leaders ?? [])] }
        : {}),
      lines: { text: [first, lastNo], ...(own.units ? { units: [first, lastNo] as [number, number] } : {}) },
    });
  }
  for (const o of owners)
    if (o.tasks > 0)
      diagnostics.push(
        o.sentence
          ? decision('section-units', { sentence: o.heading, units: o.units, tasks: o.tasks }, 0.4, [
              o.line,
              o.line,
            ])
          : decision('heading-units', { heading: o.heading, units: o.units, tasks: o.tasks }, 0.5, [
              o.line,
              o.line,
            ]),
      );
  const first = lines[items[0]!.index]!.no;
  const missing = tasks.filter((t) => t.units === '').length;
  diagnostics.push(
    decision('numbered-fallback', { tasks: tasks.length, line: first, missing }, 0.2, [first, first]),
  );
  return { categories, tasks, diagnostics, start: items[0]!.index, end };
}

/** A note that gives the units of the items before it: `4项目标的责任单位均为X。`, `该项目标责任单位为Y。`. */
const GROUP_UNITS =
  /(?<=[。；;])\s*(?:(\d{1,2}|[一二三四五六七八九十]{1,3})(?:项|個|个)(?:目标|任务|指标)|该(?:项)?(?:目标|任务|指标))的?(?:责任|牵头|落实)单位(?:均)?为([^。；;]{2,80})[。；;]?/u;

/** A sentence whose subject is units that are to do the work: `各县(市、区)政府要结合实际，…`. */
const SUBJECT = /^\s*([^，,。；;：:“”]{2,24}?)(?:要|应当|应|须|必须)(?=[^。]{4})/u;

/** The units a section's opening sentence gives its work to, and the sentence's first clause. */
function sectionSubject(line: string): { units: string; sentence: string } | undefined {
  const m = SUBJECT.exec(line);
  if (!m) return undefined;
  const units = m[1]!.trim();
  if (!looksLikeName(units) || unitScore(units) < 1) return undefined;
  const clause = line.trim().split(/[，,。；;]/u)[0]!;
  return { units, sentence: clause };
}

/**
 * A sub-heading that is only a unit's name (`(一)市计委`), over the items it is given: their unit.
 *
 * @example
 * unitHeading('  (一)市计委'); //=> '市计委'
 * unitHeading('(二)加强组织领导'); //=> undefined
 */
function unitHeading(line: string): string | undefined {
  const m = /^\s*[（(][一二三四五六七八九十]{1,3}[）)]\s*(\S.*)$/u.exec(line);
  return m ? bareUnitLine(m[1]!) : undefined;
}

/**
 * A unit's name on a line of its own over the title of its responsibility book (`市卫生局` /
 * `2011年重点工作目标责任书(4项)`): the unit whose items follow.
 */
function bookOwner(lines: readonly SourceLine[], at: number): string | undefined {
  const name = bareUnitLine(lines[at]!.text);
  if (!name) return undefined;
  let k = at + 1;
  while (k < lines.length && lines[k]!.text.trim() === '') k++;
  const title = lines[k]?.text.trim() ?? '';
  return title.length <= 40 && /(?:责任书|任务书|责任清单|任务清单)(?:[（(]\d{1,3}项[）)])?$/u.test(title)
    ? name
    : undefined;
}

/** The items of one numbering scheme, in order (1, 2, 3…, restarts allowed). */
function itemsOf(lines: readonly SourceLine[], scheme: ItemNumbering): Item[] {
  const found: Item[] = [];
  let next = 1;
  // A department's share of a larger list keeps the list's numbers (5, 7, 17, 18, 37): once an item
  // that names its units jumps ahead, later jumps are items too.
  let selection = false;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    const item = itemNumberAt(text, [scheme]);
    if (!item) {
      // An item whose number the copy lost, written as the others are: a place, its units bracket,
      // then the problem (`客运中心(责任单位:交通局):大门消防区域磨损…`).
      // So is a unit's block of duties with no number (`交通部门:一是…`).
      if ((found.length > 0 && PLACED_ITEM.test(text)) || dutyLead(text.trim())) {
        found.push({ index: i, number: next, rest: text.trim(), unnumbered: true });
        next += 1;
      }
      continue;
    }
    const n = item.number;
    // An excerpt may start partway through a list (page 3 of a copy): its first item keeps its
    // number when it names its units (`(二)按照属地管理的原则,各区政府负责…`).
    const named = n > 1 && splitUnits(text.slice(item.length)).units !== '';
    const partway = found.length === 0 && named;
    const jump = found.length > 0 && n > next && n <= next + 60 && (selection || named);
    if (n !== next && n !== 1 && !partway && !jump) continue;
    if (jump || partway) selection = true;
    const rest = text.slice(item.length);
    if (rest.length < 2) continue;
    found.push({ index: i, number: n, rest });
    next = n + 1;
  }
  return found;
}

/**
 * `由X、Y负责…`, with a description before the names set aside (`由包片单位县气象局负责`), and who
 * helps after it (`由乡三农服务中心承办,乡畜牧站、卫生院配合`); a group headed by one of a unit's
 * officials (`由市安监局1名县级领导带队`).
 */
const BY_WHOM =
  /由(?:[^，,。；;由、]{0,12}?单位)?([^，,。；;由]{2,80}?)(?:\d{1,2}名[^，,。；;由]{0,10}?)?(负责|承办|牵头|带队)(?:[，,]([^，,。；;由]{2,80}?)(配合|协助|协办))?/u;

/** A person who answers for the task, then its lead and who helps: `由杨志武副市长负责,市发改委牵头,相关部门配合`. */
const LEADER_THEN_UNITS =
  /由(\p{Script=Han}{2,4}(?:常务)?副?(?:省长|市长|县长|区长|书记|秘书长|主任|局长|镇长))负责[，,]([^，,。；;]{2,60}?)牵头(?:[，,]([^，,。；;]{2,60}?)(?:积极|全力|密切)?配合)?/u;

/** A deadline label after the units on their line: `责任单位:市科技馆 整改时限:3天`. */
const DEADLINE_AFTER = new RegExp(`\\s*(?:${DEADLINE_WORDS.join('|')})\\s*[:：]\\s*(.+)$`, 'u');

/** A task's units, and the deadline labelled after them, split from its text. */
function splitOwned(whole: string): {
  text: string;
  units: string;
  deadline: string;
  inSentence?: true;
  leaders?: string[];
  note?: string;
} {
  const own = splitUnits(whole);
  const after = DEADLINE_AFTER.exec(own.units);
  if (!after || after.index === 0) return { ...own, deadline: '' };
  return { ...own, units: own.units.slice(0, after.index).trim(), deadline: after[1]!.trim() };
}

/** A task's units where a label or a trailing bracket names them; the text without them. */
function splitUnits(whole: string): {
  text: string;
  units: string;
  inSentence?: true;
  leaders?: string[];
  note?: string;
} {
  // `由杨志武副市长负责,市发改委牵头,相关部门配合,…`: the person answers for it, the units follow.
  const led = LEADER_THEN_UNITS.exec(whole);
  if (led && led[2]!.split('、').every((n) => looksLikeName(n))) {
    const helpers = led[3]?.split('、').every((n) => looksLikeName(n)) ? `；${led[3]}配合` : '';
    return { text: whole, units: `${led[2]}牵头${helpers}`, inSentence: true, leaders: [led[1]!] };
  }
  // A unit's block of duties names it first (`工商部门职责:…`).
  const duty = dutyLead(whole);
  if (duty) return { text: duty.rest, units: duty.units };
  const bracket = OWNER_BRACKET.exec(whole);
  if (bracket) return { text: whole.slice(0, bracket.index).trim(), units: bracket[1]!.trim() };
  // A trailing bracket of unit names alone (`…增长13%。(市发改委)`, `(市经委、环保局)`).
  const named = NAMES_BRACKET.exec(whole);
  if (
    named &&
    named.index > 0 &&
    named[1]!.split(/[、，,]/u).every((n) => looksLikeName(n) && unitScore(n) >= 1)
  )
    return {
      text: whole
        .slice(0, named.index)
        .replace(/[。.]$/u, '')
        .trim(),
      units: named[1]!.trim(),
    };
  // A labelled bracket inside the text (`联盛快乐城（责任单位：县商务局）：前期通报…`): the units, and
  // the text without it.
  const inner = LABELLED_BRACKET.exec(whole);
  if (inner && inner.index > 0) {
    // The stop after a closing bracket ends the item (`…13所(责任单位:市教育局);`), not its text.
    const after = whole.slice(inner.index + inner[0].length).replace(/^\s*[。.；;，,]\s*$/u, '');
    return { text: (whole.slice(0, inner.index) + after).trim(), units: inner[1]!.trim() };
  }
  const label = UNITS_LABEL.exec(whole);
  if (label && label.index > 0) {
    const text = whole
      .slice(0, label.index)
      .replace(/[(（[【〔]\s*$/, '')
      .trim();
    const units = whole
      .slice(label.index)
      .replace(/[)）\]】〕。]+$/, '')
      .trim();
    // `牵头部门:市交通局。建设进度相对较慢的县区为舒城县。`: after the label's full stop, a sentence that
    // does not read as units is a remark on the task, kept as its note.
    const stop = units.indexOf('。');
    const after = stop >= 0 ? units.slice(stop + 1).trim() : '';
    const names = after.replace(/[。；;]$/u, '').split(/[、，,；;]/u);
    // (A name ends as a body does, but a predicate such as `…的县区为舒城县` only looks like one.)
    if (after !== '' && !names.every((n) => looksLikeName(n) && !/[的为是]/u.test(n)))
      return { text, units: units.slice(0, stop).trim(), note: after };
    return { text, units };
  }
  // A sentence that gives the work to units (`整改要求:由包片单位县气象局负责清除`): the units, the
  // text kept whole because the sentence is part of it.
  const by = BY_WHOM.exec(whole);
  if (by && isNameList(by[1]!)) {
    const helpers = by[3]?.split('、').every((n) => looksLikeName(n)) ? `，${by[3]}${by[4]}` : '';
    // As written, role words kept (`X承办，Y配合`); the plain `由X负责` gives X alone.
    // A group headed by one of the unit's officials (由市安监局1名县级领导带队) is the unit's to lead out.
    const plain = (by[2] === '负责' || by[2] === '带队') && helpers === '';
    const units = plain ? by[1]! : `${by[1]}${by[2] === '带队' ? '负责' : by[2]}${helpers}`;
    // The sentence that closes the item only to name who does it (`…。以上工作由市交通局负责,各有关部门
    // 配合。`, `治理畜牧业产品污染由乡三农服务中心承办,…配合。`) is no part of the requirement.
    const closing = /^[。；;.]?\s*$/u.test(whole.slice(by.index + by[0].length));
    if (closing) {
      const from = /(?:以上|上述|此项|该项)?(?:工作|任务)?$/u.exec(whole.slice(0, by.index))!;
      const text = whole.slice(0, by.index - from[0].length).replace(/[，,\s]+$/u, '');
      if (text.length >= 4) return { text, units, inSentence: true };
    }
    return { text: whole, units, inSentence: true };
  }
  // A sentence whose subject is units (`各级宣传部门负责…`, `按照属地管理的原则,各区政府负责…,市有关部门全力配合`).
  // Later sentences that put other bodies to work (`…。衛生局要…;環衛局要…`) name units of the item too.
  const subject = subjectUnits(whole);
  if (subject) {
    const more = dutyActors(sentenceSubject(whole)!.rest).units.filter((n) => !subject.includes(n));
    return {
      text: whole,
      units: more.length > 0 ? `${subject}；${more.join('、')}` : subject,
      inSentence: true,
    };
  }
  // The last space-separated word, when it is a list of names (`… 发改委、经信委、科技局`).
  const last = /\s([^\s]{2,60})$/u.exec(whole);
  if (last && last[1]!.split(/[、，,]/).every((n) => looksLikeName(n)))
    return { text: whole.slice(0, last.index).trim(), units: last[1]! };
  return { text: whole, units: '' };
}

/** An office and where it sits, then its duties: `领导小组办公室设在县统计局,负责…`. */
/** `UNITS负责的“MATTER”`: a matter quoted with the units it is given to. */
const QUOTED_MATTER = /([^，,。；;：:“”\s]{2,60}?)负责的“([^“”]{4,400})”/gu;

const SEATED = /^([^，,。；;：:“”\s]{2,24}?)设在([^，,。；;：:“”\s]{2,24}?)[，,](?=负责)/u;

/**
 * The very last resort (按句读出): a plan, or a news item retelling one, that gives its work sentence
 * by sentence in prose, with no number, table or label: every sentence (or the part of it from a
 * clause on) whose subject is units is a task, numbered 1, 2, 3… in document order
 * (`…调查,各乡镇人民政府要按照…原则,做好…工作。`, `县财政局除负责…外,还要…;`,
 * `领导小组办公室设在县统计局,负责…`). Said in the review, every task to be checked.
 *
 * @example
 * readSentences(splitSourceLines('为做好调查,县统计局负责组织实施;宣传部门负责新闻宣传工作。'))?.tasks.map((t) => t.units);
 * //=> ['县统计局', '宣传部门']
 */
export function readSentences(lines: readonly SourceLine[]): DraftBody | undefined {
  const tasks: DraftTask[] = [];
  let end = lines.length;
  for (let k = 0; k < lines.length; k++) {
    if (isFooterStart(lines[k]!.text)) {
      end = k;
      break;
    }
  }
  // A bulletin quoting the matters it follows up (`县发改局负责的“严格落实…。”截至目前,…`): each
  // quoted matter is a task of the units before it; what the bulletin says of it is not.
  for (let k = 0; k < end; k++) {
    const line = lines[k]!;
    for (const m of line.text.matchAll(QUOTED_MATTER)) {
      const units = m[1]!.replace(/^(?:如|例如|比如|其中|另有|以及)/u, '');
      const names = units.split(/[、，,和及]/u);
      if (names.length === 0 || !names.every((n) => looksLikeName(n) && unitScore(n) >= 1)) continue;
      const text = m[2]!.replace(/[。；;.]$/u, '').trim();
      if (text.length < 4) continue;
      tasks.push({
        number: tasks.length + 1,
        category: '',
        text,
        units,
        deadline: '',
        lines: { text: [line.no, line.no], units: [line.no, line.no] },
      });
    }
  }
  if (tasks.length >= 2) {
    const first = tasks[0]!.lines.text![0];
    return {
      categories: [],
      tasks,
      diagnostics: [decision('sentence-tasks', { tasks: tasks.length, line: first }, 0.15, [first, first])],
      start: lines.findIndex((l) => l.no === first),
      end,
    };
  }
  tasks.length = 0;
  // `县环保局。负责…。加强…。县交通局、公路局。负责…`: a sentence that is only units names the doer
  // of the duties after it, up to the next such sentence.
  let owner: DraftTask | undefined;
  let named: string | undefined;
  for (let k = 0; k < end; k++) {
    const line = lines[k]!;
    // Sentences end at 。；; (and a final full stop the copy printed as `.`).
    for (const sentence of line.text.match(/[^。；;]+[。；;]?/gu) ?? []) {
      // After a lead-in's colon (`各组成单位及其职责如下:县环保局。`) the units stand alone too.
      const units = /[。；;]$/u.test(sentence) ? unitListLine(sentence.replace(/^.*[:：]/u, '')) : undefined;
      if (units) {
        named = units;
        owner = undefined;
        continue;
      }
      if (named && !owner && /^\s*(?:负责|承担|协助|配合|牵头)/u.test(sentence)) {
        owner = {
          number: tasks.length + 1,
          category: '',
          text: sentence.trim(),
          units: named,
          deadline: '',
          lines: { text: [line.no, line.no], units: [line.no, line.no] },
        };
        tasks.push(owner);
        continue;
      }
      if (owner) {
        owner.text += sentence.trim();
        owner.lines.text![1] = line.no;
        continue;
      }
      named = undefined;
      const clauses = sentence.split(/(?<=[，,：:])/u);
      for (let c = 0; c < clauses.length; c++) {
        const from = clauses.slice(c).join('').trim();
        const seated = SEATED.exec(from);
        const subject = seated ? undefined : sentenceSubject(from);
        const subjects = seated
          ? [seated[1]!, seated[2]!].every((n) => looksLikeName(n) && unitScore(n) >= 1)
            ? `${seated[1]}、${seated[2]}`
            : undefined
          : subjectUnits(from);
        if (!subjects) continue;
        // `市公安局牵头,负责…`: the mark names the lead as a label would; the duty is the text.
        // A sentence read alone starts at its subject (`按照安委会要求,` is the notice's preamble).
        const text = (subject?.lead ? subject.rest : subject ? from.slice(subject.at) : from)
          .replace(/[。；;.]$/u, '')
          .trim();
        if (text.length >= 8)
          tasks.push({
            number: tasks.length + 1,
            category: '',
            text,
            units: subjects,
            deadline: '',
            lines: { text: [line.no, line.no], units: [line.no, line.no] },
          });
        break;
      }
    }
  }
  if (tasks.length < 2) return undefined;
  const first = tasks[0]!.lines.text![0];
  const startIndex = lines.findIndex((l) => l.no === first);
  return {
    categories: [],
    tasks,
    diagnostics: [decision('sentence-tasks', { tasks: tasks.length, line: first }, 0.15, [first, first])],
    start: startIndex,
    end,
  };
}
