/**
 * How a letter left, on its page: the channel and outcome of its latest dispatch with the
 * service's order number; for a posted letter the tracking number, which a dispatcher adds or
 * corrects here; and, while it waits to be sent, the way to the dispatcher console.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LetterView } from '../api';
import { TrackingForm } from '../dispatch/TrackingForm';
import { dateTime } from '../format';
import { NS } from '../i18n';
import { useSession } from '../session';

/** The dispatch section of the letter page (nothing before a letter is approved). */
export function DispatchFacts({ letter, onSaved }: { letter: LetterView; onSaved: () => void }) {
  const { t } = useTranslation(NS);
  const { me } = useSession();
  const dispatcher = me.permissions.includes('letters.dispatch');
  const attempt = letter.dispatch;
  const waiting = letter.status === 'approved' || letter.status === 'dispatching';
  if (!attempt && !(dispatcher && waiting)) return null;
  const channel = attempt
    ? t(`channel.${attempt.channel}`, { ns: 'dispatch', defaultValue: attempt.channel })
    : '';
  const posted = attempt?.channel === 'post' && attempt.status === 'succeeded';
  return (
    <section className="dash-dispatch" aria-labelledby="dash-dispatch">
      <h2 id="dash-dispatch">{t('letter.dispatch.title')}</h2>
      {attempt && (
        <p>
          {t(`letter.dispatch.${attempt.status}`, { channel, date: dateTime(attempt.at) })}
          {attempt.externalRef && !posted && (
            <>
              {' · '}
              {t('letter.dispatch.order')} <code>{attempt.externalRef}</code>
            </>
          )}
        </p>
      )}
      {posted &&
        (dispatcher ? (
          <TrackingForm
            letterId={letter.id}
            refCode={letter.refCode}
            current={attempt.externalRef}
            visibleLabel
            onSaved={onSaved}
          />
        ) : (
          <p>
            {t('letter.dispatch.tracking')}{' '}
            {attempt.externalRef ? <code>{attempt.externalRef}</code> : t('letter.dispatch.noTracking')}
          </p>
        ))}
      {dispatcher && waiting && (
        <p>
          <Link to="/volunteer/dispatch">{t('letter.dispatch.console')}</Link>
        </p>
      )}
    </section>
  );
}
