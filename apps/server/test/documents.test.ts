/**
 * The office's documents: every report in office formats (XLSX, DOCX, CSV, ICS) from the entries
 * the person may see, on both engines; and the 催办通知 as a 公文 (DOCX) opened by a real LibreOffice
 * (soffice → PDF → pdftotext): the unit, its tasks and the 文号 are on the page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type DayString, type LedgerEntry, ledgerProgress } from '@fengong/core';
import { describe, expect, test } from 'vitest';
import { convertToPdf, pdfText } from '../../../packages/reports/test/libreoffice';
import { type Answer, Client, ENGINES, enc, useServer } from './harness';

/** A download's bytes (the JSON client reads text; documents are binary). */
async function download(c: Client, pathname: string): Promise<Answer<Uint8Array>> {
  const res = await fetch(`${c.base}${pathname}`, { headers: c.cookie ? { cookie: c.cookie } : {} });
  return { status: res.status, body: new Uint8Array(await res.arrayBuffer()), headers: res.headers };
}

/** The text of a file inside a DOCX/XLSX package (unzip -p). */
function partText(bytes: Uint8Array, part: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fengong-zip-'));
  const file = path.join(dir, 'file.zip');
  writeFileSync(file, bytes);
  return execFileSync('unzip', ['-p', file, part], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

const utf8 = (b: Uint8Array) => new TextDecoder().decode(b);
const fileNameOf = (a: Answer<unknown>) =>
  decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(a.headers.get('content-disposition') ?? '')?.[1] ?? '');

describe.each(ENGINES)('office-format exports on %s', (engine) => {
  const s = useServer(engine);
  const base = () => `/api/plans/${enc(s.cast.plan)}`;

  test('the office exports every report; each file holds the plan and what units recorded', async () => {
    const leadNote = `牵头单位进展-${engine}`;
    const supportNote = `配合单位进展-${engine}`;
    expect(
      (await s.lead.post(`${base()}/entries`, { task: s.cast.task, state: 'inProgress', note: leadNote }))
        .status,
    ).toBe(201);
    expect(
      (await s.supporting.post(`${base()}/entries`, { task: s.cast.task, state: 'done', note: supportNote }))
        .status,
    ).toBe(201);
    const list = await s.office.get<{ reports: { kind: string; formats: string[] }[] }>(`${base()}/reports`);
    expect(list.status).toBe(200);
    expect(list.body.reports.map((r) => r.kind)).toEqual([
      'ledger',
      'unit',
      'lead-summary',
      'overdue',
      'lookback',
      'matrix',
    ]);
    const text = s.server.plans.get(s.cast.plan)!.analysis.byNumber.get(s.cast.task)!.task.text;

    const csv = await download(s.office, `${base()}/reports/ledger.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(fileNameOf(csv)).toBe('任务分工台账.csv');
    expect(utf8(csv.body)).toContain(leadNote);
    const unitList = await download(s.office, `${base()}/reports/unit.csv?unit=${enc(s.cast.supporting)}`);
    expect(unitList.status).toBe(200);
    expect(utf8(unitList.body)).toContain(supportNote);

    const xlsx = await download(s.office, `${base()}/reports/ledger.xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(partText(xlsx.body, 'xl/sharedStrings.xml')).toContain(leadNote);
    // The workbook goes back through the same reconcile rules: unchanged, it adds nothing.
    const back = await s.office.post<{ added: number }>(`${base()}/import`, {
      fileName: '台账.xlsx',
      content: Buffer.from(xlsx.body).toString('base64'),
    });
    expect(back.status).toBe(200);
    expect(back.body.added).toBe(0);

    const docx = await download(s.office, `${base()}/reports/overdue.docx?asOf=2022-12-01`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    expect(partText(docx.body, 'word/document.xml')).toContain('逾期预警');

    const ics = await download(s.office, `${base()}/reports/unit.ics?unit=${enc(s.cast.lead)}`);
    expect(ics.status).toBe(200);
    expect(utf8(ics.body)).toMatch(/^BEGIN:VCALENDAR/);
    expect(utf8(ics.body).replace(/\r\n[ \t]/g, '')).toContain(text.slice(0, 10));

    // A plan-wide report has no calendar; an unknown kind or format is a 400 in Chinese.
    const refused = await s.office.get<{ error: { message: string } }>(`${base()}/reports/ledger.ics`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('不能导出');
    expect((await s.office.get(`${base()}/reports/nonsense.xlsx`)).status).toBe(400);
    expect((await s.office.get(`${base()}/reports/ledger.pdf`)).status).toBe(400);
  });

  test('a unit exports its own list, built only from the entries it may see', async () => {
    const secret = `只给牵头单位看-${engine}`;
    expect(
      (await s.lead.post(`${base()}/entries`, { task: s.cast.task, state: 'inProgress', note: secret }))
        .status,
    ).toBe(201);
    const own = await download(s.supporting, `${base()}/reports/unit.csv`);
    expect(own.status).toBe(200);
    expect(fileNameOf(own)).toBe(`单位责任清单-${s.cast.supporting}.csv`);
    expect(utf8(own.body)).not.toContain(secret);
    const lead = await download(s.lead, `${base()}/reports/lead-summary.csv`);
    expect(lead.status).toBe(200);
    expect(utf8(lead.body)).toContain(secret);
    // Another unit's list, a plan-wide report, someone else's summary: refused.
    expect((await s.supporting.get(`${base()}/reports/unit.csv?unit=${enc(s.cast.lead)}`)).status).toBe(403);
    expect((await s.supporting.get(`${base()}/reports/ledger.xlsx`)).status).toBe(403);
    expect(
      (await s.lead.get(`${base()}/reports/lead-summary.csv?unit=${enc(s.cast.supporting)}`)).status,
    ).toBe(403);
    expect((await new Client(s.server.url).get(`${base()}/reports/unit.csv`)).status).toBe(401);
  });
});

describe('the 催办通知 as a 公文 (DOCX), opened by LibreOffice', () => {
  const s = useServer('pglite');
  const base = () => `/api/plans/${enc(s.cast.plan)}`;

  test('names the unit, its unreported and overdue tasks and the 文号; the unit may download its own', async () => {
    const asOf = new Date().toISOString().slice(0, 10) as DayString;
    const plan = s.server.plans.get(s.cast.plan)!;
    const entries = (await s.office.get<{ entries: LedgerEntry[] }>(`${base()}/entries`)).body.entries;
    const progress = ledgerProgress(plan.analysis, entries, { asOf });
    // The supporting unit's unfinished tasks, as core judges them today.
    const open = plan.analysis.tasks
      .map((t) => progress.part(t.task.number, s.cast.supporting))
      .filter(
        (p) =>
          p && p.state !== 'done' && p.state !== 'doneLate' && (!p.entry || p.status.status === 'overdue'),
      )
      .map((p) => p!.task);
    expect(open.length).toBeGreaterThan(0);
    const reminded = await s.office.post<{ reminder: { id: string; tasks: number[] } }>(
      `${base()}/reminders`,
      {
        unit: s.cast.supporting,
        documentNumber: '湛府办督〔2022〕7号',
        note: '请于三个工作日内报送',
      },
    );
    expect(reminded.status).toBe(201);
    expect(reminded.body.reminder.tasks).toEqual(open);

    const doc = await download(s.office, `${base()}/reminders/${reminded.body.reminder.id}/document`);
    expect(doc.status).toBe(200);
    expect(doc.headers.get('content-type')).toContain('wordprocessingml');
    expect(fileNameOf(doc)).toBe(`催办通知-${s.cast.supporting}.docx`);
    const own = await download(s.supporting, `${base()}/reminders/${reminded.body.reminder.id}/document`);
    expect(own.status).toBe(200);

    const dir = convertToPdf({ 'reminder.docx': doc.body });
    const text = pdfText(path.join(dir, 'reminder.pdf'));
    const fullName = plan.analysis.registry.unitByName.get(s.cast.supporting)?.fullName ?? s.cast.supporting;
    expect(text).toContain(fullName.replace(/\s+/g, ''));
    expect(text).toContain('催办通知');
    expect(text).toContain('湛府办督〔2022〕7号');
    expect(text).toContain('请于三个工作日内报送');
    expect(text).toContain(plan.analysis.plan.meta.issuer!.replace(/\s+/g, ''));
    for (const n of open) {
      const task = plan.analysis.byNumber.get(n)!.task.text.replace(/\s+/g, '');
      expect(text).toContain(task.slice(0, 12));
    }
    expect(text).toContain('未报送');
  });
});
