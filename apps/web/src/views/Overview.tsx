/** The overview (概览): the plan at a glance, the notice's general duties, categories with their tasks. */
import {
  type DeadlineKind,
  type DutyActor,
  explainDeadline,
  listTasks,
  sayDiagnostic,
  searchTasks,
  type TaskSearchHit,
  type TaskView,
  trafficLight,
} from '@fengong/core';
import { type CSSProperties, useMemo, useState } from 'react';
import { DiagnosticCode, Highlighted, Holders, Light, localeOf, Status, TaskLink } from '../components/bits';
import { FilterBar, StatusSummary } from '../components/Filters';
import { useViewer } from '../context';
import { useAfterPaint } from '../lib/after-paint';
import { overviewRoleCounts, overviewSummary } from '../lib/directory';
import { cannotCompleteCandidates, type FilterFacts, passesStatus, statusCounts } from '../lib/filters';
import { kindKey, ROLES, roleKey, type Translate } from '../lib/i18n';
import { uniqueKeys } from '../lib/keys';

/** Categories with more tasks than this start closed, and render their tasks only when opened. */
const OPEN_LIMIT = 60;
/** A plan with more tasks than this starts with every category closed. */
const PLAN_OPEN_LIMIT = 300;
/** Categories rendered at once (more than a screen); the rest follow after the first paint. */
const FIRST_CATEGORIES = 60;

function actorText(actor: DutyActor, t: Translate): string {
  if (actor.kind === 'everyUnit') return t('everyUnit');
  if (actor.kind === 'role') return t('roleHolders', { role: t(roleKey(actor.role)) });
  return actor.units.join(t('listSep'));
}

function TaskRows({
  tasks,
  hits,
}: {
  tasks: readonly TaskView[];
  hits?: ReadonlyMap<number, TaskSearchHit> | undefined;
}) {
  return (
    <ul className="task-rows">
      {tasks.map((task) => (
        <li key={task.number} className="task-row" data-task={task.number}>
          <TaskLink number={task.number}>{task.number}</TaskLink>
          <span className="task-row-text">
            <Highlighted text={task.text} ranges={hits?.get(task.number)?.ranges.text} />
          </span>
          <span className="task-row-lead">
            <Holders roles={task.roles} />
          </span>
          <span className="task-row-deadline">{task.deadline.text || '—'}</span>
          <span className="task-row-status">
            <Status status={task.status} />
          </span>
        </li>
      ))}
    </ul>
  );
}

function CategorySection({
  name,
  tasks,
  index,
  startOpen,
}: {
  name: string;
  tasks: readonly TaskView[];
  index: number;
  startOpen: boolean;
}) {
  const { t } = useViewer();
  const [open, setOpen] = useState(startOpen && tasks.length <= OPEN_LIMIT);
  const worst = tasks.reduce<number>((n, task) => n + (task.status?.light === 'red' ? 1 : 0), 0);
  return (
    <details
      className="category"
      // The height the browser assumes for a category it has not laid out yet (see .category).
      style={{ '--rows': open ? tasks.length : 0 } as CSSProperties}
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <span className="category-index">{index + 1}</span>
        <span className="category-name">{name}</span>
        <span className="count">
          {t('tasksCount', { n: tasks.length })}
          {worst > 0 ? (
            <>
              {' · '}
              <Light light="red" /> {worst}
            </>
          ) : null}
        </span>
      </summary>
      {open ? <TaskRows tasks={tasks} /> : null}
    </details>
  );
}

