/** Campaign and spam signals: counts always shown, the ones worth attention as labelled badges. */
import { useTranslation } from 'react-i18next';
import type { ModerationData } from './api';
import { MOD } from './strings';

/** The signals line of a letter. */
export function Signals({ data }: { data: Pick<ModerationData, 'signals' | 'badges'> }) {
  const { t } = useTranslation(MOD);
  const { signals, badges } = data;
  return (
    <section className="mod-signals" aria-label={t('signals.title')}>
      {badges.length > 0 && (
        <ul className="mod-badges">
          {badges.map((badge) => (
            <li key={badge} className={`mod-badge mod-badge-${badge}`}>
              <span aria-hidden="true">{badge === 'blocked' ? '⛔ ' : '⚑ '}</span>
              {t(`signals.${badge}`, {
                prisoners: signals.sameText.prisoners,
                writers: signals.sameText.writers,
                hour: signals.burst.lastHour,
                day: signals.burst.lastDay,
                count: signals.rejectedBefore,
              })}
            </li>
          ))}
        </ul>
      )}
      <p className="dash-meta">
        {t('signals.counts', {
          same: signals.sameText.letters,
          hour: signals.burst.lastHour,
          day: signals.burst.lastDay,
        })}
      </p>
    </section>
  );
}
