/**
 * Messages of the importer's assembly, prose reader and sources (see define.ts): Chinese first,
 * English beside it.
 */
import { layoutNames } from '../labels';
import { defineMessages } from './define';
import { type ZipFacts, zipDetail } from './files';
import { MODEL_MESSAGES, type SchemaIssue } from './model';
import { sayPath } from './places';
import { ROLE_UNITS_ZH, type RoleWord } from './roles';

const LEVELS = ['', '一、', '（一）', '1.', '（1）'];
const CELL_ZH = { units: '落实单位', deadline: '完成时限', text: '具体要求' } as const;
type Cell = keyof typeof CELL_ZH;

/** A duty of the covering notice: who (every unit, every unit of a role, or the units named) does what. */
type DutyFacts = {
  number: number;
  actor: 'everyUnit' | 'role' | 'units';
  role?: RoleWord;
  units?: string;
  action: string;
};
const actorZh = (p: DutyFacts) =>
  p.actor === 'everyUnit'
    ? '各单位'
    : p.actor === 'role'
      ? `各${ROLE_UNITS_ZH[p.role ?? 'lead']}`
      : (p.units ?? '');
const actorEn = (p: DutyFacts) =>
  p.actor === 'everyUnit' ? 'every unit' : p.actor === 'role' ? `every ${p.role} unit` : (p.units ?? '');

/** A path as a diagnostic's params hold it (`tasks.3.units`), as keys and positions again. */
const keys = (path: string) => path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));

/** A layout by its name (PDF 表格 · PDF table), not its code: the reader is shown words. */
const layoutZh = (layout: string) => (layoutNames.zh as Readonly<Record<string, string>>)[layout] ?? layout;
const layoutEn = (layout: string) => (layoutNames.en as Readonly<Record<string, string>>)[layout] ?? layout;

/** Two layouts read the document about as well: the one taken and the other. */
type LayoutUncertain = {
  layout: string;
  tasks: number;
  score: string;
  other: string;
  otherTasks: number;
  otherScore: string;
};