export function Overview() {
  const { analysis, asOf, t, lang, completion, progress, route, ledger } = useViewer();
  const { plan } = analysis;
  const summary = useMemo(() => overviewSummary(analysis), [analysis]);
  const [noticesOpen, setNoticesOpen] = useState(false);
  // A plan with thousands of categories shows its first ones at once and the rest once those are painted.
  const rest = useAfterPaint(analysis);
  const categories =
    rest || plan.categories.length <= FIRST_CATEGORIES
      ? plan.categories
      : plan.categories.slice(0, FIRST_CATEGORIES);
  const roles = useMemo(() => overviewRoleCounts(analysis), [analysis]);
  const views = useMemo(() => listTasks(analysis, { asOf, completion }), [analysis, asOf, completion]);
  // The filters: 无法完成 when an owner reported it (the task's own state by the ledger).
  const facts = useMemo(() => {
    const candidates = cannotCompleteCandidates(ledger.entries);
    return new Map<number, FilterFacts>(
      views.map((v) => [
        v.number,
        {
          status: v.status?.status,
          cannotComplete: candidates.has(v.number) && progress.task(v.number)?.state === 'cannotComplete',
        },
      ]),
    );
  }, [views, progress, ledger.entries]);
  const counts = useMemo(() => statusCounts(facts.values()), [facts]);
  const hits = useMemo(
    () => (route.q ? new Map(searchTasks(analysis, route.q).map((h) => [h.task, h])) : undefined),
    [analysis, route.q],
  );
  const filtered = Boolean(route.status || route.q);
  const matching = filtered
    ? views.filter((v) => passesStatus(facts.get(v.number)!, route.status) && (!hits || hits.has(v.number)))
    : views;
  const byCategory = useMemo(() => {
    const map = new Map<string, TaskView[]>(plan.categories.map((c) => [c.name, []]));
    for (const v of views) map.get(v.category)?.push(v);
    return map;
  }, [plan, views]);
  const noticeKeys = useMemo(
    () => uniqueKeys(summary.notices.slice(0, 500).map((n) => `${n.code}:${n.path?.join('.')}:${n.message}`)),
    [summary],
  );
  const kinds = Object.entries(summary.deadlinesByKind) as [DeadlineKind, number][];
  const { meta } = plan;

  return (
    <div className="view view-overview">
      <header className="view-head">
        <h1 id="view-title" tabIndex={-1}>
          {meta.title}
        </h1>
        <dl className="meta">
          {meta.documentNumber ? (
            <>
              <dt>{t('documentNumber')}</dt>
              <dd>{meta.documentNumber}</dd>
            </>
          ) : null}
          {meta.issuer ? (
            <>
              <dt>{t('issuer')}</dt>
              <dd>{meta.issuer}</dd>
            </>
          ) : null}
          <dt>{t('issued')}</dt>
          <dd>{meta.issued}</dd>
        </dl>
      </header>

      <section aria-labelledby="counts-title" className="cards">
        <h2 id="counts-title" className="sr-only">
          {t('overviewTitle')}
        </h2>
        <div className="card">
          <div className="card-number">{summary.tasks}</div>
          <div className="card-label">{t('tasks')}</div>
        </div>
        <div className="card">
          <div className="card-number">{summary.categories}</div>
          <div className="card-label">{t('categories')}</div>
        </div>
        <div className="card">
          <div className="card-number">{summary.unitsNamed}</div>
          <div className="card-label">{t('unitsNamed')}</div>
        </div>
        <div className="card">
          <div className="card-number">{summary.groupsNamed}</div>
          <div className="card-label">{t('groupsNamed')}</div>
        </div>
        <div className="card">
          <div className="card-number">{summary.unitsInvolved}</div>
          <div className="card-label">{t('unitsInvolved')}</div>
        </div>
        <div className="card">
          <div className="card-number">{summary.tasksWithLead}</div>
          <div className="card-label">{t('tasksWithLead')}</div>
        </div>
      </section>

      <div className="columns">
        <section aria-labelledby="by-role-title" className="box">
          <h2 id="by-role-title">{t('countsByRole')}</h2>
          <table className="counts">
            <thead>
              <tr>
                <th scope="col">{t('role')}</th>
                <th scope="col">{t('roleTasks')}</th>
                <th scope="col">
                  <abbr title={t('roleAssignmentsHint')}>{t('roleAssignments')}</abbr>
                </th>
              </tr>
            </thead>
            <tbody>
              {ROLES.map((role) => (
                <tr key={role} data-role={role}>
                  <th scope="row">{t(roleKey(role))}</th>
                  <td>{roles.tasks[role]}</td>
                  <td>{roles.assignments[role]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small" data-testid="assignments-hint">
            {t('roleAssignmentsHint')}
          </p>
        </section>
        <section aria-labelledby="by-kind-title" className="box">
          <h2 id="by-kind-title">{t('countsByKind')}</h2>
          <table className="counts">
            <tbody>
              {kinds.map(([kind, n]) => (
                <tr key={kind} data-kind={kind}>
                  <th scope="row">{t(kindKey(kind))}</th>
                  <td>{n}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>

      {plan.requirements.length > 0 ? (
        <section aria-labelledby="duties-title" className="box">
          <h2 id="duties-title">{t('generalDuties')}</h2>
          <ol className="requirements">
            {plan.requirements.map((r) => (
              <li key={r.number} value={r.number}>
                <p className="requirement-text">{r.text}</p>
                {r.duties.length > 0 ? (
                  <ul className="duties">
                    {r.duties.map((d) => {
                      const explained = d.deadline
                        ? explainDeadline(d.deadline, {
                            issued: plan.meta.issued,
                            conventions: plan.conventions,
                            asOf,
                          })
                        : undefined;
                      return (
                        <li key={`${d.actor.kind}:${d.action}`} className="duty">
                          <span className="duty-actor">{actorText(d.actor, t)}</span>
                          {t('colon')}
                          {d.action}
                          {d.recipient ? (
                            <span className="duty-recipient">
                              {t('recipientNote', { recipient: d.recipient })}
                            </span>
                          ) : null}
                          {explained ? (
                            <span className="duty-deadline">
                              {' '}
                              {d.deadline} → {explained.due ?? '—'}{' '}
                              {explained.status ? (
                                <Status
                                  status={{
                                    ...explained.status,
                                    light: trafficLight(explained.status.status),
                                  }}
                                />
                              ) : null}
                            </span>
                          ) : null}
                        </li>
                      );
                    })}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="notices-title" className="box">
        <h2 id="notices-title">
          {t('noticesOfReading')}
          {t('paren', { x: summary.notices.length })}
        </h2>
        {summary.notices.length === 0 ? (
          <p>{t('noticesNone')}</p>
        ) : (
          <details onToggle={(e) => setNoticesOpen((e.currentTarget as HTMLDetailsElement).open)}>
            <summary>{t('showNotices', { n: summary.notices.length })}</summary>
            {/* Built when opened: a large plan's notices are many, and most clerks never open them. */}
            {noticesOpen ? (
              <ul className="notices">
                {summary.notices.slice(0, 500).map((n, i) => {
                  const task = typeof n.path?.[1] === 'number' ? n.path[1] : undefined;
                  return (
                    <li key={noticeKeys[i]} className={`notice notice-${n.severity}`} data-code={n.code}>
                      {task !== undefined ? <TaskLink number={task} /> : null}{' '}
                      <DiagnosticCode code={n.code} lang={lang} /> {sayDiagnostic(n, localeOf(lang))}
                    </li>
                  );
                })}
              </ul>
            ) : null}
          </details>
        )}
      </section>

      <StatusSummary counts={counts} total={views.length} />
      <FilterBar roles={false} count={filtered ? matching.length : undefined} />
      {filtered ? (
        <section aria-labelledby="filtered-title" data-testid="filtered-tasks">
          <h2 id="filtered-title">{t('filterResult', { n: matching.length })}</h2>
          <TaskRows tasks={matching} hits={hits} />
        </section>
      ) : null}
      <section aria-labelledby="categories-title" hidden={filtered}>
        <h2 id="categories-title">{t('categoriesAndTasks')}</h2>
        {categories.map((c, i) => (
          <CategorySection
            key={c.name}
            name={c.name}
            index={i}
            tasks={byCategory.get(c.name) ?? []}
            startOpen={plan.tasks.length <= PLAN_OPEN_LIMIT}
          />
        ))}
      </section>
    </div>
  );
}
