/**
 * One e-letter's card. Opening it marks the letter as under way (the attempt begins), so a
 * colleague who opens it too sees who started; then the fields are copied into the service's
 * form, the text page by page, and the result recorded. Keys: b back to the queue, n next card.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { dateTime } from '../format';
import { useShortcuts } from '../shortcuts';
import { dispatchApi } from './api';
import { CardFields, CardPages } from './CardFields';
import { money } from './format';
import { RecordForm, type Outcome } from './RecordForm';
import { DispatchError } from './DispatchError';
import { DSP } from './strings';
import { Warnings } from './Warnings';

/** Opens the oldest e-letter still waiting, or goes back to the queue. */
export function useNextCard(): () => Promise<void> {
  const navigate = useNavigate();
  return async () => {
    const queue = await dispatchApi.queue().catch(() => undefined);
    const next = queue?.groups.find((g) => g.kind === 'assisted' && g.count > 0)?.letters[0];
    void navigate(next ? `/volunteer/dispatch/letters/${next.id}` : '/volunteer/dispatch');
  };
}

/** The card screen. */
export default function CardPage() {
  const { t } = useTranslation(DSP);
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const next = useNextCard();
  const view = useLoad((signal) => dispatchApi.card(id, signal), [id]);
  const [outcome, setOutcome] = useState<Outcome>();
  const card = view.data?.card;
  useTitle(card ? `${card.refCode} · ${t(`channel.${card.channel}`)}` : t('title'));
  useShortcuts({
    b: () => void navigate('/volunteer/dispatch'),
    n: () => outcome && void next(),
  });

  return (
    <div className="dsp dsp-card-page" key={id}>
      <p className="breadcrumb">
        <Link to="/volunteer/dispatch">{t('title')}</Link> <kbd>b</kbd>
      </p>
      <DispatchError error={view.error} />
      {view.loading && !card && <p className="loading">…</p>}
      {card && view.data && (
        <>
          <h1>
            {t(`channel.${card.channel}`)} · <span className="dsp-refcode">{card.refCode}</span>
          </h1>
          {!outcome && (
            <>
              <p className="dsp-muted">
                {t('card.started', {
                  who: view.data.attempt.startedBy?.displayName ?? '—',
                  at: dateTime(view.data.attempt.createdAt),
                })}
              </p>
              <Warnings warnings={view.data.warnings} />
            </>
          )}
          {outcome ? (
            <div className="panel success" role="status">
              {outcome.kind === 'sent' ? (
                <p>
                  {t(outcome.repeat ? 'done.sentRepeat' : 'done.sent', {
                    ref: outcome.attempt.externalRef,
                    cost:
                      outcome.attempt.costMinor === null
                        ? '—'
                        : money(outcome.attempt.costMinor, outcome.attempt.currency ?? 'RUB'),
                  })}
                </p>
              ) : (
                <p>{t('done.notSent')}</p>
              )}
              <div className="dsp-buttons">
                <button type="button" className="button" onClick={() => void next()} autoFocus>
                  {t('done.next')} <kbd>n</kbd>
                </button>
                <Link className="button button-quiet" to="/volunteer/dispatch">
                  {t('done.back')}
                </Link>
              </div>
            </div>
          ) : null}
          <div className="dsp-card">
            <section aria-labelledby="dsp-form" className="dsp-card-fields">
              <h2 id="dsp-form">{t('card.formTitle')}</h2>
              <CardFields card={card} />
            </section>
            <CardPages card={card} />
            {!outcome && <RecordForm view={view.data} onDone={setOutcome} />}
          </div>
        </>
      )}
    </div>
  );
}
