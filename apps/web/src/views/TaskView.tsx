/**
 * The task view (任务详情): the requirement, the units cell with each span highlighted by the role
 * fengong read from it, the units after groups are expanded (with the group each came through),
 * the deadline with its reading and alternatives, and the notices of the reading.
 */
import {
  type Deadline,
  type PartStatus,
  type RoleAssignment,
  type SimpleDeadline,
  taskDetail,
  taskStatus,
  trafficLight,
} from '@fengong/core';
import { type FormEvent, Fragment, useMemo, useState } from 'react';
import { Notice, RoleMark, Status, UnitLink } from '../components/bits';
import { useViewer } from '../context';
import { TaskProgressBox } from '../components/Ledger';
import { kindKey, markKey, ROLES, readingKey, roleKey } from '../lib/i18n';
import { uniqueKeys } from '../lib/keys';
import { cellSegments } from '../lib/spans';

function UnitsCell({ text, segments }: { text: string; segments: ReturnType<typeof cellSegments> }) {
  const { t } = useViewer();
  return (
    <p className="units-cell" data-testid="units-cell" title={text}>
      {segments.map((s) => {
        if (s.kind === 'plain') return <span key={s.start}>{s.text}</span>;
        if (s.kind === 'unread')
          return (
            <mark key={s.start} className="span span-unread" title={t('notice_unread_span')}>
              {s.text}
            </mark>
          );
        const role = s.role!;
        const label =
          s.kind === 'name' || s.kind === 'alias'
            ? t('labelledValue', {
                label: s.text,
                value: `${t(roleKey(role))}${s.name && !s.name.known ? t('paren', { x: t('notInRegistry') }) : ''}`,
              })
            : t('labelledValue', {
                label: s.text,
                value: t('named', { name: t('marker'), x: t(roleKey(role)) }),
              });
        return (
          <mark
            key={s.start}
            className={`span span-${s.kind} role-${role}${s.name && !s.name.known ? ' span-unknown' : ''}`}
            title={label}
            data-role={role}
            data-span={`${s.start}-${s.end}`}
          >
            {s.text}
            {s.kind === 'name' ? (
              <sup className="span-mark" aria-hidden="true">
                {t(markKey(role))}
              </sup>
            ) : null}
            <span className="sr-only">{t('paren', { x: t(roleKey(role)) })}</span>
          </mark>
        );
      })}
    </p>
  );
}

function DeadlinePart({ part, status }: { part: SimpleDeadline & { label?: string }; status?: PartStatus }) {
  const { t } = useViewer();
  return (
    <li className="deadline-part" data-kind={part.kind}>
      {part.label ? <strong>{t('labelled', { label: part.label })}</strong> : null}
      <span>{part.text}</span> → <span className="kind">{t(kindKey(part.kind))}</span>
      {part.kind === 'by' ? (
        <>
          {' '}
          <strong>{part.due}</strong>
          {t('paren', { x: t(readingKey(part.reading)) })}
          {part.alternatives.length > 0 ? (
            <div className="alternatives">
              {t('labelled', { label: t('alternatives') })}
              {part.alternatives.map((a) => (
                <span key={a.reading} data-reading={a.reading}>
                  {t(readingKey(a.reading))} → <strong>{a.due}</strong>
                </span>
              ))}
            </div>
          ) : null}
          {part.yearInferred ? <div className="muted">{t('yearInferred')}</div> : null}
        </>
      ) : null}
      {part.kind === 'window' ? (
        <>
          {' '}
          {part.start} – <strong>{part.end}</strong>
        </>
      ) : null}
      {part.kind === 'ongoing' && part.until ? <> → {part.until}</> : null}
      {part.kind === 'recurring' ? <code> {part.rrule}</code> : null}
      {status ? (
        <>
          {' '}
          <Status status={{ ...status, notices: [], light: trafficLight(status.status) }} />
        </>
      ) : null}
    </li>
  );
}

