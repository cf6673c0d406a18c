/**
 * The covering notice (通知) and the footer (版记) of a plan document: document number, titles,
 * addressees, the documents it implements, the general requirements (工作要求) with the duties
 * that can be recognised in them, the signature and date, disclosure, cc list and printing line.
 */
import { catalogued, lineRange, type ParamsOf, say } from '../../messages';
import type { GeneralRequirement, NoticeDuty, ParentDocument, PlanMeta, Role } from '../../model/schema';
import {
  joinCell,
  readNumber,
  readWrittenDate,
  type SourceLine,
  splitTopLevel,
  squeeze,
  toAsciiDigits,
  trimText,
} from '../document/lines';
import { LEADER_WORDS } from '../readers/vocabulary';
import type { ImportDiagnostic } from '../types';

/**
 * Meta as read; `title` and `issued` may still be missing.
 *
 * @example
 * readNotice(lines, 0, 66).meta.issued; //=> '2021-07-01'
 */
export type MetaDraft = Partial<PlanMeta> & {
  addressees: string[];
  parentDocuments: ParentDocument[];
  cc: string[];
};

/**
 * What the notice reader found.
 *
 * @example
 * readNotice(lines, 0, 66).requirements.length; //=> 3
 */
export interface NoticeReading {
  meta: MetaDraft;
  requirements: GeneralRequirement[];
  /** The notice's own text (for conventions such as 列第一位的为牵头单位). */
  text: string;
  diagnostics: ImportDiagnostic[];
  /** Source lines of the fields, for comments and review. */
  lines: Partial<Record<keyof PlanMeta, [number, number]>>;
}

const CN_ENUM = /^([一二三四五六七八九十]{1,3})[、，,.．﹒]\s*/;

/**
 * Normalise the year brackets of a document number to 〔〕: 国办发[2021]12号 → 国办发〔2021〕12号.
 *
 * @example
 * normaliseDocumentNumber('国办发[2021] 12 号'); //=> '国办发〔2021〕12号'
 */
export function normaliseDocumentNumber(text: string): string {
  return squeeze(toAsciiDigits(text)).replace(/[[［【（(〔„]\s*(\d{4})\s*[\]］】）)〕‟]/g, '〔$1〕');
}

const DOC_NUMBER = /^[\p{Script=Han}A-Za-z]{1,16}〔\d{4}〕\d{1,4}号$/u;

/**
 * Is the line a document number (文号) such as `湛府办〔2021〕15号`? Returns it normalised.
 *
 * @example
 * readDocumentNumber(' 湛府办„2021‟15 号 '); //=> '湛府办〔2021〕15号'
 */
export function readDocumentNumber(line: string): string | undefined {
  if (line.length > 40) return undefined;
  const n = normaliseDocumentNumber(line);
  return DOC_NUMBER.test(n) ? n : undefined;
}

/** Does the squeezed text end the way a document title does? */
function endsLikeTitle(text: string): boolean {
  return /(?:通知|通报|函|意见|方案|要点|决定|批复|计划|清单|任务分工|分工|安排|措施|规划|办法)$/.test(text);
}

/** Does the line look like an organisation's name alone (the signature, 落款)? */
function looksLikeOrgName(text: string): boolean {
  const s = squeeze(text);
  return (
    s.length >= 3 &&
    s.length <= 40 &&
    !/[，。,；;：:]/.test(s) &&
    /(?:办公室|政府|委员会|办公厅|局|厅|委|办|部|院|会|中心|公司|小组|指挥部)$/.test(s)
  );
}

/** A written date standing alone on a line (2021 年 7 月 1 日), as YYYY-MM-DD. */
function dateLine(text: string): string | undefined {
  const s = squeeze(text);
  if (s.length > 16) return undefined;
  const date = readWrittenDate(s);
  return date && /日$/.test(s) ? date : undefined;
}

/**
 * Read the covering notice: `lines[from..to)` of the source, before the table or plan body.
 *
 * @example
 * readNotice(splitSourceLines(text), 0, headerIndex).meta.documentNumber; //=> '湛府办〔2021〕15号'
 */
