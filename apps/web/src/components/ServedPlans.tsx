/**
 * The plans `fengong serve` holds (years, issuers), to choose from: each a link to `?plan=<plan id>`,
 * the plan in use marked. Shown only where the server holds several.
 */
import { sayServer } from '@fengong/core';
import type { Lang } from '../lib/i18n';
import type { Route } from '../lib/route';
import type { ServedPlanInfo } from '../lib/served-plans';
import './served.css';

export default function ServedPlans({
  plans,
  current,
  lang,
  href,
}: {
  plans: readonly ServedPlanInfo[];
  /** The plan id of the plan in use. */
  current: string;
  lang: Lang;
  href: (next: Partial<Route>) => string;
}) {
  const locale = lang === 'en' ? 'en' : 'zh-CN';
  // The chosen plan's overview; the status day and language carry over.
  const hash = href({ view: 'overview', plan: undefined, base: undefined, unit: undefined, task: undefined });
  return (
    <nav className="served-plans" aria-label={sayServer('served-plans-heading', {}, locale)}>
      <span>{sayServer('served-plans-heading', {}, locale)}</span>
      <ul>
        {plans.map((p) => (
          <li key={p.id}>
            <a
              href={`?plan=${encodeURIComponent(p.id)}${hash}`}
              aria-current={p.id === current ? 'page' : undefined}
              data-served-plan={p.id}
            >
              {sayServer('served-plan-line', { title: p.title, id: p.id, tasks: p.tasks }, locale)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
