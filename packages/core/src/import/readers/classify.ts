/**
 * Which column a line of a table belongs to (列归属判断). The deadline and responsibility readers of
 * core decide what a deadline phrase and a units cell are; this file only asks them, and adds the
 * lexical cues of table layout (a fragment such as `局、市交通运输` names units even though no
 * reader can read a broken name).
 */
import { findDeadlinePhrases } from '../../deadlines';
import { readUnitsCell } from '../../roles';
import { looksLikeName } from '../../roles/names';
import { endsSentence } from '../document/lines';
import { fieldKindOf, LABEL_ALTERNATION, PROGRESS_LABELS } from './vocabulary';

/** Lines longer than this are not asked about deadlines or units: table cells are short. */
const MAX_CELL_LINE = 80;

/**
 * Where a deadline phrase (时限用语) starts in a line: 0 when the line begins with one, the offset after
 * a space when a unit name and a deadline share the line (`市司法局 长期工作` → 5), -1 otherwise.
 *
 * @example
 * deadlineStart('2021 年 9 月'); //=> 0
 * deadlineStart('市司法局 长期工作'); //=> 5
 * deadlineStart('做好市场规'); //=> -1
 */
export function deadlineStart(line: string): number {
  if (line.length === 0 || line.length > MAX_CELL_LINE) return -1;
  const known = startCache.get(line);
  if (known !== undefined) return known;
  const at = findDeadlineStart(line);
  if (startCache.size >= 4096) startCache.clear();
  startCache.set(line, at);
  return at;
}

/** Lines repeat (`长期工作`, `前`): a small cache of {@link deadlineStart}'s answers. */
const startCache = new Map<string, number>();

/** Characters without which no deadline phrase can be read: skip the reader for other lines. */
const DEADLINE_HINT = /[0-9０-９〇零一二三四五六七八九十年月日季旬期续常效底前内每按及第尽立马即半周天]/;

function findDeadlineStart(line: string): number {
  if (!DEADLINE_HINT.test(line)) return -1;
  if (/^\d{4}(?:\s*年|$)/.test(line)) return 0;
  const phrases = findDeadlinePhrases(line);
  for (const p of phrases) {
    if (p.kind === 'unspecified') continue;
    if (p.start === 0) return p.kind === 'asap' && !isWholeCellAsap(line) ? -1 : 0;
    const before = line.charCodeAt(p.start - 1);
    if ((before === 0x20 || before === 0x3000) && p.kind !== 'asap') return p.start;
  }
  return -1;
}

/** `及时` begins many sentences; only a cell that is nothing but an as-soon-as phrase counts. */
function isWholeCellAsap(line: string): boolean {
  return /^(?:及时|立即|即时|尽快|第一时间)(?:完成|办理|落实|开展|公开|发布)?[。；;]?$/.test(line);
}

/**
 * Does the line continue a deadline cell rather than start something new (`前`, `工作`, `底前`)?
 *
 * @example
 * continuesDeadline('前完成现有'); //=> true
 */
export function continuesDeadline(line: string): boolean {
  return /^(?:前|底|末|以前|之前|完成|工作|止|为止|以内|内|起|开始|年|月|日|号|季度|半年|旬|[，,、；;）)\d])/.test(
    line,
  );
}

/**
 * Does a deadline cell's text end with a connector, so that the next line must continue it?
 *
 * @example
 * endsWithConnector('2021 年 9 月前；'); //=> true
 */
