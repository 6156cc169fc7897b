/**
 * Working one letter. Translators write the Russian text; moderators approve (key a), send back
 * (b) or reject; dispatchers see how it was sent, add or correct a posted letter's tracking
 * number, and record whether a sent letter was delivered or stopped (delivery/DeliveryPanel).
 * After an action the next item of the same queue is taken automatically, so a session of work
 * is: n, read, a, read, b, … Letter text is shown as text (pre-wrapped), never as HTML.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { dashboardApi, type LetterView } from '../api';
import { DeliveryPanel } from '../delivery/DeliveryPanel';
import { HistoryList } from '../components/HistoryList';
import { QueueBreadcrumb } from '../components/QueueBreadcrumb';
import { ReleaseButton } from '../components/ReleaseButton';
import { dateTime, minutesLeft } from '../format';
import { NS } from '../i18n';
import { ErrorLine, StatusLine } from '../Notice';
import { useSession } from '../session';
import { useShortcuts } from '../shortcuts';
import { useTakeNext } from '../useTakeNext';
import { DispatchFacts } from './DispatchFacts';
import { ReasonForm } from './ReasonForm';
import { TranslationEditor } from './TranslationEditor';

const QUEUE_OF_STATUS: Record<string, string> = {
  translating: 'letters.translate',
  reviewing: 'letters.review',
  approved: 'letters.dispatch',
  on_hold: 'letters.hold',
};

function Claim({ letter, onTake }: { letter: LetterView; onTake: () => void }) {
  const { t } = useTranslation(NS);
  const { me } = useSession();
  if (!letter.claim) {
    return (
      <p className="dash-claim">
        {t('letter.notHeld')}{' '}
        <button type="button" className="button button-small button-quiet" onClick={onTake}>
          {t('letter.takeIt')}
        </button>
      </p>
    );
  }
  if (letter.claim.userId === me.id)
    return (
      <p className="dash-claim dash-claim-mine">
        {t('letter.yours', { minutes: minutesLeft(letter.claim.until) })}
      </p>
    );
  return (
    <p className="notice dash-claim">
      {t('letter.heldBy', { name: letter.claim.displayName, time: dateTime(letter.claim.until) })}
    </p>
  );
}

/** The letter work page. */
export default function LetterPage() {
  const { t } = useTranslation(NS);
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { me } = useSession();
  const letter = useLoad((signal) => dashboardApi.letter(id, signal), [id]);
  const next = useTakeNext();
  const [dialog, setDialog] = useState<'sendBack' | 'reject'>();
  const [error, setError] = useState<unknown>();
  const [status, setStatus] = useState<string>();
  useTitle(letter.data ? t('letter.title', { ref: letter.data.refCode }) : undefined);
  useEffect(() => {
    setDialog(undefined);
    setError(undefined);
  }, [id]);

  const data = letter.data;
  const queueId = params.get('queue') ?? (data ? QUEUE_OF_STATUS[data.status] : undefined);
  const heldByOther = Boolean(data?.claim && data.claim.userId !== me.id);
  const canReview = me.permissions.includes('letters.review') && data?.status === 'reviewing' && !heldByOther;
  const canTranslate = me.permissions.includes('letters.translate') && data?.status === 'translating';

  const run = async (action: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await action();
      setDialog(undefined);
      setStatus(t('letter.done'));
      if (!queueId || !(await next.take(queueId))) {
        setStatus(t('letter.queueEmpty'));
        letter.reload();
      }
    } catch (caught) {
      setError(caught);
      letter.reload();
    }
  };
  const release = async () => {
    await dashboardApi.release('letter', id).catch(() => undefined);
    void navigate(queueId ? `/volunteer/queues/${queueId}` : '/volunteer');
  };

  useShortcuts({
    a: () => canReview && void run(() => dashboardApi.approve(id)),
    b: () => canReview && setDialog('sendBack'),
    r: () => data?.claim?.userId === me.id && void release(),
    n: () => queueId && void next.take(queueId),
    Escape: () => setDialog(undefined),
  });

  if (!data) return <ErrorLine error={letter.error} />;
  return (
    <article className="dash-letter" data-status={data.status}>
      <QueueBreadcrumb queue={queueId} />
      <h1>
        {t('letter.title', { ref: data.refCode })}{' '}
        <span className={`badge badge-${data.status}`}>{data.status}</span>
      </h1>
      <dl className="dash-facts">
        <div>
          <dt>{t('letter.to')}</dt>
          <dd>
            {data.prisoner.name}
            {data.prisoner.facility && `, ${data.prisoner.facility}`}
          </dd>
        </div>
        <div>
          <dt>{t('letter.from')}</dt>
          <dd>
            {data.writer.pseudonym} ({data.writer.language})
            {data.writer.blocked && <strong> · {t('letter.blocked')}</strong>}
          </dd>
        </div>
      </dl>
      {canReview && (
        <p className="dash-meta">
          <Link to={`/volunteer/moderation/letters/${data.id}`}>{t('letter.openModeration')}</Link>
        </p>
      )}
      {canTranslate && (
        <p className="dash-meta">
          <Link to={`/volunteer/workbench/letters/${data.id}`}>{t('letter.openWorkbench')}</Link>
        </p>
      )}
      <DispatchFacts letter={data} onSaved={letter.reload} />
      <DeliveryPanel letter={data} onRecorded={letter.reload} />
      {/* Only a letter waiting in a queue can be taken; a sent or finished one has nobody to hold it. */}
      {QUEUE_OF_STATUS[data.status] && (
        <Claim
          letter={data}
          onTake={() => void dashboardApi.take('letter', id).then(letter.reload, setError)}
        />
      )}
      <StatusLine>{status}</StatusLine>
      <ErrorLine error={error ?? next.error} />

      <div className="dash-columns">
        <section aria-labelledby="dash-original">
          <h2 id="dash-original">{t('letter.original', { language: data.language })}</h2>
          {data.purged ? (
            <p className="dash-meta">{t('letter.purged')}</p>
          ) : (
            <div className="dash-text" lang={data.language} data-testid="letter-body">
              {data.body}
              {data.signature && <p className="dash-signature">{data.signature}</p>}
            </div>
          )}
        </section>
        <section aria-labelledby="dash-translation">
          <h2 id="dash-translation">{t('letter.translation')}</h2>
          {canTranslate ? (
            <TranslationEditor
              letter={data}
              onSaved={(submitted) =>
                submitted ? void run(() => Promise.resolve()) : setStatus(t('letter.saved'))
              }
              onError={setError}
            />
          ) : data.translation?.text ? (
            <div className="dash-text" lang="ru" data-testid="letter-translation">
              {data.translation.text}
            </div>
          ) : (
            <p className="dash-meta">—</p>
          )}
        </section>
      </div>

      {canReview && (
        <div className="dash-actions">
          <button type="button" className="button" onClick={() => void run(() => dashboardApi.approve(id))}>
            {t('letter.approve')} <kbd>a</kbd>
          </button>
          <button type="button" className="button button-quiet" onClick={() => setDialog('sendBack')}>
            {t('letter.sendBack')} <kbd>b</kbd>
          </button>
          <button type="button" className="button button-danger-quiet" onClick={() => setDialog('reject')}>
            {t('letter.reject')}
          </button>
        </div>
      )}
      {dialog && (
        <ReasonForm
          kind={dialog}
          onCancel={() => setDialog(undefined)}
          onSubmit={(reason) =>
            void run(() =>
              dialog === 'sendBack' ? dashboardApi.sendBack(id, reason) : dashboardApi.reject(id, reason),
            )
          }
        />
      )}
      {data.claim?.userId === me.id && (
        <p>
          <ReleaseButton small label={t('letter.release')} onRelease={release} />
        </p>
      )}

      <section aria-labelledby="dash-flags">
        <h2 id="dash-flags">{t('letter.flags')}</h2>
        {data.flags.length === 0 ? (
          <p className="dash-meta">{t('letter.noFlags')}</p>
        ) : (
          <ul className="dash-flags">
            {data.flags.map((flag, i) => (
              <li key={`${flag.ruleId}-${i}`} className={`dash-flag dash-flag-${flag.severity}`}>
                <strong>{flag.category}</strong> {flag.message}
                {flag.suggestion && <span className="dash-meta"> — {flag.suggestion}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="dash-history">
        <h2 id="dash-history">{t('letter.history')}</h2>
        <HistoryList events={data.history} />
      </section>
    </article>
  );
}
