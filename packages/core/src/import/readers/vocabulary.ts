/**
 * The one vocabulary of field labels and column headers (字段标签与表头用语) that every reader of
 * the importer shares — labelled lines (`牵头单位：…`), brackets, and the header cells of text,
 * Word, spreadsheet and PDF tables — with what each word says stands under it. A label or header is
 * evidence: what stands under `牵头单位` is a unit whatever its suffix, what stands under `分管领导`
 * is a person, never a unit.
 */
import { LABELS, labelMeaning } from '../../roles/lexicon';

/**
 * What stands under a label or a column header.
 *
 * - `units` — unit names (落实单位); the role comes from the label (the responsibility reader's
 *   {@link LABELS}).
 * - `leaders` — persons or titles (牵头领导, 分管领导): kept as the task's leaders.
 * - `deadline` — the deadline as written (完成时限).
 * - `note` — remarks (备注).
 * - `number`, `text`, `category` — the task's number, requirement text and category (table headers).
 * - `other` — a column the plan does not keep (progress reported, phone numbers): read past.
 *
 * @example
 * const kind: FieldKind = fieldKindOf('分管市领导')!; //=> 'leaders'
 */
export type FieldKind = 'units' | 'leaders' | 'deadline' | 'note' | 'number' | 'text' | 'category' | 'other';

/** Labels of units beyond the responsibility reader's, which give the role `responsible`. */
// 任务分工 / 责任分工 as a column beside the requirement: who the work is given to (处室 names, collectives).
const MORE_UNIT_WORDS = ['单位', '部门', '责任单位及分工', '任务分工', '责任分工', '部门分工'];

/** Labels and headers of persons (领导): who answers for a task, not a unit. */
export const LEADER_WORDS: readonly string[] = [
  '牵头领导',
  '牵头负责领导',
  '牵头责任领导',
  '主要责任领导',
  '牵头市领导',
  '牵头省领导',
  '牵头区领导',
  '牵头县领导',
  '分管领导',
  '分管市领导',
  '分管省领导',
  '分管区领导',
  '分管县领导',
  '分管副市长',
  '分管副区长',
  '分管副县长',
  '责任领导',
  '责任市领导',
  '责任区领导',
  '联系领导',
  '包保领导',
  '包联领导',
  '督查领导',
  '承办责任人',
  '具体责任人',
  '承办人',
  '督办领导',
  '督导领导',
  '领衔领导',
  '市领导',
  '省领导',
  '区领导',
  '县领导',
  '责任人',
  '主要责任人',
  '具体责任人',
  '主管领导',
  '主管市领导',
  '主管区领导',
  '主管县领导',
  '协调人',
  '协调领导',
  '项目责任人',
  '项目负责人',
  '具体责任人',
];

/** Labels and headers of deadlines (完成时限). */
export const DEADLINE_WORDS: readonly string[] = [
  '完成时限',
  '时限要求',
  '完成时间',
  '时间要求',
  '完成期限',
  '时间节点',
  '完成时间节点',
  '时限',
  '进度安排',
  '时间安排',
  '办结时限',
  '完成时间要求',
  '整改时限',
  '整改期限',
  '整改时间',
  '整改完成时限',
  '建设时间',
  '建设期限',
  '建设年限',
  '实施时间',
  '工作时限',
  // A progress report's plan column (计划完成时间 | 目前完成情况).
  '计划完成时间',
  '计划完成时限',
  '预计完成时间',
  '计划完成日期',
  '完成日期',
];

