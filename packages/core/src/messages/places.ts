/**
 * Where in a file (文件中的位置): the words for each field of a plan, a unit registry and a ledger
 * entry, so that a diagnostic's path (`['tasks', 3, 'units']`) is said as a place a person reads —
 * 第 4 项任务的落实单位 — rather than as the model's keys. `place/field/<key>` names a field by its
 * key path without positions (`tasks.units`); `place/item/<key>` names one element of a list
 * (`第 {n} 项任务`). {@link sayPath} puts them together. Chinese first (see define.ts).
 */
import { defineMessages, type Locale, type MessageEntry } from './define';

type Words = readonly [zh: string, en: string];

/** Each field by its key path (positions left out): plans, then registries, then ledger entries. */
const FIELDS = {
  $schema: ['模式声明', 'schema'],
  // a plan
  meta: ['方案信息', 'plan details'],
  'meta.title': ['方案标题', 'title'],
  'meta.noticeTitle': ['通知标题', 'notice title'],
  'meta.documentNumber': ['文号', 'document number'],
  'meta.issuer': ['发文机关', 'issuer'],
  'meta.issued': ['成文日期', 'date of issue'],
  'meta.addressees': ['主送机关', 'addressees'],
  'meta.parentDocuments': ['依据文件', 'documents implemented'],
  'meta.parentDocuments.number': ['文号', 'document number'],
  'meta.parentDocuments.title': ['标题', 'title'],
  'meta.parentDocuments.issuer': ['发文机关', 'issuer'],
  'meta.disclosure': ['公开方式', 'disclosure'],
  'meta.cc': ['抄送机关', 'copied to'],
  'meta.printedBy': ['印发机关', 'printed by'],
  'meta.printed': ['印发日期', 'printing date'],
  registry: ['单位名录文件', 'registry file'],
  conventions: ['解读约定', 'conventions'],
  'conventions.monthBefore': ['“某月前”的读法', 'reading of “X月前”'],
  'conventions.dayBeforeInclusive': ['“某日前”是否含当日', 'whether “X月X日前” includes the day'],
  'conventions.firstListedLeads': ['“列第一位的为牵头单位”', 'first listed leads'],
  'conventions.firstListedLeadsFrom': ['“列第一位的为牵头单位”的起始任务', 'first listed leads from task'],
  'conventions.responsibleLeadsWhenNoLead': [
    '“无牵头单位的，责任单位即为牵头单位”',
    'responsible units lead when no lead',
  ],
  'conventions.dueSoonDays': ['临近到期天数', 'days due soon'],
  'conventions.dueSoonDays.day': ['按日的时限', 'deadlines by day'],
  'conventions.dueSoonDays.month': ['按月的时限', 'deadlines by month'],
  requirements: ['总体要求', 'general requirements'],
  'requirements.number': ['编号', 'number'],
  'requirements.text': ['内容', 'text'],
  'requirements.duties': ['职责', 'duties'],
  'requirements.duties.actor': ['责任主体', 'actor'],
  'requirements.duties.actor.kind': ['主体类型', 'kind of actor'],
  'requirements.duties.actor.role': ['角色', 'role'],
  'requirements.duties.actor.units': ['单位', 'units'],
  'requirements.duties.action': ['事项', 'action'],
  'requirements.duties.recipient': ['报送对象', 'recipient'],
  'requirements.duties.deadline': ['时限', 'deadline'],
  'requirements.duties.scope': ['范围', 'scope'],
  categories: ['类别', 'categories'],
  'categories.name': ['名称', 'name'],
  'categories.description': ['说明', 'description'],
  tasks: ['任务', 'tasks'],
  'tasks.number': ['任务编号', 'number'],
  'tasks.category': ['类别', 'category'],
  'tasks.text': ['具体要求', 'requirement'],
  'tasks.units': ['落实单位', 'units'],
  'tasks.deadline': ['完成时限', 'deadline'],
  'tasks.leaders': ['分管领导', 'leaders'],
  'tasks.overrides': ['人工认定', 'overrides'],
  'tasks.overrides.roles': ['角色', 'roles'],
  'tasks.overrides.roles.lead': ['牵头单位', 'lead'],
  'tasks.overrides.roles.responsible': ['负责单位', 'responsible'],
  'tasks.overrides.roles.supporting': ['配合单位', 'supporting'],
  'tasks.overrides.roles.supervising': ['监管单位', 'supervising'],
  'tasks.overrides.deadline': ['认定的截止日', 'deadline'],
  'tasks.overrides.reason': ['认定理由', 'reason'],
  'tasks.note': ['备注', 'note'],
  // a task by its number, as the readings of a plan name it (`['task', 26, 'units']`)
  task: ['任务编号', 'task'],
  'task.units': ['落实单位', 'units'],
  'task.deadline': ['完成时限', 'deadline'],
  // a unit registry
  government: ['所属政府', 'government'],
  units: ['单位', 'units'],
  'units.name': ['名称', 'name'],
  'units.fullName': ['全称', 'full name'],
  'units.aliases': ['别名', 'aliases'],
  'units.kind': ['单位类型', 'kind'],
  groups: ['单位组', 'groups'],
  'groups.name': ['名称', 'name'],
  'groups.aliases': ['别名', 'aliases'],
  'groups.territorial': ['属地', 'territorial'],
  'groups.members': ['成员单位', 'members'],
  'groups.memberKinds': ['成员单位类型', 'member kinds'],
  'groups.vague': ['泛指', 'vague'],
  // a ledger entry
  entry: ['记录', 'entry'],
  id: ['记录编号', 'id'],
  plan: ['所属方案', 'plan'],
  unit: ['填报单位', 'unit'],
  date: ['填报日期', 'date'],
  state: ['完成情况', 'state'],
  reason: ['无法完成的原因', 'reason'],
  note: ['进展情况', 'note'],
  remark: ['备注', 'remark'],
  evidence: ['佐证材料', 'evidence'],
  author: ['填报人', 'author'],
  phone: ['联系电话', 'phone'],
  responsiblePerson: ['责任人', 'responsible person'],
  contact: ['联系人', 'contact'],
  recordedAt: ['记录时间', 'recorded at'],
  supersedes: ['更正记录', 'supersedes'],
  source: ['来源', 'source'],
} as const satisfies Record<string, Words>;

