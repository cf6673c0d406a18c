/**
 * The plan model: zod schemas are the single source of truth for fengong's types.
 *
 * A plan file (分工方案) and a unit registry (单位名录) are separate documents so that the
 * plans of one government can share one registry.
 */
import { say } from '../messages';
import * as z from 'zod';
import { CONVENTION_DEFAULTS, ISO_DATE_SHAPE, isIsoDate } from './plain';

export { type DayString, isIsoDate } from './plain';

/**
 * A calendar day, `YYYY-MM-DD`. YAML's own date type is not used: plans hold dates as text so
 * that no time zone ever shifts a deadline by a day.
 */
export const IsoDate = z
  .string()
  // abort: a text that is not YYYY-MM-DD at all gets one diagnostic, not a second one from the refinement
  .regex(ISO_DATE_SHAPE, { message: say('invalid-date', {}), abort: true })
  .refine((text): boolean => isIsoDate(text), { message: say('invalid-date', {}) })
  .describe('A calendar day written as YYYY-MM-DD');
export type IsoDate = z.infer<typeof IsoDate>;

const NonEmptyText = z.string().trim().min(1, { message: say('empty-text', {}) });

/** The four roles a unit can have on a task. */
export const Role = z.enum(['lead', 'responsible', 'supporting', 'supervising']);
/** lead 牵头 · responsible 责任/落实 · supporting 配合 · supervising 监管/督促. */
export type Role = z.infer<typeof Role>;

/** A document this plan implements (上级文件), identified by its number, e.g. 国办发〔2021〕12号. */
export const ParentDocument = z.strictObject({
  number: NonEmptyText.describe('Document number (文号), brackets normalised to 〔〕'),
  title: z.string().optional().describe('Document title (文件标题)'),
  issuer: z.string().optional(),
});
export type ParentDocument = z.infer<typeof ParentDocument>;

/** Facts about the document that carries the plan: its covering notice (通知) and footer. */
export const PlanMeta = z.strictObject({
  title: NonEmptyText.describe('Title of the plan (方案标题)'),
  noticeTitle: z.string().optional().describe('Title of the covering notice (通知标题)'),
  documentNumber: z.string().optional().describe('Document number (文号), e.g. 湛府办〔2021〕15号'),
  issuer: z.string().optional().describe('Issuing body (发文机关)'),
  issued: IsoDate.describe('Date of issue (成文日期)'),
  addressees: z.array(NonEmptyText).default([]).describe('Addressees (主送机关)'),
  parentDocuments: z.array(ParentDocument).default([]).describe('Documents implemented (依据文件)'),
  disclosure: z.string().optional().describe('Disclosure mode (公开方式), e.g. 主动公开'),
  cc: z.array(NonEmptyText).default([]).describe('Copied to (抄送)'),
  printedBy: z.string().optional().describe('Printing office (印发机关)'),
  printed: IsoDate.optional().describe('Printing date (印发日期)'),
});
export type PlanMeta = z.infer<typeof PlanMeta>;

/** Who a covering-notice duty falls on. */
export const DutyActor = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('everyUnit').describe('every unit the plan names, groups expanded'),
  }),
  z.strictObject({
    kind: z.literal('role').describe('every unit holding this role on at least one task'),
    role: Role,
  }),
  z.strictObject({ kind: z.literal('units'), units: z.array(NonEmptyText).min(1) }),
]);
export type DutyActor = z.infer<typeof DutyActor>;

/**
 * A duty stated by the covering notice rather than by a task, e.g. “各牵头单位……于10月30日前收集汇总所牵头
 * 工作任务开展情况，报市政府办公室”.
 */
