/**
 * Messages of the responsibility reader (职责解析提示, see define.ts): what a units cell (落实单位)
 * was read as, shown in the importer's review, by `fengong explain` and in the viewer. Chinese
 * first, English beside it.
 */
import { defineMessages } from './define';

/** A role (角色) as a notice names it: the model's roles, and 按职责分工 of role phrases. */
export type RoleWord = 'lead' | 'responsible' | 'supporting' | 'supervising' | 'dutyShare';

/** The units holding a role (牵头单位/负责单位/配合单位/监督单位). */
export const ROLE_UNITS_ZH: Readonly<Record<RoleWord, string>> = {
  lead: '牵头单位',
  responsible: '负责单位',
  supporting: '配合单位',
  supervising: '监督单位',
  dutyShare: '按职责分工落实的单位',
};

const FIRST_LISTED = '列第一位的为牵头单位';
const RESPONSIBLE_LEAD = '无牵头单位的，责任单位即为牵头单位';

/**
 * No single owner: `owners` are responsible; `first` is the first listed (a unit when
 * `firstIsUnit`); `units` are the owners that are units ('' when none), `unitCount` of them.
 */
type NoSingleOwner = {
  owners: string;
  first: string;
  firstIsUnit: boolean;
  units: string;
  unitCount: number;
};

/** An unknown name: `closest` are the registry's nearest names joined with 、 ('' when none). */
type Unknown = { name: string; closest: string };

