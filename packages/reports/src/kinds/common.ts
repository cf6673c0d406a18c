/** Pieces the report kinds share: subtitles, units by role, the fill-in columns of a ledger. */
import {
  type AppMessage,
  formatChineseDate,
  type IsoDate,
  type LabelLanguage,
  type Locale,
  type MessageParams,
  type LedgerRow,
  type PlanAnalysis,
  PROGRESS_STATES,
  partStateNames,
  progressStateNames,
  type ReportStatus,
  type ReportWord,
  type RoleNames,
  roleNames,
  sayApp,
  sayReport,
  statusNames,
  type UnitPart,
} from '@fengong/core';
import type { Cell, Column, LiveWords, Official, Sheet } from '../model';
import type { KindOptions } from './types';

/**
 * The words of the documents in a locale (core's catalogue, `report/*` and the ledgers' `report-col-*`):
 * `w('as-of', { date })`, `w.col('report-col-task')`, `w.locale`.
 *
 * @example
 * wordsOf('en')('overdue-title'); //=> 'Overdue warning'
 */
export interface Words {
  (id: ReportWord, params?: MessageParams): string;
  col: (id: AppMessage, params?: MessageParams) => string;
  locale: Locale;
  lang: LabelLanguage;
}

export function wordsOf(locale: Locale = 'zh-CN'): Words {
  const w = (id: ReportWord, params: MessageParams = {}) => sayReport(id, params, locale);
  return Object.assign(w, {
    col: (id: AppMessage, params: MessageParams = {}) => sayApp(id, params, locale),
    locale,
    lang: (locale === 'en' ? 'en' : 'zh') as LabelLanguage,
  });
}

/** A status's name in the documents' language: 已逾期 · overdue. */
export function statusLabelIn(s: Pick<ReportStatus, 'status'>, locale: Locale = 'zh-CN'): string {
  return statusNames[locale === 'en' ? 'en' : 'zh'][s.status];
}

/** A traffic light in a ledger's light column, in the documents' language: 红 · red. */
export function lightIn(s: Pick<ReportStatus, 'light'>, locale: Locale = 'zh-CN'): string {
  return sayReport(`light-${s.light}`, {}, locale);
}

/**
 * What a ledger's status and light cells say when a unit marks the row finished (the XLSX formulas of
 * {@link Sheet.live}), in the documents' language.
 *
 * @example
 * liveWords().doneLate; //=> '逾期完成'
 */
export function liveWords(locale: Locale = 'zh-CN'): LiveWords {
  const lang = locale === 'en' ? 'en' : 'zh';
  return {
    done: statusNames[lang].done,
    doneLate: statusNames[lang].doneLate,
    lights: {
      red: lightIn({ light: 'red' }, locale),
      yellow: lightIn({ light: 'yellow' }, locale),
      green: lightIn({ light: 'green' }, locale),
    },
  };
}

/** A numbered heading: 一、预警事项 in Chinese, 1. Warnings in English. */
export function headingText(w: Words, n: number, text: string): string {
  return w('heading', { n, text });
}

/** A day as the documents write it: 2021年10月1日 (the plan's year left out) in Chinese, ISO in English. */
export function dayText(day: IsoDate, year: number | undefined, locale: Locale = 'zh-CN'): string {
  return locale === 'en' ? day : formatChineseDate(day, year);
}

/** The plan line under a title: its title and document number. */
export function planLine(analysis: PlanAnalysis, locale: Locale = 'zh-CN'): string {
  const { meta } = analysis.plan;
  return meta.documentNumber
    ? sayReport('plan-line', { title: meta.title, number: meta.documentNumber }, locale)
    : meta.title;
}

/** 截至2021年10月1日 */
export function asOfLine(asOf: IsoDate, locale: Locale = 'zh-CN'): string {
  return sayReport('as-of', { date: dayText(asOf, undefined, locale) }, locale);
}

export function planYear(analysis: PlanAnalysis): number {
  return Number(analysis.plan.meta.issued.slice(0, 4));
}

const ROLE_ORDER: (keyof RoleNames)[] = ['lead', 'responsible', 'supporting', 'supervising'];

/** Units by role, one line per role that has any: `牵头：市财政局`. */
export function rolesText(roles: RoleNames, locale: Locale = 'zh-CN'): string {
  const w = wordsOf(locale);
  return ROLE_ORDER.filter((role) => roles[role].length > 0)
    .map((role) => w('role-units', { role: roleNames[w.lang][role], units: join(roles[role], locale) }))
    .join('\n');
}