export const NoticeDuty = z.strictObject({
  actor: DutyActor,
  action: NonEmptyText.describe('What must be done, in the notice’s words'),
  recipient: z.string().optional().describe('To whom it is reported (报送对象)'),
  deadline: z.string().optional().describe('The deadline phrase as written, e.g. 10月30日前'),
  scope: z
    .enum(['ledTasks', 'ownTasks', 'allTasks', 'previousPlan'])
    .optional()
    .describe(
      'Which tasks the duty covers: those the actor leads, those it holds any role on, all, or last year’s plan',
    ),
});
export type NoticeDuty = z.infer<typeof NoticeDuty>;

/** One numbered general requirement of the covering notice (工作要求). */
export const GeneralRequirement = z.strictObject({
  number: z.int().positive(),
  text: NonEmptyText,
  duties: z.array(NoticeDuty).default([]),
});
export type GeneralRequirement = z.infer<typeof GeneralRequirement>;

/** A category (工作任务 / 类别) that groups tasks, in document order. */
export const Category = z.strictObject({
  name: NonEmptyText,
  description: z.string().optional(),
});
export type Category = z.infer<typeof Category>;

/** Explicit role assignment that replaces what the units cell says, with the reason. */
export const RoleOverride = z.strictObject({
  lead: z.array(NonEmptyText).optional(),
  responsible: z.array(NonEmptyText).optional(),
  supporting: z.array(NonEmptyText).optional(),
  supervising: z.array(NonEmptyText).optional(),
});
export type RoleOverride = z.infer<typeof RoleOverride>;

/** A reading of the cell that a person chose deliberately, and why. */
export const TaskOverrides = z.strictObject({
  roles: RoleOverride.optional(),
  deadline: IsoDate.optional().describe(
    'The last acceptable day, replacing the reading of the deadline cell',
  ),
  reason: NonEmptyText.describe('Why the cell is not read as written (required)'),
});
export type TaskOverrides = z.infer<typeof TaskOverrides>;

/** One numbered task (工作任务) of the plan. */
export const Task = z.strictObject({
  number: z
    .int({ message: say('task-number-whole', {}) })
    .positive({ message: say('task-number-positive', {}) })
    .describe('The task number as printed'),
  category: NonEmptyText.describe('Name of the category the task is listed under'),
  text: NonEmptyText.describe('The requirement text (具体要求), exactly as written'),
  units: z
    .string()
    .trim()
    .min(1, { message: say('empty-units', {}) })
    .describe('The units cell (落实单位/责任单位), exactly as written'),
  deadline: z.string().default('').describe('The deadline cell (完成时限), exactly as written'),
  leaders: z
    .array(NonEmptyText)
    .optional()
    .describe(
      'Persons or titles the plan names as the task’s leaders (牵头领导/分管领导): people, never units',
    ),
  overrides: TaskOverrides.optional(),
  note: z.string().optional().describe('Remarks (备注)'),
});
export type Task = z.infer<typeof Task>;

/** How `X月前` is read: by the end of month X (default), or by the end of the month before. */
export const MonthBeforeReading = z.enum(['endOfMonth', 'endOfPreviousMonth']);
export type MonthBeforeReading = z.infer<typeof MonthBeforeReading>;

/** Plan-level reading choices (解读约定). Every field has a default. */
export const Conventions = z.strictObject({
  monthBefore: MonthBeforeReading.default(CONVENTION_DEFAULTS.monthBefore).describe(
    'How “X月前” is read. endOfMonth: by the last day of month X (supported by the regulation’s 31-January reading of annual reports); endOfPreviousMonth: strictly before month X begins.',
  ),
  dayBeforeInclusive: z
    .boolean()
    .default(CONVENTION_DEFAULTS.dayBeforeInclusive)
    .describe('Whether “X月X日前” includes the named day'),
  firstListedLeads: z
    .boolean()
    .default(CONVENTION_DEFAULTS.firstListedLeads)
    .describe('“列第一位的为牵头单位”: with no 牵头 mark, the first-listed unit leads'),
  firstListedLeadsFrom: z
    .int()
    .positive()
    .optional()
    .describe(
      '“列第一位的为牵头单位，下同” stated in one task’s units cell: the first-listed rule holds from the task with this number on (in document order)',
    ),
  responsibleLeadsWhenNoLead: z
    .boolean()
    .default(CONVENTION_DEFAULTS.responsibleLeadsWhenNoLead)
    .describe('“无牵头单位的，责任单位即为牵头单位”: with no lead, responsible units act as leads'),
  dueSoonDays: z
    .strictObject({
      day: z.int().nonnegative().default(CONVENTION_DEFAULTS.dueSoonDays.day),
      month: z.int().nonnegative().default(CONVENTION_DEFAULTS.dueSoonDays.month),
    })
    .default({ ...CONVENTION_DEFAULTS.dueSoonDays })
    .describe('How many days before a deadline it counts as due soon, by the deadline’s granularity'),
});
export type Conventions = z.infer<typeof Conventions>;
/** Conventions as written in a file: every field optional. */
export type ConventionsInput = z.input<typeof Conventions>;