export function readNotice(lines: readonly SourceLine[], from: number, to: number): NoticeReading {
  const meta: MetaDraft = { addressees: [], parentDocuments: [], cc: [] };
  const where: NoticeReading['lines'] = {};
  const diagnostics: ImportDiagnostic[] = [];
  const requirements: GeneralRequirement[] = [];
  let i = from;
  const nonBlank = () => {
    while (i < to && lines[i]!.text === '') i++;
    return i < to ? lines[i] : undefined;
  };

  // 文号, in the first few lines.
  for (let j = from; j < Math.min(to, from + 12); j++) {
    const n = readDocumentNumber(lines[j]!.text);
    if (n) {
      meta.documentNumber = n;
      where.documentNumber = [lines[j]!.no, lines[j]!.no];
      i = j + 1;
      break;
    }
  }

  // 通知标题: one to four lines; the longest run of them that ends like a title.
  const titleStart = nonBlank();
  if (titleStart) {
    const parts: string[] = [];
    let best: { title: string; end: number } | undefined;
    for (let j = i; j < to && parts.length < 4; j++) {
      const t = lines[j]!.text;
      if (t === '') continue;
      if (/[：:]$/.test(t) || CN_ENUM.test(t) || t.length > 40) break;
      parts.push(t);
      const title = squeeze(joinCell(parts));
      if (endsLikeTitle(title)) best = { title, end: j };
    }
    if (best) {
      const key = /关于|通知|通报/.test(best.title) ? 'noticeTitle' : 'title';
      meta[key] = best.title;
      where[key] = [titleStart.no, lines[best.end]!.no];
      i = best.end + 1;
    }
  }

  // 主送机关: up to three lines ending with a colon.
  const addresseeStart = nonBlank();
  if (addresseeStart) {
    const parts: string[] = [];
    for (let j = i; j < to && j < i + 6; j++) {
      const t = lines[j]!.text;
      if (t === '') continue;
      parts.push(t);
      if (/[：:]$/.test(t)) {
        const text = joinCell(parts).replace(/[：:]$/, '');
        if (text.length <= 200 && !/[。；;]/.test(text)) {
          meta.addressees = splitTopLevel(text, '、，,').map(squeeze);
          where.addressees = [addresseeStart.no, lines[j]!.no];
          i = j + 1;
        }
        break;
      }
    }
  }

  // Body: the opening paragraph, numbered requirements, then the signature.
  const intro: string[] = [];
  let current: { number: number; parts: string[]; first: number; last: number } | undefined;
  const finishRequirement = () => {
    if (!current) return;
    const text = joinCell(current.parts);
    if (text !== '') {
      requirements.push({ number: current.number, text, duties: [] });
      diagnostics.push({
        severity: 'info',
        code: 'requirement',
        message: say('requirement', {
          number: current.number,
          lines: lineRange([current.first, current.last]),
        }),
        params: { number: current.number, lines: lineRange([current.first, current.last]) },
        path: ['requirements', requirements.length - 1],
        lines: [current.first, current.last],
        confidence: 0.9,
      });
    }
    current = undefined;
  };
  let signatureAt = -1;
  for (let j = i; j < to; j++) {
    const line = lines[j]!;
    const t = line.text;
    if (t === '') continue;
    const date = dateLine(t);
    if (date) {
      finishRequirement();
      meta.issued = date;
      where.issued = [line.no, line.no];
      signatureAt = j;
      // The issuer is the organisation name just above the date.
      for (let k = j - 1; k >= i; k--) {
        const above = lines[k]!.text;
        if (above === '') continue;
        if (looksLikeOrgName(above)) {
          meta.issuer = squeeze(above);
          where.issuer = [lines[k]!.no, lines[k]!.no];
        }
        break;
      }
      continue;
    }
    if (signatureAt >= 0) {
      const disclosure = /^[（(]此件(.{2,12}?)[）)]$/.exec(t);
      if (disclosure) meta.disclosure = disclosure[1];
      continue;
    }
    if (line.indent >= 8 && looksLikeOrgName(t)) {
      finishRequirement();
      continue;
    }
    const m = CN_ENUM.exec(t);
    const n = m ? readNumber(m[1]!) : undefined;
    if (m && n !== undefined && n === requirements.length + (current ? 1 : 0) + 1) {
      finishRequirement();
      current = { number: n, parts: [t.slice(m[0].length)], first: line.no, last: line.no };
      continue;
    }
    if (/^附件[:：\d]/.test(t)) {
      finishRequirement();
      continue;
    }
    if (current) {
      current.parts.push(t);
      current.last = line.no;
    } else {
      intro.push(t);
    }
  }
  finishRequirement();

  const introText = joinCell(intro);
  meta.parentDocuments = readParentDocuments(introText);
  for (const r of requirements) r.duties = recogniseDuties(r.text);
  const dutyCount = requirements.reduce((n, r) => n + r.duties.length, 0);
  if (dutyCount > 0) {
    requirements.forEach((r, index) => {
      r.duties.forEach((d, k) => {
        diagnostics.push({
          severity: 'info',
          code: 'duty',
          ...catalogued('duty', { number: r.number, ...actorOfDuty(d), action: d.action }),
          path: ['requirements', index, 'duties', k],
          confidence: 0.7,
        });
      });
    });
  }
  const planTitle = /《([^《》]{4,80}?(?:方案|要点|清单|分工|计划))》印发/.exec(squeeze(introText));
  if (planTitle) meta.title = planTitle[1];
  else if (meta.noticeTitle && !meta.title) {
    const inner = /关于印发(.+?)的通知$/.exec(meta.noticeTitle);
    if (inner) meta.title = inner[1]!.replace(/^《(.*)》$/, '$1');
  }
  return {
    meta,
    requirements,
    text: joinCell([...intro, ...requirements.map((r) => r.text)]),
    diagnostics,
    lines: where,
  };
}