export const IMPORT_MESSAGES = defineMessages({
  traditional: {
    'zh-CN': () => '原文为繁体字：按简体副本识读，方案保留原文字形',
    en: () =>
      'the text is in traditional characters: it is read through a simplified copy, and the plan keeps the characters as written',
  },
  pinyin: {
    'zh-CN': (p: { count: number }) =>
      `原文在 ${p.count} 处字后标注了拼音（如“基礎(chǔ)”）：识读时略去，方案保留原文`,
    en: (p: { count: number }) =>
      `the text carries pinyin after ${p.count} characters (such as “基礎(chǔ)”): it is passed over in reading, and the plan keeps it as written`,
  },
  'no-table': {
    'zh-CN': (p: { header: boolean }) =>
      p.header
        ? '找到了表头，但表头下没有带编号的任务'
        : '没有找到任务表（工作任务/具体要求/落实单位/完成时限），也没有找到写明落实单位的编号任务',
    en: (p: { header: boolean }) =>
      p.header
        ? 'a table header was found but no numbered task under it'
        : 'no table of tasks (工作任务/具体要求/落实单位/完成时限) and no numbered tasks with units were found',
  },
  'layout-uncertain': {
    'zh-CN': (p: LayoutUncertain) =>
      `按“${layoutZh(p.layout)}”版式读出 ${p.tasks} 项任务（得分 ${p.score}）；按“${layoutZh(p.other)}”版式读出 ${p.otherTasks} 项（得分 ${p.otherScore}）：两种读法接近，请核对任务`,
    en: (p: LayoutUncertain) =>
      `read as ${layoutEn(p.layout)} (${p.tasks} tasks, score ${p.score}); read as ${layoutEn(p.other)} it gives ${p.otherTasks} tasks (score ${p.otherScore}): check the tasks`,
  },
  layout: {
    'zh-CN': (p: { layout: string; asked: boolean; headerLine?: number; readings: number }) =>
      `版式 ${layoutZh(p.layout)}${p.asked ? '（按指定）' : p.headerLine !== undefined ? `（表头在第 ${p.headerLine} 行）` : ''}${p.readings > 1 ? `，${p.readings} 种读法中得分最高` : ''}`,
    en: (p: { layout: string; asked: boolean; headerLine?: number; readings: number }) =>
      `layout ${layoutEn(p.layout)}${p.asked ? ' (as asked)' : p.headerLine !== undefined ? ` (table header at line ${p.headerLine})` : ''}${p.readings > 1 ? ` — the best of ${p.readings} readings` : ''}`,
  },
  title: {
    'zh-CN': (p: { line: number }) => `方案标题取自第 ${p.line} 行`,
    en: (p: { line: number }) => `plan title from line ${p.line}`,
  },
  'numbered-fallback': {
    'zh-CN': (p: { tasks: number; line: number; missing: number }) =>
      `没有找到任务表，其他读法也没有读出任务：从第 ${p.line} 行起按编号读出 ${p.tasks} 项任务，请逐项核对${p.missing > 0 ? `；其中 ${p.missing} 项没有找到落实单位，请填写` : ''}`,
    en: (p: { tasks: number; line: number; missing: number }) =>
      `no table of tasks was found and no other reading gave tasks: ${p.tasks} numbered items from line ${p.line} are read as tasks — check each one${p.missing > 0 ? `; ${p.missing} have no units found: fill them in` : ''}`,
  },
  'sentence-tasks': {
    'zh-CN': (p: { tasks: number; line: number }) =>
      `没有找到任务表或编号的任务：从第 ${p.line} 行起，把以单位为主语的 ${p.tasks} 个句子读作任务（按出现顺序编号），请逐项核对`,
    en: (p: { tasks: number; line: number }) =>
      `no table of tasks and no numbered tasks were found: from line ${p.line}, ${p.tasks} sentences whose subject is units are read as tasks (numbered in order) — check each one`,
  },
  'spaced-table': {
    'zh-CN': (p: { line: number; rows: number; columns: number }) =>
      `第 ${p.line} 行表头下的 ${p.rows} 行以空格分隔单元格：每行按“编号 + 具体要求 + 末尾 ${p.columns} 个单元格”拆分，请核对单元格的分界`,
    en: (p: { line: number; rows: number; columns: number }) =>
      `the ${p.rows} rows under the header at line ${p.line} separate their cells by spaces: each is split as number + requirement + the last ${p.columns} cell(s) — check where the cells divide`,
  },
  'cells-realigned': {
    'zh-CN': (p: { line: number; cells: string }) =>
      `第 ${p.line} 行单元格数与表头列数相同，但 ${p.cells} 与前一单元格同属一列（多出的名称或零散单元格），其后的单元格按内容归列，请核对`,
    en: (p: { line: number; cells: string }) =>
      `line ${p.line} has as many cells as the header has columns, but ${p.cells} share(s) a column with the cell before (a second name or a stray cell); the cells after it are placed by what they hold; please check`,
  },
  'cell-stray': {
    'zh-CN': (p: { line: number; cell: string }) =>
      `第 ${p.line} 行的单元格“${p.cell}”不属于表头的任何一列（夹在落实单位与其后的单元格之间），未读入，请对照原件核对`,
    en: (p: { line: number; cell: string }) =>
      `line ${p.line}: the cell “${p.cell}” belongs to none of the header's columns (it stands between the units and the cells after them); not read, please check against the original`,
  },
  'spaced-table-units': {
    'zh-CN': (p: { line: number; rows: number; subRows: number }) =>
      `第 ${p.line} 行表头下的 ${p.rows} 行以空格分隔单元格：每行以落实单位为界，之前为任务，之后依次为表头中其后各列${p.subRows > 0 ? `；没有编号的 ${p.subRows} 行视为其上一行的子行并入该行` : ''}，请核对单元格的分界`,
    en: (p: { line: number; rows: number; subRows: number }) =>
      `the ${p.rows} rows under the header at line ${p.line} separate their cells by spaces: each is split at its unit — the task before it, the header's later columns after it${p.subRows > 0 ? `; ${p.subRows} line(s) without a number are read as sub-rows of the row above` : ''} — check where the cells divide`,
  },
  'excerpt-cut': {
    'zh-CN': (p: { line: number; task?: number }) =>
      `原文在第 ${p.line} 行处截断（摘录不全）${p.task !== undefined ? `：第 ${p.task} 项任务只读到截断处，可能不完整` : ''}`,
    en: (p: { line: number; task?: number }) =>
      `the excerpt stops partway at line ${p.line}${p.task !== undefined ? `: task ${p.task} is read up to the cut and may be incomplete` : ''}`,
  },
  'excerpt-cut/fragment': {
    'zh-CN': (p: { task: number; line: number; fragment: string }) =>
      `第 ${p.task} 项任务落实单位在第 ${p.line} 行处被截断：末尾的“${p.fragment}”不完整，未读作单位，请对照原件补全`,
    en: (p: { task: number; line: number; fragment: string }) =>
      `task ${p.task}: the units cell is cut at line ${p.line}: the last piece “${p.fragment}” is incomplete and is not read as a unit — complete it from the original`,
  },
  'excerpt-cut/stub': {
    'zh-CN': (p: { task: number; line: number; stub: string }) =>
      `第 ${p.task} 项任务末尾的“${p.stub}”在第 ${p.line} 行处截断，是下一段的开头：未读入具体要求，请对照原件`,
    en: (p: { task: number; line: number; stub: string }) =>
      `task ${p.task}: “${p.stub}” at its end, cut at line ${p.line}, begins the next passage: it is not read into the requirement; check the original`,
  },
  'excerpt-cut/label': {
    'zh-CN': (p: { line: number; text: string }) =>
      `第 ${p.line} 行末尾的“${p.text}”在截断处中断，看不到一个完整的单位名称：未读入具体要求，也不作为落实单位`,
    en: (p: { line: number; text: string }) =>
      `the end of line ${p.line}, “${p.text}”, is cut by the end of the excerpt before any whole unit name: it is read neither into the requirement nor as units`,
  },
  'excerpt-cut/cell': {
    'zh-CN': (p: { task: number; line: number; cell: 'units' | 'deadline' }) =>
      `第 ${p.task} 项任务在第 ${p.line} 行处被截断，看不到它自己的${CELL_ZH[p.cell]}单元格：不沿用上一项的`,
    en: (p: { task: number; line: number; cell: 'units' | 'deadline' }) =>
      `task ${p.task} is cut at line ${p.line} before its own ${p.cell} cell: the cell of the task above is not carried over`,
  },
  'no-title': {
    'zh-CN': () => '没有找到方案标题：暂用“未命名方案”',
    en: () => 'no plan title found: “未命名方案” is used',
  },
  'issued-from-printed': {
    'zh-CN': (p: { printed: string }) => `没有找到成文日期：暂用印发日期 ${p.printed}`,
    en: (p: { printed: string }) => `no date of issue found: the printing date ${p.printed} is used`,
  },
  'no-issue-date': {
    'zh-CN': (p: { issued: string }) =>
      `没有找到成文日期：${p.issued} 只是占位，请在方案文件中填写成文日期（meta 下的 issued）`,
    en: (p: { issued: string }) =>
      `no date of issue (成文日期) found: ${p.issued} is a placeholder — set meta.issued`,
  },
  'invalid-issue-date': {
    'zh-CN': (p: { issued: string }) => `“${p.issued}”不是 YYYY-MM-DD 格式的日期：暂用 2000-01-01 占位`,
    en: (p: { issued: string }) => `“${p.issued}” is not a YYYY-MM-DD day: 2000-01-01 is a placeholder`,
  },
  convention: {
    'zh-CN': (p: { text: string; convention: string; where: 'plan' | 'header' }) =>
      `${p.where === 'header' ? '表头' : '方案'}写明“${p.text}”：已设置约定 conventions.${p.convention}`,
    en: (p: { text: string; convention: string; where: 'plan' | 'header' }) =>
      `the ${p.where === 'header' ? 'table header' : 'plan'} states “${p.text}”: conventions.${p.convention} is set`,
  },
  'convention-from-task': {
    'zh-CN': (p: { task: number }) =>
      `第 ${p.task} 项任务的落实单位写明“列第一位的为牵头单位”，适用于该项及其后各项：已设置 conventions.firstListedLeadsFrom = ${p.task}`,
    en: (p: { task: number }) =>
      `task ${p.task}'s units cell states 列第一位的为牵头单位 for itself and the tasks after it: conventions.firstListedLeadsFrom is ${p.task}`,
  },
  'text-missing': {
    'zh-CN': (p: { task: number }) => `第 ${p.task} 项任务没有具体要求`,
    en: (p: { task: number }) => `task ${p.task} has no text`,
  },
  'units-placeholder': {
    'zh-CN': (p: { task: number; placeholder: string }) =>
      `第 ${p.task} 项任务没有找到落实单位：“${p.placeholder}”只是占位`,
    en: (p: { task: number; placeholder: string }) =>
      `task ${p.task}: no units found — “${p.placeholder}” is a placeholder`,
  },
  renumbered: {
    'zh-CN': (p: { count: number }) => `任务编号缺失或重复：${p.count} 项任务按顺序编为 1–${p.count}`,
    en: (p: { count: number }) =>
      `task numbers are missing or repeated: the ${p.count} tasks are numbered 1–${p.count} in order`,
  },
  'renumbered/restart': {
    'zh-CN': (p: { count: number }) =>
      `各标题下任务编号重新从 1 开始：${p.count} 项任务按顺序编为 1–${p.count}`,
    en: (p: { count: number }) =>
      `task numbers restart under each heading: the ${p.count} tasks are numbered 1–${p.count} in order`,
  },
  /** What the responsibility or deadline reader says about one task's cell, said in both languages. */
  'cell-notice': {
    'zh-CN': (p: { task: number; cell: Cell; said: string; saidEn: string }) =>
      `第 ${p.task} 项任务${CELL_ZH[p.cell]}：${p.said}`,
    en: (p: { task: number; cell: Cell; said: string; saidEn: string }) =>
      `task ${p.task} ${p.cell}: ${p.saidEn}`,
  },
  'invalid-import': {
    'zh-CN': (p: { path: string; issue: SchemaIssue }) =>
      `导入的方案中${sayPath(keys(String(p.path)))}未通过校验：${(MODEL_MESSAGES[p.issue] ?? MODEL_MESSAGES['invalid-value'])['zh-CN']()}`,
    en: (p: { path: string; issue: SchemaIssue }) =>
      `the imported plan does not validate at ${p.path}: ${(MODEL_MESSAGES[p.issue] ?? MODEL_MESSAGES['invalid-value']).en()}`,
  },
  // The prose reader.
  'prose-levels': {
    'zh-CN': (p: { taskLevel: number; categoryLevel?: number }) =>
      `以“${LEVELS[p.taskLevel]}”编号的段落为任务${p.categoryLevel ? `，以“${LEVELS[p.categoryLevel]}”编号的标题为类别` : ''}`,
    en: (p: { taskLevel: number; categoryLevel?: number }) =>
      `paragraphs numbered ${LEVELS[p.taskLevel]} are tasks${p.categoryLevel ? `, headings numbered ${LEVELS[p.categoryLevel]} are categories` : ''}`,
  },
  'not-tasks': {
    'zh-CN': (p: { name: string; lines: string }) =>
      `“${p.name}”（第 ${p.lines} 行）下没有段落写明落实单位，不作为任务`,
    en: (p: { name: string; lines: string }) =>
      `“${p.name}” (line ${p.lines}): no paragraph under it names units, so it holds no tasks`,
  },
  'no-category': {
    'zh-CN': () => '第一个类别之前的任务归入“未分类”',
    en: () => 'tasks before the first heading are put under “未分类”',
  },
  'lost-marks': {
    'zh-CN': (p: { count: number }) =>
      `原文许多行的单元格和人名末尾带有网站转载时留下的“?”（丢失的字符）：这 ${p.count} 个“?”按空白处理`,
    en: (p: { count: number }) =>
      `many lines carry a “?” a mirror site left for a lost character at the end of cells and names: these ${p.count} marks are read as blanks`,
  },
  'jammer-dropped': {
    'zh-CN': (p: { count: number }) =>
      `原文夹有论坛防复制的乱码（如“Y3 J/ M3”）：这 ${p.count} 段乱码未计入任务内容，请对照原文核对`,
    en: (p: { count: number }) =>
      `the text carries a forum's anti-copy filler (such as “Y3 J/ M3”): these ${p.count} runs are left out of the tasks; please check against the original`,
  },
  'site-pages-joined': {
    'zh-CN': (p: { count: number }) =>
      `原文是文档分享站的分页预览，每页截取等长的一段文字并标有页码（“1、”“2、”…）：这 ${p.count} 页按一段连续文字读取，页码未计入任务，请对照原文核对`,
    en: (p: { count: number }) =>
      `the text is a document-sharing site's preview, cut into slices of one length each after its page's mark (“1、”, “2、”…): these ${p.count} pages are read as one text without the marks; please check against the original`,
  },
  'units-in-sentence': {
    'zh-CN': (p: { number: number; units: string }) =>
      `第 ${p.number} 项没有责任单位栏，落实单位取自句中的“${p.units}”，句中其他单位未计入，请核对`,
    en: (p: { number: number; units: string }) =>
      `item ${p.number} has no units field; its units are taken from the sentence: “${p.units}”; other units in the text are not counted; please check`,
  },
  'units-for-items': {
    'zh-CN': (p: { from: number; to: number; units: string; sentence: string }) =>
      p.from === p.to
        ? `第 ${p.to} 项的落实单位取自其后的说明“${p.sentence}”：${p.units}；说明不计入任务内容，请核对`
        : `第 ${p.from}–${p.to} 项的落实单位取自其后的说明“${p.sentence}”：${p.units}；说明不计入任务内容，请核对`,
    en: (p: { from: number; to: number; units: string; sentence: string }) =>
      p.from === p.to
        ? `item ${p.to}'s units are taken from the note after it, “${p.sentence}”: ${p.units}; the note is not part of the task's text; please check`
        : `items ${p.from}–${p.to} take their units from the note after them, “${p.sentence}”: ${p.units}; the note is not part of the tasks' text; please check`,
  },
  'heading-units': {
    'zh-CN': (p: { heading: string; units: string; tasks: number }) =>
      `小标题“${p.heading}”是单位名称：其下 ${p.tasks} 项没有写落实单位的任务记为 ${p.units} 负责，请核对`,
    en: (p: { heading: string; units: string; tasks: number }) =>
      `the sub-heading “${p.heading}” is a unit's name: the ${p.tasks} tasks under it that name no unit are given to ${p.units}; please check`,
  },
  'title-units': {
    'zh-CN': (p: { title: string; units: string; tasks: number }) =>
      `各项任务都没有写落实单位，标题“${p.title}”以单位名称开头：${p.tasks} 项任务记为 ${p.units} 负责，请核对`,
    en: (p: { title: string; units: string; tasks: number }) =>
      `no task names its units and the title “${p.title}” opens with a unit's name: the ${p.tasks} tasks are given to ${p.units}; please check`,
  },
  'section-units': {
    'zh-CN': (p: { sentence: string; units: string; tasks: number }) =>
      `该部分开头“${p.sentence}”写明由 ${p.units} 落实：其下 ${p.tasks} 项没有写落实单位的任务记为 ${p.units} 负责，请核对`,
    en: (p: { sentence: string; units: string; tasks: number }) =>
      `the section opens with “${p.sentence}”: the ${p.tasks} tasks under it that name no unit are given to ${p.units}; please check`,
  },
  'leaders-above': {
    'zh-CN': (p: { label: string; leaders: string; line: number; tasks: number }) =>
      `第 ${p.line} 行“${p.label}：${p.leaders}”写在表格之上，记为全部 ${p.tasks} 项任务的领导，请核对`,
    en: (p: { label: string; leaders: string; line: number; tasks: number }) =>
      `line ${p.line} “${p.label}: ${p.leaders}” stands above the table and is taken as the leader of all ${p.tasks} tasks; please check`,
  },
  'heading-lead': {
    'zh-CN': (p: { heading: string; leaders?: string; units?: string; tasks: number }) =>
      p.leaders
        ? `标题“${p.heading}”写明 ${p.leaders} 为其下 ${p.tasks} 项任务的牵头领导`
        : `标题“${p.heading}”写明 ${p.units} 牵头其下 ${p.tasks} 项任务`,
    en: (p: { heading: string; leaders?: string; units?: string; tasks: number }) =>
      p.leaders
        ? `the heading “${p.heading}” names ${p.leaders} as leader of the ${p.tasks} tasks under it`
        : `the heading “${p.heading}” names ${p.units} as lead of the ${p.tasks} tasks under it`,
  },
  'names-run-together': {
    'zh-CN': (p: { task: number; written: string; parted: string }) =>
      `第 ${p.task} 项任务落实单位：“${p.written}”读作两个单位“${p.parted}”（后者在方案别处单独出现，原文缺分隔），请核对`,
    en: (p: { task: number; written: string; parted: string }) =>
      `task ${p.task} units: “${p.written}” read as two units “${p.parted}” (the second stands alone elsewhere in the plan; the copy lost the separator); check it`,
  },
  'unnumbered-items': {
    'zh-CN': (p: { count: number; lines: string }) =>
      `第 ${p.lines} 行的 ${p.count} 个段落没有编号，各自以落实单位标签结尾：按顺序读作第 1–${p.count} 项任务`,
    en: (p: { count: number; lines: string }) =>
      `the ${p.count} paragraphs on lines ${p.lines} carry no numbers, each followed by a units label: read as tasks 1–${p.count} in order`,
  },
  'number-missing': {
    'zh-CN': (p: { number: number; lines: string }) =>
      `第 ${p.lines} 行的段落没有编号，但以落实单位括号结尾，紧跟上一项任务：读作第 ${p.number} 项任务，请核对编号`,
    en: (p: { number: number; lines: string }) =>
      `the paragraph on line ${p.lines} has no number but ends with a units bracket right after a task: read as task ${p.number}; check its number`,
  },
  'number-missing/placed': {
    'zh-CN': (p: { number: number; line: number }) =>
      `第 ${p.line} 行没有编号，但与其他各项一样写作“地点（责任单位：…）：问题”：读作第 ${p.number} 项任务，请核对编号`,
    en: (p: { number: number; line: number }) =>
      `line ${p.line} has no number but is written as the other items are (“place (责任单位: …): problem”): read as task ${p.number}; check its number`,
  },
  'units-bracket': {
    'zh-CN': (p: { task: number }) => `第 ${p.task} 项任务：段末括号内为其落实单位`,
    en: (p: { task: number }) => `task ${p.task}: the bracket at the end of its paragraph is its units cell`,
  },
  'units-brackets-joined': {
    'zh-CN': (p: { task: number; inner: string }) =>
      `第 ${p.task} 项任务：正文中另有一处单位括注“${p.inner}”，与段末括号合并为落实单位，并从正文中移出，请核对`,
    en: (p: { task: number; inner: string }) =>
      `task ${p.task}: a bracket of units inside its text (“${p.inner}”) is read with the bracket at the end as its units cell and taken out of the text; please check`,
  },
  'units-bracket-unclosed': {
    'zh-CN': (p: { task: number; open: string }) =>
      `第 ${p.task} 项任务：段末括号“${p.open}”没有闭合，按落实单位读取`,
    en: (p: { task: number; open: string }) =>
      `task ${p.task}: the bracket “${p.open}” at the end is never closed: read as its units cell`,
  },
  'units-missing': {
    'zh-CN': (p: { task: number; lines: string }) =>
      `第 ${p.task} 项任务（第 ${p.lines} 行）没有写明落实单位`,
    en: (p: { task: number; lines: string }) => `task ${p.task} (line ${p.lines}) names no units`,
  },
  'date-in-text': {
    'zh-CN': (p: { task: number; dates: string }) =>
      `第 ${p.task} 项任务没有单独的完成时限；正文中的 ${p.dates} 不作为完成时限`,
    en: (p: { task: number; dates: string }) =>
      `task ${p.task} has no deadline of its own; its text names ${p.dates}, which is not taken as the deadline`,
  },
  'task/prose': {
    'zh-CN': (p: { task: number; lines: string }) => `第 ${p.task} 项任务：第 ${p.lines} 行的段落`,
    en: (p: { task: number; lines: string }) => `task ${p.task}: paragraph at lines ${p.lines}`,
  },
  // The covering notice.
  requirement: {
    'zh-CN': (p: { number: number; lines: string }) => `工作要求第 ${p.number} 条，取自第 ${p.lines} 行`,
    en: (p: { number: number; lines: string }) =>
      `general requirement ${p.number} (工作要求) read from lines ${p.lines}`,
  },
  duty: {
    'zh-CN': (p: DutyFacts) => `工作要求第 ${p.number} 条中的职责：${actorZh(p)}——${p.action}`,
    en: (p: DutyFacts) => `duty recognised in requirement ${p.number}: ${actorEn(p)} — ${p.action}`,
  },
  // Files.
  'layout/file': {
    'zh-CN': (p: { table: string; row: number; columns: string }) =>
      `版式 ${layoutZh('fileTable')}：${p.table}，表头在第 ${p.row} 行（${p.columns}）`,
    en: (p: { table: string; row: number; columns: string }) =>
      `layout ${layoutEn('fileTable')}: ${p.table}, header at row ${p.row} (${p.columns})`,
  },
  'other-table': {
    'zh-CN': (p: { other: string; table: string }) => `${p.other} 也有任务表头；导入较大的 ${p.table}`,
    en: (p: { other: string; table: string }) =>
      `${p.other} also has a plan header; the larger table, ${p.table}, is imported`,
  },
  'encoding-gb18030': {
    'zh-CN': () => '文件不是 UTF-8 编码：按 GB18030（GBK）读取，即中文 Windows 上 Excel 导出 CSV 所用的编码',
    en: () =>
      'the file is not UTF-8: read as GB18030 (GBK), the encoding Excel uses for CSV on a Chinese Windows',
  },
  'pdf-text': {
    'zh-CN': (p: { ruled: boolean }) =>
      p.ruled ? 'PDF 中没有带任务表头的表格：按阅读顺序读取其文字' : 'PDF 中没有表格线：按阅读顺序读取其文字',
    en: (p: { ruled: boolean }) =>
      p.ruled
        ? 'no ruled table of the PDF has a plan header: its text is read in reading order'
        : 'the PDF has no ruled table: its text is read in reading order',
  },
  'pdf-drawing': {
    'zh-CN': (p: { page: number; max: number }) =>
      `第 ${p.page} 页绘制的线条超过 ${p.max} 条：按文字读取，不作为表格`,
    en: (p: { page: number; max: number }) =>
      `page ${p.page} draws more than ${p.max} lines: read as text, not as a ruled table`,
  },
  'pdf-tables': {
    'zh-CN': (p: { count: number }) => `PDF 中有 ${p.count} 个带表格线的表格`,
    en: (p: { count: number }) => `the PDF has ${p.count} ruled tables`,
  },
  'no-such-sheet': {
    'zh-CN': (p: { wanted: string; sheets: string }) =>
      `工作簿中没有名为“${p.wanted}”的工作表（现有：${p.sheets}）`,
    en: (p: { wanted: string; sheets: string }) =>
      `the workbook has no sheet “${p.wanted}” (it has ${p.sheets})`,
  },
  'file-too-large': {
    'zh-CN': (p: { size: string; max: string }) =>
      `文件大小为 ${p.size}，最多读取 ${p.max}（如确为方案原件，请调高 limits.maxBytes）`,
    en: (p: { size: string; max: string }) =>
      `the file is ${p.size}; at most ${p.max} are read (raise limits.maxBytes if this plan is real)`,
  },
  'too-many-pages': {
    'zh-CN': (p: { pages: number; max: number }) =>
      `PDF 共 ${p.pages} 页，最多读取 ${p.max} 页（如确为方案原件，请调高 limits.maxPages）`,
    en: (p: { pages: number; max: number }) =>
      `the PDF has ${p.pages} pages; at most ${p.max} are read (raise limits.maxPages if this plan is real)`,
  },
  'too-many-cells': {
    'zh-CN': (p: { max: number; where?: string }) =>
      `文件中的表格单元格超过 ${p.max} 个${p.where ? `（${p.where}）` : ''}：一份方案至多几千个；如确为方案原件，请调高 limits.maxCells`,
    en: (p: { max: number; where?: string }) =>
      `the file has more than ${p.max.toLocaleString('en')} table cells${p.where ? ` (${p.where})` : ''}: a plan has a few thousand at most; raise limits.maxCells if this one is real`,
  },
  'unsupported-format': {
    'zh-CN': (p: { kind: 'odf' | 'zip' | 'binary' }) =>
      p.kind === 'odf'
        ? '文件为 OpenDocument 格式（.odt/.ods）：请另存为 .docx 或 .xlsx'
        : p.kind === 'zip'
          ? '文件是 ZIP 压缩包，但不是 Word 文档（.docx）或工作簿（.xlsx）'
          : '文件既不是文本，也不是 .docx、.xlsx、.csv 或 .pdf 文件',
    en: (p: { kind: 'odf' | 'zip' | 'binary' }) =>
      p.kind === 'odf'
        ? 'the file is an OpenDocument file (.odt/.ods): save it as .docx or .xlsx'
        : p.kind === 'zip'
          ? 'the file is a ZIP archive but not a Word document (.docx) or workbook (.xlsx)'
          : 'the file is neither text nor a .docx, .xlsx, .csv or .pdf file',
  },
  'old-office-format': {
    'zh-CN': (p: { kind: 'doc' | 'xls' }) =>
      `文件为旧版 ${p.kind === 'doc' ? 'Word（.doc）' : 'Excel（.xls）'} 二进制格式：请先转换为 ${p.kind === 'doc' ? '.docx' : '.xlsx'}（fengong import 装有 LibreOffice 时会自动转换）`,
    en: (p: { kind: 'doc' | 'xls' }) =>
      `the file is an old binary ${p.kind === 'doc' ? 'Word (.doc)' : 'Excel (.xls)'} file: convert it to ${p.kind === 'doc' ? '.docx' : '.xlsx'} first (fengong import does this with LibreOffice when it is installed)`,
  },
  'bad-pdf': {
    'zh-CN': (p: { password: boolean; detail?: string }) =>
      p.password ? 'PDF 设有密码：请另存一份无密码的副本' : `文件无法作为 PDF 读取（${p.detail ?? ''}）`,
    en: (p: { password: boolean; detail?: string }) =>
      p.password
        ? 'the PDF is protected by a password: save a copy without one'
        : `the file cannot be read as a PDF (${p.detail ?? ''})`,
  },
  'reader-missing': {
    'zh-CN': (p: { kind: string; package: string }) =>
      `读取 ${p.kind} 文件需要 ${p.package}，当前未安装：请在项目中运行 npm install ${p.package} 后重试`,
    en: (p: { kind: string; package: string }) =>
      `reading a ${p.kind} file needs ${p.package}, which is not installed: run npm install ${p.package} in your project and try again`,
  },
  'bad-zip': {
    'zh-CN': (p: ZipFacts) => `文件已损坏，无法作为 .docx/.xlsx 读取（${zipDetail(p, 'zh-CN')}）`,
    en: (p: ZipFacts) => `the file cannot be read as a .docx/.xlsx file (${zipDetail(p, 'en')})`,
  },
  'zip-bomb': {
    'zh-CN': (p: ZipFacts) => `文件解压后异常庞大，拒绝读取（${zipDetail(p, 'zh-CN')}）`,
    en: (p: ZipFacts) => `the file unpacks to far more than a plan could hold (${zipDetail(p, 'en')})`,
  },
  'hidden-sheet': {
    'zh-CN': (p: { sheet: string }) => `工作表“${p.sheet}”已隐藏：不读取`,
    en: (p: { sheet: string }) => `sheet “${p.sheet}” is hidden: not read`,
  },
  'date-cells': {
    'zh-CN': (p: { column: string; sheet: string }) =>
      `工作表“${p.sheet}”的 ${p.column} 列为日期（日期格式的数字）：写作“2022年6月30日”的形式`,
    en: (p: { column: string; sheet: string }) =>
      `column ${p.column} of sheet “${p.sheet}” holds dates (numbers in a date format): they are written as 2022年6月30日`,
  },
  // The review (导入核对) printed by `fengong import --review`.
  'review-summary': {
    'zh-CN': (p: { layout: string; tasks: number; categories: number; spots: number }) =>
      `版式 ${layoutZh(p.layout)} · ${p.categories} 个类别共 ${p.tasks} 项任务 · ${p.spots} 处待核对`,
    en: (p: { layout: string; tasks: number; categories: number; spots: number }) =>
      `layout ${layoutEn(p.layout)} · ${p.tasks} tasks in ${p.categories} categories · ${p.spots} ${p.spots === 1 ? 'spot' : 'spots'} to check`,
  },
  // The head of a plan written as YAML by `fengong import -o` (its first comment lines).
  'yaml-imported': {
    'zh-CN': (p: { source: string; layout: string }) =>
      `由 fengong 从 ${p.source || '原文'} 导入（版式 ${layoutZh(p.layout)}）。`,
    en: (p: { source: string; layout: string }) =>
      `imported by fengong from ${p.source || 'the document'} (layout ${layoutEn(p.layout)}).`,
  },
  'yaml-check': {
    'zh-CN': () => '标有“check:”的注释是导入时没有把握之处：请对照所注的原文行核对。',
    en: () =>
      'comments marked “check:” are where the import was unsure: check them against the source lines named.',
  },
  // Where a `# check:` comment's finding rests: its source lines, how sure the importer is.
  'yaml-where': {
    'zh-CN': (p: { lines?: string; confidence?: number }) =>
      `（${[p.lines ? `原文第 ${p.lines} 行` : '', p.confidence !== undefined ? `把握 ${p.confidence}` : ''].filter(Boolean).join('，')}）`,
    en: (p: { lines?: string; confidence?: number }) =>
      ` (${[p.lines ? `source lines ${p.lines}` : '', p.confidence !== undefined ? `confidence ${p.confidence}` : ''].filter(Boolean).join(', ')})`,
  },
  'review-nothing': {
    'zh-CN': () => '未导入任何内容',
    en: () => 'nothing imported',
  },
  'review-confidence': {
    'zh-CN': (p: { confidence: number }) => `把握 ${p.confidence}`,
    en: (p: { confidence: number }) => `confidence ${p.confidence}`,
  },
  'review-line': {
    'zh-CN': (p: { lines: string }) => `第 ${p.lines} 行`,
    en: (p: { lines: string }) => `line ${p.lines}`,
  },
});
