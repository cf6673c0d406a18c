/**
 * The comparison of two plans (方案比对): an earlier plan (A, from the library) against the plan in use
 * (B) — tasks added, removed, and changed (renumbered, reworded, re-assigned, deadline moved,
 * recategorized) — core's `diffPlans`, the same function `fengong diff` prints.
 */
import { analyzePlan, diffPlans, type DiffTask, planId, type Role, type TaskChange } from '@fengong/core';
import { useEffect, useId, useMemo, useState } from 'react';
import { useViewer } from '../context';
import { type MessageKey, roleKey, type Translate } from '../lib/i18n';
import { BUILT_IN_PLAN, type LibraryPlan, libraryStore } from '../lib/library';
import { seed } from '../lib/seed';
import { keepServedPlan, type ServedPlanInfo, servedPlans } from '../lib/served-plans';
import { isServed } from '../lib/server';

const KINDS = ['renumbered', 'reworded', 'reassigned', 'deadlineMoved', 'recategorized'] as const;
const kindKey = (k: TaskChange['kinds'][number]): MessageKey => `diffKind_${k}`;

function TaskLine({ task, side }: { task: DiffTask; side: 'A' | 'B' }) {
  const { t } = useViewer();
  return (
    <li data-task={task.number}>
      <strong>
        {side}
        {task.number}
      </strong>{' '}
      {task.text}
      <span className="muted">
        {' '}
        {t('paren', { x: `${task.units}${t('clauseSep')}${task.deadline.text || '—'}` })}
      </span>
    </li>
  );
}

function changeDetails(c: TaskChange, t: Translate): string[] {
  const lines: string[] = [];
  if (c.text)
    lines.push(
      t('labelledValue', {
        label: t('diffSimilarity', { x: c.similarity }),
        value: `A「${c.text.a}」→ B「${c.text.b}」`,
      }),
    );
  if (c.roles) {
    const parts = (Object.entries(c.roles) as [Role, { added: string[]; removed: string[] }][]).map(
      ([role, d]) =>
        `${t(roleKey(role))} ${[...d.added.map((n) => `+${n}`), ...d.removed.map((n) => `−${n}`)].join(' ')}`,
    );
    lines.push(t('labelledValue', { label: t('unit'), value: parts.join(t('clauseSep')) }));
  }
  if (c.deadline) {
    const days = c.deadline.days;
    const moved =
      days === undefined || days === 0
        ? ''
        : t('paren', { x: days > 0 ? t('diffLater', { n: days }) : t('diffEarlier', { n: -days }) });
    lines.push(
      t('labelledValue', {
        label: t('deadline'),
        value: `${c.deadline.a.text || '—'} → ${c.deadline.b.text || '—'}${moved}`,
      }),
    );
  }
  if (c.category)
    lines.push(t('labelledValue', { label: t('category'), value: `${c.category.a} → ${c.category.b}` }));
  return lines;
}

/** The value of a plan the server holds but this browser has not read yet (served viewer). */
const SERVED = 'served:';

function PickBase() {
  const { t, navigate, planRef, ledger, route } = useViewer();
  const [list, setList] = useState<LibraryPlan[] | null>(null);
  // Served by `fengong serve`: its other plans (years), listed at start; one is read when picked.
  const [held, setHeld] = useState<readonly ServedPlanInfo[]>([]);
  const [failed, setFailed] = useState<string | undefined>();
  useEffect(() => {
    void libraryStore()
      .then((s) => s.list())
      .then(setList);
    if (isServed()) void servedPlans().then(setHeld);
  }, []);
  const pickId = useId();
  const builtIn = seed().plan.plan.meta;
  const heldIds = new Set(held.map((p) => p.id));
  const options = [
    ...held
      .filter((p) => p.id !== ledger.plan)
      .map((p) => ({ id: `${SERVED}${p.id}`, title: p.title, documentNumber: p.id })),
    // A copy of a plan the server holds is the server's: its copy is listed (above), not this one.
    ...(list ?? [])
      .filter((r) => !heldIds.has(planId(r.plan)))
      .map((r) => ({ id: r.id, title: r.title, documentNumber: r.documentNumber })),
    // The served viewer's plans are the server's: no built-in one.
    ...(isServed()
      ? []
      : [{ id: BUILT_IN_PLAN, title: builtIn.title, documentNumber: builtIn.documentNumber }]),
  ].filter((o) => o.id !== planRef);
  const pick = async (value: string) => {
    if (!value.startsWith(SERVED)) return navigate({ base: value });
    const id = value.slice(SERVED.length);
    const record = await keepServedPlan(id, new Date().toISOString()).catch(() => undefined);
    if (record) navigate({ base: record.id });
    else setFailed(id);
  };
  return (
    <div className="box">
      <label htmlFor={pickId}>{t('diffPick')}</label>{' '}
      <select
        id={pickId}
        // The plan A in use, when it is one of the choices (else 选择…).
        value={options.some((o) => o.id === route.base) ? route.base : ''}
        data-testid="diff-base"
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (value) void pick(value);
        }}
      >
        <option value="">{t('ledgerPick')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.title}
            {o.documentNumber ? t('paren', { x: o.documentNumber }) : ''}
          </option>
        ))}
      </select>
      {options.length === 0 ? <p className="muted">{t('diffPickNone')}</p> : null}
      {failed ? <p role="alert">{t('servedPlanFailed', { id: failed })}</p> : null}
    </div>
  );
}

