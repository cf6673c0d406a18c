/** The downloads menu: reports rendered by @fengong/reports, loaded on the first click. */
import { useRef, useState } from 'react';
import { useViewer } from '../context';
import { DOWNLOADS, type DownloadItem, renderDownload } from '../lib/reports';
import { saveFile } from '../lib/save';

export function Downloads({ unit }: { unit: string | undefined }) {
  const { analysis, asOf, t, ledger } = useViewer();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const menu = useRef<HTMLDetailsElement>(null);
  const run = async (item: DownloadItem) => {
    setBusy(item.id);
    setMessage(null);
    try {
      const file = await renderDownload(item, {
        analysis,
        asOf,
        entries: ledger.entries,
        ...(unit ? { unit } : {}),
      });
      saveFile(file.bytes, file.fileName, file.mediaType);
      if (menu.current) menu.current.open = false;
    } catch (error) {
      setMessage(t('downloadFailed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(null);
    }
  };
  return (
    <details
      className="downloads"
      ref={menu}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && menu.current?.open) {
          menu.current.open = false;
          menu.current.querySelector('summary')?.focus();
        }
      }}
    >
      <summary>{t('downloads')}</summary>
      <div className="menu">
        <ul>
          {DOWNLOADS.map((item) => {
            const needsUnit = item.unit === true && !unit;
            return (
              <li key={item.id}>
                <button
                  type="button"
                  disabled={busy !== null || needsUnit}
                  onClick={() => run(item)}
                  data-download={item.id}
                  aria-describedby={needsUnit ? 'download-unit-hint' : undefined}
                >
                  {busy === item.id ? t('preparing') : t(item.label)}
                  {item.unit && unit ? t('paren', { x: unit }) : ''}
                </button>
              </li>
            );
          })}
        </ul>
        {!unit ? (
          <p id="download-unit-hint" className="menu-hint">
            {t('downloadPickUnit')}
          </p>
        ) : null}
        {message ? (
          <p role="alert" className="download-message">
            {message}
          </p>
        ) : null}
      </div>
    </details>
  );
}
