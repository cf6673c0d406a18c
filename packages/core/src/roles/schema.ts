/**
 * The shapes of responsibility resolution (职责解析) that belong to fengong's contract: what a
 * units cell (落实单位) was read as, and who holds which role on a task.
 */
import * as z from 'zod';
import { Role } from '../model/schema';

/**
 * A character range `[start, end)` inside the text that was read (文本区间: a units cell, a task's
 * text or a notice), counted in UTF-16 units like `String.prototype.slice`.
 *
 * @example
 * const cell = '市财政局牵头';
 * const span: Span = { start: 0, end: 4 };
 * cell.slice(span.start, span.end); //=> '市财政局'
 */
export const Span = z.strictObject({
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
});
/** A character range `[start, end)` inside the text that was read (文本区间); see the schema. */
export type Span = z.infer<typeof Span>;

/**
 * Stable codes of the notices (提示代码) responsibility resolution gives.
 *
 * @example
 * RoleNoticeCode.parse('no-single-owner'); //=> 'no-single-owner'
 */
export const RoleNoticeCode = z.enum([
  'empty-cell',
  'unread-span',
  'unknown-label',
  'label-by-shape',
  'convention-in-cell',
  'unknown-unit',
  'unknown-group',
  'vague-group',
  'list-closed-by-etc',
  'carried-over',
  'named-twice',
  'no-single-owner',
  'lead-by-convention',
  'override',
]);
/** A notice code (提示代码); see the schema. */
export type RoleNoticeCode = z.infer<typeof RoleNoticeCode>;

/**
 * A notice (提示) about how a units cell was read: a `Diagnostic`-compatible object whose `span`
 * locates it inside the cell (or inside the cell it was carried from).
 *
 * @example
 * const notice: RoleNotice = {
 *   severity: 'warning', code: 'unknown-unit', message: '单位“市发改委”不在单位名录中（按原文保留）',
 *   params: { name: '市发改委', closest: '' }, span: { start: 0, end: 4 }, found: '市发改委',
 * };
 */
export const RoleNotice = z.strictObject({
  severity: z.enum(['error', 'warning', 'info']),
  code: RoleNoticeCode,
  message: z.string().describe('In Chinese, said from the message catalogue'),
  params: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
    .optional()
    .describe('What the message says, as data: `sayDiagnostic` says it again in another language'),
  messageId: z
    .string()
    .optional()
    .describe('The catalogue entry the message was said from (`unread-span/marker`), when not `code`'),
  span: Span.optional(),
  path: z.array(z.union([z.string(), z.number()])).optional(),
  expected: z.string().optional().describe('For unknown names: the closest registry name'),
  found: z.string().optional().describe('The text the notice is about'),
});
/** A notice about how a units cell was read (职责解析提示). */
export type RoleNotice = z.infer<typeof RoleNotice>;

/**
 * A name as it appears in a units cell (单位名称), with what the registry says it is.
 *
 * @example
 * const name: CellName = {
 *   written: '市住房城乡建设\n局', name: '市住房城乡建设局', span: { start: 0, end: 9 },
 *   canonical: '市住房城乡建设局', kind: 'unit', known: true,
 * };
 */
export const CellName = z.strictObject({
  written: z.string().describe('Exactly as in the cell, line breaks and spaces included'),
  name: z.string().describe('As written, whitespace removed'),
  span: Span,
  canonical: z.string().optional().describe('The registry’s name, when the registry knows it'),
  kind: z.enum(['unit', 'group']),
  known: z.boolean().describe('Whether the registry knows the name'),
  territorial: z.literal(true).optional().describe('A group whose members each act in their own area (属地)'),
  vague: z.literal(true).optional().describe('A group whose members the plan does not fix (有关部门)'),
  alias: z
    .strictObject({ written: z.string(), name: z.string(), span: Span })
    .optional()
    .describe('A bracketed second name of the same unit, as in 市府办〔市大数据局〕'),
});
/** A name in a units cell (单位名称) and what it stands for. */
export type CellName = z.infer<typeof CellName>;