/** Names in a list: 市财政局、市审计局 (in English, with commas). */
export const join = (names: readonly string[], locale: Locale = 'zh-CN'): string =>
  names.join(sayReport('names-sep', {}, locale));

/**
 * What units reported, one line per unit part: `市财政局（10月10日）推进中：汇总中`, with the reason of
 * 无法完成, the supporting material and who reported; a part done because the task is done says so.
 */
export function progressText(
  parts: readonly UnitPart[] | undefined,
  year: number,
  withUnit = true,
  locale: Locale = 'zh-CN',
): string {
  const w = wordsOf(locale);
  return (parts ?? [])
    .flatMap((p) => {
      const unit = withUnit ? p.unit : '';
      const e = p.entry;
      if (!e)
        return p.byTask
          ? [w('progress-by-task', { unit, state: partStateNames[w.lang][p.state] }).trimStart()]
          : [];
      const extra = [
        e.note ? w('progress-note', { note: e.note }) : '',
        e.state === 'cannotComplete' && e.reason ? w('progress-reason', { reason: e.reason }) : '',
        e.evidence?.length ? w('progress-evidence', { evidence: join(e.evidence, locale) }) : '',
        e.author ? w('progress-author', { author: e.author }) : '',
      ].join('');
      const date = dayText(e.date, year, locale);
      return [
        w('progress-entry', { unit, date, state: progressStateNames[w.lang][e.state], extra }).trimStart(),
      ];
    })
    .join('\n');
}

/**
 * Where the units of a plan-level row stand, when there are several: `3/15个单位已完成；无法完成：
 * 赤坎区政府（无数据）`.
 */
export function partsSummary(parts: readonly UnitPart[], locale: Locale = 'zh-CN'): string {
  const w = wordsOf(locale);
  const finished = parts.filter((p) => p.state === 'done' || p.state === 'doneLate');
  const late = parts.filter((p) => p.state === 'doneLate').map((p) => p.unit);
  const blocked = parts.filter((p) => p.state === 'cannotComplete');
  return [
    w('parts-finished', { done: finished.length, total: parts.length }) +
      (late.length ? w('parts-late', { units: join(late, locale) }) : ''),
    blocked.length
      ? w('parts-blocked', {
          units: join(
            blocked.map((p) => w('unit-reason', { unit: p.unit, reason: p.reason ?? '' })),
            locale,
          ),
        })
      : '',
  ]
    .filter(Boolean)
    .join(w('clauses-sep'));
}

/** The drop-down values of the 完成情况 column. */
export const STATE_CHOICES: readonly string[] = PROGRESS_STATES.map((s) => progressStateNames.zh[s]);

const STATE_COLUMN: Column = {
  header: sayApp('report-col-state'),
  width: 14,
  fill: true,
  choices: STATE_CHOICES,
  align: 'center',
};
const NOTE_COLUMN: Column = { header: sayApp('report-col-progress'), width: 36, fill: true };
const REMARK_COLUMN: Column = { header: sayApp('report-col-remark'), width: 16, fill: true };

/**
 * The fill-in columns of a ledger (填报列): the state, progress, the reason of 无法完成, supporting
 * material, the day it is reported (报送日期: a changed row is recorded on this day, else on the day it
 * is imported), who reports, who answers for the work and whom to ask (责任人, 联系人, 联系电话),
 * remarks. Filled with the unit's current entry, so that a workbook imported back unchanged adds
 * nothing.
 */
export const FILL_COLUMNS: Column[] = [
  STATE_COLUMN,
  NOTE_COLUMN,
  { header: sayApp('report-col-reason'), width: 20, fill: true },
  { header: sayApp('report-col-evidence'), width: 24, fill: true },
  { header: sayApp('report-col-reported'), width: 12, fill: true, align: 'center', date: true },
  { header: sayApp('report-col-author'), width: 10, fill: true },
  { header: sayApp('report-responsible-person'), width: 10, fill: true },
  { header: sayApp('report-contact'), width: 10, fill: true },
  { header: sayApp('report-phone'), width: 14, fill: true },
  REMARK_COLUMN,
];
/** The short fill-in columns (a lead unit's summary). */
export const SHORT_FILL_COLUMNS: Column[] = [STATE_COLUMN, NOTE_COLUMN, REMARK_COLUMN];
export const UNIT_KEY_COLUMN: Column = { header: sayApp('report-col-unit'), width: 16, hidden: true };
/** The hidden id of the entry a row shows (原记录编号): how an unchanged row is known on import. */
export const ENTRY_KEY_COLUMN: Column = { header: sayApp('report-col-entry'), width: 12, hidden: true };

