/** What opening a file said: its diagnostics with line numbers, or the importer's review notes. */
import { type Diagnostic, sayDiagnostic } from '@fengong/core';
import type { Lang, Translate } from '../lib/i18n';
import { uniqueKeys } from '../lib/keys';
import { type FileProblem, type LoadedPlan, sourceExcerpt } from '../lib/load';
import { safeFileName, saveFile } from '../lib/save';
import { DiagnosticCode, DiagnosticLine, localeOf } from './bits';

/** Diagnostics with React keys made of their own content. */
function withKeys<T extends Diagnostic>(list: readonly T[]): [string, T][] {
  const keys = uniqueKeys(list.map((d) => `${d.code}:${d.start?.offset ?? ''}:${d.message}`));
  return list.map((d, i) => [keys[i]!, d]);
}

function Excerpt({
  text,
  diagnostic,
  t,
}: {
  text: string | undefined;
  diagnostic: Diagnostic;
  t: Translate;
}) {
  if (!text || !diagnostic.start) return null;
  const excerpt = sourceExcerpt(text, diagnostic.start.line, diagnostic.start.column);
  if (!excerpt) return null;
  return (
    <pre className="excerpt" title={t('line', { n: excerpt.line })}>
      <span className="excerpt-no">{excerpt.line}</span>
      {'  '}
      {excerpt.text}
      {'\n'}
      <span className="excerpt-no" aria-hidden="true">
        {' '.repeat(String(excerpt.line).length)}
      </span>
      {'  '}
      <span className="caret" aria-hidden="true">
        {`${' '.repeat(excerpt.caret)}^`}
      </span>
    </pre>
  );
}

/** Files that could not be opened, each diagnostic with its line and column and the line itself. */
export function FileProblems({
  problems,
  t,
  lang = 'zh',
  onDismiss,
}: {
  problems: readonly FileProblem[];
  t: Translate;
  lang?: Lang;
  onDismiss: () => void;
}) {
  if (problems.length === 0) return null;
  return (
    <section
      className="panel panel-error"
      role="alert"
      aria-labelledby="file-problems-title"
      data-testid="file-problems"
    >
      <div className="panel-head">
        <h2 id="file-problems-title">{t('invalidFile')}</h2>
        <button type="button" onClick={onDismiss}>
          {t('dismiss')}
        </button>
      </div>
      <p>{t('invalidFileKept')}</p>
      {problems.map((p) => (
        <div key={p.file} className="problem-file">
          <h3>{p.file}</h3>
          <ol className="diagnostics">
            {withKeys(p.diagnostics).map(([key, d]) => (
              <li key={key} className={`diagnostic diagnostic-${d.severity}`}>
                {d.start ? (
                  <span className="diagnostic-where">
                    {t('line', { n: d.start.line })}
                    {d.start.column ? `:${d.start.column}` : ''}
                  </span>
                ) : null}
                <DiagnosticLine diagnostic={d} lang={lang} />
                <Excerpt text={p.text} diagnostic={d} t={t} />
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}

/** The importer's decisions and doubts for a plan imported from a document's text. */
export function ImportReview({ plan, t, lang = 'zh' }: { plan: LoadedPlan; t: Translate; lang?: Lang }) {
  const imported = plan.imported;
  if (!imported) return null;
  const { result } = imported;
  const notes = result.diagnostics;
  const worth = notes.filter((d) => d.severity !== 'info').length;
  const saveYaml = async () => {
    const { importedPlanToYaml } = await import('@fengong/core/import');
    const yaml = importedPlanToYaml(result, { source: plan.name });
    saveFile(yaml, safeFileName(plan.name.replace(/\.[^.]*$/, '') + '.yaml'), 'application/yaml');
  };
  return (
    <section
      className="panel panel-review"
      aria-labelledby="import-review-title"
      data-testid="import-review"
      data-layout={result.layout}
    >
      <details open={worth > 0}>
        <summary>
          <h2 id="import-review-title">
            {t('labelledValue', {
              label: t('importReview'),
              value: t('named', {
                name: plan.name,
                x: `${t('importLayout')} ${t(`layout_${result.layout}`)}${t('clauseSep')}${notes.length}`,
              }),
            })}
          </h2>
        </summary>
        <p>{t('importReviewIntro')}</p>
        <button type="button" onClick={saveYaml}>
          {t('importSaveYaml')}
        </button>
        <ol className="diagnostics">
          {withKeys(notes).map(([key, d]) => (
            <li key={key} className={`diagnostic diagnostic-${d.severity}`} data-code={d.code}>
              <span className="diagnostic-where">
                {d.lines
                  ? `${t('lines')} ${d.lines[0]}${d.lines[1] !== d.lines[0] ? `–${d.lines[1]}` : ''}`
                  : ''}
              </span>
              <span className="notice-severity">{t(`severity_${d.severity}`)}</span>{' '}
              <DiagnosticCode code={d.code} lang={lang} /> {sayDiagnostic(d, localeOf(lang))}
              {d.confidence !== undefined ? (
                <span className="confidence">
                  {t('paren', { x: `${t('confidence')} ${Math.round(d.confidence * 100)}%` })}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
