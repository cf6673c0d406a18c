/**
 * Reading the name part of a list item (单位名称) into cell names: registry look-up, a bracketed
 * second name (市府办〔市大数据局〕), names run together across a line break, and the shape of
 * names the registry does not know.
 */
import { closestUnits } from '../registry/closest';
import { lookupName, type RegistryEntry, type RegistryIndex } from '../registry/lookup';
import { GROUP_SHAPE, TERRITORIAL_GROUP, UNIT_ENDING, VAGUE_GROUP } from './lexicon';
import { roleNotice } from './notice';
import {
  type CompactText,
  gapBefore,
  type Range,
  slice,
  sourceSpan,
  sourceText,
  trailingBracket,
} from './scan';
import type { CellName, RoleNotice } from './schema';

/**
 * What the name part of a list item was read as (名称解读).
 *
 * @example
 * const read: NamesRead = { names: [], notices: [], unread: { start: 0, end: 4 } };
 */
export interface NamesRead {
  names: CellName[];
  notices: RoleNotice[];
  /** Set when the text does not look like a name at all. */
  unread?: Range;
}

/** Conjunctions that may join two names the registry knows (市财政局和市审计局). */
const CONJUNCTIONS = '和及与';
const LIST_PUNCTUATION = /[、，,；;]/u;

/**
 * A zone named bare, with no body after it (城乡一体化示范区, 经济技术开发区): in a list it may share the
 * body of the last item (示范区、高新区管委会 — the committees of both zones).
 *
 * @example
 * isBareZone('城乡一体化示范区'); //=> true
 * isBareZone('高新区管委会'); //=> false
 */
export function isBareZone(text: string): boolean {
  return /^[^、，,（()）]{1,14}区$/u.test(text);
}

const LEVEL_WITH_ALTERNATIVE = /^(?:村|镇|乡|社区|街道|乡镇)[（(](?:社区|村|居|街道|场|园区|镇)[）)]$/u;

/**
 * Does this text look like a unit or group name (像单位名称)? Trailing brackets are set aside
 * first, so 各县（市、区）政府（管委会） is judged by 各县（市、区）政府.
 *
 * @example
 * looksLikeName('各县（市、区）政府（管委会）'); //=> true
 * looksLikeName('2021年底前完成'); //=> false
 * looksLikeName('村（社区）'); //=> true
 */
export function looksLikeName(text: string): boolean {
  if (text.length < 2 || text.length > 60) return false;
  // 村（社区）, 镇（街道）: every body of a level, its other form in brackets.
  if (LEVEL_WITH_ALTERNATIVE.test(text)) return true;
  const bare = text.replace(/(?:[(（〔[【][^()（）〔〕[\]【】]*[)）〕\]】])+$/u, '');
  return bare.length >= 2 && (UNIT_ENDING.test(bare) || GROUP_SHAPE.test(bare));
}

/**
 * Read the names in a compact range of a cell (读取单位名称): a registry name, a bracketed second
 * name, names run together, or a name kept as written.
 *
 * @example
 * const c = compactText('市财政局\n市审计局');
 * readNames(c, { start: 0, end: c.text.length }, indexRegistry(registry)).names.map((n) => n.canonical);
 * //=> ['市财政局', '市审计局']
 */
export function readNames(
  c: CompactText,
  range: Range,
  index: RegistryIndex | undefined,
  options: { labelled?: boolean | undefined } = {},
): NamesRead {
  const text = slice(c, range);
  if (text === '') return { names: [], notices: [] };
  const entry = index ? lookupName(index, text) : undefined;
  const read = entry
    ? { names: [knownName(c, range, entry)], notices: [] }
    : (readAliasBracket(c, range, index) ??
      (index ? splitKnownNames(c, range, index) : undefined) ??
      readUnknownName(c, range, index, options.labelled));
  for (const name of read.names) {
    if (name.vague) read.notices.push(vagueGroupNotice(name));
  }
  return read;
}

function vagueGroupNotice(name: CellName): RoleNotice {
  return roleNotice('warning', 'vague-group', { name: name.name }, { span: name.span, found: name.name });
}