/**
 * The fill-in cells of a row and its hidden entry id: the reporter's current entry, when one unit
 * fills the row in; for a row of several owners, the task's state when it is done and what each
 * reported.
 */
export function fillCells(row: LedgerRow, year: number): Cell[] {
  const parts = row.parts ?? [];
  if (row.reporters.length === 1 && parts.length <= 1) {
    const e = parts[0]?.entry;
    if (!e) return FILL_COLUMNS.map(() => '').concat('');
    return [
      progressStateNames.zh[e.state],
      e.note ?? '',
      e.reason ?? '',
      e.evidence?.join('\n') ?? '',
      e.date,
      e.author ?? '',
      e.responsiblePerson ?? '',
      e.contact ?? '',
      e.phone ?? '',
      e.remark ?? '',
      e.id,
    ];
  }
  const state =
    row.status.status === 'done'
      ? progressStateNames.zh.done
      : row.status.status === 'doneLate'
        ? progressStateNames.zh.doneLate
        : '';
  const summary = parts.length > 0 ? [partsSummary(parts), progressText(parts, year)].join('\n') : '';
  return [state, summary.trim(), ...FILL_COLUMNS.slice(2).map(() => ''), ''];
}
/**
 * The deadline cell with its reading on a second line, without the stricter reading (从严), which a
 * document says once, in its {@link stricterLegend}.
 */
export function deadlineWithReading(
  row: { deadline: { text: string; mainReading: string; kind: string } },
  locale: Locale = 'zh-CN',
): string {
  return row.deadline.kind === 'ongoing'
    ? row.deadline.text
    : sayReport('deadline-reading', { text: row.deadline.text, reading: row.deadline.mainReading }, locale);
}

/**
 * The stricter readings (从严理解), said once for a whole document instead of on every deadline line:
 * the rule, with the first deadline that has one as the example; undefined when none has one.
 *
 * @example
 * stricterLegend([{ text: '2021年9月前', kind: 'by', due: '2021-09-30', strictDue: '2021-08-31' }], 2021);
 * //=> '时限可作更严理解的，…如“2021年9月前”按9月30日前理解，从严理解为8月31日前；…'
 */
export function stricterLegend(
  deadlines: readonly (
    | { text: string; kind: string; due: IsoDate | null; strictDue?: IsoDate }
    | undefined
  )[],
  year: number,
  locale: Locale = 'zh-CN',
): string | undefined {
  const strict = deadlines.filter((d) => d?.strictDue && d.due);
  const example = strict.find((d) => d?.kind === 'by') ?? strict[0];
  if (!example?.strictDue || !example.due) return undefined;
  const lang = locale === 'en' ? 'en' : 'zh';
  return sayApp(
    'report-stricter-legend',
    {
      text: example.text,
      due: dayText(example.due, year, locale),
      strict: dayText(example.strictDue, year, locale),
      atRisk: statusNames[lang].atRisk,
    },
    locale,
  );
}

/**
 * The official-document parts (公文) of a report: the issuer, number, addressees, copies and printer
 * from the options, else from the plan's meta (the plan's issuer sends the warnings to the plan's
 * addressees); `defaults` are what a kind puts in their place (a lead unit reporting to the office).
 */
export function officialOf(
  analysis: PlanAnalysis,
  options: KindOptions,
  title: string,
  defaults: { issuer?: string; addressees?: readonly string[] } = {},
): Official {
  const meta = analysis.plan.meta;
  const given = options.official ?? {};
  const issuer = given.issuer ?? defaults.issuer ?? meta.issuer ?? meta.printedBy ?? '';
  const addressees = given.addressees ?? defaults.addressees ?? meta.addressees;
  const locale = options.locale ?? 'zh-CN';
  return {
    issuer,
    ...(given.documentNumber ? { documentNumber: given.documentNumber } : {}),
    title,
    addressees: addressees.length > 0 ? [...addressees] : [sayReport('default-addressees', {}, locale)],
    date: given.date ?? options.asOf,
    cc: [...(given.cc ?? [])],
    printedBy: given.printedBy ?? (issuer === meta.issuer && meta.printedBy ? meta.printedBy : issuer),
    ...(locale === 'zh-CN' ? {} : { locale }),
  };
}