function DeadlineReading({ deadline, parts }: { deadline: Deadline; parts?: PartStatus[] }) {
  const list: (SimpleDeadline & { label?: string })[] =
    deadline.kind === 'compound' ? deadline.parts : [deadline];
  return (
    <ul className="deadline-parts">
      {list.map((part, i) => (
        <DeadlinePart
          key={`${part.kind}:${part.text}:${part.label ?? ''}`}
          part={part}
          status={deadline.kind === 'compound' ? parts?.[i] : undefined}
        />
      ))}
    </ul>
  );
}

/** The units after expansion, by role, then by how they got the role (named, or the group they came through). */
function ExpandedUnits({ units }: { units: readonly RoleAssignment[] }) {
  const { t } = useViewer();
  return (
    <dl className="expanded">
      {ROLES.map((role) => {
        const holders = units.filter(
          (u) => u.role === role || (role === 'supervising' && u.supervising && u.role !== role),
        );
        if (holders.length === 0) return null;
        const byVia = new Map<string, RoleAssignment[]>();
        for (const u of holders) {
          const key = role === 'supervising' && u.role !== 'supervising' ? '' : (u.via ?? '');
          byVia.set(key, [...(byVia.get(key) ?? []), u]);
        }
        return (
          <div key={role} className="expanded-role" data-role={role}>
            <dt>
              <RoleMark role={role} /> {t(roleKey(role))}
              {t('paren', { x: holders.length })}
            </dt>
            {[...byVia].map(([via, list]) => (
              <dd key={via} data-via={via || undefined}>
                <span className="muted">
                  {via ? t('viaGroup', { group: via }) : t('directly')}
                  {via && list[0]?.territorial ? t('andAlso', { x: t('territorial') }) : ''}
                  {t('colon')}
                </span>
                {list.map((u, i) => (
                  <Fragment key={u.unit}>
                    {i > 0 ? t('listSep') : null}
                    <span className="expanded-unit" data-unit={u.unit}>
                      <UnitLink name={u.unit} />
                      {u.unknown ? (
                        <span className="muted">{t('paren', { x: t('notInRegistry') })}</span>
                      ) : null}
                      {u.by ? (
                        <span className="muted">
                          {t('paren', { x: t(u.by === 'convention' ? 'by_convention' : 'by_override') })}
                        </span>
                      ) : null}
                    </span>
                  </Fragment>
                ))}
              </dd>
            ))}
          </div>
        );
      })}
    </dl>
  );
}

function TaskPicker({ current }: { current: number | undefined }) {
  const { analysis, t, href } = useViewer();
  const [value, setValue] = useState(current !== undefined ? String(current) : '');
  const tasks = analysis.plan.tasks;
  const index = current !== undefined ? tasks.findIndex((x) => x.number === current) : -1;
  const prev = index > 0 ? tasks[index - 1] : undefined;
  const next = index >= 0 && index < tasks.length - 1 ? tasks[index + 1] : tasks[0];
  const go = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(value);
    if (Number.isInteger(n) && n > 0) window.location.hash = href({ view: 'task', task: n });
  };
  return (
    <form className="task-picker" onSubmit={go} aria-label={t('pickTask')}>
      <label>
        {t('taskNumber')}{' '}
        <input
          type="number"
          min={1}
          inputMode="numeric"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          className="task-number-input"
        />
      </label>
      <button type="submit">→</button>
      {prev ? (
        <a href={href({ view: 'task', task: prev.number })} rel="prev">
          ← {t('previous')}
        </a>
      ) : null}
      {next && index < tasks.length - 1 ? (
        <a href={href({ view: 'task', task: next.number })} rel="next">
          {t('next')} →
        </a>
      ) : null}
    </form>
  );
}