export function endsWithConnector(text: string): boolean {
  return /[，,、；;（(至到和及或—\-~]$/.test(text);
}

/** Words of units cells: unit-name endings, group shapes and role phrases (单位名称、角色用语). */
const UNIT_WORDS =
  /局|委员会|委|办公室|办|政府|管委会|单位|部门|牵头|负责|配合|落实|按职责|分工|协助|参与|中心|公司|集团|厅|街道|各县|各区|各镇|市直|区直|县直|人民团体|法院|检察院|海关|支队|大队|分局/g;

/** Names of sections and institutions that no unit word covers: 疾控处, 财务科, 农业股, 规划信息处(爱卫办). */
const SECTION_NAME =
  /^[\p{Script=Han}]{1,10}(?:处|科|股|室|站|所|院|馆|协|联)(?:[(（][^()（）]{1,8}[)）])?$/u;

/** Beginnings that make a short line look like a category (工作任务) rather than units. */
const CATEGORY_START =
  /^(?:做好|加强|推进|推动|完善|持续|切实|不断|深化|强化|提升|健全|规范|建立|优化|严格|全面|积极|扎实|抓好|开展|实施|促进|加快|坚持|着力|大力|进一步|提高|保障|防范|构建|打造|聚焦|围绕|创新|统筹|夯实|筑牢|增强|巩固|营造|落实《|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/;

/** Characters that cannot begin a unit name, a category or a sentence: the tail of a broken word. */
const FRAGMENT_START = /^[、，,。；;：:）)》”局委办室厅部院实头工位府会心司队]/;

/**
 * How much a line looks like part of a units cell (落实单位): about +1 per unit word, less for
 * category-like beginnings. Fragments score by their words: `局、市交通运输` → 2.
 *
 * @example
 * unitScore('各县（市、区）'); //=> 1.5
 * unitScore('做好市场规'); //=> -1.5
 */
export function unitScore(line: string): number {
  if (line.length === 0) return 0;
  if (line.length > MAX_CELL_LINE) return -2;
  let score = 0;
  for (const _ of line.matchAll(UNIT_WORDS)) score += 1;
  // A short cell that ends like a name (疾控处, 规划信息处) with no unit word inside.
  if (score === 0 && line.length <= 12 && SECTION_NAME.test(line)) score += 1;
  if (/^[，,、；;]?[市县区镇各]/.test(line)) score += 0.5;
  // 保障局 or 强化监管 begin like a category; only the first ends like a unit name.
  if (CATEGORY_START.test(line) && !/(?:局|委|办|室|厅|单位|部门|中心)[、，,；;。]?$/.test(line))
    score -= 1.5;
  if (score === 0 && /[、，,；;]/.test(line)) score += 0.25;
  return score;
}

/**
 * Does a line begin the way a category (工作任务) usually does: a verb such as 做好/加强/推进?
 *
 * @example
 * looksLikeCategoryStart('做好市场规'); //=> true
 */
export function looksLikeCategoryStart(line: string): boolean {
  return CATEGORY_START.test(line);
}

/**
 * Does a text begin with the tail of a broken word (`局、市`, `实`), so it cannot start a new cell?
 *
 * @example
 * startsWithFragment('实'); //=> true
 */
export function startsWithFragment(text: string): boolean {
  return FRAGMENT_START.test(text);
}

/**
 * How well a whole units cell reads (0–1) according to the responsibility reader: the share of its
 * text that the reader took as names or role phrases.
 *
 * @example
 * unitsCellQuality('市财政局牵头，市直各单位按职责分工落实'); //=> 1
 */
export function unitsCellQuality(cell: string): number {
  if (cell.length === 0) return 0;
  if (cell.length > 400) return 0.5;
  const reading = readUnitsCell(cell);
  const names = reading.clauses.reduce((n, c) => n + c.names.length, 0);
  if (names === 0) return 0;
  let unread = 0;
  for (const n of reading.notices) {
    if (n.code === 'unread-span' && n.span) unread += n.span.end - n.span.start;
  }
  return Math.max(0, 1 - unread / cell.length);
}

/**
 * Is the line a labelled field such as `牵头单位：…`, `牵头领导：…` or `完成时限：…`? Returns what
 * the label says stands after it (the shared {@link fieldKindOf} vocabulary).
 *
 * @example
 * fieldLabel('牵头单位：市财政局'); //=> { kind: 'units', label: '牵头单位', value: '市财政局' }
 * fieldLabel('牵头负责领导:金力。')?.kind; //=> 'leaders'
 */
export function fieldLabel(line: string): { kind: LabelKind; label: string; value: string } | undefined {
  const m = LABEL_LINE.exec(line.slice(0, 40)) ?? UNIT_LABEL_SHAPE.exec(line.slice(0, 40));
  if (!m) return undefined;
  const label = m[1]!;
  const kind = labelKind(label);
  return { kind, label, value: line.slice(m[0].length).trim() };
}

/** A label the vocabulary does not list but whose shape says units stand after it (主要协作单位：, 牵头科室（单位）：). */
const UNIT_LABEL_SHAPE =
  /^[（(〔【[]?([\u4e00-\u9fff]{1,6}(?:单位|部门|处室|科室)(?:[（(](?:单位|部门|处室|科室)[）)])?)\s*[:：]\s*/u;

/** What a labelled line holds. */
export type LabelKind = 'units' | 'leaders' | 'deadline' | 'note';

/**
 * The kind of a label word (units when the vocabulary says nothing else: 牵头, 责任, 配合).
 *
 * @example
 * labelKind('分管领导'); //=> 'leaders'
 */
export function labelKind(label: string): LabelKind {
  if (PROGRESS_LABELS.includes(label.replace(/\s+/gu, ''))) return 'note';
  const kind = fieldKindOf(label);
  return kind === 'leaders' || kind === 'deadline' || kind === 'note' ? kind : 'units';
}

const LABEL_LINE = new RegExp(`^[（(〔【[]?(${LABEL_ALTERNATION}|牵头|责任|配合)\\s*[:：]\\s*`);

/**
 * Does the text end a sentence or a cell (。；！？)? Re-exported for the layout readers.
 *
 * @example
 * isClosedText('布。'); //=> true
 */
export function isClosedText(text: string): boolean {
  return endsSentence(text);
}

/**
 * A unit's duties led by its name (职责分工: `交通部门:一是…`, `工商部门职责:依法确认…`): the name
 * and where the duties start.
 */
const DUTY_LEAD = /^(\p{Script=Han}[^\s，,。；;:：“”]{1,24}?)(?:的?(?:主要)?职责)?[:：]\s*(?=\S)/u;

/** Words that make a label of a role (牵头部门, 责任科室, 协办单位), not a unit's name. */
const ROLE_IN_LABEL =
  /牵头|责任|配合|协办|主办|主责|承办|落实|参与|协同|协作|实施|主管|负责|相关|有关|联系|督办|督查|监考|考核|单位$/u;

/**
 * The unit a block of duties is led by, when its lead is a unit's name, and the duties after it.
 *
 * @example
 * dutyLead('工商部门职责:依法确认经营资格')?.units; //=> '工商部门'
 * dutyLead('存在问题:路面破损'); //=> undefined
 * dutyLead('牵头部门:市财政局'); //=> undefined
 */
export function dutyLead(text: string): { units: string; rest: string } | undefined {
  const m = DUTY_LEAD.exec(text);
  // A label (牵头单位:, 责任科室:, 配合部门:) names a role, not a unit.
  if (!m || LABEL_LINE.test(text) || ROLE_IN_LABEL.test(m[1]!)) return undefined;
  const names = m[1]!.split('、');
  if (!names.every((n) => looksLikeName(n)) || !names.some(isBody)) return undefined;
  const rest = text.slice(m[0].length);
  // Others the duties put to work join the block's own unit; one made the lead is marked so.
  const actors = dutyActors(rest);
  const others = actors.units.filter((n) => !names.includes(n) && !actors.lead.includes(n));
  const lead = actors.lead.filter((n) => names.includes(n) || others.length > 0);
  if (others.length === 0 && lead.length === 0) return { units: m[1]!, rest };
  const all = [...names, ...others].filter((n) => !lead.includes(n));
  return { units: lead.length > 0 ? `${lead.join('、')}牵头；${all.join('、')}` : all.join('、'), rest };
}

/**
 * The units a sentence gives the work to, as its subject (`各级宣传部门负责…`, `土地使用单位必须…`,
 * `各级组织部门对…`), after at most one opening clause (`按照属地管理的原则,各区政府负责…`), and who
 * helps after it (`,市有关部门全力配合`).
 *
 * @example
 * sentenceSubject('按照属地管理的原则,各区政府负责拆除违法建设,市有关部门全力配合。');
 * //=> { names: ['各区政府'], helpers: ['市有关部门'], at: 10, rest: '负责拆除违法建设,市有关部门全力配合。' }
 */
export function sentenceSubject(
  text: string,
): { names: string[]; helpers: string[]; lead?: true; at: number; rest: string } | undefined {
  const m = SENTENCE_SUBJECT.exec(text);
  if (!m) return undefined;
  // 各乡、镇人民政府: a collective with 、 inside is one name.
  // 区政府办公室和区教育局: names joined by 和 are two, when both halves are names.
  const names = (/^各/u.test(m[1]!) && looksLikeName(m[1]!) ? [m[1]!] : m[1]!.split('、')).flatMap((n) => {
    const halves = n.split('和');
    return halves.length === 2 && halves.every((h) => looksLikeName(h) && unitScore(h) >= 1) ? halves : [n];
  });
  // 卫生、执法、环卫、建设等部门: a list that says it is of bodies names them by their short forms.
  const bodies = /等(?:有关|相关)?(?:部门|单位)$/u.test(m[1]!);
  const body = (n: string) =>
    (looksLikeName(n) && (unitScore(n) >= 1 || /^各/u.test(n))) ||
    (bodies && /^[\p{Script=Han}]{2,4}$/u.test(n));
  // 清河、西三旗街道和东北旺乡: a short form before a full name shares its suffix.
  const shared = (n: string, i: number) =>
    /^\p{Script=Han}{2,4}$/u.test(n) && names.slice(i + 1).some((m) => body(m));
  if (!names.every((n, i) => body(n) || shared(n, i))) return undefined;
  const after = text.slice(m[0].length);
  const sentence = after.split(/[。；;]/u)[0]!;
  const helper = /[，,]([^，,。；;]{2,30}?)(?:全力|积极|密切|协助)?配合/u.exec(sentence);
  const helpers = helper ? helper[1]!.split('、') : [];
  // `市公安局牵头,负责…`: the unit marked as the lead, its duty after the mark.
  const led = /^牵头[，,]/u.exec(after);
  return {
    names,
    helpers: helpers.every((n) => looksLikeName(n)) ? helpers : [],
    at: m.index + m[0].length - m[1]!.length,
    ...(led ? { lead: true as const, rest: after.slice(led[0].length) } : { rest: after }),
  };
}

/**
 * The units cell a task's first sentence gives, as a clerk would write it: its subject, and who
 * helps (`各区政府；市有关部门配合`).
 *
 * @example
 * subjectUnits('各级宣传部门负责城市综合整治活动的宣传工作。'); //=> '各级宣传部门'
 * subjectUnits('按照属地管理的原则,各区政府负责拆除违法建设,市有关部门全力配合;负责…'); //=> '各区政府；市有关部门配合'
 * subjectUnits('加强待建用地的管理。'); //=> undefined
 */
export function subjectUnits(text: string): string | undefined {
  const s = sentenceSubject(text);
  if (!s) return undefined;
  return `${s.names.join('、')}${s.lead ? '牵头' : ''}${s.helpers.length > 0 ? `；${s.helpers.join('、')}配合` : ''}`;
}

/** The subject of a sentence, after at most one opening clause (按照…,/根据…,/为…,). */
const SENTENCE_SUBJECT =
  /^\s*(?:(?:按照|根据|依照|依据|为)[^，,。；;]{2,30}[，,])?((?:[^，,。；;：:“”（）()\s]|[（(][^（）()，,。]{1,6}[)）]){2,40}?)(?=(?:牵头负责|具体负责|主要负责|负责|要|应当|必须|须|承担|会同)[^。]{4}|[，,]要[^。]{4}|为[^，,。；;]{2,30}(?:协调机构|牵头单位|责任单位|主管部门)[。；;，,]|牵头[，,]负责[^。]{4}|[对除][^。]{4,}[，,]|在[^。]{2,20}领导下)/u;

/**
 * Further units a block of duties names as doing part of it, after the sentence that restates its
 * own unit: the subjects of later sentences (`…。各区县城管大队、分局在辖区政府领导下,…`), who is
 * put in charge of a clause (`三是由市交巡警总队负责,会同市残联研究…`), and a unit made the lead
 * (`财政部门作为改革牵头单位`). General bodies (有关部门, 相关单位) are not counted.
 *
 * @example
 * dutyActors('负责组织工作。各区县城管大队、分局在辖区政府领导下,积极发挥职能作用。');
 * //=> { lead: [], units: ['各区县城管大队、分局'] }
 */
export function dutyActors(duties: string): { lead: string[]; units: string[] } {
  const lead: string[] = [];
  const units: string[] = [];
  const add = (list: string[], names: readonly string[]) => {
    for (const n of names)
      if (looksLikeName(n) && !/^(?:有关|相关|其他|其它)/u.test(n) && !list.includes(n)) list.push(n);
  };
  const sentences = duties.match(/[^。；;]+[。；;]?/gu) ?? [];
  sentences.forEach((sentence, i) => {
    const made = /^\s*([^，,。；;：:“”\s]{2,24}?)作为[^，,。；;]{0,8}牵头单位/u.exec(sentence);
    if (made && looksLikeName(made[1]!)) add(lead, [made[1]!]);
    const clause = sentence.replace(/^\s*(?:[一二三四五六七八九十]+是|[（(]\d{1,2}[）)])\s*/u, '');
    const by =
      /^由([^，,。；;由]{2,40}?)负责(?:[，,]会同([^，,。；;]{2,40}?)(?=研究|共同|做好|开展|制定|制订|[，,]))?/u.exec(
        clause,
      );
    if (by) {
      add(units, by[1]!.split('、'));
      if (by[2]) add(units, by[2].split('、'));
    } else if (i > 0) add(units, sentenceSubject(clause)?.names ?? []);
  });
  return { lead, units };
}

/** A name the lexicon scores as a unit, or one ending as a body does (…总队, …中心, …公司, …厅). */
function isBody(name: string): boolean {
  return (
    unitScore(name) >= 1 ||
    /(?:局|委|办|厅|部|总队|支队|大队|警备区|军分区|中心|站|所|院|社|公司|集团)$/u.test(name)
  );
}

/**
 * A line that is one unit's name and nothing else (国土资源局, 卫生和计生局, 市卫生局), trimmed.
 *
 * @example
 * bareUnitLine('    市卫生局'); //=> '市卫生局'
 * bareUnitLine('负责供地许可审批'); //=> undefined
 */
export function bareUnitLine(line: string): string | undefined {
  const t = line.trim();
  return /^[\p{Script=Han}（）()]{2,20}$/u.test(t) && looksLikeName(t) && isBody(t) ? t : undefined;
}