/**
 * What a role phrase says (角色用语的含义). `dutyShare` is 按职责分工落实: supporting when the
 * cell has a lead, responsible otherwise.
 *
 * @example
 * MarkerMeaning.parse('dutyShare'); //=> 'dutyShare'
 */
export const MarkerMeaning = z.enum(['lead', 'responsible', 'supporting', 'supervising', 'dutyShare']);
/** What a role phrase says (角色用语的含义); see the schema. */
export type MarkerMeaning = z.infer<typeof MarkerMeaning>;

/**
 * A role phrase (角色用语: 牵头, 配合, 按职责分工落实, 牵头单位：…) and where it is.
 *
 * @example
 * const marker: RoleMarker = { text: '牵头', span: { start: 4, end: 6 }, meaning: 'lead' };
 */
export const RoleMarker = z.strictObject({
  text: z.string(),
  span: Span,
  meaning: MarkerMeaning,
});
/** A role phrase (角色用语); see the schema. */
export type RoleMarker = z.infer<typeof RoleMarker>;

/**
 * One clause of a units cell (分句): a list of names and the role the cell gives them.
 *
 * @example
 * readUnitsCell('市财政局、市审计局牵头').clauses[0];
 * //=> { role: 'lead', names: [{ name: '市财政局', … }, { name: '市审计局', … }], span: { start: 0, end: 11 },
 * //     basis: 'marker', marker: { text: '牵头', span: { start: 9, end: 11 }, meaning: 'lead' } }
 */
export const Clause = z.strictObject({
  role: Role,
  names: z.array(CellName),
  span: Span,
  basis: z
    .enum(['marker', 'label', 'unmarked'])
    .describe(
      'marker: a role phrase after the names; label: 牵头单位：…; unmarked: a bare list (responsible)',
    ),
  marker: RoleMarker.optional(),
  label: RoleMarker.optional(),
  respectively: z.literal(true).optional().describe('分别: each named unit holds the role for its own part'),
  etc: z
    .strictObject({ text: z.string(), span: Span })
    .optional()
    .describe('A closing 等部门 / 等市直单位, read as ending the list'),
  carriesOver: z.literal(true).optional().describe('Marked 下同: carried to the following cells'),
  standing: z
    .literal(true)
    .optional()
    .describe(
      'A rule stated once for the following tasks (以下…均需…落实，不再单独列出): added to each, never replaced',
    ),
  carriedFrom: z
    .number()
    .optional()
    .describe(
      'Carried by 下同 from an earlier cell (its task number, or its index in readUnitsCells); spans refer to that cell',
    ),
});
/** One clause of a units cell (分句): names and their role, with spans. */
export type Clause = z.infer<typeof Clause>;

/**
 * The reading of one units cell (落实单位栏解读), before roles are assigned to units.
 *
 * @example
 * const reading: UnitsCellReading = readUnitsCell('市司法局');
 * reading.clauses[0]?.role; //=> 'responsible'
 */
export const UnitsCellReading = z.strictObject({
  text: z.string(),
  clauses: z.array(Clause),
  notices: z.array(RoleNotice),
  carries: z.array(Clause).describe('The 下同 clauses in force after this cell, for the next one'),
});
/** The reading of one units cell (落实单位栏). */
export type UnitsCellReading = z.infer<typeof UnitsCellReading>;

/**
 * The names holding each role on a task (各角色单位), as the cell names them: canonical names,
 * groups not expanded.
 *
 * @example
 * const roles: RoleNames = { lead: ['市财政局'], responsible: ['各县（市、区）政府（管委会）'], supporting: ['市直各单位'], supervising: [] };
 */
export const RoleNames = z.strictObject({
  lead: z.array(z.string()),
  responsible: z.array(z.string()),
  supporting: z.array(z.string()),
  supervising: z.array(z.string()),
});
/** Names by role (牵头、责任、配合、监管). */
export type RoleNames = z.infer<typeof RoleNames>;

/**
 * One unit's role on one task (单位职责), after groups are expanded.
 *
 * @example
 * const assignment: RoleAssignment = { unit: '赤坎区政府', role: 'responsible', via: '各县（市、区）政府（管委会）', territorial: true };
 */
