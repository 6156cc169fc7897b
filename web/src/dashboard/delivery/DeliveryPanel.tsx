/**
 * "Delivery news" on the letter page: for a sent (or lost) letter, a dispatcher or coordinator
 * records that it was delivered — how they know, and the day if the service says — or that it
 * was stopped by the censor, blank reply forms came back, or the post returned it. The page then
 * reloads the letter, so its status shows the new state.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  NOTE_MAX,
  VOLUNTEER_DELIVERY_SOURCES,
  type StopCause,
  type VolunteerDeliverySource,
} from '../../../../shared/api/delivery';
import { RadioChoice } from './RadioChoice';
import { StopCauseField } from './StopCauseField';
import type { LetterView } from '../api';
import { opens, SCREEN_PERMISSIONS } from '../nav';
import { ErrorLine, StatusLine } from '../Notice';
import { useSession } from '../session';
import { deliveryApi } from './api';
import { DLV, registerDeliveryStrings } from './strings';
import './delivery.css';

// The letter page loads outside the delivery screen, where the strings may not be there yet.
registerDeliveryStrings();

/** The statuses news can still change. */
const OPEN = ['dispatched', 'lost'];

/** Today as YYYY-MM-DD in the volunteer's own time zone (the latest a delivery can be). */
function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** The panel; nothing for letters not under way, or for volunteers who may not record news. */
export function DeliveryPanel({ letter, onRecorded }: { letter: LetterView; onRecorded: () => void }) {
  const { t } = useTranslation(DLV);
  const { me } = useSession();
  const id = useId();
  const [what, setWhat] = useState<'delivered' | 'stopped'>('delivered');
  const [source, setSource] = useState<VolunteerDeliverySource>('service');
  const [deliveredOn, setDeliveredOn] = useState('');
  const [cause, setCause] = useState<StopCause>('censor');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();

  if (!opens(me.permissions, SCREEN_PERMISSIONS.delivery)) return null;
  if (!OPEN.includes(letter.status)) {
    // Keep the confirmation in view after the letter moved on.
    return done ? <StatusLine>{t(`panel.recorded.${done}`)}</StatusLine> : null;
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setBusy(true);
    const trimmed = note.trim() || undefined;
    try {
      const moved =
        what === 'delivered'
          ? await deliveryApi.delivered(letter.id, {
              source,
              note: trimmed,
              deliveredOn: deliveredOn || undefined,
            })
          : await deliveryApi.stopped(letter.id, { cause, note: trimmed });
      setDone(moved.status === 'delivered' ? 'delivered' : 'returned');
      setNote('');
      onRecorded();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="dlv-panel panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('panel.title')}</h2>
      <p className="dash-meta">{t(letter.status === 'lost' ? 'panel.lostIntro' : 'panel.intro')}</p>
      <form onSubmit={(e) => void submit(e)}>
        <RadioChoice
          legend={t('panel.what')}
          name={`${id}-what`}
          options={['delivered', 'stopped'] as const}
          value={what}
          onChange={setWhat}
          label={(option) => t(`panel.${option}`)}
        />
        {what === 'delivered' ? (
          <div className="dlv-row">
            <div className="field">
              <label htmlFor={`${id}-source`}>{t('panel.source')}</label>
              <select
                id={`${id}-source`}
                value={source}
                onChange={(e) => setSource(e.target.value as VolunteerDeliverySource)}
              >
                {VOLUNTEER_DELIVERY_SOURCES.map((s) => (
                  <option key={s} value={s}>
                    {t(`source.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-on`}>{t('panel.deliveredOn')}</label>
              <input
                id={`${id}-on`}
                type="date"
                value={deliveredOn}
                max={today()}
                onChange={(e) => setDeliveredOn(e.target.value)}
              />
            </div>
          </div>
        ) : (
          <StopCauseField id={id} value={cause} onChange={setCause} />
        )}
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('note')}</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            maxLength={NOTE_MAX}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {t('panel.record')}
        </button>
      </form>
      <ErrorLine error={error} />
    </section>
  );
}