/** Who a duty is for, as the catalogue's `duty` entry takes it. */
function actorOfDuty(d: NoticeDuty): Pick<ParamsOf<'duty'>, 'actor' | 'role' | 'units'> {
  if (d.actor.kind === 'everyUnit') return { actor: 'everyUnit' };
  if (d.actor.kind === 'role') return { actor: 'role', role: d.actor.role };
  return { actor: 'units', units: d.actor.units.join('、') };
}

/**
 * The documents a notice implements: `《title》（number）` pairs in its opening paragraph.
 *
 * @example
 * readParentDocuments('为贯彻落实《国务院办公厅关于印发 2021 年政务公开工作要点的通知》（国办发„2021‟12 号）要求');
 * //=> [{ number: '国办发〔2021〕12号', title: '国务院办公厅关于印发2021年政务公开工作要点的通知' }]
 */
export function readParentDocuments(text: string): ParentDocument[] {
  const s = normaliseDocumentNumber(text.slice(0, 8000)).slice(0, 4000);
  const found: ParentDocument[] = [];
  for (const m of s.matchAll(/《([^《》]{2,160})》[（(]([^（）()《》]{2,30}?〔\d{4}〕\d{1,4}号)[）)]/g)) {
    found.push({ number: m[2]!, title: m[1]! });
  }
  return found;
}

/** Who a sentence of a requirement speaks to. */
function actorOf(subject: string): NoticeDuty['actor'] | undefined {
  const role: Record<string, Role> = { 牵头: 'lead', 责任: 'responsible', 配合: 'supporting' };
  const r = /^各(牵头|责任|配合)(?:单位|部门)/.exec(subject);
  if (r) return { kind: 'role', role: role[r[1]!]! };
  if (
    /^(?:各级(?:政府|各部门)|各地各部门|各地区各部门|各级各部门|各县|各区|各单位|各部门|各有关单位|各成员单位|市直有关部门|市直各单位)/.test(
      subject,
    )
  )
    return { kind: 'everyUnit' };
  return undefined;
}

/** Clauses that state a purpose rather than the duty itself: they end an action. */
const PURPOSE_CLAUSE = /^(?:确保|接受|做到|力争|以便|切实|进一步)/;

/**
 * The action that begins at the first clause (between ，) matching `keyword`, up to a purpose
 * clause: `…，要梳理形成工作台账，实时跟进推动，确保落实到位` → `梳理形成工作台账，实时跟进推动`.
 */