export function TaskView() {
  const { analysis, asOf, t, route, completion } = useViewer();
  const number = route.task ?? analysis.plan.tasks[0]?.number;
  const item = number !== undefined ? analysis.byNumber.get(number) : undefined;
  const computed = useMemo(() => {
    if (!item) return undefined;
    return {
      segments: cellSegments(item.task.units, item.resolved.clauses, item.resolved.notices),
      notices: taskDetail(analysis, item.task.number)?.notices ?? [],
      status: taskStatus(item, analysis, { asOf, completion: completion.get(item.task.number) }),
    };
  }, [item, analysis, asOf, completion]);

  if (!item || !computed) {
    return (
      <div className="view view-task">
        <TaskPicker key={number} current={number} />
        <h1 id="view-title" tabIndex={-1}>
          {t('noSuchTask', { n: number ?? '' })}
        </h1>
      </div>
    );
  }
  const { task, resolved, deadline } = item;
  const noticeKeys = uniqueKeys(
    computed.notices.map((n) => `${n.code}:${n.path?.join('.') ?? ''}:${n.message}`),
  );
  const carried = resolved.clauses.filter((c) => c.carriedFrom !== undefined);
  return (
    <div className="view view-task" data-task-view={task.number}>
      <TaskPicker key={task.number} current={task.number} />
      <header className="view-head">
        <h1 id="view-title" tabIndex={-1}>
          {t('taskTitle', { n: task.number })}
        </h1>
        <p className="category-line">
          <span className="muted">{t('labelled', { label: t('category') })}</span>
          {task.category}
        </p>
      </header>
      <section className="box" aria-labelledby="req-title">
        <h2 id="req-title">{t('text')}</h2>
        <p className="requirement-text">{task.text}</p>
        {task.note ? <p className="muted">{task.note}</p> : null}
        {task.leaders && task.leaders.length > 0 ? (
          <p className="leaders">
            {t('labelledValue', { label: t('leaders'), value: task.leaders.join(t('listSep')) })}
          </p>
        ) : null}
      </section>

      <section className="box" aria-labelledby="cell-title">
        <h2 id="cell-title">{t('unitsCell')}</h2>
        <UnitsCell text={task.units} segments={computed.segments} />
        <p className="legend">
          <span className="muted">{t('labelled', { label: t('unitsCellLegend') })}</span>
          {ROLES.map((role) => (
            <span key={role} className={`legend-item span role-${role}`}>
              {t(markKey(role))} {t(roleKey(role))}
            </span>
          ))}
        </p>
        {carried.map((c) => (
          <p key={`carried:${c.carriedFrom}:${c.span.start}`} className="carried">
            {t('labelledValue', {
              label: t('carriedFrom', { n: c.carriedFrom! }),
              value: c.names.map((n) => n.name).join(t('listSep')),
            })}{' '}
            → {t(roleKey(c.role))}
          </p>
        ))}
        <p>
          <span className="muted">{t('labelled', { label: t('leadSource') })}</span>
          {t(`leadSource_${resolved.leadSource}`)}
          {resolved.override ? t('paren', { x: resolved.override.reason }) : ''}
        </p>
      </section>

      <section className="box" aria-labelledby="expanded-title">
        <h2 id="expanded-title">
          {t('expandedUnits')}
          {t('paren', { x: resolved.units.length })}
        </h2>
        <ExpandedUnits units={resolved.units} />
      </section>

      <section className="box" aria-labelledby="deadline-title">
        <h2 id="deadline-title">{t('deadlineReading')}</h2>
        <p>
          <span className="muted">{t('labelled', { label: t('deadline') })}</span>
          {task.deadline || '—'} <Status status={computed.status} />
        </p>
        {computed.status.strictDue ? (
          <p className="muted">{t('strictDue', { date: computed.status.strictDue })}</p>
        ) : null}
        <DeadlineReading deadline={deadline.deadline} parts={computed.status.parts} />
      </section>

      <TaskProgressBox task={task.number} />

      <section className="box" aria-labelledby="notices-title" data-testid="task-notices">
        <h2 id="notices-title">
          {t('notices')}
          {t('paren', { x: computed.notices.length })}
        </h2>
        {computed.notices.length === 0 ? (
          <p className="muted">{t('noNotices')}</p>
        ) : (
          <ul className="notices">
            {computed.notices.map((n, i) => (
              <Notice key={noticeKeys[i]} notice={n} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