export const ROLES_MESSAGES = defineMessages({
  'empty-cell': {
    'zh-CN': (_: Record<string, never>) => '落实单位单元格中没有单位',
    en: (_: Record<string, never>) => 'the units cell names no unit',
  },
  'unread-span/marker': {
    'zh-CN': (p: { phrase: string }) => `角色用语“${p.phrase}”前没有单位`,
    en: (p: { phrase: string }) => `role phrase “${p.phrase}” names no unit`,
  },
  'unread-span/activity': {
    'zh-CN': (p: { text: string }) => `“${p.text}”说的是单位做什么，不是哪些单位：不作单位读取`,
    en: (p: { text: string }) => `“${p.text}” says what the units do, not who: set aside`,
  },
  'unread-span/text': {
    'zh-CN': (p: { text: string }) => `“${p.text}”未能读作单位或角色`,
    en: (p: { text: string }) => `“${p.text}” is not read as a unit or a role`,
  },
  'label-by-shape': {
    'zh-CN': (p: { label: string; role: RoleWord }) =>
      `“${p.label}”不在标签清单中，但从形式看其后是单位：读作${ROLE_UNITS_ZH[p.role]}`,
    en: (p: { label: string; role: RoleWord }) =>
      `“${p.label}” is not in the list of labels; its shape says units follow: read as ${p.role}`,
  },
  'unknown-label': {
    'zh-CN': (p: { label: string }) =>
      `“${p.label}”不是已知的标签（牵头单位、责任单位、配合单位等）：其后的单位按未标明角色读取`,
    en: (p: { label: string }) =>
      `“${p.label}” is not a known label (“牵头单位”, “责任单位”, “配合单位” …): the names after it are read as unmarked`,
  },
  'convention-in-cell': {
    'zh-CN': (p: { text: string }) => `“${p.text}”说明方案如何标明牵头单位：不在此处读取，作为全方案的约定`,
    en: (p: { text: string }) =>
      `“${p.text}” states how the plan marks its leads: set aside here, applied to the plan`,
  },
  'unknown-unit': {
    'zh-CN': (p: Unknown) =>
      `单位“${p.name}”不在单位名录中（按原文保留）${p.closest ? `；最接近的是：${p.closest}` : ''}`,
    en: (p: Unknown) =>
      `unit “${p.name}” is not in the registry (kept as written)${p.closest ? `; closest: ${p.closest}` : ''}`,
  },
  'unknown-group': {
    'zh-CN': (p: Unknown) =>
      `单位组“${p.name}”不在单位名录中（予以保留，但不知其成员单位）${p.closest ? `；最接近的是：${p.closest}` : ''}`,
    en: (p: Unknown) =>
      `group “${p.name}” is not in the registry (kept, but its members are unknown)${p.closest ? `; closest: ${p.closest}` : ''}`,
  },
  'vague-group': {
    'zh-CN': (p: { name: string }) => `“${p.name}”未指明是哪些单位：作为一项保留，不展开为成员单位`,
    en: (p: { name: string }) =>
      `“${p.name}” does not say which units are meant: kept as one entry, not expanded`,
  },
  'list-closed-by-etc': {
    'zh-CN': (p: { text: string }) => `“${p.text}”读作列举结束：只分配其前列出的单位`,
    en: (p: { text: string }) =>
      `“${p.text}” is read as closing the list: only the units named before it are assigned`,
  },
  'carried-over': {
    'zh-CN': (p: { role: RoleWord; names: string; from: number | string }) =>
      `按“下同”沿用${p.from === '?' ? '前面任务' : `第 ${p.from} 项任务`}的${ROLE_UNITS_ZH[p.role]}：${p.names}`,
    en: (p: { role: RoleWord; names: string; from: number | string }) =>
      `${p.role} ${p.names} carried over by “下同” from earlier cell ${p.from}`,
  },
  'named-twice': {
    'zh-CN': (p: { name: string; earlier: RoleWord; later: RoleWord; kept: RoleWord }) =>
      `“${p.name}”既列为${ROLE_UNITS_ZH[p.earlier]}，又列为${ROLE_UNITS_ZH[p.later]}：按${ROLE_UNITS_ZH[p.kept]}计`,
    en: (p: { name: string; earlier: RoleWord; later: RoleWord; kept: RoleWord }) =>
      `“${p.name}” is named as ${p.earlier} and as ${p.later}: ${p.kept} is kept`,
  },
  'lead-by-convention': {
    'zh-CN': (p: { rule: string; names: string; count: number }) =>
      `没有单位标明牵头：按方案约定“${p.rule}”，由${p.names}牵头`,
    en: (p: { rule: string; names: string; count: number }) =>
      `no unit is marked “牵头”: by the plan's convention “${p.rule}”, ${p.names} ${p.count > 1 ? 'lead' : 'leads'}`,
  },
  'no-single-owner': {
    'zh-CN': (p: NoSingleOwner) =>
      `没有唯一牵头单位：${p.owners}均为负责单位，且均未标明牵头；` +
      `按“${FIRST_LISTED}”，${p.firstIsUnit ? `将由${p.first}牵头` : `没有单位牵头（列第一位的“${p.first}”是单位组）`}；` +
      `按“${RESPONSIBLE_LEAD}”，${p.unitCount === 0 ? '没有单位牵头' : p.unitCount > 1 ? `将由${p.units}分别牵头` : `将由${p.units}牵头`}。` +
      '方案约定未设定其中任何一条。',
    en: (p: NoSingleOwner) =>
      `no single owner: ${p.owners} are responsible and none is marked “牵头”; ` +
      `with “${FIRST_LISTED}” (firstListedLeads) ${p.firstIsUnit ? `${p.first} would lead` : `no unit would lead, since the first listed, ${p.first}, is a group`}; ` +
      `with “${RESPONSIBLE_LEAD}” (responsibleLeadsWhenNoLead) ${p.unitCount === 0 ? 'no unit would lead' : `${p.units} would ${p.unitCount > 1 ? 'each lead' : 'lead'}`}. ` +
      "The plan's conventions set neither.",
  },
  override: {
    'zh-CN': (p: { reason: string }) => `职责按该任务的人工指定设置，不从单元格读取：${p.reason}`,
    en: (p: { reason: string }) =>
      `roles are set by the task's override, not read from the cell: ${p.reason}`,
  },
});
