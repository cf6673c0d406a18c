/**
 * The persisted progress entry (进展记录): append-only entries, one unit's report on one task on one
 * day. Corrections are new entries that name the entry they supersede (更正), so the history is never
 * rewritten.
 */
import * as z from 'zod';
import { say } from '../messages';
import { IsoDate } from '../model/schema';
import { PROGRESS_STATES } from './states';

/**
 * A reported progress state (填报状态): `notStarted` 未开始 · `inProgress` 推进中 · `done` 已完成 ·
 * `doneLate` 已完成（逾期） · `cannotComplete` 无法完成 (needs a reason). The same codes and labels as
 * the ledger workbook's 完成情况 drop-down ({@link progressStateLabels}).
 *
 * @example
 * LedgerState.parse('cannotComplete'); //=> 'cannotComplete'  (无法完成)
 */
export const LedgerState = z.enum(PROGRESS_STATES);
/** See {@link LedgerState}. */
export type LedgerState = z.infer<typeof LedgerState>;

const Text = z
  .string()
  .trim()
  .min(1, { message: say('empty-text', {}) });

/**
 * One progress entry (进展记录) of the ledger: what a unit reported on a task, as of a day.
 *
 * - `date` is the day the state holds from; for a finished state, the day the work was finished.
 *   Entries dated after a status day are not yet known on that day.
 * - `recordedAt` is when the entry was written (an ISO timestamp); with `id` it orders entries of
 *   the same day.
 * - `supersedes` names the entry this one corrects (更正): the corrected entry no longer counts, but
 *   stays in the file.
 * - `cannotComplete` (无法完成) needs a `reason`.
 *
 * Unknown keys are dropped on reading, so ledgers written by a newer version stay readable.
 *
 * @example
 * const entry: LedgerEntry = LedgerEntry.parse({
 *   id: '0b5c…', plan: '湛府办〔2021〕15号', task: 7, unit: '市财政局', date: '2021-10-20', state: 'done',
 *   note: '已在政府网站公开', evidence: ['https://www.zhanjiang.gov.cn/…'], recordedAt: '2021-10-20T08:15:00.000Z',
 * });
 */
export const LedgerEntry = z
  .object({
    id: Text.describe('Unique id of the entry (记录编号)'),
    plan: Text.describe('The plan it belongs to: its document number (文号), else its title'),
    task: z.int().positive().describe('Task number (任务编号)'),
    unit: Text.describe('The reporting unit (填报单位), by its canonical name'),
    date: IsoDate.describe(
      'The day the state holds from (填报日期; for a finished state, the day it was finished)',
    ),
    state: LedgerState.describe('完成情况'),
    reason: z.string().optional().describe('Why it cannot be completed (无法完成的原因)'),
    note: z.string().optional().describe('Progress in words (进展情况)'),
    remark: z.string().optional().describe('Remarks (备注)'),
    evidence: z.array(Text).optional().describe('Links or file names of supporting material (佐证材料)'),
    author: z.string().optional().describe('Who recorded it (填报人)'),
    phone: z.string().optional().describe('How to reach who recorded it (联系电话)'),
    responsiblePerson: z
      .string()
      .optional()
      .describe('The person answerable for the work in the unit (责任人)'),
    contact: z.string().optional().describe('Whom to ask about it in the unit (联系人)'),
    recordedAt: z.iso.datetime({ offset: true }).describe('When it was recorded (记录时间), ISO 8601'),
    supersedes: Text.optional().describe('Id of the entry this one corrects (更正记录)'),
    source: z.string().optional().describe('Where it came from, e.g. a workbook row (来源)'),
  })
  .superRefine((entry, ctx) => {
    if (entry.state === 'cannotComplete' && !entry.reason?.trim()) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: say('missing-reason', {}),
        params: { rule: 'missing-reason' },
      });
    }
    if (entry.supersedes !== undefined && entry.supersedes === entry.id) {
      ctx.addIssue({
        code: 'custom',
        path: ['supersedes'],
        message: say('supersedes-self', {}),
        params: { rule: 'supersedes-self' },
      });
    }
  });
/** See {@link LedgerEntry}. */
export type LedgerEntry = z.infer<typeof LedgerEntry>;
/** A ledger entry as written, before validation. */
export type LedgerEntryInput = z.input<typeof LedgerEntry>;

/**
 * What a caller says to record an entry; {@link createLedgerEntry} adds the id and the time, which
 * the caller chooses (core reads neither the clock nor a random source).
 *
 * @example
 * const input: NewLedgerEntry = { plan: '湛府办〔2021〕15号', task: 7, unit: '市财政局', date: '2021-10-20', state: 'inProgress' };
 */
export type NewLedgerEntry = Omit<LedgerEntryInput, 'id' | 'recordedAt'>;

/**
 * Build and validate an entry (新建记录). Empty optional texts are dropped. Throws a `ZodError` for
 * an invalid entry (e.g. 无法完成 without a reason).
 *
 * @example
 * createLedgerEntry(
 *   { plan: '湛府办〔2021〕15号', task: 7, unit: '市财政局', date: '2021-10-20', state: 'done', note: ' ' },
 *   { id: crypto.randomUUID(), recordedAt: new Date().toISOString() },
 * ); //=> { id: '…', plan: '湛府办〔2021〕15号', task: 7, unit: '市财政局', date: '2021-10-20', state: 'done', recordedAt: '…' }
 */
export function createLedgerEntry(
  input: NewLedgerEntry,
  stamp: { id: string; recordedAt: string },
): LedgerEntry {
  const raw: Record<string, unknown> = { id: stamp.id, ...input, recordedAt: stamp.recordedAt };
  for (const key of [
    'reason',
    'note',
    'remark',
    'author',
    'phone',
    'responsiblePerson',
    'contact',
    'supersedes',
    'source',
  ] as const) {
    const value = raw[key];
    if (typeof value === 'string' && value.trim() === '') delete raw[key];
    else if (typeof value === 'string') raw[key] = value.trim();
  }
  if (Array.isArray(raw.evidence)) {
    const items = (raw.evidence as string[]).map((e) => e.trim()).filter(Boolean);
    if (items.length === 0) delete raw.evidence;
    else raw.evidence = items;
  }
  return LedgerEntry.parse(raw);
}
