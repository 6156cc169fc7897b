/**
 * After sending on the service's site: its order number, the cost it charged, the day — "Mark
 * sent"; or "Could not send" with a reason, which puts the letter back in the queue. Both are safe
 * to press twice.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { dispatchApi, type AttemptOut, type CardView } from './api';
import { parseMoney, today } from './format';
import { DispatchError } from './DispatchError';
import { DSP } from './strings';

/** What happened. */
export type Outcome = { kind: 'sent'; attempt: AttemptOut; repeat: boolean } | { kind: 'not_sent' };

/** The form under the card. */
export function RecordForm({ view, onDone }: { view: CardView; onDone: (outcome: Outcome) => void }) {
  const { t } = useTranslation(DSP);
  const { card, attempt } = view;
  const [ref, setRef] = useState('');
  const [cost, setCost] = useState(card.price ? String(card.price.totalMinor / 100) : '');
  const [date, setDate] = useState(today());
  const [failing, setFailing] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const run = async (work: () => Promise<Outcome>) => {
    setBusy(true);
    setError(undefined);
    try {
      onDone(await work());
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };
  const send = (event: FormEvent) => {
    event.preventDefault();
    const costMinor = parseMoney(cost);
    if (Number.isNaN(costMinor)) return setError(new ApiError(400, 'invalid_amount', t('record.badCost')));
    void run(async () => {
      const done = await dispatchApi.sent(card.letterId, {
        attemptId: attempt.id,
        externalRef: ref.trim(),
        ...(costMinor === null ? {} : { costMinor }),
        date,
      });
      return { kind: 'sent', attempt: done.attempt, repeat: done.alreadyCompleted };
    });
  };
  const fail = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await dispatchApi.notSent(card.letterId, { attemptId: attempt.id, reason: reason.trim() });
      return { kind: 'not_sent' };
    });
  };

  if (failing) {
    return (
      <form className="dsp-record" onSubmit={fail} aria-labelledby="dsp-fail">
        <h2 id="dsp-fail">{t('record.failTitle')}</h2>
        <DispatchError error={error} />
        <div className="field">
          <label htmlFor="dsp-reason">{t('record.reason')}</label>
          <input
            id="dsp-reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            minLength={3}
            maxLength={500}
            required
            autoFocus
          />
        </div>
        <div className="dsp-buttons">
          <button type="submit" className="button button-danger" disabled={busy}>
            {t('record.failConfirm')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => setFailing(false)}>
            {t('record.cancel')}
          </button>
        </div>
      </form>
    );
  }
  return (
    <form className="dsp-record" onSubmit={send} aria-labelledby="dsp-record">
      <h2 id="dsp-record">{t('record.title', { channel: t(`channel.${card.channel}`) })}</h2>
      <DispatchError error={error} />
      <div className="field">
        <label htmlFor="dsp-ref">{t('record.ref')}</label>
        <input
          id="dsp-ref"
          value={ref}
          onChange={(e) => setRef(e.target.value)}
          required
          maxLength={80}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <div className="dsp-pair">
        <div className="field">
          <label htmlFor="dsp-cost">{t('record.cost', { currency: card.price?.currency ?? 'RUB' })}</label>
          <input id="dsp-cost" inputMode="decimal" value={cost} onChange={(e) => setCost(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="dsp-date">{t('record.date')}</label>
          <input
            id="dsp-date"
            type="date"
            value={date}
            max={today()}
            onChange={(e) => setDate(e.target.value)}
            required
          />
        </div>
      </div>
      <div className="dsp-buttons">
        <button type="submit" className="button" disabled={busy || ref.trim() === ''}>
          {t('record.sent')}
        </button>
        <button
          type="button"
          className="button button-danger-quiet"
          onClick={() => setFailing(true)}
          disabled={busy}
        >
          {t('record.notSent')}
        </button>
      </div>
    </form>
  );
}
