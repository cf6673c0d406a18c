/**
 * The vocabulary of units cells (落实单位用语): role labels, role phrases, unit-name endings and
 * the shapes of group names. Kept in one place so that a new phrasing is one line here.
 * Every pattern runs on whitespace-free text.
 */
import type { MarkerMeaning } from './schema';

/**
 * Clause separators (分句符, outside brackets): 。；; end a clause.
 *
 * @example
 * CLAUSE_SEPARATORS.includes('；'); //=> true
 */
export const CLAUSE_SEPARATORS = '；;。';
/**
 * Phrase separators (逗号): a comma ends a list of names and whatever role phrase it had.
 *
 * @example
 * PHRASE_SEPARATORS.includes(','); //=> true
 */
export const PHRASE_SEPARATORS = '，,';
/**
 * List separator (顿号): 、 joins names that share the role phrase that follows.
 *
 * @example
 * LIST_SEPARATORS; //=> '、'
 */
export const LIST_SEPARATORS = '、';
/**
 * Colons that end a label (冒号): 牵头单位：… or 牵头单位:…
 *
 * @example
 * LABEL_COLONS.includes(':'); //=> true
 */
export const LABEL_COLONS = '：:';
/**
 * Punctuation that may trail a cell or a bracket (末尾标点).
 *
 * @example
 * TRAILING_PUNCTUATION.includes('。'); //=> true
 */
export const TRAILING_PUNCTUATION = '。；;，,.、';

/**
 * Labels (标签) before a colon, and the role they give, longest first: matched as the longest
 * suffix of the text before the colon, so 协同责任单位 is not read as 责任单位.
 *
 * @example
 * LABELS.find(([word]) => '协同责任单位'.endsWith(word)); //=> ['协同责任单位', 'supporting']
 */
