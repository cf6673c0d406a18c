/**
 * `@fengong/core/labels`: every enum of fengong as people read it (界面标签) — roles and their matrix
 * marks, deadline statuses, traffic lights, deadline kinds, progress states, import layouts, the
 * formats of a plan's document, kinds of unit — in
 * Chinese and English, in one place for the command line, the viewer and the documents (a module
 * with nothing to load, so a program's start-up can have it). The report views return codes; the
 * documents name them from these tables.
 */
import type { DeadlineKind, DeadlineStatus, TrafficLight } from './deadlines/schema';
import type { FileFormat } from './import/document/table-model';
import type { ImportLayout } from './import/types';
import type { Role, UnitKind } from './model/schema';
import type { LookbackResult } from './progress/lookback';
import type { LedgerState } from './progress/schema';

export { type AppMessage, sayApp } from './messages/app';
export { sayDeadline } from './messages/deadline-summary';
export { type HelpMessage, sayHelp } from './messages/help';
export { isViewerWord, sayViewer, type ViewerWord } from './messages/viewer';

/** The languages fengong speaks (界面语言). */
export type LabelLanguage = 'zh' | 'en';

/**
 * Each role's short name: 牵头 lead · 负责 responsible · 配合 supporting · 监管 supervising.
 *
 * @example
 * roleNames.zh.supporting; //=> '配合'
 */
export const roleNames: Readonly<Record<LabelLanguage, Readonly<Record<Role, string>>>> = {
  zh: { lead: '牵头', responsible: '负责', supporting: '配合', supervising: '监管' },
  en: { lead: 'lead', responsible: 'responsible', supporting: 'supporting', supervising: 'supervising' },
};

/**
 * Each role's mark in a responsibility matrix (责任矩阵): 牵 lead · 责 responsible · 配 supporting ·
 * 督 supervising — the same in the command line, the viewer and the documents.
 *
 * @example
 * roleMarks.zh.supervising; //=> '督'
 */
export const roleMarks: Readonly<Record<LabelLanguage, Readonly<Record<Role, string>>>> = {
  zh: { lead: '牵', responsible: '责', supporting: '配', supervising: '督' },
  en: { lead: 'L', responsible: 'R', supporting: 'S', supervising: 'V' },
};

/**
 * Each deadline status's name (进度状态), the same on a screen and in a document.
 *
 * @example
 * statusNames.zh.overdue; //=> '已逾期'
 */
export const statusNames: Readonly<Record<LabelLanguage, Readonly<Record<DeadlineStatus, string>>>> = {
  zh: {
    pending: '未到期',
    dueSoon: '临近到期',
    atRisk: '存在逾期风险',
    overdue: '已逾期',
    done: '已完成',
    doneLate: '逾期完成',
    ongoing: '持续推进',
    notStarted: '未开始',
    awaitingAnchor: '待起算',
    unknown: '时限不明',
  },
  en: {
    pending: 'pending',
    dueSoon: 'due soon',
    atRisk: 'at risk',
    overdue: 'overdue',
    done: 'done',
    doneLate: 'done late',
    ongoing: 'ongoing',
    notStarted: 'not started',
    awaitingAnchor: 'awaiting event',
    unknown: 'unknown',
  },
};

/**
 * Each traffic light's name (督办亮灯).
 *
 * @example
 * lightNames.zh.red; //=> '红灯'
 */
export const lightNames: Readonly<Record<LabelLanguage, Readonly<Record<TrafficLight, string>>>> = {
  zh: { red: '红灯', yellow: '黄灯', green: '绿灯', none: '无灯' },
  en: { red: 'red', yellow: 'yellow', green: 'green', none: 'no light' },
};

/**
 * Each kind of deadline (时限类型).
 *
 * @example
 * deadlineKindNames.zh.recurring; //=> '定期'
 */
export const deadlineKindNames: Readonly<Record<LabelLanguage, Readonly<Record<DeadlineKind, string>>>> = {
  zh: {
    by: '限期',
    window: '时段',
    ongoing: '长期',
    recurring: '定期',
    relative: '自某日起',
    asap: '及时',
    compound: '分段',
    unspecified: '未明确',
  },
  en: {
    by: 'by a day',
    window: 'period',
    ongoing: 'ongoing',
    recurring: 'recurring',
    relative: 'relative',
    asap: 'as soon as possible',
    compound: 'compound',
    unspecified: 'unspecified',
  },
};

/**
 * Each state of a ledger entry (完成情况), as the ledger's drop-down offers them.
 *
 * @example
 * progressStateNames.zh.doneLate; //=> '已完成（逾期）'
 */
export const progressStateNames: Readonly<Record<LabelLanguage, Readonly<Record<LedgerState, string>>>> = {
  zh: {
    notStarted: '未开始',
    inProgress: '推进中',
    done: '已完成',
    doneLate: '已完成（逾期）',
    cannotComplete: '无法完成',
  },
  en: {
    notStarted: 'not started',
    inProgress: 'in progress',
    done: 'done',
    doneLate: 'done late',
    cannotComplete: 'cannot complete',
  },
};

/**
 * Where one unit's part of a task stands (单位完成情况).
 *
 * @example
 * partStateNames.zh.open; //=> '未完成'
 */
export const partStateNames: Readonly<
  Record<LabelLanguage, Readonly<Record<'done' | 'doneLate' | 'cannotComplete' | 'open', string>>>
