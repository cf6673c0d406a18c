/**
 * The format-neutral report document (报表文档): what every report kind builds and every format
 * writes. Narrative formats (Markdown, HTML, DOCX) print `blocks`; tabular formats (XLSX, CSV) write
 * `sheets`. Renderers only lay out what the document holds: no roles, deadlines or statuses are
 * worked out here.
 */
import type { IsoDate, Locale, TrafficLight } from '@fengong/core';

/**
 * A table cell: text, or a number (task numbers, counts).
 *
 * @example
 * const cells: Cell[] = [7, '持续深化地方政府债务信息公开…'];
 */
export type Cell = string | number;

/**
 * A table column (表格列).
 *
 * @example
 * const column: Column = { header: '具体要求', width: 40 };
 */
export interface Column {
  header: string;
  /** Width in characters of Chinese text (XLSX column width; relative width elsewhere). */
  width: number;
  align?: 'left' | 'center' | 'right';
  /** Cells of this column show the row's traffic light (红黄绿灯). */
  light?: boolean;
  /** Hidden in XLSX (an identifying column for importing filled copies back). */
  hidden?: boolean;
  /** Left empty for units to fill in (填报列): highlighted in XLSX. */
  fill?: boolean;
  /** A drop-down of these values (XLSX data validation). */
  choices?: readonly string[];
  /** Header written vertically in narrative formats (narrow matrix columns). */
  vertical?: boolean;
  /** Its ISO days (yyyy-mm-dd) are dates: XLSX writes them as date cells with a date format. */
  date?: boolean;
  /**
   * XLSX: the cells follow the sheet's 完成情况 drop-down ({@link Sheet.live}) — `status` the row's
   * status, `light` its traffic light's name. In a narrative table, `status`: its print version
   * (打印版) shows the status of the same task ({@link Column.task}) on the live sheet, and its light.
   */
  follows?: 'status' | 'light';
  /** Its cells are task numbers: how a print version's row finds its task on the live sheet. */
  task?: boolean;
}

/**
 * A table row; a `section` row spans the whole table (a category heading inside a ledger).
 *
 * @example
 * const row: Row = { cells: [15, '全面梳理…', '已逾期1天'], light: 'red' };
 * const section: Row = { cells: [], section: '一、做好各类规划主动公开' };
 */
export interface Row {
  cells: Cell[];
  light?: TrafficLight;
  section?: string;
}

/**
 * A table (表格).
 *
 * @example
 * const table: Table = { columns: [{ header: '编号', width: 6 }], rows: [{ cells: [1] }] };
 */
export interface Table {
  columns: Column[];
  rows: Row[];
}

/**
 * A block of a narrative document: a heading, a paragraph, a list or a table.
 *
 * @example
 * const blocks: Block[] = [{ type: 'heading', level: 1, text: '一、预警事项' }, { type: 'paragraph', text: '截至…' }];
 */
export type Block =
  | { type: 'heading'; level: 1 | 2; text: string }
  | { type: 'paragraph'; text: string; note?: boolean }
  | { type: 'list'; items: string[] }
  | {
      type: 'table';
      table: Table;
      small?: boolean;
      /** What the table is called where it is an attachment of an official document (附件标题). */
      caption?: string;
    };

/**
 * A sheet of a tabular document: its name (≤ 31 characters), a title row, and a table.
 *
 * @example
 * const sheet: Sheet = { name: '任务分工台账', title: '任务分工台账', table };
 */
export interface Sheet {
  name: string;
  title: string;
  table: Table;
  /** What the sheet says once, under its title, instead of on every row (the stricter readings). */
  note?: string;
  /**
   * The words of a row marked finished in the 完成情况 drop-down: the XLSX status and light cells
   * ({@link Column.follows}) are formulas that say them, with their fills, once a unit picks 已完成.
   */
  live?: LiveWords;
}

/**
 * What a status cell says when a unit marks its row finished (已完成, or 已完成（逾期）): `done`, or
 * `doneLate` when the day it is reported (报送日期, else the status day) is after the deadline; the
 * light column's names of the lights.
 *
 * @example
 * const live: LiveWords = { done: '已完成', doneLate: '逾期完成', lights: { red: '红', yellow: '黄', green: '绿' } };
 */
export interface LiveWords {
  done: string;
  doneLate: string;
  lights: Readonly<Record<'red' | 'yellow' | 'green', string>>;
}

/**
 * What makes a report an official document (公文, GB/T 9704-2012) when written as DOCX: the issuing
 * body and its document number (版头), the title, the addressees (主送), the signature and date
 * (落款, 成文日期), and the record at the foot of the last page (版记: 抄送, 印发机关和印发日期). The
 * body is the document's blocks; its tables become attachments (附件).
 *
 * @example
 * const official: Official = { issuer: '湛江市人民政府办公室', title: '关于……的通知', addressees: ['各有关单位'], date: '2021-10-01', cc: [], printedBy: '湛江市人民政府办公室' };
 */
export interface Official {
  /** 发文机关 (full name); the 发文机关标志 is this name followed by 文件. Empty: no 版头 mark. */
  issuer: string;
  /** 发文字号, e.g. 湛府办〔2021〕20号. */
  documentNumber?: string;
  /** 公文标题. */
  title: string;
  /** 主送机关. */
  addressees: string[];
  /** 成文日期 (also the 印发日期). */
  date: IsoDate;
  /** 抄送机关. */
  cc: string[];
  /** 印发机关. */
  printedBy: string;
  /**
   * The language of the document's fixed words (文件, 附件, 抄送, 印发) and dates: Chinese unless
   * `en`, then from the catalogue's English part (core's `sayReport`, `official-*`).
   */
  locale?: Locale;
}

/**
 * A report document (报表文档).
 *
 * @example
 * const doc: ReportDocument = reportDocument({ kind: 'overdue', analysis, asOf: '2021-10-01' });
 * doc.title; //=> '逾期预警'
 */
export interface ReportDocument {
  kind: string;
  title: string;
  /** Lines under the title: the plan, its document number, the status day. */
  subtitle: string[];
  orientation: 'portrait' | 'landscape';
  blocks: Block[];
  sheets: Sheet[];
  /** Written as an official document (公文) in DOCX: the overdue warning, lead summary, look-back. */
  official?: Official;
  /** Facts written into files for importing them back (XLSX hidden sheet). */
  meta: { plan: string; documentNumber?: string; asOf: IsoDate; unit?: string };
}
