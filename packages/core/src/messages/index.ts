/**
 * The one catalogue of what fengong's core says (消息目录): every message id — a diagnostic code, or
 * `code/variant` where one code is said several ways — with its Chinese and English sentence. A
 * diagnostic carries its `code`, `params` and `messageId`; {@link say} writes the
 * sentence, in Chinese unless asked otherwise, and {@link sayDiagnostic} says a diagnostic again in
 * another language.
 */
import type { Diagnostic } from '../diagnostics';
import { APP_MESSAGES } from './app';
import { DEADLINE_SUMMARY_MESSAGES } from './deadline-summary';
import { DEADLINES_MESSAGES } from './deadlines';
import { type Locale, type MessageParams, type PartParamsOf, sayFrom } from './define';
import { FILES_MESSAGES } from './files';
import { IMPORT_MESSAGES } from './import';
import { IMPORT_ROWS_MESSAGES } from './import-rows';
import { IMPORT_TABLES_MESSAGES } from './import-tables';
import { LEDGER_MESSAGES } from './ledger';
import { MODEL_MESSAGES } from './model';
import { PLACES_MESSAGES } from './places';
import { REPORTS_MESSAGES } from './reports';
import { REPORT_WORD_MESSAGES } from './report-words';
import { ROLES_MESSAGES } from './roles';
import { USAGE_MESSAGES } from './usage';

export { type Locale, type MessageParams, lineRange } from './define';
export { type ServerMessage, type ServerParamsOf, sayServer } from './server';
export { type ReportWord, sayReport } from './report-words';

const MESSAGES = {
  ...IMPORT_MESSAGES,
  ...IMPORT_TABLES_MESSAGES,
  ...IMPORT_ROWS_MESSAGES,
  ...ROLES_MESSAGES,
  ...DEADLINES_MESSAGES,
  ...DEADLINE_SUMMARY_MESSAGES,
  ...MODEL_MESSAGES,
  ...FILES_MESSAGES,
  ...PLACES_MESSAGES,
  ...LEDGER_MESSAGES,
  ...APP_MESSAGES,
  ...USAGE_MESSAGES,
  ...REPORTS_MESSAGES,
  ...REPORT_WORD_MESSAGES,
};

/**
 * A code of the catalogue (消息代码).
 *
 * @example
 * const code: MessageCode = 'no-table';
 */
export type MessageCode = keyof typeof MESSAGES;

/**
 * The parameters a message of the catalogue takes.
 *
 * @example
 * const params: ParamsOf<'renumbered'> = { count: 12 };
 */
export type ParamsOf<C extends MessageCode> = PartParamsOf<typeof MESSAGES, C>;

/**
 * Say a message of the catalogue (按目录成句), in Chinese unless `locale` says otherwise.
 *
 * @example
 * say('renumbered', { count: 12 }); //=> '任务编号缺失或重复：12 项任务按顺序编为 1–12'
 * say('renumbered', { count: 12 }, 'en'); //=> 'task numbers are missing or repeated: the 12 tasks are numbered 1–12 in order'
 */
export function say<C extends MessageCode>(code: C, params: ParamsOf<C>, locale: Locale = 'zh-CN'): string {
  return sayFrom(MESSAGES, code, params, locale);
}

/**
 * A diagnostic's sentence in `locale`: its `message` in Chinese; in English, said again from its
 * `messageId` (or `code`) and `params` when the catalogue has it, else its `message` as it is.
 *
 * @example
 * sayDiagnostic({ severity: 'info', code: 'renumbered', message: '…', params: { count: 3 } }, 'en');
 * //=> 'task numbers are missing or repeated: the 3 tasks are numbered 1–3 in order'
 */
export function sayDiagnostic(diagnostic: Diagnostic, locale: Locale = 'zh-CN'): string {
  // The message is said in Chinese when it is made (with any place added to it since).
  if (locale === 'zh-CN') return diagnostic.message;
  const id = diagnostic.messageId ?? diagnostic.code;
  const entry = (MESSAGES as unknown as Record<string, { [L in Locale]: (p: MessageParams) => string }>)[id];
  if (!entry || !diagnostic.params) return diagnostic.message;
  return entry[locale](diagnostic.params);
}

/**
 * Is `code` in the catalogue?
 *
 * @example
 * isMessageCode('no-table'); //=> true
 */
export function isMessageCode(code: string): code is MessageCode {
  return Object.hasOwn(MESSAGES, code);
}

/**
 * A message of the catalogue as the fields of a diagnostic: `message` (Chinese), `params`, and
 * `messageId` when the id is not the code.
 *
 * @example
 * catalogued('renumbered/restart', { count: 3 }).messageId; //=> 'renumbered/restart'
 */
export function catalogued<C extends MessageCode>(
  id: C,
  params: ParamsOf<C>,
): { message: string; params: MessageParams; messageId?: string } {
  const code = id.split('/')[0]!;
  return {
    message: say(id, params),
    params: params as MessageParams,
    ...(id !== code ? { messageId: id } : {}),
  };
}
