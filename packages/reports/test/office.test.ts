/**
 * A real client opens the files: LibreOffice converts the generated XLSX and DOCX to PDF, and the
 * PDF's text holds the task texts and unit names. LibreOffice and poppler are installed before any
 * test runs (`npm test`'s pretest, and this package's global setup: scripts/lib/vitest-system-packages.ts).
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderReport } from '../src';
import { convertToPdf, pdfText } from './libreoffice';
import { AS_OF, seed } from './seed';

describe('LibreOffice opens the XLSX and DOCX files', () => {
  test('ledger and unit list, as Word and Excel, converted to PDF with the tasks and units in them', async () => {
    const outputs: [string, Uint8Array][] = [];
    for (const format of ['docx', 'xlsx'] as const) {
      outputs.push([
        `ledger-${format}.${format}`,
        (await renderReport({ kind: 'ledger', format, analysis: seed, asOf: AS_OF })).bytes,
      ]);
      outputs.push([
        `unit-${format}.${format}`,
        (await renderReport({ kind: 'unit', format, analysis: seed, asOf: AS_OF, unit: '市财政局' })).bytes,
      ]);
    }
    const dir = convertToPdf(Object.fromEntries(outputs));
    for (const name of ['ledger-docx', 'ledger-xlsx']) {
      const text = pdfText(path.join(dir, `${name}.pdf`));
      expect(text).toContain('任务分工台账');
      expect(text).toContain('及时公开建设高标准市场体系行动方案的落实举措。');
      expect(text).toContain('强化行政执法信息公开，加强反垄断与反不正当竞争执法信息公开工作。');
      expect(text).toContain('市政务服务数据管理局');
      expect(text).toContain('各县（市、区）政府（管委会）');
      expect(text).toContain('已逾期1天');
    }
    for (const name of ['unit-docx', 'unit-xlsx']) {
      const text = pdfText(path.join(dir, `${name}.pdf`));
      expect(text).toContain('市财政局');
      expect(text).toContain(
        '市财政局要有效推动有关业务主管部门，落实补贴信息公开向村和社区延伸，并与村（居）务公开有效衔接。',
      );
      expect(text).toContain('牵头');
    }
    // Word: the page number field was filled in.
    expect(pdfText(path.join(dir, 'ledger-docx.pdf'))).toContain('—2—');
  }, 120_000);
});
