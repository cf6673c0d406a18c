/**
 * The filters above a task list: the status summary (counts that filter the list when clicked),
 * a role filter (the unit view) and a search box over the tasks' text, numbers and units. Every
 * filter is in the URL (`status=`, `role=`, `q=`), so a filtered list can be linked and reloaded.
 */
import { trafficLight } from '@fengong/core';
import { useEffect, useId, useState } from 'react';
import { useViewer } from '../context';
import { filterKey, ROLES, roleKey } from '../lib/i18n';
import type { StatusFilter } from '../lib/route';

function lightOf(status: StatusFilter) {
  return status === 'cannotComplete' ? 'red' : trafficLight(status);
}

/** The status summary: each count a link that filters the list (again: the whole list). */
export function StatusSummary({ counts, total }: { counts: [StatusFilter, number][]; total: number }) {
  const { t, href, route, asOf } = useViewer();
  const titleId = useId();
  return (
    <nav className="status-summary" aria-labelledby={titleId} data-testid="status-summary">
      <h2 id={titleId} className="summary-title">
        {t('statusSummary', { date: asOf })}
      </h2>
      <ul>
        <li>
          <a
            href={href({ status: undefined })}
            aria-current={route.status === undefined ? 'true' : undefined}
            data-filter="all"
          >
            {t('filterAll')} <strong>{total}</strong>
          </a>
        </li>
        {counts.map(([status, n]) => (
          <li key={status}>
            <a
              href={href({ status: route.status === status ? undefined : status })}
              aria-current={route.status === status ? 'true' : undefined}
              className={`summary-${lightOf(status)}`}
              data-filter={status}
            >
              <span className={`dot dot-${lightOf(status)}`} aria-hidden="true" />
              {t(filterKey(status))} <strong>{n}</strong>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The role filter and the search box; the search updates the URL as one types (without history). */
export function FilterBar({ roles, count }: { roles: boolean; count: number | undefined }) {
  const { t, route, navigate, href } = useViewer();
  const [query, setQuery] = useState(route.q ?? '');
  // A link or the back button changes the URL: the box follows it.
  useEffect(() => setQuery(route.q ?? ''), [route.q]);
  const searchId = useId();
  const roleId = useId();
  const filtered = Boolean(route.status || route.role || route.q);
  return (
    <div className="filter-bar">
      {roles ? (
        <label htmlFor={roleId}>
          <span>{t('filterRole')}</span>
          <select
            id={roleId}
            value={route.role ?? ''}
            data-testid="role-filter"
            onChange={(e) => {
              const value = e.currentTarget.value;
              navigate({ role: value ? (value as (typeof ROLES)[number]) : undefined });
            }}
          >
            <option value="">{t('filterRoleAll')}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(roleKey(r))}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label htmlFor={searchId} className="task-search">
        <span>{t('searchTasks')}</span>
        <input
          id={searchId}
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          data-testid="task-search"
          onChange={(e) => {
            const value = e.currentTarget.value;
            setQuery(value);
            navigate({ q: value.trim() || undefined }, { replace: true });
          }}
        />
      </label>
      {filtered ? (
        <p className="filter-result" role="status" data-testid="filter-result">
          {count === 0 ? t('filterNone') : t('filterResult', { n: count ?? 0 })}{' '}
          <a href={href({ status: undefined, role: undefined, q: undefined })}>{t('clearFilters')}</a>
        </p>
      ) : null}
    </div>
  );
}
