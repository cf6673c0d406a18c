/**
 * The start screen (方案库): the plans kept in this browser, each opened, looked back on, compared or
 * removed from here; the page shown when a URL names a plan this browser does not have; and the
 * explanation of URL parameters that could not be read.
 */
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useViewer } from '../context';
import type { Translate } from '../lib/i18n';
import { ledgerStore } from '../lib/ledger-store';
import { BUILT_IN_PLAN, type LibraryPlan, libraryStore } from '../lib/library';
import type { InvalidParam } from '../lib/route';
import { seed } from '../lib/seed';

/** A plan as the library lists it (the built-in one has no record). */
interface Listed {
  id: string;
  title: string;
  documentNumber?: string;
  issued: string;
  tasks: number;
  name: string;
  openedAt?: string;
  record?: LibraryPlan;
}

function builtInListed(): Listed {
  const { plan } = seed().plan;
  return {
    id: BUILT_IN_PLAN,
    title: plan.meta.title,
    ...(plan.meta.documentNumber ? { documentNumber: plan.meta.documentNumber } : {}),
    issued: plan.meta.issued,
    tasks: plan.tasks.length,
    name: seed().plan.name,
  };
}

/** The day and minute of an ISO instant, in the browser's time zone. */
function when(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function Compare({ plans }: { plans: readonly Listed[] }) {
  const { t, navigate } = useViewer();
  const [a, setA] = useState(plans[1]?.id ?? plans[0]?.id ?? '');
  const [b, setB] = useState(plans[0]?.id ?? '');
  const titleId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate({ view: 'diff', plan: b, base: a, unit: undefined, task: undefined });
  };
  const options = plans.map((p) => (
    <option key={p.id} value={p.id}>
      {p.title}
      {p.documentNumber ? t('paren', { x: p.documentNumber }) : ''}
    </option>
  ));
  return (
    <section className="box" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('libraryCompare')}</h2>
      <p className="muted">{t('libraryCompareIntro')}</p>
      <form className="compare-form" onSubmit={submit}>
        <label>
          <span>{t('compareEarlier')}</span>
          <select value={a} onChange={(e) => setA(e.currentTarget.value)} data-testid="compare-a">
            {options}
          </select>
        </label>
        <label>
          <span>{t('compareLater')}</span>
          <select value={b} onChange={(e) => setB(e.currentTarget.value)} data-testid="compare-b">
            {options}
          </select>
        </label>
        <button type="submit" data-testid="compare-go">
          {t('compareGo')}
        </button>
      </form>
    </section>
  );
}