function baseName(c: CompactText, range: Range): Pick<CellName, 'written' | 'name' | 'span'> {
  const span = sourceSpan(c, range);
  return { written: c.source.slice(span.start, span.end), name: slice(c, range), span };
}

function knownName(c: CompactText, range: Range, entry: RegistryEntry): CellName {
  const { written, name, span } = baseName(c, range);
  if (entry.kind === 'unit')
    return { written, name, span, canonical: entry.unit.name, kind: 'unit', known: true };
  const cell: CellName = { written, name, span, canonical: entry.group.name, kind: 'group', known: true };
  if (entry.group.territorial) cell.territorial = true;
  if (entry.group.vague) cell.vague = true;
  return cell;
}

/**
 * `市府办〔市大数据局〕`: one unit under two names (两块牌子). Group names keep their brackets
 * (各县（市、区）政府（管委会）), and so do brackets holding a list or a single character.
 */
function readAliasBracket(
  c: CompactText,
  range: Range,
  index: RegistryIndex | undefined,
): NamesRead | undefined {
  const inner = trailingBracket(c, range);
  if (!inner) return undefined;
  const outer = { start: range.start, end: inner.start - 1 };
  const outerText = slice(c, outer);
  const innerText = slice(c, inner);
  if (outerText === '' || GROUP_SHAPE.test(outerText) || LIST_PUNCTUATION.test(innerText)) return undefined;
  // Names parted by spaces before the bracket (农村办 国土所 村(社区)): the bracket is the last one's.
  if (splitAtSpaces(c, range).length > 1) return undefined;
  if (innerText.length < 2 || !UNIT_ENDING.test(innerText)) return undefined;
  const alias = baseName(c, inner);
  const outerEntry = index ? lookupName(index, outerText) : undefined;
  const innerEntry = index ? lookupName(index, innerText) : undefined;
  const entry = outerEntry ?? innerEntry;
  if (entry) {
    // The span and `written` cover both names; `name` stays the outer one as written.
    return { names: [{ ...knownName(c, range, entry), name: outerText, alias }], notices: [] };
  }
  if (!looksLikeName(outerText)) return undefined;
  const read = readUnknownName(c, outer, index);
  const [first] = read.names;
  if (!first) return read;
  return { ...read, names: [{ ...first, written: sourceText(c, range), span: sourceSpan(c, range), alias }] };
}

/**
 * Names run together: `市财政局\n市审计局` (a line break where a 、 was lost) or `市财政局和市审计局`.
 * Split only when every part is a registry name, so 市工业和信息化局 stays whole.
 */
function splitKnownNames(c: CompactText, range: Range, index: RegistryIndex): NamesRead | undefined {
  const atGaps: Range[] = [];
  let start = range.start;
  for (let i = range.start + 1; i < range.end; i++) {
    if (gapBefore(c, i)) {
      atGaps.push({ start, end: i });
      start = i;
    }
  }
  atGaps.push({ start, end: range.end });
  const candidates: Range[][] = atGaps.length > 1 ? [atGaps] : [];
  for (let i = range.start + 1; i < range.end - 1; i++) {
    if (CONJUNCTIONS.includes(c.text[i]!)) {
      candidates.push([
        { start: range.start, end: i },
        { start: i + 1, end: range.end },
      ]);
    }
  }
  for (const parts of candidates) {
    const entries = parts.map((part) => lookupName(index, slice(c, part)));
    if (entries.every((e) => e !== undefined)) {
      return { names: parts.map((part, i) => knownName(c, part, entries[i]!)), notices: [] };
    }
  }
  return undefined;
}

