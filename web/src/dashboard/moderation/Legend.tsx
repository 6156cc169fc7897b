/** The key to the marks: each severity's look, icon and word, so colour is never the only cue. */
import { useTranslation } from 'react-i18next';
import { SEVERITY_ICON } from './FlagList';
import { MOD } from './strings';

/** The legend line above the texts. */
export function Legend() {
  const { t } = useTranslation(MOD);
  return (
    <ul className="mod-legend" aria-label={t('legend.title')}>
      {(['block', 'warn', 'info'] as const).map((severity) => (
        <li key={severity}>
          <mark className={`mod-sev-${severity}`}>{t(`legend.sample`)}</mark>
          <sup className={`mod-n mod-n-sev-${severity}`}>1</sup>{' '}
          <span className={`mod-sev mod-sev-label-${severity}`}>
            <span aria-hidden="true">{SEVERITY_ICON[severity]} </span>
            {t(`severity.${severity}`)}
          </span>{' '}
          <span className="dash-meta">{t(`legend.${severity}`)}</span>
        </li>
      ))}
    </ul>
  );
}