export default function DiffView() {
  const { analysis, t, route, records, href } = useViewer();
  const base = route.base;
  const record = base && base !== BUILT_IN_PLAN ? records.get(base) : undefined;
  const baseAnalysis = useMemo(() => {
    if (base === BUILT_IN_PLAN) {
      const s = seed();
      return analyzePlan(s.plan.plan, { registry: s.registry.registry });
    }
    if (!record) return undefined;
    return analyzePlan(record.plan, record.registry ? { registry: record.registry } : {});
  }, [base, record]);
  const diff = useMemo(
    () => (baseAnalysis ? diffPlans(baseAnalysis, analysis) : undefined),
    [baseAnalysis, analysis],
  );
  const head = (
    <header className="view-head">
      <h1 id="view-title" tabIndex={-1}>
        {t('diffTitle')}
      </h1>
    </header>
  );
  if (!base) {
    return (
      <div className="view view-diff">
        {head}
        <p className="muted">{t('diffIntro')}</p>
        <PickBase />
      </div>
    );
  }
  if (!diff) {
    return (
      <div className="view view-diff">
        {head}
        {record === null ? (
          <p role="alert">
            {t('planMissing', { id: base })} <a href={href({ view: 'library' })}>{t('goLibrary')}</a>
          </p>
        ) : (
          <p className="busy">{t('planLoading')}</p>
        )}
      </div>
    );
  }
  const c = diff.counts;
  const renumberedOnly = diff.changed.filter((x) => x.kinds.length === 1 && x.kinds[0] === 'renumbered');
  const other = diff.changed.filter((x) => !renumberedOnly.includes(x));
  const ref = (p: typeof diff.a) =>
    `${p.title}${p.documentNumber ? t('paren', { x: p.documentNumber }) : ''}${t('andAlso', { x: t('tasksCount', { n: p.tasks }) })}`;
  return (
    <div className="view view-diff" data-testid="diff">
      {head}
      <p className="muted">{t('diffIntro')}</p>
      <dl className="meta">
        <dt>{t('diffA')}</dt>
        <dd data-side="a">{ref(diff.a)}</dd>
        <dt>{t('diffB')}</dt>
        <dd data-side="b">{ref(diff.b)}</dd>
      </dl>
      <PickBase />
      <section aria-labelledby="diff-counts-title" className="cards">
        <h2 id="diff-counts-title" className="sr-only">
          {t('diffTitle')}
        </h2>
        {(['added', 'removed', 'changed', 'unchanged'] as const).map((k) => (
          <div className="card" key={k} data-count={k}>
            <div className="card-number">{c[k]}</div>
            <div className="card-label">
              {t(
                k === 'added'
                  ? 'diffAdded'
                  : k === 'removed'
                    ? 'diffRemoved'
                    : k === 'changed'
                      ? 'diffChanged'
                      : 'diffUnchanged',
              )}
            </div>
          </div>
        ))}
        {KINDS.map((k) => (
          <div className="card card-small" key={k} data-count={k}>
            <div className="card-number">{c[k]}</div>
            <div className="card-label">{t(kindKey(k))}</div>
          </div>
        ))}
      </section>
      {diff.added.length > 0 ? (
        <section className="box" aria-labelledby="diff-added-title" data-section="added">
          <h2 id="diff-added-title">{t('diffAdded')}</h2>
          <ul className="diff-list">
            {diff.added.map((task) => (
              <TaskLine key={task.number} task={task} side="B" />
            ))}
          </ul>
        </section>
      ) : null}
      {diff.removed.length > 0 ? (
        <section className="box" aria-labelledby="diff-removed-title" data-section="removed">
          <h2 id="diff-removed-title">{t('diffRemoved')}</h2>
          <ul className="diff-list">
            {diff.removed.map((task) => (
              <TaskLine key={task.number} task={task} side="A" />
            ))}
          </ul>
        </section>
      ) : null}
      {other.length > 0 ? (
        <section className="box" aria-labelledby="diff-changed-title" data-section="changed">
          <h2 id="diff-changed-title">{t('diffChanged')}</h2>
          <ul className="diff-list">
            {other.map((x) => (
              <li key={`${x.a}-${x.b}`} data-a={x.a} data-b={x.b} data-kinds={x.kinds.join(' ')}>
                <strong>{x.a === x.b ? `A${x.a}` : `A${x.a} → B${x.b}`}</strong>{' '}
                {x.kinds.map((k) => t(kindKey(k))).join(t('listSep'))}
                <ul>
                  {changeDetails(x, t).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {renumberedOnly.length > 0 ? (
        <section className="box" aria-labelledby="diff-renumbered-title" data-section="renumbered">
          <h2 id="diff-renumbered-title">{t('diffKind_renumbered')}</h2>
          <p>{renumberedOnly.map((x) => `A${x.a}→B${x.b}`).join(t('listSep'))}</p>
        </section>
      ) : null}
    </div>
  );
}
