/**
 * The unit view (单位职责清单): pick a unit or group (search by name, alias or full name), then its
 * tasks by role with deadlines and status, and its duties from the covering notice. Printable.
 */
import {
  type Completion,
  noticeDuties,
  type PlanAnalysis,
  type Role,
  searchTasks,
  type TaskSearchHit,
  type TaskView,
  type UnitNoticeDuty,
  type UnitResponsibilities,
  UnknownUnitError,
  unitResponsibilities,
} from '@fengong/core';
import { memo, startTransition, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Highlighted, Status, TaskLink, TaskNumbers, UnitLink } from '../components/bits';
import { FilterBar, StatusSummary } from '../components/Filters';
import { LedgerPanel, RecordProgress } from '../components/Ledger';
import { useViewer } from '../context';
import { useAfterPaint } from '../lib/after-paint';
import { type DirectoryEntry, searchDirectory, unitDirectory } from '../lib/directory';
import { cannotCompleteCandidates, type FilterFacts, passesStatus, statusCounts } from '../lib/filters';
import { ROLES, roleKey, unitKindKey } from '../lib/i18n';
import { statusOn } from '../lib/status';

/** Rows shown per role before “show all” (all rows are shown when printing). */
const FIRST_ROWS = 60;
/**
 * Rows painted at once when a unit is shown, over its tables in order: a tall screen's worth (rows
 * are 50–90 px high under the unit's head, status summary and filters). (Profiled in Chromium: each
 * row's record form is most of a switch's cost, its layout included, and so is taking the last
 * unit's rows away; 48 rows took 1.7× as long as 16 on a 10,000-task plan.)
 */
const FIRST_PAINT = 16;
/**
 * Rows rendered in a transition once the first ones are painted: every row of the built-in plan's
 * units. Past these, a table renders {@link MORE_ROWS} more whenever its end comes near the screen
 * (or focus enters it), up to its first {@link FIRST_ROWS} (or all of them after “show all”).
 */
const AFTER_PAINT = 48;
const MORE_ROWS = 40;
/** Members listed under a group in the picker before “use the search”. */
const FIRST_MEMBERS = 40;

const EntryLink = memo(function EntryLink({
  entry,
  href,
  selected,
}: {
  entry: DirectoryEntry;
  href: string;
  selected: boolean;
}) {
  return (
    <a href={href} className="entry" aria-current={selected ? 'page' : undefined} data-unit={entry.name}>
      <span className="entry-name">{entry.name}</span>
      <span className="entry-count">{entry.tasks}</span>
    </a>
  );
});

