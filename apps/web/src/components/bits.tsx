/** Small pieces shared by the views: traffic lights, statuses, task links, role marks. */
import type { Diagnostic, Role, RoleNames, TaskStatus, TrafficLight } from '@fengong/core';
import { formatDiagnostic, sayDiagnostic, statusText } from '@fengong/core';
import type { ReactNode } from 'react';
import { useViewer } from '../context';
import { type Lang, lightKey, markKey, noticeTitle, roleKey } from '../lib/i18n';

/** A traffic light: a coloured dot whose meaning is also given in words (not by colour alone). */
export function Light({ light, label }: { light: TrafficLight; label?: boolean }) {
  const { t } = useViewer();
  return (
    <span className={`light light-${light}`}>
      <span className="dot" aria-hidden="true" />
      {label ? <span>{t(lightKey(light))}</span> : <span className="sr-only">{t(lightKey(light))}</span>}
    </span>
  );
}

/** A status with its light, said by core's catalogue with its days (`statusText`: 已逾期3天). */
export function Status({ status }: { status: TaskStatus | undefined }) {
  const { analysis, lang } = useViewer();
  if (!status) return null;
  const year = Number(analysis.plan.meta.issued.slice(0, 4));
  return (
    <span className={`status status-${status.light}`} data-status={status.status}>
      <span className="dot" aria-hidden="true" />
      <span>{statusText(status, { locale: lang === 'en' ? 'en' : 'zh-CN', year })}</span>
    </span>
  );
}

/** A role mark (牵/责/配/督) with the role's name for screen readers and on hover. */
export function RoleMark({ role, supervising }: { role: Role; supervising?: boolean }) {
  const { t } = useViewer();
  const label =
    supervising && role !== 'supervising'
      ? `${t(roleKey(role))}${t('listSep')}${t('role_supervising')}`
      : t(roleKey(role));
  return (
    <abbr className={`mark mark-${role}`} title={label}>
      <span aria-hidden="true">
        {t(markKey(role))}
        {supervising && role !== 'supervising' ? <sup>{t('mark_supervising')}</sup> : null}
      </span>
      <span className="sr-only">{label}</span>
    </abbr>
  );
}

/** A link to a task's view. */
export function TaskLink({ number, children }: { number: number; children?: ReactNode }) {
  const { href, t } = useViewer();
  return (
    <a href={href({ view: 'task', task: number })} className="task-link">
      {children ?? t('taskTitle', { n: number })}
    </a>
  );
}

/** A link to a unit's view. */
export function UnitLink({ name, children }: { name: string; children?: ReactNode }) {
  const { href } = useViewer();
  return (
    <a href={href({ view: 'unit', unit: name })} className="unit-link">
      {children ?? name}
    </a>
  );
}

/** A list of task numbers as links, shortened when long. */
export function TaskNumbers({ numbers, max = 40 }: { numbers: readonly number[]; max?: number }) {
  const { t } = useViewer();
  const shown = numbers.slice(0, max);
  return (
    <span className="task-numbers">
      {shown.map((n, i) => (
        <span key={n}>
          {i > 0 ? t('listSep') : null}
          <TaskLink number={n}>{n}</TaskLink>
        </span>
      ))}
      {numbers.length > max ? <span> …{t('paren', { x: numbers.length })}</span> : null}
    </span>
  );
}

/** One notice of a reading (a diagnostic), with its Chinese title when the viewer has one. */
export function Notice({ notice }: { notice: Diagnostic }) {
  const { t, lang } = useViewer();
  const title = noticeTitle(t, notice.code);
  return (
    <li className={`notice notice-${notice.severity}`} data-code={notice.code}>
      <span className="notice-severity">{t(`severity_${notice.severity}`)}</span>{' '}
      {title !== undefined ? <strong>{title}</strong> : null}{' '}
      <DiagnosticCode code={notice.code} lang={lang} />
      <div className="notice-message">{sayDiagnostic(notice, localeOf(lang))}</div>
    </li>
  );
}

/**
 * A diagnostic's code (`no-single-owner`), shown in English only: a Chinese clerk reads words, and
 * support finds the code in the `data-code` of the notice that holds it.
 */
export function DiagnosticCode({ code, lang }: { code: string; lang: Lang }) {
  return lang === 'en' ? <code className="notice-code">{code}</code> : null;
}

/**
 * A diagnostic of a file as the CLI prints it (`file:line:column: severity[code] path: message`);
 * in Chinese without its code (`错误 path：message`), which stays in the line's `data-code`.
 */
export function DiagnosticLine({ diagnostic, lang = 'zh' }: { diagnostic: Diagnostic; lang?: Lang }) {
  return (
    <code className="diagnostic-line" data-code={diagnostic.code}>
      {formatDiagnostic(diagnostic, { locale: localeOf(lang), code: lang === 'en' })}
    </code>
  );
}

/** The viewer's language as core's locale, for core's messages and diagnostics. */
export function localeOf(lang: Lang): 'zh-CN' | 'en' {
  return lang === 'en' ? 'en' : 'zh-CN';
}

/**
 * Who answers for a task at a glance: its lead units, or (with no lead) the units responsible,
 * at most `max` names.
 */
export function Holders({ roles, max = 4 }: { roles: RoleNames; max?: number }) {
  const { t } = useViewer();
  const role: Role = roles.lead.length > 0 ? 'lead' : 'responsible';
  const names = roles[role];
  if (names.length === 0) return null;
  return (
    <>
      <span className="muted">
        {t(roleKey(role))}
        {t('colon')}
      </span>
      {names.slice(0, max).map((name, i) => (
        <span key={name}>
          {i > 0 ? t('listSep') : null}
          <UnitLink name={name} />
        </span>
      ))}
      {names.length > max ? <span className="muted"> …{t('paren', { x: names.length })}</span> : null}
    </>
  );
}

/** A text with some ranges marked (search hits): `<mark>` around each `[start, end)`. */
export function Highlighted({
  text,
  ranges,
}: {
  text: string;
  ranges: readonly (readonly [number, number])[] | undefined;
}) {
  if (!ranges || ranges.length === 0) return <>{text}</>;
  const out: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) out.push(text.slice(at, start));
    out.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}
