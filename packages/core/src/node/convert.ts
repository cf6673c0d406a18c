/**
 * Converting old binary Office files (.doc, .xls; WPS's .wps and .et) to .docx/.xlsx with
 * LibreOffice (旧格式转换), so that `importPlanFile` can read them. Runs
 * `soffice --headless --convert-to docx|xlsx` in a fresh temporary directory with a fresh user
 * profile (a running LibreOffice, or another conversion, never interferes), and removes both after.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Diagnostic, FengongInputError } from '../diagnostics';
import { catalogued, type ParamsOf } from '../messages';

/**
 * Options of {@link convertLegacyOffice}.
 *
 * @example
 * await convertLegacyOffice(bytes, { kind: 'doc', fileName: 'plan.doc', soffice: '/opt/libreoffice/program/soffice' });
 */
export interface ConvertOptions {
  /** What the file is: a Word (`doc`) or Excel (`xls`) file. */
  kind: 'doc' | 'xls';
  /** The file's name, for messages. */
  fileName?: string | undefined;
  /** The LibreOffice program; by default `soffice` on the PATH, then its usual install places. */
  soffice?: string | undefined;
  /** Give up after this many milliseconds (default 120,000). */
  timeoutMs?: number | undefined;
}

/** Where LibreOffice is usually installed, after the PATH. */
const CANDIDATES = [
  'soffice',
  'libreoffice',
  '/usr/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
];

const PACKAGE = { doc: 'libreoffice-writer', xls: 'libreoffice-calc' } as const;
const TARGET = { doc: 'docx', xls: 'xlsx' } as const;

/** A conversion error, said from the catalogue. */
function conversionError(
  reason:
    | {
        id: 'converter-missing' | 'conversion-failed';
        params: ParamsOf<'converter-missing' | 'conversion-failed'>;
      }
    | { id: 'conversion-failed/timeout'; params: ParamsOf<'conversion-failed/timeout'> },
  fileName?: string,
): FengongInputError {
  const code = reason.id.split('/')[0]!;
  const diagnostic: Diagnostic = {
    severity: 'error',
    code,
    ...catalogued(reason.id, reason.params as never),
    ...(fileName ? { file: fileName } : {}),
  };
  return new FengongInputError([diagnostic], { id: 'summary/not-convertible', params: { file: fileName } });
}

interface Run {
  code: number | null;
  stderr: string;
  missing: boolean;
  timedOut: boolean;
}

async function run(program: string, args: string[], timeoutMs: number): Promise<Run> {
  // Loaded here: child_process (and net, which it loads) cost every command's start-up otherwise.
  const { spawn } = await import('node:child_process');
  return new Promise((resolve) => {
    let stderr = '';
    let timedOut = false;
    const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe'], windowsHide: true });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString('utf8');
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ code: null, stderr: error.message, missing: error.code === 'ENOENT', timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, missing: false, timedOut });
    });
  });
}

/**
 * Convert an old binary Word (.doc/.wps) or Excel (.xls/.et) file to .docx/.xlsx bytes with
 * LibreOffice. Throws {@link FengongInputError} with code `converter-missing` (naming the Debian
 * package to install: libreoffice-writer or libreoffice-calc) when LibreOffice is not installed,
 * and `conversion-failed` when it cannot convert the file.
 *
 * @example
 * const docx = await convertLegacyOffice(await readFile('plan.doc'), { kind: 'doc', fileName: 'plan.doc' });
 * const result = await importPlanFile(docx, { fileName: 'plan.doc' });
 */
export async function convertLegacyOffice(bytes: Uint8Array, options: ConvertOptions): Promise<Uint8Array> {
  const { kind, fileName } = options;
  const target = TARGET[kind];
  const work = await mkdtemp(path.join(tmpdir(), 'fengong-convert-'));
  try {
    const input = path.join(work, `input.${kind}`);
    await writeFile(input, bytes);
    const args = [
      `-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      target,
      '--outdir',
      work,
      input,
    ];
    const programs = options.soffice ? [options.soffice] : CANDIDATES;
    let result: Run | undefined;
    for (const program of programs) {
      result = await run(program, args, options.timeoutMs ?? 120_000);
      if (!result.missing) break;
    }
    if (!result || result.missing)
      throw conversionError(
        {
          id: 'converter-missing',
          params: {
            kind,
            package: PACKAGE[kind],
            target,
            ...(options.soffice ? { at: options.soffice } : {}),
          },
        },
        fileName,
      );
    if (result.timedOut)
      throw conversionError(
        {
          id: 'conversion-failed/timeout',
          params: { seconds: Math.round((options.timeoutMs ?? 120_000) / 1000) },
        },
        fileName,
      );
    try {
      return new Uint8Array(await readFile(path.join(work, `input.${target}`)));
    } catch {
      const why = result.stderr.trim().split('\n').slice(-2).join(' ').slice(0, 300);
      throw conversionError(
        {
          id: 'conversion-failed',
          params: { kind, package: PACKAGE[kind], target, ...(why ? { why } : {}) },
        },
        fileName,
      );
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