/** Headers of the requirement text (具体要求). Of several text-like columns the last is the text. */
const TEXT_WORDS = [
  // A list of duties (职责分工表: 涉及部门 | 职责分工): each row's duties are its task.
  '职责分工',
  '职责',
  '主要职责',
  '部门职责',
  '工作职责',
  '职责任务',
  '具体要求',
  '具体工作要求',
  '工作要求',
  '工作内容',
  '主要内容',
  '具体内容',
  '工作措施',
  '具体措施',
  '主要措施',
  '任务内容',
  '工作任务',
  '重点任务',
  '主要任务',
  '任务',
  '工作要点',
  '目标任务',
  '全年目标任务',
  '年度目标任务',
  '年度任务目标',
  '工作目标',
  '目标',
  '预期目标',
  '主要目标',
  '工作事项',
  '事项',
  '内容',
  '要求',
  '任务分解',
  '具体任务',
  '任务举措',
  '重点工作',
  '改革举措',
  '改革事项',
  '改革任务',
  '政策措施',
  '措施',
  '民生事项名称',
  '实事项目',
  '民生实事项目',
  '项目名称',
  '事项名称',
  '任务名称',
  '细化分工',
  '具体分工',
  '分工内容',
  '细化任务',
  '工作举措',
  '整改内容',
  '整改任务',
  '整改目标',
];

const NUMBER_WORDS = ['序号', '编号', '序', '号'];
const CATEGORY_WORDS = [
  '类别',
  '分类',
  '领域',
  '重点领域',
  '任务类别',
  '板块',
  '项目',
  '指标',
  '方面',
  '专项',
  '序列',
  // A plan's chapter the task comes from (章节 | 方案内容): printed in the first row of its group.
  '章节',
];
/**
 * Remarks, where a project is built (建设地点), and a progress note labelled on the task's own line
 * (`实际完成情况:…` after its units): kept beside the task as its note.
 */
const NOTE_WORDS = [
  '备注',
  '说明',
  '建设地点',
  '实施地点',
  '项目地点',
  '地点',
  '实际完成情况',
  // A year's milestones by quarter (年度阶段性工作目标: 第一季度:… 第二季度:…): kept as the note.
  '年度阶段性工作目标',
  '阶段性工作目标',
  '阶段性目标',
];

/**
 * Column headers of what a plan does not keep: progress reported (推进情况), whether it is on
 * schedule (是否达序), results (取得成效), telephone numbers (监督电话).
 */
const OTHER_PATTERN =
  /(?:情况|进展|进度|成效|是否|电话|联系人|评价|评分|得分|考核|任务安排|工作安排|状态|数量|投资|金额|分值|权重|分数|累计|完成率)/;

/** Every word that names units, with the role the responsibility reader gives it. */
export const UNIT_WORDS: readonly string[] = [
  ...LABELS.map(([word]) => word).filter((w) => w.length >= 4),
  ...MORE_UNIT_WORDS,
];

/**
 * Headers of a 代表建议 / 政协提案 table that name people or bodies who do not do the work: who
 * proposed it (领衔), where they were elected (选举单位), the committee that follows it up.
 */
const PROPOSAL_WORDS = [
  '领衔',
  '领衔代表',
  '领衔人',
  '提出人',
  '提案人',
  '选举单位',
  '代表团',
  '督办专委会',
  '具体督办的专委会',
];

const KINDS = new Map<string, FieldKind>();
for (const [words, kind] of [
  [PROPOSAL_WORDS, 'other'],
  [NUMBER_WORDS, 'number'],
  [TEXT_WORDS, 'text'],
  [CATEGORY_WORDS, 'category'],
  [UNIT_WORDS, 'units'],
  [LEADER_WORDS, 'leaders'],
  [DEADLINE_WORDS, 'deadline'],
  [NOTE_WORDS, 'note'],
] as const) {
  for (const w of words) if (!KINDS.has(w)) KINDS.set(w, kind);
}

/**
 * What stands under a header or label word (spaces inside ignored: `分管 领导`, `工 作 任 务`), or
 * `undefined` for a word that is not in the vocabulary.
 *
 * @example
 * fieldKindOf('牵头 单位'); //=> 'units'
 * fieldKindOf('分管市领导'); //=> 'leaders'
 * fieldKindOf('1-11月推进情况'); //=> 'other'
 * fieldKindOf('民生实事'); //=> 'text'
 * fieldKindOf('工作举措及实施计划'); //=> 'note'
 * fieldKindOf('月度工作计划'); //=> 'note'
 * fieldKindOf('一季度目标'); //=> 'note'
 * fieldKindOf('市财政局'); //=> undefined
 */
