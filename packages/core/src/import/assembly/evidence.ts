/**
 * Choosing a reading by evidence (择优): every layout reader that can read the text proposes its
 * tasks, and each reading is scored by how much its records look like tasks — units cells the
 * responsibility reader reads cleanly, deadlines that parse, texts of a sensible length, numbers
 * that run in order, how many tasks it found. The best reading is taken; a close runner-up is said
 * in the review notes.
 */
import { parseDeadline } from '../../deadlines';
import { unitsCellQuality } from '../readers/classify';
import type { DraftBody } from '../readers/draft';

/** Only this many tasks are scored one by one: a reading that is right on them is right. */
const SAMPLE = 300;

/**
 * How much a reading looks like a plan's tasks (higher is better; 0 for no task).
 *
 * @example
 * scoreReading(readProse(lines, 'proseLabelled')!) > scoreReading(readProse(lines, 'proseBracketed')!);
 */
export function scoreReading(body: DraftBody, options: { documentHan?: number } = {}): number {
  const tasks = body.tasks;
  if (tasks.length === 0) return 0;
  // How much of the document's words the reading keeps in its tasks and categories: a reading that
  // drops lines (sub-goals read as nothing, units as categories' names) counts for less.
  const kept = Math.min(1, options.documentHan ? keptHan(body) / options.documentHan : 1);
  let score = 0;
  let previous: number | undefined;
  const sample = tasks.slice(0, SAMPLE);
  for (const t of sample) {
    const text = t.text.trim();
    let s = 0;
    // A units cell that reads as names and role phrases is the strongest sign of a task.
    s += t.units.trim() === '' ? -0.5 : 2 * unitsCellQuality(t.units);
    if (text.length >= 4 && text.length <= 1500) s += 1;
    else s -= 1;
    // A requirement that swallowed a label or a bracket of units was cut wrongly.
    if (/(?:单位|部门|领导)\s*[:：]/.test(text)) s -= 1;
    if (t.deadline !== '')
      s += parseDeadline(t.deadline, { issued: '2000-01-01' }).notices.some((n) => n.severity === 'warning')
        ? -0.25
        : 0.5;
    if (previous !== undefined && t.number === previous + 1) s += 0.5;
    // A row under the same number (a goal's sub-rows) or numbering that starts again (a new 领域).
    else if (previous !== undefined && (t.number === previous || t.number === 1)) s += 0.25;
    previous = t.number;
    score += s;
  }
  // The tasks beyond the sample count as the sample's average.
  return ((score * tasks.length) / sample.length) * (0.6 + 0.4 * kept);
}

const HAN = /\p{Script=Han}/gu;

/** Han characters of a text. */
export function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/** Han characters a reading keeps: its tasks' cells and notes and its categories' names. */
function keptHan(body: DraftBody): number {
  let n = 0;
  for (const t of body.tasks)
    n += hanCount(t.text) + hanCount(t.units) + hanCount(t.deadline) + hanCount(t.note ?? '');
  for (const c of body.categories) n += hanCount(c.name);
  return n;
}