export const LABELS: ReadonlyArray<readonly [string, MarkerMeaning]> = (
  [
    ['牵头单位', 'lead'],
    ['牵头部门', 'lead'],
    ['牵头责任单位', 'lead'],
    ['牵头责任部门', 'lead'],
    ['主办单位', 'lead'],
    ['主责单位', 'lead'],
    ['主责部门', 'lead'],
    ['牵头负责部门', 'lead'],
    ['牵头负责单位', 'lead'],
    ['牵头处室', 'lead'],
    ['牵头科室', 'lead'],
    ['主办部门', 'lead'],
    ['主责处室', 'lead'],
    ['主要责任单位', 'lead'],
    // 第一责任单位 | 主要责任单位: the first-named answers first (主要 is then responsible; see read-cell).
    ['第一责任单位', 'lead'],
    ['主要责任部门', 'lead'],
    ['牵头', 'lead'],
    ['责任单位', 'responsible'],
    ['责任部门', 'responsible'],
    ['主体责任单位', 'responsible'],
    ['主体责任', 'responsible'],
    ['落实单位', 'responsible'],
    ['具体落实单位', 'responsible'],
    ['承办单位', 'responsible'],
    ['实施单位', 'responsible'],
    ['负责单位', 'responsible'],
    ['负责部门', 'responsible'],
    ['负责处室', 'responsible'],
    ['负责科室', 'responsible'],
    ['负责股室', 'responsible'],
    ['责任股室', 'responsible'],
    ['责任机构', 'responsible'],
    ['承办部门', 'responsible'],
    ['实施部门', 'responsible'],
    ['落实部门', 'responsible'],
    ['责任处室', 'responsible'],
    ['责任科室', 'responsible'],
    ['责任主体', 'responsible'],
    // 三张清单's 责任清单 column: who does each row.
    ['责任清单', 'responsible'],
    ['责任主体与协同单位', 'responsible'],
    ['部门分工', 'responsible'],
    ['责任', 'responsible'],
    ['业主单位', 'responsible'],
    ['配合单位', 'supporting'],
    ['配合部门', 'supporting'],
    ['协同责任单位', 'supporting'],
    ['协同单位', 'supporting'],
    ['协同配合单位', 'supporting'],
    ['协作单位', 'supporting'],
    ['主要协作单位', 'supporting'],
    ['主要配合单位', 'supporting'],
    ['协助部门', 'supporting'],
    ['协同部门', 'supporting'],
    ['协办单位', 'supporting'],
    // 代表建议 and 政协提案 handling: 主办 leads, 会办 helps.
    ['会办单位', 'supporting'],
    ['会办部门', 'supporting'],
    ['协助单位', 'supporting'],
    ['参与单位', 'supporting'],
    ['参加单位', 'supporting'],
    ['参加部门', 'supporting'],
    ['参与部门', 'supporting'],
    ['配合', 'supporting'],
    ['协办', 'supporting'],
    ['协办部门', 'supporting'],
    ['配合处室', 'supporting'],
    ['配合科室', 'supporting'],
    ['监管单位', 'supervising'],
    ['监管部门', 'supervising'],
    ['监督单位', 'supervising'],
    ['监督责任', 'supervising'],
    ['督导单位', 'supervising'],
    ['督办单位', 'supervising'],
    ['督促单位', 'supervising'],
    ['指导单位', 'supervising'],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/**
 * Who (what role) a label of units gives (标签所示角色): the {@link LABELS} entry that ends the word,
 * else read from its shape — a word of at most eight characters ending in 单位/部门/处室/科室/股室/机构
 * is a label of units whatever comes before (主要协作单位, 具体承办科室); its first words say the
 * role. `undefined` for a word that is not a label of units, and for evaluators (评分部门, 考核单位),
 * who answer for nothing in the task.
 *
 * @example
 * labelMeaning('牵头单位'); //=> 'lead'
 * labelMeaning('协同推进部门'); //=> 'supporting'
 * labelMeaning('具体承办科室'); //=> 'responsible'
 * labelMeaning('牵头科室（单位）'); //=> 'lead'
 * labelMeaning('责任单位或牵头单位'); //=> 'lead'
 * labelMeaning('评分部门'); //=> undefined
 */
export function labelMeaning(word: string): MarkerMeaning | undefined {
  // 牵头科室（单位）: a second name for the same label, in brackets.
  const bare = word.replace(/[（(](?:单位|部门|处室|科室)[）)]$/u, '');
  if (bare !== word && bare.length >= 2) return labelMeaning(bare);
  const exact = LABELS.find(([label]) => label === word);
  if (exact) return exact[1];
  // 责任单位或牵头单位, 牵头/责任单位: two labels for one column; the one that marks the lead wins.
  const alternatives = word.split(/[或/／]/u);
  if (alternatives.length === 2 && alternatives.every((a) => a.length >= 2)) {
    const meanings = alternatives.map((a) => labelMeaning(a));
    if (meanings.every((m) => m !== undefined)) return meanings.includes('lead') ? 'lead' : meanings[0];
  }
  if (!LABEL_SHAPE.test(word) || EVALUATOR.test(word)) return undefined;
  for (const [pattern, meaning] of SHAPE_MEANINGS) if (pattern.test(word)) return meaning;
  // 市级牵头单位 ends in a known label; anything else names those who do the work.
  return LABELS.find(([label]) => label.length >= 4 && word.endsWith(label))?.[1] ?? 'responsible';
}

/** The shape of a label of units the list does not name: 协同推进部门, 具体承办科室. */
const LABEL_SHAPE = /^[\u4e00-\u9fff]{0,6}(?:单位|部门|处室|科室|股室|机构)$/u;
/** Those who score or check the work (评分部门, 考核单位), not those who do it. */
const EVALUATOR = /评分|考核|考评|评价|评估|统计/;
const SHAPE_MEANINGS: ReadonlyArray<readonly [RegExp, MarkerMeaning]> = [
  [/^(?:牵头|主办|主责|主要责任|总牵头)/, 'lead'],
  [/^(?:配合|协办|协同|协助|协作|参与|参加|协调配合)/, 'supporting'],
  [/^(?:监管|监督|督导|督办|督促|指导)/, 'supervising'],
];

const BY_DUTY = '(?:按照?|根据|依据?)(?:各自)?职责(?:分工)?';

/**
 * Role phrases (角色用语) that end a list of names, tried in order; each pattern is anchored at the
 * end. Order matters: 按照职责分工强化监管 must be tried before 按职责分工落实, and 牵头落实 before
 * 落实. The optional first group captures 分别/共同 (each for its own part).
 *
 * @example
 * MARKERS.find((m) => m.pattern.test('市财政局牵头落实'))?.meaning; //=> 'lead'
 */
export const MARKERS: ReadonlyArray<{ meaning: MarkerMeaning; pattern: RegExp }> = [
  // 牵头督导: the unit leads the work and sees it done — a lead, before 督导 alone reads as supervising.
  { meaning: 'lead', pattern: /(分别|共同)?牵头(?:督导|督办|督促|督查)(?:落实)?$/u },
  {
    meaning: 'supervising',
    pattern: new RegExp(
      `(?:${BY_DUTY})?(分别)?(?:强化|加强|负责|做好|依法|切实)?(?:监督检查|监督指导|指导监督|督促指导|指导督促|督促检查|督促落实|监管|督导|督办|督促|监督)(?:工作)?$`,
      'u',
    ),
  },
  { meaning: 'supporting', pattern: new RegExp(`${BY_DUTY}(分别)?配合(?:落实|做好)?$`, 'u') },
  {
    meaning: 'dutyShare',
    pattern: new RegExp(
      `(?:${BY_DUTY}(分别)?(?:抓好落实|负责落实|组织实施|落实|负责|实施|推进|办理)?|各司其职|各负其责)$`,
      'u',
    ),
  },
  {
    meaning: 'lead',
    pattern:
      /(?:(分别|共同)?(?:牵头|主办)(?:抓总|组织实施|负责落实|落实|负责|办理|实施|推进|组织)?|为牵头(?:单位|部门))$/u,
  },
  {
    meaning: 'supporting',
    pattern:
      /(?:(分别|共同)?(?:配合|协助|协同|参与|协办)(?:落实|负责|实施|推进|做好|办理)?|为(?:配合|协同|协办|参与)(?:单位|部门))$/u,
  },
  {
    meaning: 'responsible',
    pattern: /(?:(分别|共同|具体)?(?:负责落实|抓好落实|组织实施|负责|落实|承办|实施)|为责任(?:单位|部门))$/u,
  },
  // A verb the list above does not know, after 牵头 or 按职责分工, still says the role: plans write
  // 牵头抓好 or 按职责分工推动, and mirror sites rewrite 负责 as 卖力 (牵头卖力).
  { meaning: 'lead', pattern: /(分别|共同)?牵头(?!单位|部门|领导)[\u4e00-\u9fff]{2}$/u },
  { meaning: 'dutyShare', pattern: new RegExp(`${BY_DUTY}(分别)?[\u4e00-\u9fff]{2}$`, 'u') },
];

/**
 * `会同` (会同): `A会同B负责` — A leads, B works with it.
 *
 * @example
 * '市财政局会同市审计局负责'.indexOf(JOINT); //=> 4
 */
export const JOINT = '会同';

/**
 * `下同` / `以下同` (下同): the clause carries over to the following tasks.
 *
 * @example
 * CARRY_OVER.test('下同'); //=> true
 */
export const CARRY_OVER = /^(?:以下同|以下均同|下同)$/u;

/**
 * Words before the names that carry no role (前置词): 由市财政局牵头.
 *
 * @example
 * NAME_PREFIX.exec('由市财政局')?.[0]; //=> '由'
 */
export const NAME_PREFIX = /^(?:由|请)/u;

/**
 * A closing `等部门` / `等市直单位` after a list (等). The tail may not contain 等 itself, so the 等
 * of 市高等教育局 is not taken for one.
 *
 * @example
 * ETC_TAIL.exec('市国资委等部门')?.[0]; //=> '等部门'
 * ETC_TAIL.exec('就业指导中心等有关处室(单位)')?.[0]; //=> '等有关处室(单位)'
 */
export const ETC_TAIL = /等(?:[^等、，,]{0,12}?(?:部门|单位|机构|处室|科室)(?:[(（][^()（）]{1,6}[)）])?)?$/u;

/**
 * Endings of unit names (单位名称词尾): 局、委、办、政府、中心 … (试行 and 市场 are not units).
 *
 * @example
 * UNIT_ENDING.test('市财政局'); //=> true
 */
export const UNIT_ENDING =
  /(?:[局委办室厅部院会府所站队处科股组司馆校社团区县市镇乡村关署庭联协]|[银分支]行|人行|电视台|电台|[农林牧渔]场|中心|单位|部门|机构|公司|集团|街道|大学|学院|系统|企业|片区|社区|专班|[产工农]业园|物流园|科技园|创业园)$/u;

/**
 * The shape of group names (单位组): 各区政府, 市直各单位, 市政府各部门, 有关部门 …
 *
 * @example
 * GROUP_SHAPE.test('市政府各部门'); //=> true
 */
export const GROUP_SHAPE =
  /^(?:各|[省市区县镇]各|全市|全区|全县|有关|相关|其[他它]|所属)|各(?:有关|相关|直属)?(?:单位|部门|科室|处室|成员单位|机构|区|县|镇|乡|街道)|(?:成员单位|有关单位|有关部门|相关单位|相关部门)$/u;

/**
 * Vague groups (泛指单位): 有关部门, 相关单位, 各有关单位 — the plan does not say who.
 *
 * @example
 * VAGUE_GROUP.test('其他有关部门'); //=> true
 */
export const VAGUE_GROUP = /(?:^(?:其[他它])?|各|直|市|区|县)(?:有关|相关)|(?:有关|相关)(?:单位|部门|机构)$/u;

/**
 * Territorial groups (属地单位组): 各县（市、区）政府, 各区政府, 各街道（功能区）, 各镇 …
 *
 * @example
 * TERRITORIAL_GROUP.test('各街道（功能区）'); //=> true
 */
export const TERRITORIAL_GROUP = /^各(?:县|区|市|镇|乡|街道|地|村|社区|功能区|开发区|园区)/u;

/**
 * Statements of plan-level conventions in a notice (通知中的约定).
 *
 * @example
 * CONVENTION_STATEMENTS[0]?.convention; //=> 'firstListedLeads'
 */
export const CONVENTION_STATEMENTS: ReadonlyArray<{
  convention: 'firstListedLeads' | 'responsibleLeadsWhenNoLead';
  pattern: RegExp;
}> = [
  {
    convention: 'firstListedLeads',
    pattern:
      /(?:(?:(?:列|排)(?:在|于)?|排名)(?:第一|首|第1)(?:位|个|名)?(?:的|者)?(?:单位|部门)?|(?:首位|第一|第一个|第一位|排名第一的?|排首位的?)(?:责任|落实)?(?:单位|部门))(?:为|是|作为)(?:牵头|主办|主责)(?:或汇总)?(?:单位|部门)|由(?:排名|列|排)(?:在|于)?(?:首位|第一位?|第1位)的?(?:单位|部门)(?:牵头|主办)/gu,
  },
  {
    convention: 'responsibleLeadsWhenNoLead',
    pattern:
      /(?:无|没有|未(?:明确|确定|标明|注明|列明)?)(?:牵头|主办)(?:单位|部门)的?[,，]?(?:各|所列)?(?:责任|落实)(?:单位|部门)(?:即|均|都|同时)?(?:为|是|作为)牵头(?:单位|部门)/gu,
  },
];
