/**
 * The matrix (责任矩阵): tasks × units with role marks (牵/责/配/督). Headers stay in place while
 * scrolling; only the rows and columns in view are rendered, so a 10,000-task plan with thousands
 * of units scrolls as smoothly as the seed. Groups open into their members.
 */
import { useMemo, useRef, useState } from 'react';
import { RoleMark } from '../components/bits';
import { useViewer } from '../context';
import { roleKey, statusKey } from '../lib/i18n';
import { type MatrixColumn, matrixMark, matrixModel } from '../lib/matrix';
import { statusOn } from '../lib/status';
import { useWindow } from '../lib/windowing';

const ROW = 34;
const COL = 38;
const HEAD = 232;

export function MatrixView() {
  const { analysis, t, href, asOf, completion } = useViewer();
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const model = useMemo(() => matrixModel(analysis, open), [analysis, open]);
  const box = useRef<HTMLElement>(null);
  const tasks = analysis.resolved.tasks;
  const narrow = typeof window !== 'undefined' && window.matchMedia?.('(max-width: 640px)').matches;
  const first = narrow ? 128 : 300;
  const { rows, cols } = useWindow(box, {
    rows: { count: tasks.length, size: ROW, offset: HEAD, overscan: 8 },
    cols: { count: model.columns.length, size: COL, offset: first, overscan: 4 },
  });
  const toggle = (name: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return next;
    });
  const visibleCols = model.columns.slice(cols.start, cols.end);
  const header = (c: MatrixColumn) =>
    c.kind === 'group' ? (
      <button
        type="button"
        className="col-toggle"
        aria-expanded={false}
        onClick={() => toggle(c.name)}
        title={t('expandGroup', { name: c.name, n: c.members ?? 0 })}
      >
        <span className="col-name">{c.name}</span>
        <span aria-hidden="true" className="col-caret">
          ▸
        </span>
      </button>
    ) : (
      <a
        href={href({ view: 'unit', unit: c.name })}
        className="col-name"
        title={c.memberOf ? t('named', { name: c.name, x: c.memberOf }) : c.name}
      >
        {c.name}
      </a>
    );

  return (
    <div className="view view-matrix">
      <header className="view-head">
        <h1 id="view-title" tabIndex={-1}>
          {t('matrixTitle')}
        </h1>
        <p className="muted">{t('matrixIntro')}</p>
        <p className="muted">{t('rowsColumns', { rows: tasks.length, cols: model.columns.length })}</p>
      </header>
      {model.groups.length > 0 ? (
        <ul className="group-toggles" aria-label={t('groupsWithMembers')}>
          {model.groups.map((g) => (
            <li key={g.name}>
              <button type="button" aria-expanded={g.open} onClick={() => toggle(g.name)} data-group={g.name}>
                <span aria-hidden="true">{g.open ? '▾' : '▸'}</span>{' '}
                {g.open
                  ? t('collapseGroup', { name: g.name })
                  : t('expandGroup', { name: g.name, n: g.members })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <section
        className="matrix-box"
        ref={box}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        tabIndex={0}
        aria-label={t('matrixRegion')}
        style={{
          ['--first' as string]: `${first}px`,
          ['--head' as string]: `${HEAD}px`,
          ['--row' as string]: `${ROW}px`,
          ['--col' as string]: `${COL}px`,
        }}
      >
        <table className="matrix" aria-rowcount={tasks.length + 1} aria-colcount={model.columns.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col" className="m-corner">
                {t('tasks')} \ {t('unit')}
              </th>
              {cols.before > 0 ? (
                <td className="m-spacer" style={{ width: cols.before }} role="presentation" />
              ) : null}
              {visibleCols.map((c, i) => (
                <th
                  key={c.name}
                  scope="col"
                  className={`m-col m-col-${c.kind}${c.memberOf ? ' m-col-member' : ''}`}
                  aria-colindex={cols.start + i + 2}
                  data-column={c.name}
                >
                  {header(c)}
                </th>
              ))}
              {cols.after > 0 ? (
                <td className="m-spacer" style={{ width: cols.after }} role="presentation" />
              ) : null}
            </tr>
          </thead>
          <tbody>
            {rows.before > 0 ? (
              <tr className="m-spacer-row" style={{ height: rows.before }}>
                <td className="m-spacer" />
              </tr>
            ) : null}
            {tasks.slice(rows.start, rows.end).map((task, r) => {
              const taskRecord = analysis.plan.tasks[rows.start + r]!;
              // Each row shows where its task stands (colour and words), as the other views do.
              const status = statusOn(analysis, task.number, asOf, completion);
              return (
                <tr
                  key={task.number}
                  aria-rowindex={rows.start + r + 2}
                  data-task={task.number}
                  data-status={status?.status}
                >
                  <th scope="row" className={`m-row-head m-status-${status?.light ?? 'none'}`}>
                    <a
                      href={href({ view: 'task', task: task.number })}
                      title={`${taskRecord.text}${status ? t('paren', { x: t(statusKey(status.status)) }) : ''}`}
                      className="m-row-link"
                    >
                      <span className="row-number">{task.number}</span>
                      {status ? (
                        <span className={`row-status status-${status.light}`}>
                          <span className="dot" aria-hidden="true" />
                          <span className="sr-only">{t(statusKey(status.status))}</span>
                        </span>
                      ) : null}
                      <span className="row-text">{taskRecord.text}</span>
                    </a>
                  </th>
                  {cols.before > 0 ? <td className="m-spacer" role="presentation" /> : null}
                  {visibleCols.map((c, i) => {
                    const mark = matrixMark(task, c);
                    return (
                      <td
                        key={c.name}
                        aria-colindex={cols.start + i + 2}
                        className={mark ? `m-cell role-${mark.role}` : 'm-cell'}
                        title={
                          mark
                            ? `${task.number} · ${t('labelledValue', { label: c.name, value: t(roleKey(mark.role)) })}${mark.via ? t('paren', { x: mark.via }) : ''}`
                            : undefined
                        }
                      >
                        {mark ? <RoleMark role={mark.role} supervising={mark.supervising} /> : null}
                      </td>
                    );
                  })}
                  {cols.after > 0 ? <td className="m-spacer" role="presentation" /> : null}
                </tr>
              );
            })}
            {rows.after > 0 ? (
              <tr className="m-spacer-row" style={{ height: rows.after }}>
                <td className="m-spacer" />
              </tr>
            ) : null}
          </tbody>
        </table>
      </section>
    </div>
  );
}
