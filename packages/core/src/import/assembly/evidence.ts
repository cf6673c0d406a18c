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
export function scoreReading(body: DraftBody): number {
  const tasks = body.tasks;
  if (tasks.length === 0) return 0;
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
    previous = t.number;
    score += s;
  }
  // The tasks beyond the sample count as the sample's average.
  return (score * tasks.length) / sample.length;
}