function clausesFrom(sentence: string, keyword: RegExp): string | undefined {
  const clauses = sentence.split('，');
  const at = clauses.findIndex((c) => keyword.test(c));
  if (at < 0) return undefined;
  const taken: string[] = [];
  for (let k = at; k < clauses.length; k++) {
    const c = clauses[k]!;
    if (k > at && PURPOSE_CLAUSE.test(c)) break;
    taken.push(c);
  }
  const first = taken[0]!;
  const must = first.indexOf('要');
  taken[0] = must >= 0 ? first.slice(must + 1) : first;
  const action = trimText(taken.join('，'));
  return action === '' ? undefined : action;
}

/**
 * Recognise the checkable duties (可核查的职责) in a general requirement: a work ledger (工作台账), a
 * look-back at last year's plan (回头看), a report to someone by a date (于…前…报…), and reporting
 * in the annual disclosure report (年度报告). The actor is the requirement's subject
 * (各级政府和市直有关部门 → every unit, 各牵头单位 → every lead unit).
 *
 * @example
 * recogniseDuties('各牵头单位要…，并于 10月 30 日前收集汇总所牵头工作任务开展情况，报市政府办公室。');
 * //=> [{ actor: { kind: 'role', role: 'lead' }, action: '收集汇总所牵头工作任务开展情况，报市政府办公室',
 * //      recipient: '市政府办公室', deadline: '10月30日前', scope: 'ledTasks' }]
 */
export function recogniseDuties(text: string): NoticeDuty[] {
  const duties: NoticeDuty[] = [];
  const subjectMatch = /^([^，。,；;]{2,30}?)(?:要|应|须|务必|必须|将)/.exec(text);
  const actor = subjectMatch ? actorOf(subjectMatch[1]!) : undefined;
  if (!actor) return duties;
  for (const raw of text.split('。')) {
    const sentence = trimText(raw);
    if (sentence.length === 0 || sentence.length > 400) continue;
    const report =
      /于\s*(\d{1,2}\s*月\s*\d{1,2}\s*日\s*前)\s*([^。]*?，\s*报(?:送|告)?(?:至|给)?([^，。；]{2,30}))$/.exec(
        sentence,
      );
    if (report) {
      const action = trimText(report[2]!);
      duties.push({
        actor: { ...actor },
        action,
        recipient: squeeze(report[3]!),
        deadline: squeeze(report[1]!),
        scope:
          actor.kind === 'role' && actor.role === 'lead' && action.includes('牵头') ? 'ledTasks' : 'ownTasks',
      });
      continue;
    }
    if (/回头看|上一年度|上年度/.test(sentence)) {
      const at = sentence.indexOf('要');
      if (at >= 0)
        duties.push({ actor: { ...actor }, action: trimText(sentence.slice(at + 1)), scope: 'previousPlan' });
      continue;
    }
    const action = clausesFrom(sentence, /台账/) ?? clausesFrom(sentence, /年度报告/);
    if (action) duties.push({ actor: { ...actor }, action, scope: 'ownTasks' });
  }
  return duties;
}

/**
 * What the footer reader found.
 *
 * @example
 * readFooter(lines, 1102, lines.length).printed; //=> '2021-07-01'
 */
export interface FooterReading {
  disclosure?: string;
  cc: string[];
  printedBy?: string;
  printed?: string;
  lines: Partial<Record<'disclosure' | 'cc' | 'printedBy' | 'printed', [number, number]>>;
}

/**
 * Is the line the start of the footer (版记): 公开方式, 抄送 or the printing line — or of what a
 * news page or a mirror prints after the plan?
 *
 * @example
 * isFooterStart('公开方式：主动公开'); //=> true
 * isFooterStart('三秦都市报记者张维'); //=> true
 * isFooterStart('相关依据:'); //=> true
 */
export function isFooterStart(text: string): boolean {
  return (
    /^(?:公开方式|抄送|主送)[:：]/.test(text) ||
    // The grounds a list of duties cites after its table (相关依据：1.《…条例》).
    /^(?:相关依据|主要依据|法律依据|设定依据|职责依据)[:：]?$/.test(text.trim()) ||
    printedLine(text) !== undefined ||
    /^[（(]此件.{2,12}[）)]$/.test(text) ||
    PAGE_TRAILER.test(text)
  );
}