/**
 * One element of a list, by its position (`n` counts from 1), or by its own number or id where
 * the list is named by it (`task`, `entry`).
 */
const ITEMS = {
  tasks: ['第 {n} 项任务', 'task {n}'],
  task: ['第 {n} 项任务', 'task {n}'],
  categories: ['第 {n} 个类别', 'category {n}'],
  requirements: ['第 {n} 条总体要求', 'requirement {n}'],
  'requirements.duties': ['第 {n} 项职责', 'duty {n}'],
  'meta.parentDocuments': ['第 {n} 份依据文件', 'document {n}'],
  units: ['第 {n} 个单位', 'unit {n}'],
  groups: ['第 {n} 个单位组', 'group {n}'],
  entry: ['记录 {n}', 'entry {n}'],
} as const satisfies Record<string, Words>;

/** The key paths of the fields the catalogue names (`tasks.units`, `meta.issued`, …). */
export type FieldPath = keyof typeof FIELDS;
/** The key paths of the lists whose elements the catalogue names (`tasks`, `units`, …). */
export type ItemPath = keyof typeof ITEMS;

const fieldEntries = Object.fromEntries(
  Object.entries(FIELDS).map(([key, [zh, en]]) => [
    `place/field/${key}`,
    { 'zh-CN': () => zh, en: () => en },
  ]),
) as unknown as { [K in FieldPath as `place/field/${K}`]: MessageEntry<Record<string, never>> };

const itemEntries = Object.fromEntries(
  Object.entries(ITEMS).map(([key, [zh, en]]) => [
    `place/item/${key}`,
    {
      'zh-CN': (p: { n: number | string }) => zh.replace('{n}', String(p.n)),
      en: (p: { n: number | string }) => en.replace('{n}', String(p.n)),
    },
  ]),
) as unknown as { [K in ItemPath as `place/item/${K}`]: MessageEntry<{ n: number | string }> };

export const PLACES_MESSAGES = defineMessages({
  ...fieldEntries,
  ...itemEntries,
});

/**
 * Is `key` a field the catalogue names?
 *
 * @example
 * isFieldPath('tasks.units'); //=> true
 */
export const isFieldPath = (key: string): key is FieldPath => Object.hasOwn(FIELDS, key);

/**
 * Is `key` a list whose elements the catalogue names?
 *
 * @example
 * isItemPath('tasks'); //=> true
 */
export const isItemPath = (key: string): key is ItemPath => Object.hasOwn(ITEMS, key);

const NTH: Words = ['{what}第 {n} 项', '{what} {n}'];
const OF: Words = ['{outer}的{inner}', '{outer}, {inner}'];
const KEY: Words = ['“{key}”', '“{key}”'];

/**
 * A document path said as a place a person reads (文件中的位置), from the catalogue's words for each
 * field: `['tasks', 3, 'units']` is 第 4 项任务的落实单位 (task 4, units); a `task` is named by its
 * number and an `entry` by its id; a key the catalogue does not know is quoted as written.
 *
 * @example
 * sayPath(['tasks', 3, 'units']); //=> '第 4 项任务的落实单位'
 * sayPath(['meta', 'addressees', 1]); //=> '方案信息的主送机关第 2 项'
 * sayPath(['task', 26, 'deadline'], 'en'); //=> 'task 26, deadline'
 */
export function sayPath(path: readonly (string | number)[], locale: Locale = 'zh-CN'): string {
  const at = locale === 'en' ? 1 : 0;
  const fill = (words: Words, slots: Record<string, string | number>) =>
    words[at].replace(/\{(\w+)\}/g, (_, name: string) => String(slots[name] ?? ''));
  const parts: string[] = [];
  // The key path so far without positions (`tasks.units`), while the catalogue knows every key.
  let key: string | undefined = '';
  let afterKey = false;
  for (const part of path) {
    // A position in the list just named (an entry is named by its id, a `task` by its number).
    if (typeof part === 'number' || (key === 'entry' && afterKey)) {
      const n = typeof part === 'number' && key !== 'task' ? part + 1 : part;
      const what = parts.at(-1) ?? '';
      const item =
        key !== undefined && isItemPath(key) ? fill(ITEMS[key], { n }) : fill(NTH, { what, n }).trim();
      parts.splice(Math.max(parts.length - 1, 0), 1, item);
      afterKey = false;
      continue;
    }
    const next: string | undefined = key === undefined ? undefined : key === '' ? part : `${key}.${part}`;
    key = next !== undefined && isFieldPath(next) ? next : undefined;
    parts.push(key !== undefined ? FIELDS[key as FieldPath][at] : fill(KEY, { key: part }));
    afterKey = true;
  }
  return parts.length === 0 ? '' : parts.reduce((outer, inner) => fill(OF, { outer, inner }));
}
