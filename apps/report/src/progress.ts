/** A one-line progress bar on stderr, redrawn in place; only when stderr is a terminal. */

export interface ProgressBar {
  update(done: number, total: number, label: string): void;
  finish(): void;
}

const WIDTH = 24;

/** A bar writing to `stream`, or a silent one when `enabled` is false. */
export function progressBar(stream: NodeJS.WriteStream, enabled: boolean): ProgressBar {
  if (!enabled) return { update() {}, finish() {} };
  let drawn = false;
  return {
    update(done, total, label) {
      const filled = total > 0 ? Math.round((done / total) * WIDTH) : WIDTH;
      const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
      const columns = stream.columns ?? 80;
      const line = `${bar} ${done}/${total} ${label}`;
      stream.write(`\r\u001b[2K${[...line].slice(0, Math.max(10, columns - 1)).join('')}`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\r\u001b[2K');
    },
  };
}
