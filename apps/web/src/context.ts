import type { PlanAnalysis } from '@fengong/core';
import { createContext, useContext } from 'react';
import type { Lang, Translate } from './lib/i18n';
import type { Route } from './lib/route';

/** What every view needs: the analysed plan, the status day, the language and the route. */
export interface Viewer {
  analysis: PlanAnalysis;
  /** The status day (截至日期) every status and light is judged on. */
  asOf: string;
  lang: Lang;
  t: Translate;
  route: Route;
  /** The hash of a route reached from the current one (status day and language carry over). */
  href: (next: Partial<Route>) => string;
}

export const ViewerContext = createContext<Viewer | null>(null);

export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside ViewerContext');
  return viewer;
}
