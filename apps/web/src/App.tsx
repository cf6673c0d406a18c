/**
 * The viewer's shell: the plan in use (the built-in seed, or a file the user opened), the status
 * day and language (from the URL), the navigation between views, and opening files by picker or
 * drag and drop. Every answer comes from @fengong/core; this file only wires it to the screen.
 */
import { type LedgerEntry, ledgerProgress, type PlanAnalysis, planId } from '@fengong/core';
import {
  type ChangeEvent,
  lazy,
  type ReactNode,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { Downloads } from './components/Downloads';
import { type Viewer, ViewerContext, type ViewerLedger } from './context';
import { useAfterPaint } from './lib/after-paint';
import { analysisKey, readAnalysis } from './lib/analysis-cache';
import { analysisInBackground, openInBackground } from './lib/background';
import { type MessageKey, translator } from './lib/i18n';
import { ledgerStore, newId } from './lib/ledger-store';
import { BUILT_IN_PLAN, type LibraryPlan, libraryRecord, libraryStore, planHash } from './lib/library';
import type { FileInput, FileProblem, LoadedPlan, LoadedRegistry } from './lib/load';
import type { OpenStage } from './lib/opening';
import {
  formatRoute,
  isCalendarDay,
  localToday,
  parseRoute,
  type Route,
  type View,
  withRoute,
} from './lib/route';
import { seed } from './lib/seed';
import { isServed } from './lib/server';
import { useServedPlan } from './lib/use-served-plan';
import { InvalidParams, LibraryView, MissingPlan } from './views/LibraryView';
import { Overview } from './views/Overview';
import { UnitView } from './views/UnitView';

// Views not on the first screen load when first shown: the look-back, the comparison (its matching),
// a task's page, the matrix and the calendar (their windowing and month grids).
const LookbackView = lazy(() => import('./views/LookbackView'));
const DiffView = lazy(() => import('./views/DiffView'));
const MatrixView = lazy(() => import('./views/MatrixView').then((m) => ({ default: m.MatrixView })));
const TaskView = lazy(() => import('./views/TaskView').then((m) => ({ default: m.TaskView })));
const CalendarView = lazy(() => import('./views/CalendarView').then((m) => ({ default: m.CalendarView })));
// A file's problems and an imported plan's review, shown only after opening a file.
const FileProblems = lazy(() => import('./components/FilePanels').then((m) => ({ default: m.FileProblems })));
// The server's plans (years) to choose from, only where `fengong serve` holds several.
const ServedPlans = lazy(() => import('./components/ServedPlans'));
// A lead unit's 汇总报送, on its own unit page where `fengong serve` signed it in.
const LeadSummary = lazy(() => import('./components/LeadSummary'));
// The office's list of the 汇总报送 received, on the overview where `fengong serve` signed it in.
const SummaryReceipts = lazy(() => import('./components/SummaryReceipts'));
const ImportReview = lazy(() => import('./components/FilePanels').then((m) => ({ default: m.ImportReview })));

function subscribeHash(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribeHash, () => window.location.hash);
  return useMemo(() => parseRoute(hash), [hash]);
}

const NAV: { view: View; key: MessageKey }[] = [
  { view: 'library', key: 'navLibrary' },
  { view: 'overview', key: 'navOverview' },
  { view: 'unit', key: 'navUnit' },
  { view: 'task', key: 'navTask' },
  { view: 'matrix', key: 'navMatrix' },
  { view: 'calendar', key: 'navCalendar' },
  { view: 'lookback', key: 'navLookback' },
  { view: 'diff', key: 'navDiff' },
];

/** A plan the viewer can show: the built-in one, or one from the library. */
interface Source {
  id: string;
  plan: LoadedPlan;
  registry: LoadedRegistry | null;
  /**
   * core's analysis: the built-in plan's made when the viewer was built; a library plan's made in the
   * worker when it was opened, or saved beside it in the library (lib/analysis-cache.ts).
   */
  analysis: PlanAnalysis;
}

/** One source per record and analysis, so that the views' memos hold while neither changes. */
const sources = new WeakMap<PlanAnalysis, { record: LibraryPlan; source: Source }>();

function sourceOf(record: LibraryPlan, analysis: PlanAnalysis): Source {
  const known = sources.get(analysis);
  if (known?.record === record) return known.source;
  const source = makeSource(record, analysis);
  sources.set(analysis, { record, source });
  return source;
}

