/**
 * Vitest global setup: the Debian `postgresql` package the tests start a throwaway server of —
 * installed when missing, as `npm test` does first (scripts/ensure-system-packages.sh).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function setup(): void {
  execFileSync(
    'bash',
    [path.join(import.meta.dirname, '../../../scripts/ensure-system-packages.sh'), 'postgres'],
    {
      stdio: 'inherit',
    },
  );
}
