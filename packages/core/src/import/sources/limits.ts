/**
 * Limits against hostile files (文件安全上限): a document offered for import may be a zip bomb, a
 * PDF of ten thousand pages or a sheet of millions of cells. Each limit has a default, can be
 * lowered (or raised) by the caller, and is enforced with a {@link FengongInputError} whose one
 * diagnostic names the limit by a stable code.
 */
import { catalogued, type ParamsOf } from '../../messages';
import { type Diagnostic, FengongInputError } from '../../diagnostics';

/**
 * The limits of {@link importPlanFile}. Every field has a default in {@link DEFAULT_FILE_LIMITS}.
 *
 * @example
 * const limits: FileImportLimits = { ...DEFAULT_FILE_LIMITS, maxPages: 50 };
 */
export interface FileImportLimits {
  /** Largest file accepted, in bytes (code `file-too-large`). Default 50 MB. */
  maxBytes: number;
  /** Most bytes inflated from a .docx/.xlsx archive in all (code `zip-bomb`). Default 200 MB. */
  maxInflatedBytes: number;
  /**
   * Highest ratio of inflated to compressed size of one archive entry larger than
   * {@link FileImportLimits.ratioFloor} (code `zip-bomb`). Default 200.
   */
  maxRatio: number;
  /** Entries smaller than this are not held to {@link FileImportLimits.maxRatio}. Default 1 MB. */
  ratioFloor: number;
  /** Most entries in an archive (code `zip-bomb`). Default 10,000. */
  maxEntries: number;
  /** Most pages of a PDF (code `too-many-pages`). Default 500. */
  maxPages: number;
  /** Most cells of all tables or sheets read (code `too-many-cells`). Default 200,000. */
  maxCells: number;
}

/**
 * The default limits: generous for any real plan (the Zhanjiang plan is a 150 KB PDF of 17 pages
 * and 200 cells), small enough that a hostile file fails fast.
 *
 * @example
 * DEFAULT_FILE_LIMITS.maxPages; //=> 500
 */
export const DEFAULT_FILE_LIMITS: Readonly<FileImportLimits> = Object.freeze({
  maxBytes: 50 * 1024 * 1024,
  maxInflatedBytes: 200 * 1024 * 1024,
  maxRatio: 200,
  ratioFloor: 1024 * 1024,
  maxEntries: 10_000,
  maxPages: 500,
  maxCells: 200_000,
});

/**
 * The limits with the caller's changes applied.
 *
 * @example
 * resolveLimits({ maxPages: 3 }).maxPages; //=> 3
 * resolveLimits().maxCells; //=> 200000
 */
export function resolveLimits(limits: Partial<FileImportLimits> = {}): FileImportLimits {
  const out: FileImportLimits = { ...DEFAULT_FILE_LIMITS };
  for (const key of Object.keys(out) as (keyof FileImportLimits)[]) {
    const value = limits[key];
    if (typeof value === 'number' && !Number.isNaN(value) && value >= 0) out[key] = value;
  }
  return out;
}

/**
 * Codes of the errors that stop a file import: the limits, and files that are not what they claim.
 *
 * @example
 * const code: FileErrorCode = 'zip-bomb';
 */
export type FileErrorCode =
  | 'file-too-large'
  | 'zip-bomb'
  | 'too-many-pages'
  | 'too-many-cells'
  | 'bad-zip'
  | 'bad-pdf'
  | 'reader-missing'
  | 'unsupported-format'
  | 'old-office-format';

/**
 * The error that stops a file import: a {@link FengongInputError} with one `error` diagnostic,
 * said from the catalogue.
 *
 * @example
 * throw fileError('too-many-pages', { pages: 900, max: 500 }, 'plan.pdf');
 */
export function fileError<C extends FileErrorCode>(
  code: C,
  params: ParamsOf<C>,
  fileName?: string,
): FengongInputError {
  const diagnostic: Diagnostic = {
    severity: 'error',
    code,
    ...catalogued(code, params),
    ...(fileName ? { file: fileName } : {}),
  };
  return new FengongInputError([diagnostic], { id: 'summary/not-importable', params: { file: fileName } });
}

/**
 * Format a byte count for messages: `52.4 MB`.
 *
 * @example
 * formatBytes(50 * 1024 * 1024); //=> '50 MB'
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/**
 * A running count of cells against {@link FileImportLimits.maxCells}: every reader adds the cells it
 * reads, and the count throws `too-many-cells` as soon as it passes the limit.
 *
 * @example
 * const cells = new CellBudget(200_000, 'plan.xlsx');
 * cells.add(1000); // throws when the total passes 200,000
 */
export class CellBudget {
  private used = 0;
  constructor(
    readonly max: number,
    readonly fileName?: string,
  ) {}
  /**
   * Count `n` more cells.
   *
   * @example
   * new CellBudget(10).add(11); // throws FengongInputError (too-many-cells)
   */
  add(n: number, where = ''): void {
    this.used += n;
    if (this.used > this.max)
      throw fileError(
        'too-many-cells',
        { max: this.max, ...(where ? { where } : {}) },
        this.fileName,
      );
  }
  /**
   * Cells counted so far.
   *
   * @example
   * const b = new CellBudget(10); b.add(3); b.count; //=> 3
   */
  get count(): number {
    return this.used;
  }
}