/** A division-of-labour plan (分工方案). */
export const Plan = z
  .strictObject({
    $schema: z.string().optional(),
    meta: PlanMeta,
    registry: z
      .string()
      .optional()
      .describe(
        'Path of the unit registry, relative to the plan file (default: units.yaml beside it or in ../<place>/)',
      ),
    conventions: Conventions.default(Conventions.parse({})),
    requirements: z.array(GeneralRequirement).default([]),
    categories: z.array(Category).min(1, { message: say('no-categories', {}) }),
    tasks: z.array(Task).min(1, { message: say('no-tasks', {}) }),
  })
  // Cross-checks run even when a field failed, so one pass reports every problem; the value may
  // then be partly invalid, hence the defensive reads.
  .superRefine((plan, ctx) => crossCheckPlan(plan as unknown as LoosePlan, ctx), { when: () => true });

interface LoosePlan {
  meta?: { issued?: unknown; printed?: unknown };
  categories?: unknown;
  tasks?: unknown;
}

const asRecords = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : [];

function crossCheckPlan(plan: LoosePlan, ctx: z.RefinementCtx): void {
  const categoryNames = new Set<string>();
  asRecords(plan.categories).forEach((c, i) => {
    if (typeof c.name !== 'string') return;
    if (categoryNames.has(c.name)) {
      ctx.addIssue({
        code: 'custom',
        path: ['categories', i, 'name'],
        message: say('duplicate-category', { name: c.name }),
        params: { rule: 'duplicate-category', name: c.name },
      });
    }
    categoryNames.add(c.name);
  });
  const seen = new Map<number, number>();
  const tasks = Array.isArray(plan.tasks) ? (plan.tasks as unknown[]) : [];
  tasks.forEach((raw, i) => {
    if (typeof raw !== 'object' || raw === null) return;
    const t = raw as Record<string, unknown>;
    if (typeof t.number === 'number') {
      const first = seen.get(t.number);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['tasks', i, 'number'],
          message: say('duplicate-task-number', { number: t.number, first }),
          params: { rule: 'duplicate-task-number', number: t.number, first },
        });
      } else {
        seen.set(t.number, i);
      }
    }
    if (typeof t.category === 'string' && !categoryNames.has(t.category)) {
      ctx.addIssue({
        code: 'custom',
        path: ['tasks', i, 'category'],
        message: say('missing-category', { task: String(t.number), category: t.category }),
        params: { rule: 'missing-category', task: String(t.number), category: t.category },
      });
    }
  });
  const { issued, printed } = plan.meta ?? {};
  if (typeof printed === 'string' && typeof issued === 'string' && isIsoDate(printed) && printed < issued) {
    ctx.addIssue({
      code: 'custom',
      path: ['meta', 'printed'],
      message: say('printed-before-issued', { printed, issued }),
      params: { rule: 'printed-before-issued', printed, issued },
    });
  }
}
/** A parsed, valid plan. */
export type Plan = z.infer<typeof Plan>;
/** A plan as written in a file, before defaults are applied. */
export type PlanInput = z.input<typeof Plan>;

