/**
 * Inline risk hints from the screening API: each flag quotes the words it is about and says,
 * kindly, why it may hurt the person or stop the letter. Shown as the writer types.
 */
import { useTranslation } from 'react-i18next';
import type { ScreeningFlag } from '../../api/types';

/** The hints for `text`; `flags === null` means the checker is not available. */
export function RiskHints({ text, flags }: { text: string; flags: ScreeningFlag[] | null | undefined }) {
  const { t } = useTranslation();
  if (flags === null) return <p className="muted small">{t('write.hintsUnavailable')}</p>;
  if (!flags) return null;
  if (flags.length === 0) {
    return text.length > 40 ? <p className="hint-ok small">{t('write.hintsNone')}</p> : null;
  }
  const chars = [...text];
  return (
    <ul className="hints" aria-label={t('write.hintsLabel')}>
      {flags.map((flag, i) => (
        <li key={`${flag.ruleId}-${flag.start}-${i}`} className={`hint hint-${flag.severity}`}>
          <span className="hint-severity">{t(`write.severity.${flag.severity}`)}</span>
          <q>{chars.slice(flag.start, flag.end).join('')}</q> — {flag.message}
          {flag.suggestion && (
            <span className="hint-suggestion">
              {' '}
              {t('write.suggestion')}: {flag.suggestion}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