export function fieldKindOf(word: string): FieldKind | undefined {
  const w = word.replace(/[\s\u3000]+/g, '');
  const known = KINDS.get(w);
  if (known) return known;
  // What a unit took on (承担的重点工作, 负责的工作任务): the header after it.
  const taken = /^(?:承担的|负责的|承担)(.{2,10})$/u.exec(w)?.[1];
  if (taken && KINDS.get(taken) === 'text') return 'text';
  // A year or period before a text header: 2022年度任务目标, 2022年预期目标.
  const dated = /^\d{4}年(?:度)?(.+)$/.exec(w)?.[1];
  if (dated && (KINDS.get(dated) === 'text' || TEXT_ENDING.test(dated))) return 'text';
  if (dated && KINDS.has(`年度${dated}`)) return KINDS.get(`年度${dated}`);
  // 区政府分管领导, 市政府牵头领导: whose leaders, then a leaders header.
  const whose = /^(?:(?:[省市县区]|乡镇)政府|[省市县区乡镇])(.{2,8})$/u.exec(w)?.[1];
  if (whose && KINDS.get(whose) === 'leaders') return 'leaders';
  // 工作举措及实施计划, 推进计划, 月度工作计划: the steps and their dates, kept beside the task as its note.
  if (/(?:实施|推进|进度|(?:月度|季度|年度)?工作)计划$/.test(w)) return 'note';
  // 一季度目标, 阶段目标: a period's share of the task in a progress report, kept as its note.
  if (/^(?:[一二三四1-4]季度|上半年|下半年|阶段|月度)(?:目标|计划|任务)$/.test(w)) return 'note';
  // 进展情况、存在问题及下一步打算: what a progress report says, however long its header.
  if (w.length <= 24 && /进展情况|存在问题|下一步|打算/.test(w)) return 'other';
  // 民生实事, 督办事项, 考核内容: the shape of a header of what is to be done.
  if (TEXT_ENDING.test(w) && !/情况|进展|成效|是否/.test(w)) return 'text';
  if (w.length <= 14 && OTHER_PATTERN.test(w)) return 'other';
  // 具体承办科室, 协同推进部门: the shape of a label of units; 评分部门 scores, it does not do the work.
  if (UNIT_ENDING.test(w)) return labelMeaning(w) ? 'units' : 'other';
  return undefined;
}

const UNIT_ENDING = /^[\u4e00-\u9fff]{1,8}(?:单位|部门|处室|科室|股室|机构)$/u;

// 具体工作任务和要求: two words of a text header joined by 和/及/与.
const TEXT_ENDING =
  /^[\u4e00-\u9fff]{0,6}(?:(?:任务|内容|措施|举措|目标)[和及与])?(?:实事|事项|任务|内容|措施|举措|要求)$/u;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Labels of what a progress report says of a task (`进展情况:…` under it): kept beside the task as
 * its note. (As a table's column header the same words head a column the plan does not keep.)
 */
export const PROGRESS_LABELS: readonly string[] = [
  '进展情况',
  '完成情况',
  '落实情况',
  '推进情况',
  '工作进展',
];

const LABEL_WORDS = [...KINDS.entries()]
  .filter(([, kind]) => kind === 'units' || kind === 'leaders' || kind === 'deadline' || kind === 'note')
  .map(([w]) => w)
  .concat(PROGRESS_LABELS)
  .filter((w) => w.length >= 2 && w !== '单位' && w !== '部门')
  .sort((a, b) => b.length - a.length);

/**
 * The alternation of every label word, longest first, for the readers' label patterns.
 *
 * @example
 * new RegExp(`^(?:${LABEL_ALTERNATION})[:：]`).test('牵头负责领导:金力'); //=> true
 */
export const LABEL_ALTERNATION = LABEL_WORDS.map(escapeRegExp).join('|');
