/**
 * Units written at the end of a task's text, as prose plans do: “……。（市财政局牵头，各区政府负责）”.
 */
import type { RegistryLike } from '../registry/lookup';
import { TRAILING_PUNCTUATION } from './lexicon';
import { readUnitsCell } from './read-cell';
import { compactText, sourceSpan, trailingBracket, trimEnd } from './scan';
import type { Span } from './schema';

/**
 * A bracket of units found at the end of a task's text (末尾责任单位括注).
 *
 * @example
 * const found: UnitsBracket = { text: '市财政局牵头', span: { start: 5, end: 11 }, bracket: { start: 4, end: 12 } };
 */
export interface UnitsBracket {
  /** The text inside the bracket, as written: read it with readUnitsCell or explainUnits. */
  text: string;
  /** Where that text is in the task's text. */
  span: Span;
  /** Where the bracket itself is, brackets included. */
  bracket: Span;
}

/**
 * Find the units bracket that ends a task's text (任务文本末尾的责任单位括注): `（A牵头，B配合）`,
 * `〔责任单位：A、B按职责分工负责〕`, `（牵头单位：X）`, nested brackets included. A trailing bracket
 * counts when it names units with a role phrase or a label, or — given a registry — when every
 * name in it is a registry name (`（市财政局）`). `（试行）` and `（2021年底前）` do not count.
 *
 * @example
 * findUnitsBracket('推进规章集中统一公开。（市司法局牵头，各区政府负责）');
 * //=> { text: '市司法局牵头，各区政府负责', span: { start: 12, end: 25 }, bracket: { start: 11, end: 26 } }
 */
export function findUnitsBracket(
  taskText: string,
  options: { registry?: RegistryLike | undefined } = {},
): UnitsBracket | undefined {
  const c = compactText(taskText);
  const body = trimEnd(c, { start: 0, end: c.text.length }, `${TRAILING_PUNCTUATION}”"`);
  const inner = trailingBracket(c, body);
  if (!inner || inner.end <= inner.start) return undefined;
  const span = sourceSpan(c, inner);
  const text = taskText.slice(span.start, span.end);
  if (!readsAsUnits(text, options.registry)) return undefined;
  return { text, span, bracket: sourceSpan(c, { start: inner.start - 1, end: inner.end + 1 }) };
}

function readsAsUnits(text: string, registry: RegistryLike | undefined): boolean {
  const reading = readUnitsCell(text, registry ? { registry } : {});
  const names = reading.clauses.flatMap((clause) => clause.names);
  if (names.length === 0) return false;
  const hasRolePhrase = reading.clauses.some((clause) => clause.basis !== 'unmarked');
  // Without a role phrase, only the registry can tell a unit from a word such as 试行.
  return hasRolePhrase || (registry !== undefined && names.every((n) => n.known));
}
