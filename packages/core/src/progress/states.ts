/**
 * The progress states (填报状态) as codes and as the ledger workbook's drop-down writes them. No zod
 * here: the queries entry (`@fengong/core/queries`) uses these without loading the readers; the zod
 * enum {@link LedgerState} in `schema.ts` is built from {@link PROGRESS_STATES}.
 */
import { progressStateNames } from '../labels';
import type { LedgerState } from './schema';

/**
 * The progress states a unit reports (填报状态), in the order a ledger's drop-down lists them:
 * `notStarted` 未开始 · `inProgress` 推进中 · `done` 已完成 · `doneLate` 已完成（逾期） ·
 * `cannotComplete` 无法完成 (needs a reason).
 *
 * @example
 * PROGRESS_STATES[0]; //=> 'notStarted'
 */
export const PROGRESS_STATES = ['notStarted', 'inProgress', 'done', 'doneLate', 'cannotComplete'] as const;

/**
 * The Chinese label of each progress state: exactly the values of a ledger's status drop-down.
 *
 * @example
 * PROGRESS_STATES.map((s) => progressStateLabels[s]).join(',');
 * //=> '未开始,推进中,已完成,已完成（逾期）,无法完成'
 */
export const progressStateLabels: Readonly<Record<LedgerState, string>> = progressStateNames.zh;

/**
 * Is this state a finished one (已完成 or 已完成（逾期）)? The only states that finish a unit's part.
 *
 * @example
 * isFinishedState('doneLate'); //=> true
 * isFinishedState('cannotComplete'); //=> false
 */
export function isFinishedState(state: LedgerState): boolean {
  return state === 'done' || state === 'doneLate';
}

/**
 * The state a code (`done`) or a label as people write it (`已完成（逾期）`, `已完成(逾期)`, with spaces)
 * names. The English alias `blocked` names 无法完成.
 *
 * @example
 * ledgerStateFrom('已完成(逾期)'); //=> 'doneLate'
 * ledgerStateFrom('blocked'); //=> 'cannotComplete'
 * ledgerStateFrom('差不多了'); //=> undefined
 */
export function ledgerStateFrom(text: string): LedgerState | undefined {
  const trimmed = text.trim();
  if ((PROGRESS_STATES as readonly string[]).includes(trimmed)) return trimmed as LedgerState;
  if (trimmed === 'blocked') return 'cannotComplete';
  const key = trimmed.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
  return PROGRESS_STATES.find((s) => progressStateLabels[s] === key);
}