function makeSource(record: LibraryPlan, analysis: PlanAnalysis): Source {
  return {
    id: record.id,
    analysis,
    plan: { plan: record.plan, name: record.name, builtIn: false },
    registry: record.registry
      ? {
          registry: record.registry,
          name: record.registryName ?? '',
          builtIn: record.registryBuiltIn ?? false,
        }
      : null,
  };
}

const BUILT_IN: Source = { id: BUILT_IN_PLAN, ...seed() };

/** The records read from the library by id: a record, `null` when this browser does not have it. */
type Records = ReadonlyMap<string, LibraryPlan | null>;

/** Library plans' analyses, by plan id, as the worker gave them. */
type Analyses = ReadonlyMap<string, PlanAnalysis>;

/**
 * The plan `id` names: the built-in one, a record, `null` (not here) or `undefined` (still reading
 * it or its analysis).
 */
function sourceFor(id: string | undefined, records: Records, analyses: Analyses): Source | null | undefined {
  if (id === undefined || id === BUILT_IN_PLAN) return BUILT_IN;
  const record = records.get(id);
  if (record === undefined) return undefined;
  if (record === null) return null;
  const analysis = analyses.get(id);
  return analysis ? sourceOf(record, analysis) : undefined;
}

async function readFiles(list: FileList | readonly File[]): Promise<FileInput[]> {
  return Promise.all(
    Array.from(list).map(async (file) => ({
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}

export function App() {
  const route = useHashRoute();
  const lang = route.lang ?? 'zh';
  const t = useMemo(() => translator(lang), [lang]);
  const datePicker = useAfterPaint(DATE_PICKER);
  const [today] = useState(localToday);
  const asOf = route.asOf ?? today;
  const [records, setRecords] = useState<Records>(() => new Map());
  // The plan just opened from a file, with the importer's review (shown while it is in use).
  const [opened, setOpened] = useState<{ id: string; plan: LoadedPlan } | null>(null);
  const [problems, setProblems] = useState<FileProblem[]>([]);
  const [busy, setBusy] = useState(false);
  // How far opening files has got (the worker's stages), shown while it works.
  const [stage, setStage] = useState<OpenStage | null>(null);
  const [analyses, setAnalyses] = useState<Analyses>(() => new Map());
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  // The plans the URL names (the plan in use, and the diff's earlier plan), read from the library.
  useEffect(() => {
    const wanted = [route.plan, route.base].filter(
      (id): id is string => id !== undefined && id !== BUILT_IN_PLAN && !records.has(id),
    );
    if (wanted.length === 0) return;
    let live = true;
    void libraryStore().then(async (store) => {
      const found = await Promise.all(wanted.map(async (id) => [id, (await store.get(id)) ?? null] as const));
      if (!live) return;
      setRecords((current) => {
        const next = new Map(current);
        for (const [id, record] of found) next.set(id, record);
        return next;
      });
    });
    return () => {
      live = false;
    };
  }, [route.plan, route.base, records]);

  // The plan in use's analysis, once its record is read: the one saved beside it, read here (one
  // copy: through the worker it would be copied twice), or else made (and saved) in the worker.
  const wantedRecord = route.plan && !analyses.has(route.plan) ? records.get(route.plan) : undefined;
  useEffect(() => {
    if (!wantedRecord) return;
    const id = wantedRecord.id;
    let live = true;
    void readAnalysis(id, analysisKey(id, wantedRecord.registry))
      .then((saved) => saved ?? analysisInBackground(id))
      .then((analysis) => {
        if (live && analysis) setAnalyses((now) => new Map(now).set(id, analysis));
        else if (live) setRecords((now) => new Map(now).set(id, null));
      });
    return () => {
      live = false;
    };
  }, [wantedRecord]);

  const navigate = useCallback((next: Partial<Route>, options: { replace?: boolean } = {}) => {
    const hash = formatRoute(withRoute(parseRoute(window.location.hash), next));
    if (options.replace) window.location.replace(hash);
    else window.location.hash = hash;
  }, []);
  // Served by `fengong serve`: the plan is the server's (read from it, kept in the library), not the built-in one.
  const served = useServedPlan(route.plan, navigate);
  const source = served.pending ? undefined : sourceFor(route.plan, records, analyses);
  const current = source ?? BUILT_IN;
  const plan = opened && opened.id === current.id ? opened.plan : current.plan;
  const registry = current.registry;
  const analysis = current.analysis;

  // The progress ledger recorded in this browser for the plan in use (IndexedDB, keyed by plan id).
  const ledgerPlan = planId(plan.plan);
  const [ledgerEntries, setLedgerEntries] = useState<{ plan: string; entries: LedgerEntry[] }>({
    plan: ledgerPlan,
    entries: [],
  });
  // Read once the plan is known: while it is still read (a library plan, the server's plan) the page
  // stands on the built-in plan, whose ledger is not wanted (served: a request to the server).
  const ledgerWanted = source != null;
  useEffect(() => {
    if (!ledgerWanted) return;
    let live = true;
    let unsubscribe: (() => void) | undefined;
    const reread = () =>
      void ledgerStore()
        .then((store) => store.read(ledgerPlan))
        .then((entries) => {
          // Nothing recorded yet (a first visit): the state stays as it is, and nothing renders again.
          if (live)
            setLedgerEntries((now) =>
              now.plan === ledgerPlan && now.entries.length === 0 && entries.length === 0
                ? now
                : { plan: ledgerPlan, entries },
            );
        });
    reread();
    // Served by `fengong serve`: what other units record appears without a reload.
    void ledgerStore().then((store) => {
      if (live) unsubscribe = store.subscribe?.(ledgerPlan, reread);
    });
    return () => {
      live = false;
      unsubscribe?.();
    };
  }, [ledgerPlan, ledgerWanted]);
  const entries = ledgerEntries.plan === ledgerPlan ? ledgerEntries.entries : NO_ENTRIES;
  const add = useCallback(
    async (added: readonly LedgerEntry[]) => {
      if (added.length === 0) return;
      const store = await ledgerStore();
      await store.append(ledgerPlan, added);
      setLedgerEntries({ plan: ledgerPlan, entries: await store.read(ledgerPlan) });
    },
    [ledgerPlan],
  );
  const ledger = useMemo<ViewerLedger>(
    () => ({
      plan: ledgerPlan,
      entries,
      add,
      record: async (input) => {
        const { createLedgerEntry } = await import('./lib/schemas');
        const entry = createLedgerEntry(
          { ...input, plan: ledgerPlan },
          { id: newId(), recordedAt: new Date().toISOString() },
        );
        await add([entry]);
        return entry;
      },
    }),
    [ledgerPlan, entries, add],
  );
  // Every status, latest entry and completion the viewer shows comes from core's progress rules.
  const progress = useMemo(() => ledgerProgress(analysis, entries, { asOf }), [analysis, entries, asOf]);
  const completion = progress.taskCompletion;

  const href = useCallback((next: Partial<Route>) => formatRoute(withRoute(route, next)), [route]);

  // The unit and task last shown: the navigation returns to them.
  const recent = useRef<{ unit?: string; task?: number }>({});
  if (route.unit) recent.current.unit = route.unit;
  if (route.task !== undefined) recent.current.task = route.task;

  const viewer = useShallowStable<Viewer>({
    analysis,
    asOf,
    today,
    lang,
    t,
    route,
    href,
    navigate,
    progress,
    completion,
    ledger,
    planRef: current.id,
    records,
  });

  useEffect(() => {
    // Set only when it changes: a new lang restyles the whole page (its fonts), on every route change.
    const pageLang = lang === 'en' ? 'en' : 'zh-CN';
    if (document.documentElement.lang !== pageLang) document.documentElement.lang = pageLang;
    const here = NAV.find((n) => n.view === route.view);
    const subject =
      route.view === 'unit'
        ? route.unit
        : route.view === 'task' && route.task !== undefined
          ? t('taskTitle', { n: route.task })
          : undefined;
    const title = route.view === 'library' || !source ? undefined : plan.plan.meta.title;
    document.title = [subject, here ? t(here.key) : undefined, title, t('appName')]
      .filter(Boolean)
      .join(' · ');
  }, [lang, t, plan, route, source]);

  // Moving between views puts focus on the new view's heading, for keyboard and screen-reader users.
  const lastView = useRef(route.view);
  useEffect(() => {
    if (lastView.current === route.view) return;
    lastView.current = route.view;
    document.getElementById('view-title')?.focus({ preventScroll: false });
  }, [route.view]);

  const open = useCallback(
    async (files: FileInput[]) => {
      if (files.length === 0) return;
      setBusy(true);
      try {
        // Read, analysed and kept in the library by the worker (lib/opening.ts), the page free meanwhile.
        const now = new Date().toISOString();
        const { result, record: made, analysis } = await openInBackground(files, registry, now, setStage);
        setProblems(result.problems);
        // A plan opened (or the plan in use read against a registry opened alone) is kept in the
        // library, with its registry, and the URL names it from then on.
        const kept = result.plan ?? (result.registry ? plan : undefined);
        let record = made;
        if (kept && !record && result.registry) {
          const store = await libraryStore();
          const previous = await store.get(planHash(kept.plan));
          record = libraryRecord(kept.plan, kept.name, result.registry, now, previous);
          await store.put(record);
        }
        if (kept && record) {
          const id = record.id;
          // A registry opened alone: the plan in use is analysed against it (in the worker).
          if (!analysis) setStage('analyse');
          const analysed = analysis ?? (await analysisInBackground(id));
          if (analysed) setAnalyses((now) => new Map(now).set(id, analysed));
          setRecords((now) => new Map(now).set(id, record));
          setOpened({ id, plan: kept });
          recent.current = {};
          // A task or unit of the old plan may not exist in the new one: start from its overview.
          navigate({ view: 'overview', plan: id, unit: undefined, task: undefined });
        }
      } finally {
        setBusy(false);
        setStage(null);
      }
    },
    [registry, plan, navigate],
  );

  const onPick = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    if (input.files) await open(await readFiles(input.files));
    input.value = '';
  };

  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = async (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      if (e.dataTransfer?.files) await open(await readFiles(e.dataTransfer.files));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [open]);

  const backToSeed = () => {
    recent.current = {};
    setProblems([]);
    navigate({ view: 'overview', plan: undefined, unit: undefined, task: undefined });
  };

  /** Forget a plan read from the library (after it was removed there). */
  const forget = useCallback((id: string) => {
    setRecords((now) => new Map(now).set(id, null));
  }, []);

  // The plan's name and downloads only where its data is shown (never under another plan's address).
  const showsPlan = route.view !== 'library' && Boolean(source);

  const view = (() => {
    if (route.view === 'library')
      return <LibraryView onOpen={() => fileInput.current?.click()} onRemoved={forget} />;
    if (source === undefined)
      return (
        <p role="status" className="busy">
          <span id="view-title" tabIndex={-1}>
            {t('planLoading')}
          </span>
        </p>
      );
    if (source === null)
      return <MissingPlan id={route.plan ?? ''} onOpen={() => fileInput.current?.click()} />;
    const later = (view: ReactNode) => (
      <Suspense fallback={<p className="busy">{t('loading')}</p>}>{view}</Suspense>
    );
    switch (route.view) {
      case 'lookback':
        return later(<LookbackView />);
      case 'diff':
        return later(<DiffView />);
      case 'unit':
        return <UnitView />;
      case 'task':
        return later(<TaskView />);
      case 'matrix':
        return later(<MatrixView />);
      case 'calendar':
        return later(<CalendarView />);
      default:
        return <Overview />;
    }
  })();

  return (
    <ViewerContext.Provider value={viewer}>
      <button type="button" className="skip-link" onClick={skipToMain}>
        {t('skipToContent')}
      </button>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('appName')}</span>
          {showsPlan ? (
            <span className="brand-plan" data-testid="plan-title">
              {plan.plan.meta.title}
            </span>
          ) : null}
        </div>
        <div className="toolbar">
          <label className="asof">
            <span>{t('asOf')}</span>
            <input
              // A date field costs Chromium ~50 ms to make (its parts, the locale's date format): a
              // plain field showing the day is painted first, and becomes the date field after.
              type={datePicker ? 'date' : 'text'}
              readOnly={!datePicker}
              className="asof-input"
              value={asOf}
              data-testid="as-of"
              onChange={(e) => {
                const v = e.currentTarget.value;
                if (isCalendarDay(v)) navigate({ asOf: v });
              }}
            />
          </label>
          {route.asOf && route.asOf !== today ? (
            <button type="button" onClick={() => navigate({ asOf: undefined })}>
              {t('today')}
            </button>
          ) : null}
          <button
            type="button"
            className="open-button"
            onClick={() => fileInput.current?.click()}
            aria-describedby="open-hint"
          >
            {t('openPlan')}
          </button>
          <input
            ref={fileInput}
            type="file"
            className="sr-only"
            tabIndex={-1}
            aria-hidden="true"
            accept=".yaml,.yml,.json,.txt,.docx,.xlsx,.csv,.tsv,.pdf,.doc,.xls,application/json,text/plain,text/yaml,application/pdf"
            multiple
            onChange={onPick}
            data-testid="file-input"
          />
          {showsPlan ? <Downloads unit={route.view === 'unit' ? route.unit : undefined} /> : null}
          <button
            type="button"
            lang={lang === 'en' ? 'zh-CN' : 'en'}
            title={t('languageName')}
            data-testid="language"
            onClick={() => navigate({ lang: lang === 'en' ? undefined : 'en' })}
          >
            {t('language')}
          </button>
        </div>
        <p id="open-hint" className="source-line">
          {showsPlan ? (
            <>
              <span>
                {t('source')}
                {t('colon')}
                {plan.builtIn ? `${t('builtIn')}${t('paren', { x: plan.name })}` : plan.name}
              </span>
              <span>
                {t('registry')}
                {t('colon')}
                {registry ? (registry.builtIn ? t('registryBuiltIn') : registry.name) : t('registryNone')}
              </span>
              {/* Served by `fengong serve`, the plans are the server's: no way back to the built-in one. */}
              {!isServed() && (!plan.builtIn || (registry && !registry.builtIn)) ? (
                <button type="button" className="link-button" onClick={backToSeed}>
                  {t('backToSeed')}
                </button>
              ) : null}
            </>
          ) : null}
          <span className="hint">{t('openPlanHint')}</span>
        </p>
        {served.plans.length > 1 ? (
          <Suspense fallback={null}>
            <ServedPlans plans={served.plans} current={ledgerPlan} lang={lang} href={href} />
          </Suspense>
        ) : null}
        <p className="print-only">
          {t('asOf')}
          {t('colon')}
          {asOf}
        </p>
        <nav className="views" aria-label={t('mainNav')}>
          <ul>
            {NAV.map((n) => (
              <li key={n.view}>
                <a
                  href={href(
                    n.view === 'library'
                      ? { view: 'library' }
                      : n.view === 'unit'
                        ? { view: 'unit', unit: recent.current.unit }
                        : n.view === 'task'
                          ? { view: 'task', task: recent.current.task }
                          : { view: n.view },
                  )}
                  aria-current={route.view === n.view ? 'page' : undefined}
                  data-view={n.view}
                >
                  {t(n.key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} aria-busy={busy}>
        {busy ? (
          <p role="status" className="busy" data-testid="opening">
            {stage ? t(STAGE_KEYS[stage]) : t('loading')}
          </p>
        ) : null}
        {problems.length > 0 ? (
          <Suspense fallback={null}>
            <FileProblems problems={problems} t={t} lang={lang} onDismiss={() => setProblems([])} />
          </Suspense>
        ) : null}
        {route.invalid ? <InvalidParams invalid={route.invalid} today={today} t={t} /> : null}
        {showsPlan && plan.imported ? (
          <Suspense fallback={null}>
            <ImportReview plan={plan} t={t} lang={lang} />
          </Suspense>
        ) : null}
        {view}
        {served.person?.unit && source && route.view === 'unit' && route.unit ? (
          <Suspense fallback={null}>
            <LeadSummary unit={served.person.unit} shownUnit={route.unit} />
          </Suspense>
        ) : null}
        {served.person?.role === 'office' && source && route.view === 'overview' ? (
          <Suspense fallback={null}>
            <SummaryReceipts />
          </Suspense>
        ) : null}
      </main>
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          {t('dropHere')}
        </div>
      ) : null}
    </ViewerContext.Provider>
  );
}

const NO_ENTRIES: LedgerEntry[] = [];
/** The as-of field's key for useAfterPaint: one, so it becomes a date field once, after the first paint. */
const DATE_PICKER = {};

/** What the page says while the worker opens files. */
const STAGE_KEYS: Record<OpenStage, MessageKey> = {
  read: 'openingRead',
  analyse: 'openingAnalyse',
  keep: 'openingKeep',
};

/** `value` itself while any of its fields changes, else the object given before (for a context value). */
function useShallowStable<T extends object>(value: T): T {
  const kept = useRef(value);
  const before = kept.current as Record<string, unknown>;
  const now = value as Record<string, unknown>;
  const keys = Object.keys(now);
  if (keys.length !== Object.keys(before).length || keys.some((k) => !Object.is(now[k], before[k])))
    kept.current = value;
  return kept.current;
}

/** Skip to the content without touching the hash (which holds the route). */
function skipToMain() {
  document.getElementById('main')?.focus();
}