> = {
  zh: { done: '已完成', doneLate: '逾期完成', cannotComplete: '无法完成', open: '未完成' },
  en: { done: 'done', doneLate: 'done late', cannotComplete: 'cannot complete', open: 'open' },
};

/**
 * Each finding of a look-back (回头看): done, done late, not yet due, or to rectify.
 *
 * @example
 * lookbackResultNames.zh.unfinished; //=> '未完成，需整改'
 */
export const lookbackResultNames: Readonly<Record<LabelLanguage, Readonly<Record<LookbackResult, string>>>> =
  {
    zh: {
      done: '已完成',
      doneLate: '逾期完成',
      notDue: '未到期',
      unfinished: '未完成，需整改',
      cannotComplete: '无法完成，需整改',
    },
    en: {
      done: 'done',
      doneLate: 'done late',
      notDue: 'not yet due',
      unfinished: 'unfinished: to rectify',
      cannotComplete: 'cannot be completed: to rectify',
    },
  };

/**
 * Each layout the importer reads (原文版式), and what an import says it read: a file's own table
 * (`fileTable`, from DOCX/XLSX) or nothing (`none`).
 *
 * @example
 * layoutNames.zh.pdfTable; //=> 'PDF 表格'
 */
export const layoutNames: Readonly<
  Record<LabelLanguage, Readonly<Record<ImportLayout | 'fileTable' | 'none', string>>>
> = {
  zh: {
    pdfTable: 'PDF 表格',
    delimitedTable: '分隔符表格',
    cellPerLine: '每格一行的表格',
    cellStream: '逐格相连的表格',
    proseBracketed: '正文（括注单位）',
    proseLabelled: '正文（标明单位）',
    numbered: '按编号读出（兜底）',
    fileTable: '文件中的表格',
    none: '未读出版式',
  },
  en: {
    pdfTable: 'PDF table',
    delimitedTable: 'delimited table',
    cellPerLine: 'one cell per line',
    cellStream: 'cells run together',
    proseBracketed: 'prose, units in brackets',
    proseLabelled: 'prose, units labelled',
    numbered: 'numbered items (last resort)',
    fileTable: 'table of the file',
    none: 'no layout read',
  },
};

/**
 * The format of the document a plan was imported from (原文格式), as an import says it.
 *
 * @example
 * fileFormatNames.zh.docx; //=> 'Word 文档'
 */
export const fileFormatNames: Readonly<Record<LabelLanguage, Readonly<Record<FileFormat, string>>>> = {
  zh: { docx: 'Word 文档', xlsx: 'Excel 工作簿', csv: 'CSV 表格', pdf: 'PDF 文件', text: '文本' },
  en: { docx: 'Word document', xlsx: 'Excel workbook', csv: 'CSV table', pdf: 'PDF', text: 'text' },
};

/**
 * Each kind of unit of a registry (单位类型): 县级政府, 管委会, 市直部门, 市直办事机构, 镇政府, 街道, 科室,
 * 企事业单位, 其他.
 *
 * @example
 * unitKindNames.zh.cityDepartment; //=> '市直部门'
 */
export const unitKindNames: Readonly<Record<LabelLanguage, Readonly<Record<UnitKind, string>>>> = {
  zh: {
    countyGovernment: '县级政府',
    managementCommittee: '管委会',
    cityDepartment: '市直部门',
    cityOffice: '市直办事机构',
    townGovernment: '镇政府',
    subdistrict: '街道',
    internalOffice: '科室',
    enterprise: '企事业单位',
    other: '其他',
  },
  en: {
    countyGovernment: 'county-level government',
    managementCommittee: 'management committee',
    cityDepartment: 'city department',
    cityOffice: 'city office',
    townGovernment: 'town government',
    subdistrict: 'subdistrict',
    internalOffice: 'internal office',
    enterprise: 'enterprise',
    other: 'other',
  },
};

/** The labels as entries of an app's message table: `role_lead`, `mark_lead`, `status_dueSoon`, … */
export type LabelMessages = { readonly [R in Role as `role_${R}` | `mark_${R}`]: string } & {
  readonly [S in DeadlineStatus as `status_${S}`]: string;
} & { readonly [L in TrafficLight as `light_${L}`]: string } & {
  readonly [K in DeadlineKind as `kind_${K}`]: string;
} & { readonly [S in LedgerState as `state_${S}`]: string } & {
  readonly [R in LookbackResult as `lookback_${R}`]: string;
} & {
  readonly [L in ImportLayout | 'fileTable' | 'none' as `layout_${L}`]: string;
} & { readonly [F in FileFormat as `format_${F}`]: string } & {
  readonly [K in UnitKind as `unitKind_${K}`]: string;
};

/**
 * The labels of one language as message-table entries, for an app to spread into its own table so
 * that `t('status_dueSoon')` reads core's words.
 *
 * @example
 * labelMessages('zh').status_dueSoon; //=> '临近到期'
 */
export function labelMessages(lang: LabelLanguage): LabelMessages {
  const tables = {
    role: roleNames,
    mark: roleMarks,
    status: statusNames,
    light: lightNames,
    kind: deadlineKindNames,
    state: progressStateNames,
    layout: layoutNames,
    format: fileFormatNames,
    unitKind: unitKindNames,
    lookback: lookbackResultNames,
  };
  const entries = Object.entries(tables).flatMap(([prefix, table]) =>
    Object.entries(table[lang]).map(([key, name]) => [`${prefix}_${key}`, name]),
  );
  return Object.fromEntries(entries) as LabelMessages;
}
