/**
 * File imports in layouts other than the seed's, each from a fixture made by
 * scripts/make-import-fixtures.ts or written here: a Word plan without a number column and with two
 * levels of categories (and its PDF, and its .doc), a ledger workbook with a title, a filler row,
 * two levels of category rows, dates stored as dates and an extra column, a CSV export (UTF-8 and
 * GB18030) with separate 牵头/责任/配合 columns, a TSV, a hand-written document.xml, and plain text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  detectFileKind,
  FengongInputError,
  type FileImportResult,
  importPlanFile,
  importPlanText,
  Plan,
} from '../src';
import { convertLegacyOffice } from '../src/node';
import { sayDiagnostic } from '../src/messages';
import { seedTextFile } from './seed';

const dir = path.join(import.meta.dirname, 'fixtures/files');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(dir, name)));

type Row = [number, string, string, string, string];
const rows = (result: FileImportResult): Row[] =>
  (result.plan?.tasks ?? []).map((t) => [t.number, t.category, t.text, t.units, t.deadline ?? '']);
const squeezed = (list: Row[]): Row[] =>
  list.map(([n, ...rest]) => [n, ...rest.map((s) => s.replace(/\s+/g, ''))] as Row);
const codes = (result: FileImportResult, code: string) => result.diagnostics.filter((d) => d.code === code);

const BUSINESS_CATEGORIES = [
  { name: '企业开办', description: '优化市场准入环境' },
  { name: '工程建设项目审批', description: '优化市场准入环境' },
  { name: '政务服务', description: '提升政务服务效能' },
  { name: '涉企服务', description: '提升政务服务效能' },
];
const BUSINESS: Row[] = [
  [
    1,
    '企业开办',
    '推行企业开办“一网通办”，全程网上办理时间压缩至1个工作日以内。',
    '牵头单位：市市场监管局；配合单位：市公安局、市税务局、市人力资源社会保障局',
    '2022年6月底前',
  ],
  [
    2,
    '企业开办',
    '推广电子营业执照应用，实现涉企高频事项“一照通办”。',
    '牵头单位：市市场监管局；配合单位：市政务服务数据管理局',
    '2022年9月底前',
  ],
  [
    3,
    '工程建设项目审批',
    '深化工程建设项目审批制度改革，社会投资简易低风险项目审批时间压缩至15个工作日以内。',
    '牵头单位：市住房城乡建设局；配合单位：市自然资源局、市生态环境局',
    '2022年12月底前',
  ],
  [
    4,
    '政务服务',
    '推进“一件事一次办”改革，新推出20项“一件事”主题服务。',
    '牵头单位：市政务服务数据管理局；配合单位：市直各单位',
    '2022年10月底前',
  ],
  [
    5,
    '政务服务',
    '完善12345政务服务便民热线工单办理机制，按时办结率达到98%以上。',
    '牵头单位：市政务服务数据管理局；配合单位：市直各单位',
    '长期工作',
  ],
  [
    6,
    '政务服务',
    '开展政务服务“好差评”，差评整改率达到100%。',
    '牵头单位：市政府办公室；配合单位：市直各单位',
    '每季度',
  ],
  [
    7,
    '涉企服务',
    '建立涉企政策“免申即享”清单，做好惠企政策兑现。',
    // The 配合单位 cell has two paragraphs.
    '牵头单位：市发展改革局；配合单位：市财政局、市工业和信息化局\n各区人民政府',
    '2022年11月底前',
  ],
];
const BUSINESS_META = {
  title: '某市2022年优化营商环境重点任务分工方案',
  noticeTitle: '某市人民政府办公室关于印发某市2022年优化营商环境重点任务分工方案的通知',
  documentNumber: '某府办函〔2022〕8号',
  issuer: '某市人民政府办公室',
  issued: '2022-03-15',
  addressees: ['各区人民政府', '市直各单位'],
  disclosure: '主动公开',
  cc: ['市委办公室', '市人大常委会办公室'],
  printedBy: '某市人民政府办公室',
  printed: '2022-03-15',
};

describe('a Word plan without a number column, two levels of categories (business-2022.docx)', () => {
  let result: FileImportResult;
  beforeAll(async () => {
    result = await importPlanFile(fixture('business-2022.docx'), { fileName: 'business-2022.docx' });
  });

  test('the tasks, numbered by position, under the inner category; the outer one is its description', () => {
    expect(rows(result)).toEqual(BUSINESS);
    expect(result.plan?.categories).toEqual(BUSINESS_CATEGORIES);
    expect(Plan.safeParse(result.plan).success).toBe(true);
  });

  test('the notice and footer', () => {
    expect(result.plan?.meta).toEqual(BUSINESS_META);
    expect(result.plan?.requirements?.map((r) => r.duties?.length ?? 0)).toEqual([1, 0]);
  });

  test('what was decided: category rows, two levels, numbering, the header typed again', () => {
    expect(codes(result, 'category').map((d) => d.message)).toEqual([
      '该行是类别行（“优化市场准入环境”）（表 1 第 2 行）',
      '该行是类别行（“提升政务服务效能”）（表 1 第 7 行）',
    ]);
    expect(codes(result, 'category-levels')).toHaveLength(1);
    expect(codes(result, 'numbered-by-position')[0]).toMatchObject({
      messageId: 'numbered-by-position/grid-all',
      params: { count: 7 },
    });
    expect(codes(result, 'numbered-by-position')[0]?.message).toContain('7 项任务按顺序编为第 1–7 项');
    const repeat = codes(result, 'header-repeated');
    expect(repeat.map((d) => d.place)).toEqual([{ table: 1, row: 6 }]);
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('the same plan as a PDF (business-2022.pdf)', () => {
  let result: FileImportResult;
  beforeAll(async () => {
    result = await importPlanFile(fixture('business-2022.pdf'), { fileName: 'business-2022.pdf' });
  }, 60_000);

  test('the same tasks and categories (cells compared without whitespace: see import-files.test.ts)', () => {
    expect(result.layout).toBe('fileTable');
    expect(squeezed(rows(result))).toEqual(squeezed(BUSINESS));
    expect(result.plan?.categories).toEqual(BUSINESS_CATEGORIES);
    expect(result.plan?.meta.documentNumber).toBe(BUSINESS_META.documentNumber);
  });
});

describe('the same plan, numbered, as a PDF without ruling lines (business-2022-unruled.pdf)', () => {
  // Without rules a PDF does not show where cells are: its text, in reading order, goes to the text
  // importer, whose PDF-table reader finds the numbered tasks and says where it is unsure (it
  // cannot tell 牵头单位 from 配合单位, nor a merged cell from an empty one). Exactness needs rules.
  let result: FileImportResult;
  beforeAll(async () => {
    result = await importPlanFile(fixture('business-2022-unruled.pdf'), {
      fileName: 'business-2022-unruled.pdf',
    });
  }, 60_000);

  test('read as text: the seven tasks and their deadlines, with the spots to check named by page', () => {
    expect([result.format, result.layout]).toEqual(['pdf', 'pdfTable']);
    expect(codes(result, 'pdf-text')[0]?.message).toBe('PDF 中没有表格线：按阅读顺序读取其文字');
    expect(sayDiagnostic(codes(result, 'pdf-text')[0]!, 'en')).toBe(
      'the PDF has no ruled table: its text is read in reading order',
    );
    expect(result.plan?.tasks.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(result.plan?.tasks.map((t) => (t.deadline ?? '').replace(/\s+/g, ''))).toEqual(
      BUSINESS.map((r) => r[4]),
    );
    expect(result.plan?.meta.documentNumber).toBe(BUSINESS_META.documentNumber);
    const spots = result.diagnostics.filter((d) => d.severity === 'warning');
    expect(spots.map((d) => d.code)).toContain('several-units-columns');
    for (const d of spots) expect(d.place?.page, d.message).toBe(2);
  });
});

describe('the same plan as an old Word file (business-2022.doc), converted with LibreOffice', () => {
  test('detected as .doc, refused by core with a word on converting, read after conversion', async () => {
    const bytes = fixture('business-2022.doc');
    expect(detectFileKind(bytes, 'business-2022.doc')).toBe('doc');
    expect(detectFileKind(bytes)).toBe('doc');
    const refused = await importPlanFile(bytes, { fileName: 'business-2022.doc' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(FengongInputError);
    expect((refused as FengongInputError).diagnostics[0]?.code).toBe('old-office-format');
    const docx = await convertLegacyOffice(bytes, { kind: 'doc', fileName: 'business-2022.doc' });
    const result = await importPlanFile(docx, { fileName: 'business-2022.doc' });
    expect(result.format).toBe('docx');
    expect(rows(result)).toEqual(BUSINESS);
  }, 120_000);

  test('without LibreOffice the error names the Debian package', async () => {
    const error = await convertLegacyOffice(fixture('safety-2022.xls'), {
      kind: 'xls',
      soffice: '/nonexistent/soffice',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FengongInputError);
    const d = (error as FengongInputError).diagnostics[0]!;
    expect(d.code).toBe('converter-missing');
    expect(d.message).toContain('apt-get install libreoffice-calc');
    expect(d.message).toMatch(/^读取旧版 Excel（\.xls）文件需要 LibreOffice/);
    expect(sayDiagnostic(d, 'en')).toMatch(/^LibreOffice is needed to read an old Excel \(\.xls\) file/);
  });
});

const SAFETY: Row[] = [
  [
    1,
    '压实属地管理责任',
    '修订完善区安委会成员单位安全生产工作职责清单。',
    '区应急管理局牵头，区安委会各成员单位按职责分工落实',
    '2022年4月30日',
  ],
  [
    2,
    '压实属地管理责任',
    '开展安全生产巡查，年内实现对各街道巡查全覆盖。',
    '区应急管理局牵头，区安委会各成员单位按职责分工落实',
    '2022年11月底前',
  ],
  [3, '落实企业主体责任', '推动重点行业领域企业建立全员安全生产责任制。', '各街道办事处', '长期坚持'],
  [
    4,
    '危险化学品',
    '开展危险化学品安全风险集中治理，完成重大危险源企业评估。',
    '区应急管理局、区公安分局',
    '2022年6月30日',
  ],
  [
    5,
    '道路交通',
    '整治“两客一危”车辆违法违规行为，重点车辆动态监控全覆盖。',
    '区交通运输局牵头，区公安分局交警大队配合',
    '2022年12月底前',
  ],
  [
    6,
    '道路交通',
    '排查整治农村公路临水临崖等高风险路段。',
    '区交通运输局牵头，区公安分局交警大队配合',
    '2022年12月底前',
  ],
];

describe('a ledger workbook in another layout (safety-2022.xlsx)', () => {
  let result: FileImportResult;
  beforeAll(async () => {
    result = await importPlanFile(fixture('safety-2022.xlsx'), { fileName: 'safety-2022.xlsx' });
  });

  test('the tasks: the table from column B, under a title and a filler row, one units column', () => {
    expect(rows(result)).toEqual(SAFETY);
    expect(result.plan?.meta.title).toBe('某区2022年安全生产重点工作任务台账');
    expect(result.plan?.tasks[2]?.note).toBe('每季度报送进展');
  });

  test('two levels of category rows (一、 and （一）)', () => {
    expect(result.plan?.categories).toEqual([
      { name: '压实属地管理责任', description: '强化安全生产责任落实' },
      { name: '落实企业主体责任', description: '强化安全生产责任落实' },
      { name: '危险化学品', description: '深化重点行业领域专项整治' },
      { name: '道路交通', description: '深化重点行业领域专项整治' },
    ]);
  });

  test('what was noticed: the notes sheet, the hidden sheet, dates stored as dates, the column not imported', () => {
    expect(codes(result, 'hidden-sheet')[0]?.message).toContain('工作表“参数”已隐藏');
    expect(codes(result, 'date-cells')[0]?.message).toContain('工作表“任务台账”的 E 列为日期');
    expect(codes(result, 'column-ignored')[0]?.message).toContain('“完成情况”');
    const merged = codes(result, 'merged-cell');
    expect(merged.map((d) => d.place)).toEqual([
      { sheet: '任务台账', row: 7, column: 4 },
      { sheet: '任务台账', row: 15, column: 4 },
    ]);
  });

  test('a sheet can be asked for by name; a missing one is an error', async () => {
    const notes = await importPlanFile(fixture('safety-2022.xlsx'), {
      fileName: 'safety-2022.xlsx',
      sheet: '填表说明',
    });
    expect(notes.plan).toBeUndefined();
    expect(notes.diagnostics.some((d) => d.code === 'no-table' && d.severity === 'error')).toBe(true);
    const missing = await importPlanFile(fixture('safety-2022.xlsx'), {
      fileName: 'x.xlsx',
      sheet: '总表',
    }).catch((e: unknown) => e as FengongInputError);
    expect((missing as FengongInputError).diagnostics[0]?.code).toBe('no-such-sheet');
  });

  test('the same ledger as an old Excel file (safety-2022.xls), converted with LibreOffice', async () => {
    const bytes = fixture('safety-2022.xls');
    expect(detectFileKind(bytes)).toBe('xls');
    const xlsx = await convertLegacyOffice(bytes, { kind: 'xls', fileName: 'safety-2022.xls' });
    expect(rows(await importPlanFile(xlsx, { fileName: 'safety-2022.xls' }))).toEqual(SAFETY);
  }, 120_000);
});

const LEDGER: Row[] = [
  [
    1,
    '政务公开',
    '推进决策公开，重大行政决策事项目录向社会公布。',
    '牵头部门：市政府办公室；责任部门：各区政府',
    '2022年6月底前',
  ],
  [
    2,
    '政务公开',
    '做好政策解读，坚持“谁起草、谁解读”,同步发布解读材料。',
    '牵头部门：市政府办公室；配合部门：市直各单位',
    '长期工作',
  ],
  // No units and no deadline: in a CSV export an empty cell may be a merged one, as in the text importer.
  [
    3,
    '政务公开',
    '规范政府信息公开申请办理，答复文书统一格式。',
    '牵头部门：市政府办公室；配合部门：市直各单位',
    '长期工作',
  ],
  [
    4,
    '政务服务',
    '推行政务服务事项“一网通办”。',
    '牵头部门：市政务服务数据管理局；责任部门：各区政府；配合部门：市直各单位',
    '2022年12月底前',
  ],
  [
    5,
    '政务服务',
    '深化“跨省通办”，新增通办事项30项。',
    '牵头部门：市政务服务数据管理局；配合部门：市公安局、市人力资源社会保障局',
    '2022年9月底前',
  ],
];

describe('a CSV export with separate 牵头/责任/配合 columns (ledger-2022.csv)', () => {
  test('the tasks; quoted cells with commas and line breaks; the category filled in its first row only', async () => {
    const result = await importPlanFile(fixture('ledger-2022.csv'), { fileName: 'ledger-2022.csv' });
    expect(result.format).toBe('csv');
    expect(rows(result)).toEqual(LEDGER);
    expect(result.plan?.tasks[2]?.note).toBe('依申请公开工作，\n每季度通报');
    const shared = codes(result, 'merged-cell');
    expect(shared.map((d) => [d.path, d.confidence])).toEqual([
      [['tasks', 2, 'units'], 0.75],
      [['tasks', 2, 'deadline'], 0.75],
    ]);
    expect(shared[0]?.place).toEqual({ row: 3, column: 4 });
  });

  test('the GB18030 copy, as Excel saves CSV on a Chinese Windows, gives the same', async () => {
    const result = await importPlanFile(fixture('ledger-2022-gbk.csv'), { fileName: 'ledger-2022-gbk.csv' });
    expect(rows(result)).toEqual(LEDGER);
    expect(codes(result, 'encoding-gb18030')).toHaveLength(1);
  });

  test('a TSV file', async () => {
    const tsv = [
      '序号\t主要内容\t责任单位\t完成时间',
      '1\t推进“一网通办”。\t市政务服务数据管理局\t2022年底前',
      '2\t深化“跨省通办”。\t\t',
    ].join('\n');
    const result = await importPlanFile(new TextEncoder().encode(tsv), { fileName: 'plan.tsv' });
    expect(rows(result)).toEqual([
      [1, '未分类', '推进“一网通办”。', '市政务服务数据管理局', '2022年底前'],
      [2, '未分类', '深化“跨省通办”。', '市政务服务数据管理局', '2022年底前'],
    ]);
  });
});

/** A .docx made of hand-written parts. */
function docx(body: string, prefix = 'w'): Uint8Array {
  const ns = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE x [ <!ENTITY lol "lol"> <!ENTITY lol2 "&lol;&lol;&lol;"> ]>
<${prefix}:document xmlns:${prefix}="${ns}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><${prefix}:body>${body.replaceAll('w:', `${prefix}:`)}</${prefix}:body></${prefix}:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': strToU8(xml),
  });
}
const p = (text: string, pPr = '') =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (content: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${content}</w:tc>`;

describe('a hand-written document.xml', () => {
  const body = [
    p('示例市2022年重点工作分工方案', '<w:jc w:val="center"/>'),
    // A text box (a red-header decoration) and the fallback copy of alternate content are skipped.
    `<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent>${p('文本框')}</w:txbxContent></w:drawing></mc:Choice><mc:Fallback>${p('后备')}</mc:Fallback></mc:AlternateContent></w:r></w:p>`,
    '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>',
    `<w:tr><w:trPr><w:tblHeader/></w:trPr>${tc(p('序 号'))}${tc(p('工作内容'))}${tc(p('责任单位（列第一位的为牵头单位）'))}${tc(p('完成时限'))}</w:tr>`,
    // A category row spanning the table.
    `<w:tr>${tc(p('一、优化营商环境'), '<w:gridSpan w:val="4"/>')}</w:tr>`,
    `<w:tr>${tc(p('1'))}${tc(`<w:p><w:r><w:t>推进</w:t></w:r><w:del><w:r><w:delText>删去</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText><w:t>A&amp;B</w:t></w:r></w:p>`)}${tc(p('市发展改革局、市财政局'), '<w:vMerge w:val="restart"/>')}${tc(p('2022年6月底前'))}</w:tr>`,
    `<w:tr>${tc(p('2'))}${tc(p('完善&lt;机制&gt;&#x3002;'))}${tc(p(''), '<w:vMerge/>')}${tc(`<w:p><w:r><w:t>长期</w:t><w:br/><w:t>工作</w:t></w:r></w:p>`)}</w:tr>`,
    // The header typed again, marked as a header row mid-table.
    `<w:tr><w:trPr><w:tblHeader/></w:trPr>${tc(p('序号'))}${tc(p('工作内容'))}${tc(p('责任单位'))}${tc(p('完成时限'))}</w:tr>`,
    // A nested table inside a cell, and a row starting one column in (gridBefore) with hMerge.
    `<w:tr>${tc(p('3'))}${tc(`${p('开展')}<w:tbl><w:tr>${tc(p('专项'))}</w:tr></w:tbl>${p('行动。')}`)}${tc(p('市商务局'))}${tc(p('2022年9月底前'))}</w:tr>`,
    '</w:tbl>',
    p('公开方式：主动公开'),
  ].join('');

  test.each(['w', 'ns0'])(
    'merged cells, repeated and marked headers, skipped parts (prefix %s)',
    async (prefix) => {
      const result = await importPlanFile(docx(body, prefix), {
        fileName: 'hand.docx',
        issued: '2022-01-01',
      });
      expect(rows(result)).toEqual([
        [1, '优化营商环境', '推进A&B', '市发展改革局、市财政局', '2022年6月底前'],
        [2, '优化营商环境', '完善<机制>。', '市发展改革局、市财政局', '长期\n工作'],
        [3, '优化营商环境', '开展\n专项\n行动。', '市商务局', '2022年9月底前'],
      ]);
      expect(result.plan?.meta.title).toBe('示例市2022年重点工作分工方案');
      expect(result.plan?.meta.disclosure).toBe('主动公开');
      // The header's remark states a convention.
      expect(result.plan?.conventions).toEqual({ firstListedLeads: true });
      expect(result.text).not.toMatch(/文本框|后备|删去|PAGE|lol/);
      expect(codes(result, 'header-repeated').map((d) => d.confidence)).toEqual([1]);
    },
  );

  test('a Word document without a plan table goes to the text importer (a prose plan)', async () => {
    const prose = [
      p('某市2022年重点工作任务分工方案', '<w:jc w:val="center"/>'),
      p('一、优化营商环境'),
      p('1.推行企业开办“一网通办”。（市市场监管局牵头，市公安局、市税务局按职责分工负责）'),
      p('2.深化工程建设项目审批制度改革。（市住房城乡建设局牵头）'),
    ].join('');
    const result = await importPlanFile(docx(prose), { fileName: 'prose.docx', issued: '2022-01-01' });
    expect(result.format).toBe('docx');
    expect(result.layout).toBe('proseBracketed');
    expect(result.plan?.tasks.map((t) => t.units)).toEqual([
      '市市场监管局牵头，市公安局、市税务局按职责分工负责',
      '市住房城乡建设局牵头',
    ]);
    // The diagnostics' lines are the document's paragraphs.
    const located = result.diagnostics.filter((d) => d.lines);
    expect(located.length).toBeGreaterThan(0);
    for (const d of located) expect(d.place?.paragraph, d.message).toBe(d.lines![0]);
  });
});

describe('plain text and what the file is', () => {
  test('a .txt file is the text importer’s, with the same result', async () => {
    const bytes = new Uint8Array(readFileSync(seedTextFile));
    const result = await importPlanFile(bytes, { fileName: 'seed.txt' });
    const direct = importPlanText(new TextDecoder().decode(bytes), { fileName: 'seed.txt' });
    expect(result.format).toBe('text');
    expect(result.layout).toBe('pdfTable');
    expect(result.plan).toEqual(direct.plan);
  });

  test.each([
    ['zhanjiang-2021.docx', 'docx', 'zip'],
    ['zhanjiang-2021.xlsx', 'xlsx', 'zip'],
    ['zhanjiang-2021.pdf', 'pdf', 'pdf'],
    ['ledger-2022.csv', 'csv', 'text'],
    ['business-2022.doc', 'doc', 'doc'],
    ['safety-2022.xls', 'xls', 'xls'],
  ])('%s is %s by name and bytes (%s by bytes alone)', (name, kind, bytesAlone) => {
    expect(detectFileKind(fixture(name), name)).toBe(kind);
    expect(detectFileKind(fixture(name))).toBe(bytesAlone);
  });

  test('a Word document with a wrong name is still read by its contents', async () => {
    const result = await importPlanFile(fixture('zhanjiang-2021.docx'), { fileName: 'download.bin' });
    expect(result.format).toBe('docx');
    expect(result.plan?.tasks).toHaveLength(50);
  });

  test('text that is not UTF-8 is an encoding error, as for the text importer', async () => {
    const gbk = new Uint8Array([0xb9, 0xa4, 0xd7, 0xf7, 0xc8, 0xce, 0xce, 0xf1, 0x0a]);
    const error = await importPlanFile(gbk, { fileName: 'gbk.txt' }).catch(
      (e: unknown) => e as FengongInputError,
    );
    expect((error as FengongInputError).diagnostics[0]?.code).toBe('encoding');
  });

  test('an OpenDocument file and an unknown binary are refused with a word on what to do', async () => {
    const odt = zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.text'),
      'content.xml': strToU8('<x/>'),
    });
    const e1 = (await importPlanFile(odt, { fileName: 'plan.odt' }).catch(
      (e: unknown) => e,
    )) as FengongInputError;
    expect(e1.diagnostics[0]?.code).toBe('unsupported-format');
    expect(e1.diagnostics[0]?.message).toContain('.docx');
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const e2 = (await importPlanFile(ole, { fileName: 'blob' }).catch(
      (e: unknown) => e,
    )) as FengongInputError;
    expect(e2.diagnostics[0]?.code).toBe('unsupported-format');
  });
});