export const RoleAssignment = z.strictObject({
  unit: z.string().describe('Canonical unit name; the name as written when the registry does not know it'),
  role: Role.describe('Primary role: lead > responsible > supporting; supervising only when it has no other'),
  via: z.string().optional().describe('The group the unit holds the role through, e.g. 市直各单位'),
  territorial: z
    .literal(true)
    .optional()
    .describe('Carries the task in its own area, as a member of a territorial group'),
  supervising: z.literal(true).optional().describe('Also supervises (监管/督促) the task'),
  unknown: z.literal(true).optional().describe('Not in the registry: kept as written'),
  group: z
    .literal(true)
    .optional()
    .describe('A group kept as one entry because it cannot be expanded (vague or unknown)'),
  by: z
    .enum(['convention', 'override'])
    .optional()
    .describe('Set by a plan convention or a task override, not by the cell'),
});
/** One unit's role on one task (单位职责). */
export type RoleAssignment = z.infer<typeof RoleAssignment>;

/**
 * Where a task's lead comes from (牵头来源): the cell, a plan convention, an override, or nowhere.
 *
 * @example
 * LeadSource.parse('convention'); //=> 'convention'
 */
export const LeadSource = z.enum(['cell', 'convention', 'override', 'none']);
/** Where a task's lead comes from (牵头来源); see the schema. */
export type LeadSource = z.infer<typeof LeadSource>;

const resolvedFields = {
  roles: RoleNames,
  units: z.array(RoleAssignment),
  clauses: z.array(Clause),
  notices: z.array(RoleNotice),
  leadSource: LeadSource,
  override: z
    .strictObject({ reason: z.string() })
    .optional()
    .describe('Present when task.overrides.roles replaced the reading'),
};

/**
 * A task with its units cell resolved into roles (任务职责).
 *
 * @example
 * const task: ResolvedTask = resolveTask({ number: 39, units: '市司法局' }, { registry });
 * //=> { number: 39, roles: { lead: [], responsible: ['市司法局'], supporting: [], supervising: [] },
 * //     units: [{ unit: '市司法局', role: 'responsible' }], clauses: [ … ], notices: [], leadSource: 'none' }
 */
export const ResolvedTask = z.strictObject({
  number: z.int().positive(),
  ...resolvedFields,
});
/** A task's responsibilities, resolved (任务职责). */
export type ResolvedTask = z.infer<typeof ResolvedTask>;

/**
 * How fengong read one units cell (解读说明), for the CLI and the viewer.
 *
 * @example
 * const explained: UnitsExplanation = explainUnits('市财政局牵头，市审计局配合');
 * explained.supporting; //=> ['市审计局']
 */
export const UnitsExplanation = z.strictObject({
  text: z.string(),
  ...RoleNames.shape,
  units: resolvedFields.units,
  clauses: resolvedFields.clauses,
  notices: resolvedFields.notices,
  leadSource: LeadSource,
});
/** How one units cell was read (解读说明). */
export type UnitsExplanation = z.infer<typeof UnitsExplanation>;

/**
 * One task a unit holds a role on (单位任务).
 *
 * @example
 * const entry: UnitTask = { task: 38, role: 'responsible', via: '市直各单位', supervising: true };
 */
export const UnitTask = z.strictObject({
  task: z.int().positive(),
  role: Role,
  via: z.string().optional(),
  territorial: z.literal(true).optional(),
  supervising: z.boolean(),
});
/** A unit's role on one task (单位任务). */
export type UnitTask = z.infer<typeof UnitTask>;

/**
 * A plan-level reading convention (约定) found in a notice's text.
 *
 * @example
 * const found: FoundConvention = { convention: 'firstListedLeads', value: true, text: '列第一位的为牵头单位', span: { start: 2, end: 12 } };
 */
export const FoundConvention = z.strictObject({
  convention: z.enum(['firstListedLeads', 'responsibleLeadsWhenNoLead']),
  value: z.boolean(),
  text: z.string(),
  span: Span,
});
/** A reading convention stated in a notice (约定). */
export type FoundConvention = z.infer<typeof FoundConvention>;
