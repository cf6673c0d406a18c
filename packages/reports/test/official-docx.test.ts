/**
 * The official documents (公文) measured against GB/T 9704-2012: the DOCX's page, margins, line
 * pitch, fonts and language tag read from its XML, then the page as LibreOffice lays it out (PDF:
 * page size, where the text stands, the page numbers, the 版记 on the last page).
 */
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { sayReport } from '@fengong/core';
import { renderReport } from '../src';
import { convertToPdf, pdfFonts, pdfInfo, pdfLines, pdfText, pdfWords } from './libreoffice';
import { AS_OF, seed } from './seed';

const MM = 1440 / 25.4; // twips
const PT_PER_MM = 72 / 25.4;

async function unzip(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files))
    if (/\.(xml|rels)$/.test(name)) out[name] = await zip.file(name)!.async('string');
  return out;
}
const num = (xml: string, re: RegExp) => Number(xml.match(re)?.[1]);
/** The text of each paragraph. */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    // The zero-width spaces after the 、 of a list (where a line may break) and the word joiners that
    // keep a number with its unit (52天) are not read.
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => t[1])
      .join('')
      .replace(/[\u200b\u2060]/g, ''),
  );
function style(styles: string, id: string): string {
  const at = styles.indexOf(`w:styleId="${id}"`);
  expect(at, id).toBeGreaterThan(0);
  return styles.slice(at, styles.indexOf('</w:style>', at));
}

