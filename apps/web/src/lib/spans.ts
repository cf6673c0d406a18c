/**
 * The units cell cut into segments for highlighting: each name and role phrase with the role
 * fengong read from it, the unread text, and the plain text between. Spans come from core's
 * clauses (readUnitsCell / explainUnits) and refer to the cell's own text.
 *
 * Belongs in core (next to explainUnits) once a second caller needs it.
 */
import type { CellName, Clause, Role, RoleNotice } from '@fengong/core';

export type SegmentKind = 'name' | 'alias' | 'marker' | 'label' | 'etc' | 'unread' | 'plain';

export interface Segment {
  start: number;
  end: number;
  text: string;
  kind: SegmentKind;
  /** The role the clause gives (names, aliases, role phrases, labels). */
  role?: Role;
  /** For names: what the registry says the name is. */
  name?: CellName;
}

interface Marked extends Omit<Segment, 'text'> {}

/**
 * Segments of a units cell, in order, covering the whole text. Clauses carried by 下同 from an
 * earlier cell are left out (their spans refer to that cell); overlapping spans keep the first.
 *
 * @example
 * cellSegments('市财政局牵头，市审计局配合', clauses, []).map((s) => [s.text, s.kind, s.role]);
 * //=> [['市财政局', 'name', 'lead'], ['牵头', 'marker', 'lead'], ['，', 'plain', undefined],
 * //    ['市审计局', 'name', 'supporting'], ['配合', 'marker', 'supporting']]
 */
export function cellSegments(
  text: string,
  clauses: readonly Clause[],
  notices: readonly Pick<RoleNotice, 'code' | 'span'>[] = [],
): Segment[] {
  const marked: Marked[] = [];
  const inText = (s: { start: number; end: number }) =>
    s.start >= 0 && s.end <= text.length && s.start < s.end;
  for (const clause of clauses) {
    if (clause.carriedFrom !== undefined) continue;
    for (const name of clause.names) {
      if (inText(name.span)) marked.push({ ...name.span, kind: 'name', role: clause.role, name });
      if (name.alias && inText(name.alias.span))
        marked.push({ ...name.alias.span, kind: 'alias', role: clause.role, name });
    }
    if (clause.marker && inText(clause.marker.span))
      marked.push({ ...clause.marker.span, kind: 'marker', role: clause.role });
    if (clause.label && inText(clause.label.span))
      marked.push({ ...clause.label.span, kind: 'label', role: clause.role });
    if (clause.etc && inText(clause.etc.span))
      marked.push({ ...clause.etc.span, kind: 'etc', role: clause.role });
  }
  for (const notice of notices) {
    if (notice.code === 'unread-span' && notice.span && inText(notice.span))
      marked.push({ ...notice.span, kind: 'unread' });
  }
  marked.sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const m of marked) {
    if (m.start < at) continue;
    if (m.start > at)
      segments.push({ start: at, end: m.start, text: text.slice(at, m.start), kind: 'plain' });
    segments.push({ ...m, text: text.slice(m.start, m.end) });
    at = m.end;
  }
  if (at < text.length) segments.push({ start: at, end: text.length, text: text.slice(at), kind: 'plain' });
  return segments;
}
