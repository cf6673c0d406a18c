/**
 * Regenerate packages/core/src/deadlines/holidays-cn.json — China's official public holidays (法定节假日)
 * and make-up working days (调休上班) — from the MIT-licensed `chinese-days` package.
 *
 *   npx tsx scripts/update-holidays.ts           write the file
 *   npx tsx scripts/update-holidays.ts --check   exit 1 when the file is not what the package gives
 *
 * A new year's calendar is a data change only: `npm update chinese-days`, then run this script.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ChineseDaysData {
  /** Day → "English name,中文名,days" for every day off of a holiday period (weekends inside it included). */
  holidays: Record<string, string>;
  /** Make-up working days (调休上班日), usually weekends. */
  workdays: Record<string, string>;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'packages/core/src/deadlines/holidays-cn.json');
const require = createRequire(import.meta.url);
const packageJson = require('chinese-days/package.json') as { version: string };
const data = JSON.parse(
  readFileSync(require.resolve('chinese-days/dist/chinese-days.json'), 'utf8'),
) as ChineseDaysData;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function sortedDays(record: Record<string, string>, what: string): string[] {
  const days = Object.keys(record).sort();
  const bad = days.filter((d) => !ISO_DAY.test(d));
  if (bad.length > 0) throw new Error(`chinese-days: ${what} has malformed dates: ${bad.join(', ')}`);
  return days;
}

/** The years the data covers; they must be contiguous, or a gap would be read as a year without holidays. */
function coveredYears(holidays: readonly string[]): { from: number; to: number } {
  const years = [...new Set(holidays.map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b);
  const from = years[0];
  const to = years[years.length - 1];
  if (from === undefined || to === undefined) throw new Error('chinese-days: no holidays at all');
  const missing = [];
  for (let y = from; y <= to; y++) if (!years.includes(y)) missing.push(y);
  if (missing.length > 0) throw new Error(`chinese-days: no holidays for ${missing.join(', ')}`);
  return { from, to };
}

/** A JSON array of dates, one per line: the layout Biome's formatter keeps, so `npm run format` leaves it alone. */
function dateArray(days: readonly string[]): string {
  return `[\n${days.map((d) => `    ${JSON.stringify(d)}`).join(',\n')}\n  ]`;
}

function render(): string {
  const holidays = sortedDays(data.holidays, 'holidays');
  const makeupWorkdays = sortedDays(data.workdays, 'workdays');
  const clash = makeupWorkdays.filter((d) => data.holidays[d] !== undefined);
  if (clash.length > 0) throw new Error(`chinese-days: days both off and working: ${clash.join(', ')}`);
  const years = coveredYears(holidays);
  return [
    '{',
    `  "source": ${JSON.stringify(`chinese-days@${packageJson.version} (https://github.com/vsme/chinese-days)`)},`,
    '  "license": "MIT",',
    `  "coveredYears": { "from": ${years.from}, "to": ${years.to} },`,
    `  "holidays": ${dateArray(holidays)},`,
    `  "makeupWorkdays": ${dateArray(makeupWorkdays)}`,
    '}',
    '',
  ].join('\n');
}

const output = render();
const where = relative(process.cwd(), target);
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // a missing file is simply out of date
  }
  if (current !== output) {
    console.error(`${where} is out of date: run npx tsx scripts/update-holidays.ts`);
    process.exit(1);
  }
  console.log(`${where} is up to date`);
} else {
  writeFileSync(target, output);
  console.log(`wrote ${where}`);
}
