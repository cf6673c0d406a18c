/**
 * Vitest global setup of the packages whose tests run LibreOffice and poppler (core, cli, reports;
 * reports also reads its calendars with python icalendar):
 * the check `npm test` runs before anything else (scripts/ensure-system-packages.sh, the root
 * pretest), so that one package's tests run alone on a fresh machine install them too — or stop,
 * naming what is missing. A quick check when everything is there.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function setup(): void {
  execFileSync('bash', [path.join(import.meta.dirname, '../ensure-system-packages.sh'), 'office', 'calendar'], {
    stdio: 'inherit',
  });
}