/** What kind of body a unit is. */
export const UnitKind = z.enum([
  'countyGovernment',
  'managementCommittee',
  'cityDepartment',
  'cityOffice',
  'townGovernment',
  'subdistrict',
  'internalOffice',
  'enterprise',
  'other',
]);
/**
 * countyGovernment 县级政府 (district, county, county-level city) · managementCommittee 管委会 ·
 * cityDepartment 市直部门 · cityOffice 市直办事机构 (办公室、研究室) · townGovernment 镇政府 ·
 * subdistrict 街道 · internalOffice 科室 · enterprise 企事业单位 · other.
 */
export type UnitKind = z.infer<typeof UnitKind>;

/** A unit (单位) as plans write it. */
export const Unit = z.strictObject({
  name: NonEmptyText.describe('Short name as plans write it, e.g. 市财政局'),
  fullName: z.string().optional().describe('Official full name, e.g. 湛江市财政局'),
  aliases: z.array(NonEmptyText).default([]),
  kind: UnitKind,
});
export type Unit = z.infer<typeof Unit>;

/** A group of units a plan names as one (各县（市、区）政府、市直各单位). */
export const UnitGroup = z
  .strictObject({
    name: NonEmptyText,
    aliases: z.array(NonEmptyText).default([]),
    territorial: z
      .boolean()
      .default(false)
      .describe('Members each carry the task in their own area (属地), e.g. county governments'),
    members: z.array(NonEmptyText).optional().describe('Member units by name'),
    memberKinds: z.array(UnitKind).optional().describe('Rule: every unit of these kinds is a member'),
    vague: z
      .boolean()
      .default(false)
      .describe('A name such as 有关部门 whose members the plan does not fix: kept and flagged'),
  })
  .refine((g) => g.vague || g.members !== undefined || g.memberKinds !== undefined, {
    message: say('group-without-members', {}),
  });
export type UnitGroup = z.infer<typeof UnitGroup>;

/** A unit registry (单位名录) shared by the plans of one government. */
export const Registry = z
  .strictObject({
    $schema: z.string().optional(),
    government: z.string().optional().describe('Whose units these are, e.g. 湛江市'),
    units: z.array(Unit),
    groups: z.array(UnitGroup).default([]),
  })
  .superRefine((reg, ctx) => {
    if (!Array.isArray(reg.units) || !Array.isArray(reg.groups)) return;
    const names = new Map<string, string>();
    const claim = (name: string, owner: string, path: (string | number)[]) => {
      const prior = names.get(name);
      if (prior !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: say('duplicate-name', { name, prior }),
          params: { rule: 'duplicate-name', name, prior },
        });
      } else {
        names.set(name, owner);
      }
    };
    reg.units.forEach((u, i) => {
      claim(u.name, `units[${i}]`, ['units', i, 'name']);
      for (const [j, a] of u.aliases.entries()) claim(a, `units[${i}]`, ['units', i, 'aliases', j]);
    });
    const unitNames = new Set(reg.units.flatMap((u) => [u.name, ...u.aliases]));
    reg.groups.forEach((g, i) => {
      claim(g.name, `groups[${i}]`, ['groups', i, 'name']);
      for (const [j, a] of g.aliases.entries()) claim(a, `groups[${i}]`, ['groups', i, 'aliases', j]);
      g.members?.forEach((m, j) => {
        if (!unitNames.has(m)) {
          ctx.addIssue({
            code: 'custom',
            path: ['groups', i, 'members', j],
            message: say('unknown-group-member', { group: g.name, member: m }),
            params: { rule: 'unknown-group-member', group: g.name, member: m },
          });
        }
      });
    });
  });
/** A parsed, valid unit registry. */
export type Registry = z.infer<typeof Registry>;
export type RegistryInput = z.input<typeof Registry>;
