import type {
  Completion,
  DayString,
  LedgerEntry,
  LedgerProgress,
  NewLedgerEntry,
  PlanAnalysis,
} from '@fengong/core';
import { createContext, useContext } from 'react';
import type { Lang, Translate } from './lib/i18n';
import type { LibraryPlan } from './lib/library';
import type { Route } from './lib/route';

/** What every view needs: the analysed plan, the status day, the language and the route. */
export interface Viewer {
  analysis: PlanAnalysis;
  /** The status day (截至日期) every status and light is judged on. */
  asOf: DayString;
  /** Today in the browser's time zone (new entries are dated today unless the clerk says otherwise). */
  today: string;
  lang: Lang;
  t: Translate;
  route: Route;
  /** The hash of a route reached from the current one (status day and language carry over). */
  href: (next: Partial<Route>) => string;
  /** Go to a route reached from the current one; `replace` keeps the history entry (typing a search). */
  navigate: (next: Partial<Route>, options?: { replace?: boolean }) => void;
  /** The plan in use in the URL: its content hash, or `builtin`. */
  planRef: string;
  /** Library records read so far, by id (`null`: not in this browser). */
  records: ReadonlyMap<string, LibraryPlan | null>;
  /** The browser's progress ledger judged on the status day by core's progress rules. */
  progress: LedgerProgress;
  /** Completion of whole tasks (`progress.taskCompletion`): the plan-level statuses. */
  completion: ReadonlyMap<number, Completion>;
  /** The browser's progress ledger of the plan in use. */
  ledger: ViewerLedger;
}

/** The progress entries recorded in this browser for the plan in use (append-only). */
export interface ViewerLedger {
  /** The plan id the entries belong to (文号, else title). */
  plan: string;
  entries: readonly LedgerEntry[];
  /** Record one entry (its plan is filled in); throws for an invalid entry. */
  record: (input: Omit<NewLedgerEntry, 'plan'>) => Promise<LedgerEntry>;
  /** Append entries read from a file. */
  add: (entries: readonly LedgerEntry[]) => Promise<void>;
}

export const ViewerContext = createContext<Viewer | null>(null);

export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside ViewerContext');
  return viewer;
}