function Picker({ selected }: { selected: string | undefined }) {
  const { analysis, t, href } = useViewer();
  const directory = useMemo(() => unitDirectory(analysis), [analysis]);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const results = useMemo(
    () => (deferred.trim() ? searchDirectory(directory, deferred) : []),
    [directory, deferred],
  );
  const searchId = useId();
  const link = (entry: DirectoryEntry) => (
    <EntryLink
      entry={entry}
      href={href({ view: 'unit', unit: entry.name })}
      selected={entry.name === selected}
    />
  );
  return (
    <nav className="picker" aria-label={t('navUnit')}>
      <label htmlFor={searchId} className="picker-label">
        {t('searchUnit')}
      </label>
      <input
        id={searchId}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
      <div className="picker-list">
        {deferred.trim() ? (
          results.length === 0 ? (
            <p className="muted">{t('noMatch')}</p>
          ) : (
            <ul>
              {results.map((entry) => (
                <li key={entry.name}>{link(entry)}</li>
              ))}
            </ul>
          )
        ) : (
          <>
            <h2>{t('groupsWithMembers')}</h2>
            <ul>
              {directory.groups.map(({ entry, members }) => (
                <li key={entry.name} className="picker-group">
                  {link(entry)}
                  {members.length > 0 ? (
                    <ul className="picker-members" aria-label={`${entry.name} ${t('members')}`}>
                      {members.slice(0, FIRST_MEMBERS).map((m) => (
                        <li key={m.name}>{link(m)}</li>
                      ))}
                      {members.length > FIRST_MEMBERS ? (
                        <li className="muted">{t('andMore', { n: members.length - FIRST_MEMBERS })}</li>
                      ) : null}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
            {directory.others.length > 0 ? (
              <>
                <h2>{t('otherUnits')}</h2>
                <ul>
                  {directory.others.slice(0, 500).map((entry) => (
                    <li key={entry.name}>{link(entry)}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {directory.unknown.length > 0 ? (
              <>
                <h2>{t('unknownNames')}</h2>
                <ul>
                  {directory.unknown.slice(0, 500).map((entry) => (
                    <li key={entry.name}>{link(entry)}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        )}
      </div>
    </nav>
  );
}

function RoleTable({
  unit,
  role,
  tasks,
  all,
  limit,
  recordable,
  completion,
  hits,
}: {
  unit: string;
  role: Role;
  tasks: readonly TaskView[];
  all: boolean;
  /** Rows to render at least (the first paint of a unit); more come as the table nears the screen. */
  limit: number;
  /** Whether rows offer to record the unit's progress (a unit, not a group). */
  recordable: boolean;
  /** The unit's own completion (its part done, or the task done). */
  completion: ReadonlyMap<number, Completion>;
  /** Search hits by task, when searching: the text's ranges are highlighted. */
  hits: ReadonlyMap<number, TaskSearchHit> | undefined;
}) {
  const { analysis, asOf, t, progress } = useViewer();
  // “Show all” holds for the unit it was asked for; the table is reused when the unit changes.
  const [allFor, setAllFor] = useState<string | null>(null);
  const listed = all || allFor === unit ? tasks : tasks.slice(0, FIRST_ROWS);
  // Rows rendered past `limit` as the table's end nears the screen, for the unit they were asked for.
  const [grown, setGrown] = useState<{ unit: string; rows: number }>({ unit, rows: 0 });
  const rows = Math.max(limit, grown.unit === unit ? grown.rows : 0);
  const shown = listed.length > rows ? listed.slice(0, rows) : listed;
  const more = useRef<HTMLDivElement>(null);
  const partial = shown.length < listed.length;
  useEffect(() => {
    const end = more.current;
    if (!partial || !end) return;
    // A new observer each time rows are added: its first report says whether the end is still near.
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting))
          startTransition(() => setGrown({ unit, rows: shown.length + MORE_ROWS }));
      },
      { rootMargin: '1000px 0px' },
    );
    observer.observe(end);
    return () => observer.disconnect();
  }, [partial, shown.length, unit]);
  const titleId = useId();
  return (
    <section
      className="role-section"
      data-role={role}
      aria-labelledby={titleId}
      // Tabbing into a table reaches every row it lists, not only those rendered so far.
      onFocus={partial ? () => setGrown({ unit, rows: listed.length }) : undefined}
    >
      <h2 id={titleId}>
        {t(roleKey(role))}
        {t('paren', { x: tasks.length })}
      </h2>
      {tasks.length === 0 ? (
        <p className="muted">{t('noTasksInRole')}</p>
      ) : (
        <table className="tasks-table">
          <colgroup>
            <col className="c-num" />
            <col className="c-text" />
            <col className="c-deadline" />
            <col className="c-due" />
            <col className="c-status" />
            {recordable ? <col className="c-record" /> : null}
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('numberShort')}</th>
              <th scope="col">{t('text')}</th>
              <th scope="col">{t('deadline')}</th>
              <th scope="col">{t('due')}</th>
              <th scope="col">{t('status')}</th>
              {recordable ? (
                <th scope="col" className="no-print">
                  {t('ledgerColumn')}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {shown.map((task) => (
              <tr
                key={task.number}
                data-task={task.number}
                data-part-state={recordable ? progress.part(task.number, unit)?.state : undefined}
              >
                <td className="td-num">
                  <TaskLink number={task.number}>{task.number}</TaskLink>
                </td>
                <td className="td-text">
                  <Highlighted text={task.text} ranges={hits?.get(task.number)?.ranges.text} />
                  {task.unitRole?.via ? (
                    <span className="via">
                      {' '}
                      {t('viaNote', {
                        via: task.unitRole.via,
                        more: task.unitRole.territorial ? t('andAlso', { x: t('territorial') }) : '',
                      })}
                    </span>
                  ) : null}
                </td>
                <td className="td-deadline">{task.deadline.text || '—'}</td>
                <td data-label={t('due')} className="td-due">
                  {task.deadline.due ?? '—'}
                </td>
                <td className="td-status">
                  <Status status={statusOn(analysis, task.number, asOf, completion)} />
                </td>
                {recordable ? (
                  <td className="td-record no-print">
                    <RecordProgress task={task.number} unit={unit} />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {partial ? <div ref={more} className="more-rows" aria-hidden="true" /> : null}
      {listed.length < tasks.length ? (
        <button type="button" className="show-all" onClick={() => setAllFor(unit)}>
          {t('showAll', { n: tasks.length })}
        </button>
      ) : null}
    </section>
  );
}

/** The notice's duties of a unit, one heading per requirement (要求 n) over its duties. */
function Duties({ duties }: { duties: readonly UnitNoticeDuty[] }) {
  const { t } = useViewer();
  const byRequirement = new Map<number, UnitNoticeDuty[]>();
  for (const d of duties) {
    const list = byRequirement.get(d.requirement);
    if (list) list.push(d);
    else byRequirement.set(d.requirement, [d]);
  }
  return (
    <section className="box" aria-labelledby="unit-duties-title">
      <h2 id="unit-duties-title">{t('noticeDuties')}</h2>
      <ul className="duties">
        {[...byRequirement].map(([requirement, list]) => (
          <li key={requirement} className="duty-group" data-requirement={requirement}>
            <span className="muted">{t('requirementDuties', { n: requirement })}</span>
            <ul>
              {list.map((d) => (
                <Duty key={`${d.requirement}:${d.action}`} duty={d} />
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Duty({ duty }: { duty: UnitNoticeDuty }) {
  const { t } = useViewer();
  return (
    <li className={`duty${duty.scope === 'ledTasks' ? ' duty-report' : ''}`} data-scope={duty.scope}>
      <div>
        {duty.action}
        {duty.recipient ? <span>{t('recipientNote', { recipient: duty.recipient })}</span> : null}
      </div>
      {duty.deadline ? (
        <div>
          <span className="muted">{t('labelled', { label: t('deadline') })}</span>
          {duty.deadline.text} → <strong>{duty.deadline.due ?? '—'}</strong> <Status status={duty.status} />
        </div>
      ) : null}
      {duty.tasks.length > 0 ? (
        <div>
          <span className="muted">
            {t('labelled', { label: t('named', { name: t('coversTasks'), x: duty.tasks.length }) })}
          </span>
          <TaskNumbers numbers={duty.tasks} />
        </div>
      ) : null}
    </li>
  );
}

/** Focus the first task of the lists (the skip link's target). */
function skipToTasks() {
  const first = document.querySelector<HTMLElement>('.role-section tbody a, .filter-bar input');
  first?.focus();
}

function Detail({ list, duties }: { list: UnitResponsibilities; duties: readonly UnitNoticeDuty[] }) {
  const { analysis, asOf, t, route, progress, ledger } = useViewer();
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const { unit, workload } = list;
  const recordable = !unit.isGroup;
  // A unit's row shows the unit's own part: done when its own entry says so or the task is done.
  const completion = useMemo(() => progress.unitCompletion(unit.name), [progress, unit.name]);
  const byRole: Record<Role, TaskView[]> = {
    lead: list.lead,
    responsible: list.responsible,
    supporting: list.supporting,
    supervising: list.supervising,
  };
  // Every task of the unit once (a unit may hold two roles on one task), with its facts for the filters.
  const facts = useMemo(() => {
    const candidates = cannotCompleteCandidates(ledger.entries);
    const out = new Map<number, FilterFacts>();
    for (const tasks of [list.lead, list.responsible, list.supporting, list.supervising])
      for (const task of tasks) {
        if (out.has(task.number)) continue;
        out.set(task.number, {
          status: statusOn(analysis, task.number, asOf, completion)?.status,
          cannotComplete:
            recordable &&
            candidates.has(task.number) &&
            progress.part(task.number, unit.name)?.state === 'cannotComplete',
        });
      }
    return out;
  }, [analysis, asOf, completion, list, progress, recordable, unit.name, ledger.entries]);
  const counts = useMemo(() => statusCounts(facts.values()), [facts]);
  const hits = useMemo(
    () =>
      route.q
        ? new Map(searchTasks(analysis, route.q, { tasks: facts.keys() }).map((h) => [h.task, h]))
        : undefined,
    [analysis, route.q, facts],
  );
  const keep = (task: TaskView) =>
    passesStatus(facts.get(task.number)!, route.status) && (!hits || hits.has(task.number));
  const shownRoles = route.role ? [route.role] : ROLES;
  const filtered = Boolean(route.status || route.q);
  const tables = shownRoles.map((role) => ({
    role,
    tasks: filtered ? byRole[role].filter(keep) : byRole[role],
  }));
  const matching = new Set(tables.flatMap((x) => x.tasks.map((task) => task.number))).size;
  // A unit's first rows are painted first, the rest in a transition once they are on screen.
  const complete = useAfterPaint(unit.name);
  let budget = complete ? AFTER_PAINT : FIRST_PAINT;
  const limits = tables.map(({ tasks }) => {
    const limit = budget;
    budget = Math.max(0, budget - Math.min(tasks.length, FIRST_ROWS));
    return limit;
  });
  return (
    <article className="unit-detail" data-unit-view={unit.name} aria-labelledby="view-title">
      <header className="view-head">
        <h1 id="view-title" tabIndex={-1}>
          {unit.name} <span className="subtitle">{t('unitTitle')}</span>
        </h1>
        <button type="button" className="skip-inline" onClick={skipToTasks}>
          {t('skipToTasks')}
        </button>
        <button type="button" className="print-button" onClick={() => window.print()}>
          {t('print')}
        </button>
        <dl className="meta">
          {unit.fullName ? (
            <>
              <dt>{t('fullName')}</dt>
              <dd>{unit.fullName}</dd>
            </>
          ) : null}
          {unit.kind || unit.isGroup ? (
            <>
              <dt>{t('kind')}</dt>
              <dd>{t(unitKindKey(unit.isGroup ? 'group' : unit.kind!))}</dd>
            </>
          ) : null}
          {!unit.known ? (
            <>
              <dt>{t('kind')}</dt>
              <dd>{t('notInRegistry')}</dd>
            </>
          ) : null}
          {unit.groups.length > 0 ? (
            <>
              <dt>{t('memberOf')}</dt>
              <dd>
                {unit.groups.map((g, i) => (
                  <span key={g}>
                    {i > 0 ? t('listSep') : null}
                    <UnitLink name={g} />
                  </span>
                ))}
              </dd>
            </>
          ) : null}
          {!unit.isGroup ? (
            <>
              <dt>{t('workload')}</dt>
              <dd>
                {t('workloadTotal', { n: workload.total })}
                {ROLES.map((r) => `${t(roleKey(r))} ${workload.byRole[r]}`).join(' · ')}
              </dd>
            </>
          ) : null}
        </dl>
      </header>
      {unit.isGroup ? <p className="note">{t('groupTasksNote')}</p> : null}
      <StatusSummary counts={counts} total={facts.size} />
      <FilterBar roles count={route.status || route.role || route.q ? matching : undefined} />
      <div id="tasks">
        {tables.map(({ role, tasks }, i) => (
          <RoleTable
            key={role}
            unit={unit.name}
            role={role}
            tasks={tasks}
            all={printing}
            limit={printing ? Number.POSITIVE_INFINITY : limits[i]!}
            recordable={recordable}
            completion={completion}
            hits={hits}
          />
        ))}
      </div>
      {recordable ? <LedgerPanel /> : null}
      {duties.length > 0 ? <Duties duties={duties} /> : null}
    </article>
  );
}

type UnitLists =
  | { list: UnitResponsibilities; unknown?: undefined }
  | { list?: undefined; unknown: UnknownUnitError };

/** The units' lists made lately, per plan: going back to a unit reads its list again at no cost. */
const recentLists = new WeakMap<PlanAnalysis, Map<string, UnitLists>>();
const RECENT_UNITS = 24;

/** core's lists of a unit's tasks by role (or why there is no such unit), kept for the last units shown. */
function unitLists(analysis: PlanAnalysis, name: string): UnitLists {
  const recent = recentLists.get(analysis) ?? new Map<string, UnitLists>();
  recentLists.set(analysis, recent);
  const known = recent.get(name);
  if (known) {
    // The most recent last: a Map keeps insertion order.
    recent.delete(name);
    recent.set(name, known);
    return known;
  }
  let lists: UnitLists;
  try {
    lists = { list: unitResponsibilities(analysis, name) };
  } catch (error) {
    if (!(error instanceof UnknownUnitError)) throw error;
    lists = { unknown: error };
  }
  recent.set(name, lists);
  if (recent.size > RECENT_UNITS) recent.delete(recent.keys().next().value!);
  return lists;
}

function UnitDetail({ name }: { name: string }) {
  const { analysis, asOf, t, href, completion } = useViewer();
  // The list without statuses: rows judge their own status as they render (a unit may hold
  // thousands of tasks, of which a few hundred are shown). The notice's duties are judged here.
  const result = useMemo(() => unitLists(analysis, name), [analysis, name]);
  const unitName = result.list?.unit.name;
  const isGroup = result.list?.unit.isGroup;

  const duties = useMemo(
    () => (unitName && !isGroup ? noticeDuties(analysis, { unit: unitName, asOf, completion }) : []),
    [analysis, unitName, isGroup, asOf, completion],
  );
  if (result.unknown) {
    return (
      <div className="unit-detail" role="status">
        <h1 id="view-title" tabIndex={-1}>
          {t('unknownUnit', { name })}
        </h1>
        {result.unknown.suggestions.length > 0 ? (
          <p>
            {t('didYouMean')}{' '}
            {result.unknown.suggestions.map((s, i) => (
              <span key={s}>
                {i > 0 ? t('listSep') : null}
                <a href={href({ view: 'unit', unit: s })}>{s}</a>
              </span>
            ))}
          </p>
        ) : null}
      </div>
    );
  }
  return <Detail list={result.list!} duties={duties} />;
}

export function UnitView() {
  const { route, t } = useViewer();
  // Choosing a unit puts focus on its heading (its tasks are then a skip link away).
  const shownUnit = useRef(route.unit);
  useEffect(() => {
    if (shownUnit.current === route.unit) return;
    shownUnit.current = route.unit;
    if (route.unit) document.getElementById('view-title')?.focus();
  }, [route.unit]);
  return (
    <div className="view view-unit">
      <Picker selected={route.unit} />
      <div className="unit-main">
        {route.unit ? (
          <UnitDetail name={route.unit} />
        ) : (
          <div className="unit-detail">
            <h1 id="view-title" tabIndex={-1}>
              {t('unitTitle')}
            </h1>
            <p>{t('pickUnit')}</p>
          </div>
        )}
      </div>
    </div>
  );
}
