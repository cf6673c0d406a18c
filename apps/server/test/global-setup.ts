/**
 * Vitest global setup: the Debian `postgresql` package the tests start a throwaway server of, and
 * LibreOffice and poppler that open the 公文 the server writes —
 * installed when missing, as `npm test` does first (scripts/ensure-system-packages.sh).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function setup(): void {
  execFileSync(
    'bash',
    [path.join(import.meta.dirname, '../../../scripts/ensure-system-packages.sh'), 'postgres', 'office'],
    {
      stdio: 'inherit',
    },
  );
}
