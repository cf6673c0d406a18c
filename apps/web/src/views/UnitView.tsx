/**
 * The unit view (单位职责清单): pick a unit or group (search by name, alias or full name), then its
 * tasks by role with deadlines and status, and its duties from the covering notice. Printable.
 */
import {
  noticeDuties,
  type Role,
  type TaskView,
  type UnitNoticeDuty,
  type UnitResponsibilities,
  UnknownUnitError,
  unitResponsibilities,
} from '@fengong/core';
import { memo, useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { Status, TaskLink, TaskNumbers, UnitLink } from '../components/bits';
import { LedgerPanel, RecordProgress } from '../components/Ledger';
import { useViewer } from '../context';
import { type DirectoryEntry, searchDirectory, unitDirectory } from '../lib/directory';
import { ROLES, roleKey, unitKindKey } from '../lib/i18n';
import { statusOn } from '../lib/status';

/** Rows shown per role before “show all” (all rows are shown when printing). */
const FIRST_ROWS = 60;
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
            <h3>{t('groupsWithMembers')}</h3>
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
                <h3>{t('otherUnits')}</h3>
                <ul>
                  {directory.others.slice(0, 500).map((entry) => (
                    <li key={entry.name}>{link(entry)}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {directory.unknown.length > 0 ? (
              <>
                <h3>{t('unknownNames')}</h3>
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
  recordable,
}: {
  unit: string;
  role: Role;
  tasks: readonly TaskView[];
  all: boolean;
  /** Whether rows offer to record the unit's progress (a unit, not a group). */
  recordable: boolean;
}) {
  const { analysis, asOf, t, progress } = useViewer();
  // A unit's row shows the unit's own part: done when its own entry says so or the task is done.
  const completion = useMemo(() => progress.unitCompletion(unit), [progress, unit]);
  // “Show all” holds for the unit it was asked for; the table is reused when the unit changes.
  const [allFor, setAllFor] = useState<string | null>(null);
  const shown = all || allFor === unit ? tasks : tasks.slice(0, FIRST_ROWS);
  const titleId = useId();
  return (
    <section className="role-section" data-role={role} aria-labelledby={titleId}>
      <h3 id={titleId}>
        {t(roleKey(role))}
        {t('paren', { x: tasks.length })}
      </h3>
      {tasks.length === 0 ? (
        <p className="muted">{t('noTasksInRole')}</p>
      ) : (
        <table className="tasks-table">
          <colgroup>
            <col className="c-num" />
            <col />
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
                  {task.text}
                  {task.unitRole?.via ? (
                    <span className="via">
                      {' '}
                      （{t('via')} {task.unitRole.via}
                      {task.unitRole.territorial ? `，${t('territorial')}` : ''}）
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
      {shown.length < tasks.length ? (
        <button type="button" className="show-all" onClick={() => setAllFor(unit)}>
          {t('showAll', { n: tasks.length })}
        </button>
      ) : null}
    </section>
  );
}

function Duty({ duty }: { duty: UnitNoticeDuty }) {
  const { t } = useViewer();
  return (
    <li className={`duty${duty.scope === 'ledTasks' ? ' duty-report' : ''}`} data-scope={duty.scope}>
      <div>
        <span className="muted">
          {t('requirement')} {duty.requirement}：
        </span>
        {duty.action}
        {duty.recipient ? (
          <span>
            （{t('recipient')} {duty.recipient}）
          </span>
        ) : null}
      </div>
      {duty.deadline ? (
        <div>
          <span className="muted">{t('deadline')}：</span>
          {duty.deadline.text} → <strong>{duty.deadline.due ?? '—'}</strong> <Status status={duty.status} />
        </div>
      ) : null}
      {duty.tasks.length > 0 ? (
        <div>
          <span className="muted">
            {t('coversTasks')}
            {t('paren', { x: duty.tasks.length })}：
          </span>
          <TaskNumbers numbers={duty.tasks} />
        </div>
      ) : null}
    </li>
  );
}

function Detail({ list, duties }: { list: UnitResponsibilities; duties: readonly UnitNoticeDuty[] }) {
  const { t } = useViewer();
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
  const byRole: Record<Role, TaskView[]> = {
    lead: list.lead,
    responsible: list.responsible,
    supporting: list.supporting,
    supervising: list.supervising,
  };
  return (
    <article className="unit-detail" data-unit-view={unit.name} aria-labelledby="view-title">
      <header className="view-head">
        <h2 id="view-title" tabIndex={-1}>
          {unit.name} <span className="subtitle">{t('unitTitle')}</span>
        </h2>
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
                    {i > 0 ? '、' : null}
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
                {t('total')} {workload.total}：
                {ROLES.map((r) => `${t(roleKey(r))} ${workload.byRole[r]}`).join(' · ')}
              </dd>
            </>
          ) : null}
        </dl>
      </header>
      {unit.isGroup ? <p className="note">{t('groupTasksNote')}</p> : null}
      {!unit.isGroup ? <LedgerPanel /> : null}
      {duties.length > 0 ? (
        <section className="box" aria-labelledby="unit-duties-title">
          <h3 id="unit-duties-title">{t('noticeDuties')}</h3>
          <ul className="duties">
            {duties.map((d) => (
              <Duty key={`${d.requirement}:${d.action}`} duty={d} />
            ))}
          </ul>
        </section>
      ) : null}
      {ROLES.map((role) => (
        <RoleTable
          key={role}
          unit={unit.name}
          role={role}
          tasks={byRole[role]}
          all={printing}
          recordable={!unit.isGroup}
        />
      ))}
    </article>
  );
}

function UnitDetail({ name }: { name: string }) {
  const { analysis, asOf, t, href, completion } = useViewer();
  // The list without statuses: rows judge their own status as they render (a unit may hold
  // thousands of tasks, of which a few hundred are shown). The notice's duties are judged here.
  const result = useMemo(() => {
    try {
      return { list: unitResponsibilities(analysis, name) };
    } catch (error) {
      if (error instanceof UnknownUnitError) return { unknown: error };
      throw error;
    }
  }, [analysis, name]);
  const unitName = result.list?.unit.name;
  const isGroup = result.list?.unit.isGroup;
  const duties = useMemo(
    () => (unitName && !isGroup ? noticeDuties(analysis, { unit: unitName, asOf, completion }) : []),
    [analysis, unitName, isGroup, asOf, completion],
  );
  if (result.unknown) {
    return (
      <div className="unit-detail" role="status">
        <h2 id="view-title" tabIndex={-1}>
          {t('unknownUnit', { name })}
        </h2>
        {result.unknown.suggestions.length > 0 ? (
          <p>
            {t('didYouMean')}{' '}
            {result.unknown.suggestions.map((s, i) => (
              <span key={s}>
                {i > 0 ? '、' : null}
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
  return (
    <div className="view view-unit">
      <Picker selected={route.unit} />
      <div className="unit-main">
        {route.unit ? (
          <UnitDetail name={route.unit} />
        ) : (
          <div className="unit-detail">
            <h2 id="view-title" tabIndex={-1}>
              {t('unitTitle')}
            </h2>
            <p>{t('pickUnit')}</p>
          </div>
        )}
      </div>
    </div>
  );
}
