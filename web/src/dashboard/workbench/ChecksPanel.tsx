/**
 * What the checks found, in one list the translator can walk: quality checks, screening of the
 * translation (severity as icon and word, not colour alone) and unknown words with suggestions.
 * Each finding jumps to its row.
 */
import { useTranslation } from 'react-i18next';
import type { Checks } from './api';
import { rowOfOffset, type CheckedRows } from './rows';
import { WB } from './strings';

const SEVERITY_ICON: Record<string, string> = { error: '✖', warning: '▲', block: '■', warn: '▲', info: '●' };

/** Props: the last check, and how to act on a finding. */
export interface ChecksPanelProps {
  checked: CheckedRows | undefined;
  checking: boolean;
  spelling: 'ready' | 'loading' | 'unavailable' | 'not_applicable';
  onGoTo: (row: number) => void;
  onReplace: (row: number, start: number, end: number, replacement: string) => void;
}

/** Counts of blocking problems: check errors and screening blocks. */
export function blockingCount(checks: Checks | undefined): number {
  if (!checks) return 0;
  return (
    checks.issues.filter((i) => i.severity === 'error').length +
    checks.flags.filter((f) => f.severity === 'block').length
  );
}

function Jump({
  row,
  onGoTo,
  children,
}: {
  row: number | null;
  onGoTo: (row: number) => void;
  children: React.ReactNode;
}) {
  const { t } = useTranslation(WB);
  if (row === null) return <>{children}</>;
  return (
    <button type="button" className="wb-jump" onClick={() => onGoTo(row)}>
      <span className="wb-jump-row">{t('checks.row', { n: row + 1 })}</span> {children}
    </button>
  );
}

/** The checks panel. */
export function ChecksPanel({ checked, checking, spelling, onGoTo, onReplace }: ChecksPanelProps) {
  const { t } = useTranslation(WB);
  const checks = checked?.checks;
  const spellState = checks?.spelling.state ?? (spelling === 'not_applicable' ? 'unavailable' : spelling);
  const total = checks ? checks.issues.length + checks.flags.length + checks.spelling.issues.length : 0;
  return (
    <section className="wb-panel wb-checks" aria-labelledby="wb-checks-title" aria-busy={checking}>
      <h2 id="wb-checks-title">{t('checks.title')}</h2>
      <p className="wb-summary" role="status">
        {!checks
          ? t('checks.notYet')
          : total === 0
            ? t('checks.allClear')
            : t('checks.summary', { blocking: blockingCount(checks), total })}
      </p>
      {checks && checks.issues.length > 0 && (
        <ul className="wb-findings">
          {checks.issues.map((issue, n) => (
            <li key={n} className={`wb-finding wb-finding-${issue.severity}`}>
              <span className="wb-icon" aria-hidden="true">
                {SEVERITY_ICON[issue.severity]}
              </span>
              <span>
                <span className="visually-hidden">{t(`severity.${issue.severity}`)}: </span>
                <Jump row={issue.row} onGoTo={onGoTo}>
                  {t(`checks.${issue.code}`, {
                    ...issue.params,
                    context: issue.params.script,
                    defaultValue: issue.message,
                  })}
                </Jump>
              </span>
            </li>
          ))}
        </ul>
      )}
      {checks && checks.flags.length > 0 && (
        <>
          <h3>{t('checks.screening')}</h3>
          <ul className="wb-findings">
            {checks.flags.map((flag, n) => (
              <li key={n} className={`wb-finding wb-finding-${flag.severity}`}>
                <span className="wb-icon" aria-hidden="true">
                  {SEVERITY_ICON[flag.severity]}
                </span>
                <span>
                  <span className="wb-sev">{t(`severity.${flag.severity}`)}</span>{' '}
                  <Jump row={rowOfOffset(checks, flag.start)} onGoTo={onGoTo}>
                    <q lang="ru">{checks.text.slice(flag.start, flag.end)}</q>{' '}
                    {t(`categories.${flag.category}`, { defaultValue: flag.category })}
                  </Jump>
                  <span className="wb-finding-detail">{flag.message}</span>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('spelling.title')}</h3>
      {spellState !== 'ready' ? (
        <p className="dash-meta">{t(`spelling.${spellState}`)}</p>
      ) : checks && checks.spelling.issues.length > 0 ? (
        <ul className="wb-findings">
          {checks.spelling.issues.map((issue, n) => {
            const row = rowOfOffset(checks, issue.start);
            const span = checks.spans.find((s) => s.row === row);
            return (
              <li key={n} className="wb-finding wb-finding-spelling">
                <span className="wb-icon" aria-hidden="true">
                  ~
                </span>
                <span>
                  <Jump row={row} onGoTo={onGoTo}>
                    <q lang="ru">{issue.word}</q>
                  </Jump>
                  {row !== null && span && issue.suggestions.length > 0 && (
                    <span className="wb-suggestions">
                      {issue.suggestions.map((s) => (
                        <button
                          key={s}
                          type="button"
                          className="button button-small button-quiet"
                          lang="ru"
                          onClick={() => onReplace(row, issue.start - span.start, issue.end - span.start, s)}
                        >
                          {s}
                        </button>
                      ))}
                    </span>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="dash-meta">{checks ? t('spelling.clean') : '—'}</p>
      )}
    </section>
  );
}
