/** Where a character offset lies in a text (行列位置): internal to core's readers. */
import type { SourcePosition } from './diagnostics';

/** Position of a character offset in a text (1-based line and column, counting UTF-16 units). */
export function positionAt(text: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.max(0, Math.min(offset, text.length));
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1, offset: end };
}