describe('the overdue warning as a 公文 (GB/T 9704-2012)', async () => {
  const file = await renderReport({ kind: 'overdue', format: 'docx', analysis: seed, asOf: AS_OF });
  const parts = await unzip(file.bytes);
  const document = parts['word/document.xml']!;
  const styles = parts['word/styles.xml']!;
  const texts = paragraphs(document);

  test('A4 portrait; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm', () => {
    const sect = document.slice(document.lastIndexOf('<w:sectPr'));
    expect(num(sect, /<w:pgSz [^>]*w:w="(\d+)"/) / MM).toBeCloseTo(210, 0);
    expect(num(sect, /<w:pgSz [^>]*w:h="(\d+)"/) / MM).toBeCloseTo(297, 0);
    expect(sect).not.toContain('w:orient="landscape"');
    const margin = (side: string) => num(sect, new RegExp(`<w:pgMar [^>]*w:${side}="(\\d+)"`)) / MM;
    expect(Math.abs(margin('top') - 37)).toBeLessThan(0.05);
    expect(Math.abs(margin('bottom') - 35)).toBeLessThan(0.05);
    expect(Math.abs(margin('left') - 28)).toBeLessThan(0.05);
    expect(Math.abs(margin('right') - 26)).toBeLessThan(0.05);
  });

  test('22 lines of 28 characters: a 28.95 pt line grid, 16 pt characters set 0.25 pt closer', () => {
    const sect = document.slice(document.lastIndexOf('<w:sectPr'));
    const pitch = num(sect, /<w:docGrid [^>]*w:linePitch="(\d+)"/);
    expect(pitch / 20).toBeCloseTo(28.95, 1);
    const height = num(sect, /w:h="(\d+)"/) - num(sect, /w:top="(\d+)"/) - num(sect, /w:bottom="(\d+)"/);
    expect(Math.floor(height / pitch)).toBe(22);
    const body = style(styles, 'GwPlain');
    expect(body).toMatch(/<w:spacing [^>]*w:line="579"[^>]*w:lineRule="exact"/);
    const size = num(body, /<w:sz w:val="(\d+)"/) / 2;
    const spacing = num(body, /<w:spacing w:val="(-?\d+)"/) / 20;
    expect(size).toBe(16);
    const width =
      (num(sect, /w:w="(\d+)"/) - num(sect, /w:left="(\d+)"/) - num(sect, /w:right="(\d+)"/)) / 20;
    expect(Math.floor(width / (size + spacing))).toBe(28);
  });

  test('fonts by their real names with East Asian settings, and the zh-CN language tag', () => {
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang [^>]*w:eastAsia="zh-CN"[\s\S]*<\/w:docDefaults>/);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="仿宋_GB2312"[\s\S]*<\/w:docDefaults>/);
    expect(style(styles, 'GwTitle')).toMatch(/w:eastAsia="方正小标宋简体"[\s\S]*<w:sz w:val="44"\/>/);
    expect(style(styles, 'GwBody')).toContain('w:firstLine');
    expect(style(styles, 'GwHeading1')).toMatch(/w:eastAsia="黑体"[\s\S]*<w:sz w:val="32"\/>/);
    expect(style(styles, 'GwHeading2')).toMatch(/w:eastAsia="楷体_GB2312"[\s\S]*<w:sz w:val="32"\/>/);
    expect(document).toMatch(/<w:pStyle w:val="GwHeading1"\/>[\s\S]*一、预警事项/);
  });

  test('版头, title, 主送, body, 附件 line, 落款 and 成文日期, attachments, 版记', () => {
    const mark = document.indexOf('湛江市人民政府办公室文件');
    expect(mark).toBeGreaterThan(0);
    expect(document.slice(document.lastIndexOf('<w:r>', mark), mark)).toContain('<w:color w:val="FF0000"/>');
    expect(document).toMatch(/<w:bottom w:val="single" w:sz="\d+" w:space="\d+" w:color="FF0000"\/>/);
    const at = (t: string) => texts.indexOf(t);
    const title = at('关于《湛江市2021年政务公开工作要点分工方案》有关任务逾期预警的通知');
    const to = at('各县（市、区）人民政府（管委会），市府直属各单位：');
    const list = at('附件：1.逾期预警事项表');
    const signed = at('湛江市人民政府办公室');
    expect(
      [
        title,
        to,
        at('一、预警事项'),
        list,
        at('2.分单位预警情况表'),
        signed,
        at('2021年10月1日'),
        at('附件1'),
      ].every((i, k, a) => i > 0 && (k === 0 || i > a[k - 1]!)),
    ).toBe(true);
    // Attachments start on a new page; the 版记 is in a text box as high as the 版心, its text set at
    // the box's bottom (the box placed from the page's edges on the 版心), between rules as wide as
    // the box (0.35 mm above and below, 0.25 mm between 抄送 and 印发).
    expect(document.match(/<w:pageBreakBefore\/>/g)).toHaveLength(2);
    const record = document.slice(document.lastIndexOf('<wp:anchor', document.lastIndexOf('印发')));
    expect(num(record, /<wp:positionV relativeFrom="page"><wp:posOffset>(\d+)</) / 635).toBe(2098);
    expect(num(record, /<wp:positionH relativeFrom="page"><wp:posOffset>(\d+)</) / 635).toBe(1587);
    expect(num(record, /<wp:extent cx="\d+" cy="(\d+)"/) / 635).toBe(16838 - 2098 - 1984);
    expect(record).toMatch(/<wps:bodyPr [^>]*anchor="b"/);
    // (With no 抄送, the 印发 line alone between the first rule and the last.)
    expect(record.match(/<w:bottom w:val="single" w:sz="\d"/g)).toEqual([
      '<w:bottom w:val="single" w:sz="8"',
      '<w:bottom w:val="single" w:sz="8"',
    ]);
    expect(texts.filter(Boolean).at(-1)).toBe('湛江市人民政府办公室2021年10月1日印发');
  });

  test('page numbers: — N — in 宋体 四号, right on odd pages, left on even pages', () => {
    expect(parts['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    const rels = parts['word/_rels/document.xml.rels']!;
    const footerOf = (id: string) =>
      parts[`word/${rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))![1]}`]!;
    // The body's section, then the 版记's (which starts on an even page).
    const [body, record] = [...document.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(record).toMatch(/<w:type w:val="evenPage"\/>/);
    const footers = (sect: string) =>
      Object.fromEntries(
        [...sect!.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map((m) => [
          m[1],
          footerOf(m[2]!),
        ]),
      );
    const bodyFooters = footers(body!);
    expect(Object.keys(bodyFooters).sort()).toEqual(['default', 'even']);
    for (const f of Object.values(bodyFooters)) {
      expect(f).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(f).toMatch(/w:ascii="宋体"[^>]*w:eastAsia="宋体"/);
      expect(f).toContain('<w:sz w:val="28"/>');
    }
    expect(bodyFooters.default).toContain('<w:jc w:val="right"/>');
    expect(bodyFooters.even).toContain('<w:jc w:val="left"/>');
    // §7.5: a blank page before the 版记 page leaves both unnumbered. Both pages are the 版记's
    // section's (it starts on an even page): neither of its footers has a page number.
    const recordFooters = footers(record!);
    expect(Object.keys(recordFooters).sort()).toEqual(['default', 'even']);
    for (const f of Object.values(recordFooters)) expect(f).not.toContain('instrText');
  });

  test('the issuer and document number from the options', async () => {
    const given = await renderReport({
      kind: 'lookback',
      format: 'docx',
      analysis: seed,
      asOf: '2022-02-01',
      official: {
        issuer: '湛江市政务服务数据管理局',
        documentNumber: '湛政数函〔2022〕3号',
        cc: ['市政府办公室'],
      },
    });
    const t = paragraphs((await unzip(given.bytes))['word/document.xml']!).filter(Boolean);
    expect(t).toContain('湛江市政务服务数据管理局文件');
    expect(t).toContain('湛政数函〔2022〕3号');
    // The 版记: 抄送, then 印发机关和印发日期.
    expect(t.at(-2)).toBe('抄送：市政府办公室。');
    expect(t.at(-1)).toBe('湛江市政务服务数据管理局2022年2月1日印发');
  });

  test('the 成文日期 from the options (`official.date`), else the status day; the status day stays in the body', async () => {
    const options = { kind: 'overdue', format: 'docx', analysis: seed, asOf: AS_OF } as const;
    const signed = paragraphs(
      (await unzip((await renderReport({ ...options, official: { date: '2021-10-08' } })).bytes))[
        'word/document.xml'
      ]!,
    ).filter(Boolean);
    const plain = paragraphs((await unzip((await renderReport(options)).bytes))['word/document.xml']!).filter(
      Boolean,
    );
    // 落款's date and the 版记's 印发日期.
    expect(signed).toContain('2021年10月8日');
    expect(signed.at(-1)).toMatch(/2021年10月8日印发$/);
    expect(plain).toContain('2021年10月1日');
    expect(plain.at(-1)).toMatch(/2021年10月1日印发$/);
    expect(signed).not.toContain('2021年10月1日');
    // The warning is still as of the status day.
    expect(signed.join('')).toContain('截至2021年10月1日');
  });

  test('in English, the fixed words (文件, 附件, 抄送, 印发) come from the catalogue’s English part', async () => {
    const official = { issuer: '湛江市人民政府办公室', cc: ['市政府办公室'] };
    const english = await renderReport({
      kind: 'overdue',
      format: 'docx',
      analysis: seed,
      asOf: AS_OF,
      locale: 'en',
      official,
    });
    const xml = (await unzip(english.bytes))['word/document.xml']!;
    const t = paragraphs(xml);
    const say = (id: Parameters<typeof sayReport>[0], params = {}) => sayReport(id, params, 'en');
    expect(t[0]).toBe(say('official-mark', { issuer: official.issuer }));
    expect(t).toContain(`${say('official-attachments')}1.${say('overdue-items-caption')}`);
    expect(t).toContain(say('official-attachment', { n: 1 }));
    expect(t).toContain(say('official-see-attachment', { n: 1 }));
    expect(t.filter(Boolean).at(-2)).toBe(say('official-cc', { units: '市政府办公室' }));
    expect(t.filter(Boolean).at(-1)).toBe(`${official.issuer}${say('official-printed', { date: AS_OF })}`);
    expect(t).toContain(AS_OF);
    // None of the Chinese fixed words is left (the issuer’s and the plan’s names stay as written).
    const chinese = ['official-attachments', 'official-attachment-one', 'official-cc', 'official-printed'];
    for (const id of chinese) {
      const word = sayReport(id as Parameters<typeof sayReport>[0], { n: 1, units: '', date: '' }).replace(
        /[：。]$/,
        '',
      );
      expect(
        t.filter((p) => p.includes(word)),
        id,
      ).toEqual([]);
    }
    expect(t.filter((p) => p.endsWith('文件'))).toEqual([]);
    // English text, Chinese characters still tagged Chinese.
    expect(xml).not.toContain('w:val="zh-CN" w:eastAsia="zh-CN"');
    // And the Chinese document still says them in Chinese.
    expect(texts).toContain('附件：1.逾期预警事项表');
    expect(texts[0]).toBe('湛江市人民政府办公室文件');
  });

  test('LibreOffice lays it out on A4 with the 版心 where the standard puts it', async () => {
    const lead = await renderReport({
      kind: 'lead-summary',
      format: 'docx',
      analysis: seed,
      asOf: AS_OF,
      unit: '市财政局',
    });
    const dir = convertToPdf({ 'overdue.docx': file.bytes, 'lead.docx': lead.bytes });
    const pdf = path.join(dir, 'overdue.pdf');
    const info = pdfInfo(pdf);
    const [w, h] = info['Page size']!.match(/([\d.]+) x ([\d.]+)/)!
      .slice(1)
      .map(Number);
    expect(w! / PT_PER_MM).toBeCloseTo(210, 0);
    expect(h! / PT_PER_MM).toBeCloseTo(297, 0);
    const pages = Number(info.Pages);
    expect(pages).toBeGreaterThan(2);
    expect(pdfText(pdf, 1, 1)).toContain('湛江市人民政府办公室文件');
    expect(pdfText(pdf)).toContain('有关任务逾期预警的通知');
    expect(pdfText(pdf, pages, pages)).toContain('2021年10月1日印发');
    // Chinese faces (the aliases), never a Japanese fallback chosen by a missing language tag.
    expect(pdfFonts(pdf).some((f) => /NotoSerifCJK/.test(f))).toBe(true);
    const words = pdfWords(pdf);
    const body = words.filter((x) => x.page === 1 && x.yMax < h! - 35 * PT_PER_MM);
    // Left edge of the text: 28 mm (the 主送 line starts at the margin).
    expect(Math.min(...body.map((x) => x.xMin)) / PT_PER_MM).toBeCloseTo(28, 0);
    // The right edge of the 版心 (26 mm): no text beyond it.
    expect(Math.max(...body.map((x) => x.xMax)) / PT_PER_MM).toBeLessThan(210 - 26 + 0.5);
    // The 发文机关标志 stands about 35 mm below the top of the 版心 (37 mm).
    const mark = words.find((x) => x.page === 1 && x.text.includes('湛江市'))!;
    expect(mark.yMin / PT_PER_MM).toBeGreaterThan(37 + 30);
    expect(mark.yMin / PT_PER_MM).toBeLessThan(37 + 40);
    // Dates in the attachment's 截止日期 column stay on one line (not 2021-09- / 30).
    expect(words.filter((x) => x.text === '2021-09-30')).toHaveLength(8);
    // Two-digit task numbers in the narrow 编号 column stay whole (not 1 / 5), whatever stands in for
    // Times New Roman.
    const attachment = words.filter((x) => x.page >= 3);
    for (const n of ['15', '26', '27', '31'])
      expect(
        attachment.some((x) => x.text === n),
        n,
      ).toBe(true);
    // Page numbers: right on page 1, left on page 2, below the 版心.
    const number = (page: number) =>
      words.find((x) => x.page === page && x.text === String(page) && x.yMin > h! - 35 * PT_PER_MM)!;
    expect(number(1).xMin).toBeGreaterThan(w! / 2);
    expect(number(2).xMax).toBeLessThan(w! / 2);
    // The 版记 is on the last page, an even one, at the foot of the 版心 — whether the body ends on
    // an odd page (the warning) or an even one (the lead unit's report: a blank page comes between,
    // which LibreOffice leaves out of the PDF, so the 版记 page follows the body's last in the PDF).
    const foot = (file: string, page: number) =>
      pdfWords(file).filter((x) => x.page === page && x.yMin > h! - 35 * PT_PER_MM && /^\d+$/.test(x.text));
    for (const name of ['overdue.pdf', 'lead.pdf']) {
      const file = path.join(dir, name);
      const last = Number(pdfInfo(file).Pages);
      const printed = pdfWords(file).find((x) => x.page === last && x.text.includes('印发'))!;
      expect(printed, name).toBeDefined();
      expect(printed.yMax / PT_PER_MM, name).toBeGreaterThan(297 - 35 - 15);
      expect(printed.yMax / PT_PER_MM, name).toBeLessThan(297 - 35 + 2);
    }
    // A number or a date's digits never break across lines in the body (the pages before the
    // attachments): “涉及37个单位”, not “涉及3” / “7个单位”; “〔2019〕60”, not “〔201” / “9〕60”.
    for (const name of ['overdue.pdf', 'lead.pdf']) {
      const file = path.join(dir, name);
      const lines: string[] = [];
      for (let page = 1; page <= Number(pdfInfo(file).Pages); page++) {
        const on = pdfLines(file, page);
        if (/^附件\s*\d*$/.test(on[0] ?? '')) break;
        lines.push(...on.filter((l) => !/^—\s*\d+\s*—$/.test(l)));
      }
      expect(lines.join(''), name).toMatch(/2021\s*年\s*10\s*月\s*1\s*日/);
      const broken = lines.flatMap((l, i) =>
        /\d$/.test(l) && /^\d/.test(lines[i + 1] ?? '') ? [`${l} / ${lines[i + 1]}`] : [],
      );
      expect(broken, name).toEqual([]);
    }
    expect(pdfText(path.join(dir, 'overdue.pdf'))).toContain('涉及37个单位');
    // An enumeration of task numbers flows like Chinese text: not pushed whole to the next line.
    const list = pdfLines(pdf, 1).find((l) => l.includes('已逾期的任务'))!;
    expect(list.replace(/\s+/g, '')).toMatch(/任务1、2、15、/);
    // GB/T 9704-2012 §7.5: the lead unit's report ends its body on an even page, so a blank page
    // stands before the 版记 page, and neither is numbered: the 版记 page's foot has no number.
    const leadPdf = path.join(dir, 'lead.pdf');
    const leadLast = Number(pdfInfo(leadPdf).Pages);
    const bodyEnd = foot(leadPdf, leadLast - 1);
    expect(bodyEnd).toHaveLength(1);
    expect(Number(bodyEnd[0]!.text) % 2).toBe(0);
    expect(foot(leadPdf, leadLast)).toEqual([]);
    expect(pdfText(leadPdf, leadLast, leadLast)).not.toMatch(/—\d+—/);
    // The warning's body ends on an odd page: the 版记 page directly follows it (no blank page).
    const overdueLast = Number(pdfInfo(pdf).Pages);
    expect(Number(foot(pdf, overdueLast - 1)[0]!.text) % 2).toBe(1);
  }, 180_000);
});
