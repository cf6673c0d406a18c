/** DOCX unzipped with JSZip: paragraphs, tables, repeated header rows, fonts, A4, the page-number field. */
import { displayText } from '@fengong/core';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { renderReport } from '../src';
import { AS_OF, seed } from './seed';

async function parts(
  bytes: Uint8Array,
): Promise<{ document: string; footer: string; styles: string; files: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.keys(zip.files);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const footerName = files.find((f) => /^word\/footer\d*\.xml$/.test(f)) ?? '';
  return {
    document: await read('word/document.xml'),
    footer: await read(footerName),
    styles: await read('word/styles.xml'),
    files,
  };
}

/** The text of each paragraph of a WordprocessingML part. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    // The zero-width spaces after the 、 of a list (where a line may break) and the word joiners that
    // keep a number with its unit (52天) are not read.
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => t[1])
      .join('')
      .replace(/[\u200b\u2060]/g, ''),
  );
}

describe('the ledger as an official-style Word document', async () => {
  const file = await renderReport({ kind: 'ledger', format: 'docx', analysis: seed, asOf: AS_OF });
  const { document, footer, styles, files } = await parts(file.bytes);
  const texts = paragraphs(document);

  test('a Word document', () => {
    expect(file.fileName).toBe('任务分工台账.docx');
    expect(file.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(files).toContain('word/document.xml');
    expect(String.fromCharCode(file.bytes[0]!, file.bytes[1]!)).toBe('PK');
  });

  test('title, subtitle lines, summary, category rows and every task', () => {
    expect(texts[0]).toBe('任务分工台账');
    expect(texts).toContain('湛江市2021年政务公开工作要点分工方案（湛府办〔2021〕15号）');
    expect(texts).toContain('截至2021年10月1日');
    expect(texts).toContain('共50项任务，其中已逾期8项、未到期15项、持续推进27项。');
    expect(texts).toContain('一、做好各类规划主动公开');
    expect(texts).toContain('十二、加强政务公开工作指导监督');
    // As shown: without the stray spaces of the PDF the plan was read from.
    for (const task of seed.plan.tasks) expect(texts).toContain(displayText(task.text));
    expect(texts).toContain('（按12月31日前理解）');
  });

  test('one table whose header row repeats on each page and whose rows do not split', () => {
    expect(document.match(/<w:tbl>/g)).toHaveLength(1);
    expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    const header = document.slice(document.indexOf('<w:tr>'), document.indexOf('</w:tr>'));
    expect(header).toContain('<w:tblHeader/>');
    expect(paragraphs(header)).toEqual(['编号', '具体要求', '落实单位', '完成时限', '状态', '进展情况']);
    expect(document.match(/<w:tr>/g)!.length).toBe(1 + 12 + 50);
    expect(document).toContain('<w:cantSplit/>');
    expect(document).toContain('w:fill="FFC7CE"');
  });

  test('fonts by their real names: 仿宋_GB2312 三号 body, 小标宋 title, 黑体/楷体 headings, 仿宋 五号 tables with 黑体 headers; zh-CN', () => {
    const style = (id: string) => {
      const at = styles.indexOf(`w:styleId="${id}"`);
      expect(at, id).toBeGreaterThan(0);
      return styles.slice(at, styles.indexOf('</w:style>', at));
    };
    expect(styles).toMatch(
      /<w:docDefaults>[\s\S]*w:eastAsia="仿宋_GB2312"[\s\S]*<w:sz w:val="32"\/>[\s\S]*<\/w:docDefaults>/,
    );
    expect(style('BodyText')).toMatch(/w:eastAsia="仿宋_GB2312"[\s\S]*<w:sz w:val="32"\/>/);
    expect(style('BodyText')).toContain('w:firstLine="640"');
    expect(style('Heading1')).toContain('w:eastAsia="黑体"');
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang [^>]*w:eastAsia="zh-CN"[\s\S]*<\/w:docDefaults>/);
    expect(style('Heading2')).toContain('w:eastAsia="楷体_GB2312"');
    expect(style('TableText')).toMatch(/w:eastAsia="仿宋_GB2312"[\s\S]*<w:sz w:val="21"\/>/);
    expect(style('TableHead')).toContain('w:eastAsia="黑体"');
    const title = document.slice(0, document.indexOf('任务分工台账</w:t>'));
    expect(title.slice(title.lastIndexOf('<w:rPr>'))).toMatch(
      /w:eastAsia="方正小标宋简体"[\s\S]*<w:sz w:val="44"\/>/,
    );
    expect(document).toContain('<w:pStyle w:val="BodyText"/>');
    expect(document).toContain('<w:pStyle w:val="TableText"/>');
    // A fixed 28 pt line (560 twips), as official documents set it.
    expect(styles).toMatch(
      /<w:docDefaults>[\s\S]*<w:spacing [^>]*w:line="560"[^>]*\/>[\s\S]*<\/w:docDefaults>/,
    );
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:lineRule="exact"[\s\S]*<\/w:docDefaults>/);
  });

  test('A4 landscape, with the page number — N — in the footer', () => {
    expect(document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footer).toContain('<w:fldChar w:fldCharType="begin"/>');
    expect(paragraphs(footer).join('')).toBe('— PAGE —'.replace('PAGE', ''));
    expect(footer).toContain('<w:jc w:val="center"/>');
  });
});

describe('other Word documents', () => {
  test('a unit responsibility list: sections by role, tables for each, notice duties', async () => {
    const file = await renderReport({
      kind: 'unit',
      format: 'docx',
      analysis: seed,
      asOf: AS_OF,
      unit: '湛江市财政局',
    });
    expect(file.fileName).toBe('单位责任清单-市财政局.docx');
    const { document } = await parts(file.bytes);
    const texts = paragraphs(document);
    expect(texts[0]).toBe('市财政局责任清单');
    expect(texts).toEqual(
      expect.arrayContaining([
        '一、通知工作要求',
        '二、牵头任务（3项）',
        '三、负责任务（22项）',
        '四、配合任务（14项）',
        '五、监管任务（1项）',
        '六、时间节点',
      ]),
    );
    expect(
      texts.some((t) =>
        t.includes('收集汇总所牵头工作任务开展情况，报市政府办公室（涉及任务7、8、9），时限：10月30日前'),
      ),
    ).toBe(true);
    expect(document.match(/<w:tbl>/g)).toHaveLength(4);
    expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(4);
  });

  test('the matrix numbers its unit columns (no vertical header) and names them in a key', async () => {
    const { document } = await parts(
      (await renderReport({ kind: 'matrix', format: 'docx', analysis: seed, asOf: AS_OF })).bytes,
    );
    expect(document).not.toContain('w:textDirection');
    expect(paragraphs(document)).toContain('市直各单位');
    expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(2);
  });
});
