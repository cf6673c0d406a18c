/**
 * Plan-level reading conventions stated in a covering notice (通知中的约定):
 * “列第一位的为牵头单位”, “无牵头单位的，责任单位即为牵头单位”.
 */
import type { LeadConventions } from './assign';
import { CONVENTION_STATEMENTS } from './lexicon';
import { compactText, sourceSpan } from './scan';
import type { FoundConvention } from './schema';

/**
 * The conventions a notice states (识别出的约定), as {@link detectConventions} found them.
 *
 * @example
 * const detected: DetectedConventions = { conventions: { firstListedLeads: true }, found: [] };
 */
export interface DetectedConventions {
  /** The conventions stated, ready to merge into a plan's `conventions`. */
  conventions: Partial<LeadConventions>;
  /** Each statement found, with its text and span in the notice. */
  found: FoundConvention[];
}

/**
 * Find the lead conventions a notice states (识别牵头约定), tolerant of line breaks inside the
 * sentence (text extracted from PDFs breaks lines anywhere).
 *
 * @example
 * detectConventions('表中列第一位的为牵头单位，其他为责任单位。');
 * //=> { conventions: { firstListedLeads: true }, found: [{ convention: 'firstListedLeads', value: true, text: '列第一位的为牵头单位', span: { start: 2, end: 12 } }] }
 */
export function detectConventions(noticeText: string): DetectedConventions {
  const c = compactText(noticeText);
  const found: FoundConvention[] = [];
  for (const { convention, pattern } of CONVENTION_STATEMENTS) {
    for (const m of c.text.matchAll(pattern)) {
      const span = sourceSpan(c, { start: m.index, end: m.index + m[0].length });
      found.push({ convention, value: true, text: noticeText.slice(span.start, span.end), span });
    }
  }
  found.sort((a, b) => a.span.start - b.span.start);
  const conventions: Partial<LeadConventions> = {};
  for (const f of found) conventions[f.convention] = f.value;
  return { conventions, found };
}