/** A name the registry does not know (or no registry was given): kept, shaped by its wording. */
function readUnknownName(
  c: CompactText,
  range: Range,
  index: RegistryIndex | undefined,
  labelled = false,
): NamesRead {
  const text = slice(c, range);
  const parts = splitAtSpaces(c, range);
  if (parts.length > 1) {
    const read = parts.map((part) => readAliasBracket(c, part, index) ?? readUnknownName(c, part, index, labelled));
    return { names: read.flatMap((r) => r.names), notices: read.flatMap((r) => r.notices) };
  }
  // 所列负责单位 / 上述单位 point back at names already read: no name of their own.
  if (BACK_REFERENCE.test(text)) return { names: [], notices: [], unread: range };
  // Under a label (责任单位：…) a name is a unit whatever its ending: 区城管, 办公室, 某某产业园.
  const named = looksLikeName(text) || (labelled && LABELLED_NAME.test(text));
  if (!named) return { names: [], notices: [], unread: range };
  const isGroup = GROUP_SHAPE.test(text);
  const vague = isGroup && VAGUE_GROUP.test(text);
  const name: CellName = {
    ...baseName(c, range),
    kind: isGroup ? 'group' : 'unit',
    known: false,
    ...(isGroup && TERRITORIAL_GROUP.test(text) ? { territorial: true as const } : {}),
    ...(vague ? { vague: true as const } : {}),
  };
  const notices: RoleNotice[] = [];
  // Vague groups get their own notice (see noticesForName); “unknown” is only news with a registry.
  if (index && !vague) notices.push(unknownNameNotice(name, index));
  return { names: [name], notices };
}

/** What may stand under a label (or in a list of names) as a unit's name: characters of names, no sentence. */
export const LABELLED_NAME = /^[\p{Script=Han}A-Za-z（）()]{2,30}$/u;

/** Words that point back at units already named (所列负责单位, 上述部门, 以上单位). */
const BACK_REFERENCE = /^(?:由)?(?:所列|上述|以上|前述|上列)/u;

const WHOLE_NAME_END = /[局委办厅室府会心院部队处站所司团行台馆校社联]$/u;

/**
 * Names separated by spaces only (市住建局 市商务局): split at a space of the source where the text
 * on both sides looks like a whole name. A name broken by a line break (市住房城乡建设\n局) is not
 * split: its first part does not end like a name.
 */
function splitAtSpaces(c: CompactText, range: Range): Range[] {
  const parts: Range[] = [];
  let start = range.start;
  for (let i = range.start + 2; i < range.end - 1; i++) {
    if (!spaceBefore(c, i)) continue;
    const left = slice(c, { start, end: i });
    // The right side: all the rest, or up to the next space (one name of several: 农村办 规划建设办
    // 国土所 村(社区)); a stray space inside the next name (市 人社局) leaves the rest a name.
    let next = i + 1;
    while (next < range.end && !spaceBefore(c, next)) next++;
    const word = slice(c, { start: i, end: next });
    const rest = slice(c, { start: i, end: range.end });
    const right = looksLikeName(word) ? word : rest;
    if (
      WHOLE_NAME_END.test(left.replace(/[（(〔][^()（）〔〕]*[)）〕]$/u, '')) &&
      looksLikeName(left) &&
      /^[\p{Script=Han}]/u.test(right) &&
      (looksLikeName(right) || sameLevel(left, right))
    ) {
      parts.push({ start, end: i });
      start = i;
    }
  }
  parts.push({ start, end: range.end });
  return parts;
}

/** Is there a space of the source before compact position `i`? */
function spaceBefore(c: CompactText, i: number): boolean {
  if (!gapBefore(c, i)) return false;
  return /[ \u3000]/.test(c.source.slice(c.offsets[i - 1]! + 1, c.offsets[i]!));
}

/**
 * Two names that open with the same level (区城管局 区水投): the right one is a name, however short
 * its form, when the left is whole.
 */
function sameLevel(left: string, right: string): boolean {
  return /^[省市区县镇]/u.test(left) && left[0] === right[0] && right.length >= 3 && !/[，。；,;]/.test(right);
}

function unknownNameNotice(name: CellName, index: RegistryIndex): RoleNotice {
  const suggestions = closestUnits(index, name.name, 3, { groups: name.kind === 'group' });
  return roleNotice(
    'warning',
    name.kind === 'group' ? 'unknown-group' : 'unknown-unit',
    { name: name.name, closest: suggestions.map((s) => s.name).join('、') },
    { span: name.span, found: name.name, ...(suggestions[0] ? { expected: suggestions[0].name } : {}) },
  );
}