export function LibraryView({ onOpen, onRemoved }: { onOpen: () => void; onRemoved: (id: string) => void }) {
  const { t, href, route, records } = useViewer();
  const [list, setList] = useState<LibraryPlan[] | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  // Read the list again whenever a plan was added or forgotten.
  // biome-ignore lint/correctness/useExhaustiveDependencies: records changing is the reason to read again
  useEffect(() => {
    let live = true;
    void libraryStore()
      .then((store) => store.list())
      .then((all) => {
        if (live) setList(all);
      });
    return () => {
      live = false;
    };
  }, [records]);

  const remove = async (record: LibraryPlan) => {
    const store = await libraryStore();
    await store.remove(record.id);
    const rest = await store.list();
    // The ledger is kept per plan id (文号, else title): removed with the last plan that uses it.
    const ledgerId = record.documentNumber?.trim() || record.title.trim();
    const builtIn = seed().plan.plan.meta;
    const shared =
      rest.some((r) => (r.documentNumber?.trim() || r.title.trim()) === ledgerId) ||
      (builtIn.documentNumber?.trim() || builtIn.title.trim()) === ledgerId;
    if (!shared) await (await ledgerStore()).clear(ledgerId);
    setList(rest);
    setConfirming(null);
    setRemoved(record.title);
    onRemoved(record.id);
  };

  const plans: Listed[] = [...(list ?? []).map((r) => ({ ...r, record: r })), builtInListed()];
  const inUse = route.plan ?? BUILT_IN_PLAN;
  return (
    <div className="view view-library">
      <header className="view-head">
        <h1 id="view-title" tabIndex={-1}>
          {t('libraryTitle')}
        </h1>
      </header>
      <p>{t('libraryIntro')}</p>
      <p>
        <button type="button" className="open-button" onClick={onOpen}>
          {t('openPlan')}
        </button>
      </p>
      {removed ? (
        <p role="status" className="note">
          {t('libraryRemoved', { title: removed })}
        </p>
      ) : null}
      {list && list.length === 0 ? <p className="muted">{t('libraryEmpty')}</p> : null}
      <ul className="library" data-testid="library">
        {plans.map((p) => {
          const planRef = p.id === BUILT_IN_PLAN ? undefined : p.id;
          const link = (view: 'overview' | 'lookback') =>
            href({ view, plan: planRef, unit: undefined, task: undefined });
          return (
            <li key={p.id} className="library-item" data-plan={p.id}>
              <h2 className="library-title">
                <a href={link('overview')}>{p.title}</a>
                {p.id === inUse ? <span className="badge">{t('libraryCurrent')}</span> : null}
              </h2>
              <dl className="meta">
                {p.documentNumber ? (
                  <>
                    <dt>{t('documentNumber')}</dt>
                    <dd>{p.documentNumber}</dd>
                  </>
                ) : null}
                <dt>{t('issued')}</dt>
                <dd>{p.issued}</dd>
                <dt>{t('tasks')}</dt>
                <dd>{p.tasks}</dd>
              </dl>
              <p className="muted">
                {p.record
                  ? t('libraryFile', { name: p.name })
                  : `${t('builtIn')}${t('paren', { x: p.name })}`}
                {p.openedAt ? ` · ${t('libraryOpened', { date: when(p.openedAt) })}` : ''}
              </p>
              <p className="library-actions">
                <a href={link('overview')} className="button-link">
                  {t('libraryOpen')}
                </a>
                <a href={link('lookback')} className="button-link">
                  {t('navLookback')}
                </a>
                {p.record ? (
                  confirming === p.id ? (
                    <>
                      <button
                        type="button"
                        className="danger"
                        onClick={() => void remove(p.record!)}
                        data-testid="remove-confirm"
                      >
                        {t('libraryRemoveConfirm', { title: p.title })}
                      </button>
                      <button type="button" onClick={() => setConfirming(null)}>
                        {t('libraryRemoveCancel')}
                      </button>
                    </>
                  ) : (
                    <button
                      type="button"
                      onClick={() => setConfirming(p.id)}
                      aria-label={`${t('libraryRemove')} ${p.title}`}
                    >
                      {t('libraryRemove')}
                    </button>
                  )
                ) : null}
              </p>
            </li>
          );
        })}
      </ul>
      {plans.length > 1 ? <Compare plans={plans} /> : null}
    </div>
  );
}

/** A URL that names a plan this browser does not have: said plainly, with no other plan's data. */
export function MissingPlan({ id, onOpen }: { id: string; onOpen: () => void }) {
  const { t, href } = useViewer();
  return (
    <div className="view view-missing" data-testid="plan-missing">
      <h1 id="view-title" tabIndex={-1}>
        {t('planMissingTitle')}
      </h1>
      <p role="alert">{t('planMissing', { id })}</p>
      <p className="library-actions">
        <button type="button" className="open-button" onClick={onOpen}>
          {t('openPlan')}
        </button>
        <a href={href({ view: 'library', plan: undefined })} className="button-link">
          {t('goLibrary')}
        </a>
      </p>
    </div>
  );
}

/** URL parameters that could not be read, each explained. */
export function InvalidParams({
  invalid,
  today,
  t,
}: {
  invalid: readonly InvalidParam[];
  today: string;
  t: Translate;
}) {
  return (
    <div className="note invalid-params" role="status" data-testid="invalid-params">
      <p>{t('invalidParams')}</p>
      <ul>
        {invalid.map((p) => (
          <li key={`${p.name}=${p.value}`} data-param={p.name}>
            {t(`invalid_${p.name}`, { value: p.value, today })}
          </li>
        ))}
      </ul>
    </div>
  );
}