/**
 * What a news page or a mirror prints after the plan: a link on, the source, the editor, the
 * reporter's byline, the page's buttons (详见三秦网 · 三秦都市报记者张维 · 责任编辑：… · 【打印】).
 */
const PAGE_TRAILER =
  /^(?:详见|详情见|更多详情|原文链接|原标题[:：]|来源[:：]|稿源[:：]|责任编辑|编辑[:：]|[【[]?(?:打印|关闭)(?:本页|窗口)?[】\]]?$|分享到|扫一扫)|^[\p{Script=Han}]{0,12}记者[\p{Script=Han}]{2,3}$/u;

function printedLine(text: string): { by: string; date: string } | undefined {
  if (text.length > 120 || !text.endsWith('印发')) return undefined;
  const s = squeeze(toAsciiDigits(text));
  const m = /^(.*?)(\d{4}年\d{1,2}月\d{1,2}日)印发$/.exec(s);
  if (!m) return undefined;
  const date = readWrittenDate(m[2]!);
  return date ? { by: m[1]!, date } : undefined;
}

/**
 * Read the footer: `lines[from..to)`.
 *
 * @example
 * readFooter(lines, footerIndex, lines.length).cc.length; //=> 11
 */
export function readFooter(lines: readonly SourceLine[], from: number, to: number): FooterReading {
  const footer: FooterReading = { cc: [], lines: {} };
  let cc: { parts: string[]; first: number; last: number } | undefined;
  const finishCc = () => {
    if (!cc) return;
    const text = joinCell(cc.parts).replace(/[。.]$/, '');
    footer.cc = splitTopLevel(text, '，,、；;').map(squeeze);
    footer.lines.cc = [cc.first, cc.last];
    cc = undefined;
  };
  for (let j = from; j < to; j++) {
    const line = lines[j]!;
    const t = line.text;
    if (t === '') continue;
    const disclosure = /^公开方式[:：]\s*(.+)$/.exec(t) ?? /^[（(]此件(.{2,12}?)[）)]$/.exec(t);
    if (disclosure) {
      finishCc();
      footer.disclosure = squeeze(disclosure[1]!);
      footer.lines.disclosure = [line.no, line.no];
      continue;
    }
    const printed = printedLine(t);
    if (printed) {
      finishCc();
      if (printed.by) {
        footer.printedBy = printed.by;
        footer.lines.printedBy = [line.no, line.no];
      }
      footer.printed = printed.date;
      footer.lines.printed = [line.no, line.no];
      continue;
    }
    const ccStart = /^抄送[:：]\s*(.*)$/.exec(t);
    if (ccStart) {
      finishCc();
      cc = { parts: [ccStart[1]!], first: line.no, last: line.no };
      continue;
    }
    if (cc) {
      cc.parts.push(t);
      cc.last = line.no;
    }
  }
  finishCc();
  return footer;
}

/** A line that opens with a label of persons and names them: `督查领导:张建辉 督查时间:…`. */
const LEADERS_LINE = new RegExp(
  `^(${LEADER_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*[:：]\\s*([\\u4e00-\\u9fff]{2,4}(?:[、，,][\\u4e00-\\u9fff]{2,4})*)(?=\\s|$)`,
  'u',
);

/**
 * The persons a labelled line just above the table names for every row (`督查领导:张建辉` over an
 * inspection table of that leader's road sections), looked for among the three lines above it.
 *
 * @example
 * leadersAbove(splitSourceLines('督查领导:张建辉 督查时间:2019年4月21日\n序号 | 路段名称'), 1);
 * //=> { label: '督查领导', leaders: ['张建辉'], line: 1 }
 */
export function leadersAbove(
  lines: readonly SourceLine[],
  start: number,
): { label: string; leaders: string[]; line: number } | undefined {
  let seen = 0;
  for (let i = start - 1; i >= 0 && seen < 3; i--) {
    const t = lines[i]!.text.trim();
    if (t === '') continue;
    seen++;
    const m = LEADERS_LINE.exec(t);
    if (m) return { label: m[1]!, leaders: m[2]!.split(/[、，,]/u), line: lines[i]!.no };
  }
  return undefined;
}
