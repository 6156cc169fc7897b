/**
 * Coordinators import a prisoner list: choose the file and its format, preview the dry run (who
 * is added, what changes field by field, moves between facilities, rows skipped and why), then
 * import the same file for real.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../../components/useTitle';
import { dashboardApi, type ImportReport } from '../api';
import { NS } from '../i18n';
import { ErrorLine, StatusLine } from '../Notice';

const FORMATS = ['ovdinfo-csv', 'viasna-json'];
const INSERT_SUMMARY = ['birthYear', 'status', 'articlesRaw', 'sentence'];
const show = (value: unknown) =>
  value === null || value === undefined || value === ''
    ? '—'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

function Diff({ report }: { report: ImportReport }) {
  const { t } = useTranslation(NS);
  return (
    <>
      <p className="dash-count" role="status">
        {t('import.counts', {
          inserted: report.inserted,
          updated: report.updated,
          unchanged: report.unchanged,
          skipped: report.skipped.length,
          transfers: report.transfers.length,
        })}
      </p>
      {report.aborted && <p className="notice notice-error">{report.aborted}</p>}
      {report.changes.length > 0 && (
        <div className="dash-table-wrap">
          <table className="dash-table">
            <thead>
              <tr>
                <th scope="col">{t('import.line')}</th>
                <th scope="col">{t('import.person')}</th>
                <th scope="col">{t('import.field')}</th>
                <th scope="col">{t('import.before')}</th>
                <th scope="col">{t('import.after')}</th>
              </tr>
            </thead>
            <tbody>
              {report.changes.flatMap((change) => {
                // A new person is one line (the essentials); a changed one shows every changed field.
                const fields: [string, { from: unknown; to: unknown }][] =
                  change.action === 'insert'
                    ? [
                        [
                          '—',
                          {
                            from: undefined,
                            to: INSERT_SUMMARY.map((f) => change.changes[f]?.to)
                              .filter((v) => v !== undefined && v !== null && v !== '')
                              .map(show)
                              .join(' · '),
                          },
                        ],
                      ]
                    : Object.entries(change.changes);
                return fields.map(([field, diff], i) => (
                  <tr
                    key={`${change.prisonerId}-${field}`}
                    className={change.action === 'insert' ? 'dash-insert' : undefined}
                  >
                    <td>{i === 0 ? change.lines.join(', ') : ''}</td>
                    <td>
                      {i === 0
                        ? `${change.fullName}${change.action === 'insert' ? ` (${t('import.new')})` : ''}`
                        : ''}
                    </td>
                    <td>
                      <code>{field}</code>
                    </td>
                    <td>{show(diff.from)}</td>
                    <td>{show(diff.to)}</td>
                  </tr>
                ));
              })}
            </tbody>
          </table>
        </div>
      )}
      {report.skipped.length > 0 && (
        <>
          <h2>{t('import.skipped')}</h2>
          <ul>
            {report.skipped.map((p) => (
              <li key={`s${p.line}`}>
                {t('import.line')} {p.line}: {p.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.warnings.length > 0 && (
        <>
          <h2>{t('import.warnings')}</h2>
          <ul>
            {report.warnings.map((p, i) => (
              <li key={`w${p.line}-${i}`}>
                {t('import.line')} {p.line}: {p.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.truncated && <p className="dash-meta">{t('import.truncated')}</p>}
    </>
  );
}

/** The import page. */
export default function ImportPage() {
  const { t } = useTranslation(NS);
  useTitle(t('import.title'));
  const [file, setFile] = useState<File>();
  const [format, setFormat] = useState(FORMATS[0]!);
  const [report, setReport] = useState<ImportReport>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    try {
      setReport(await dashboardApi.importPrisoners(file, format, dryRun));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const preview = (event: FormEvent) => {
    event.preventDefault();
    void run(true);
  };

  return (
    <>
      <h1>{t('import.title')}</h1>
      <form className="panel" onSubmit={preview}>
        <div className="field">
          <label htmlFor="import-file">{t('import.file')}</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            required
            onChange={(e) => {
              setFile(e.target.files?.[0]);
              setReport(undefined);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="import-format">{t('import.format')}</label>
          <select id="import-format" value={format} onChange={(e) => setFormat(e.target.value)}>
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`import.formats.${f}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="dash-actions">
          <button type="submit" className="button" disabled={!file || busy}>
            {t('import.preview')}
          </button>
          {report?.dryRun && !report.aborted && (
            <button
              type="button"
              className="button button-quiet"
              disabled={busy}
              onClick={() => void run(false)}
            >
              {t('import.commit')}
            </button>
          )}
        </div>
      </form>
      <ErrorLine error={error} />
      <StatusLine>{report && !report.dryRun ? t('import.done') : null}</StatusLine>
      {report && <Diff report={report} />}
    </>
  );
}
