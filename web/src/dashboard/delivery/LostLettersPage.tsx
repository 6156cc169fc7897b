/**
 * "Lost letters": the open follow-up tasks of letters that went quiet after dispatch, oldest first,
 * each with what is known of its dispatch and a form to close it as the route allows — delivered
 * after all, stopped or returned (with the cause), send again, or give up (with a reason).
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  FOLLOW_UP_OUTCOMES,
  GIVE_UP_NOTE_MIN,
  NOTE_MAX,
  type FollowUpOutcome,
  type StopCause,
} from '../../../../shared/api/delivery';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { dateTime } from '../format';
import { RadioChoice } from './RadioChoice';
import { StopCauseField } from './StopCauseField';
import { opens, SCREEN_PERMISSIONS } from '../nav';
import { ErrorLine, StatusLine } from '../Notice';
import { useSession } from '../session';
import { deliveryApi, type LostFollowUp } from './api';
import { daysSince, DLV, registerDeliveryStrings } from './strings';
import './delivery.css';

registerDeliveryStrings();

type Outcome = FollowUpOutcome['outcome'];

/** The form closing one task. */
function CloseForm({ task, onClosed }: { task: LostFollowUp; onClosed: (outcome: Outcome) => void }) {
  const { t } = useTranslation(DLV);
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome>('delivered');
  const [cause, setCause] = useState<StopCause>('censor');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const givingUp = outcome === 'give_up';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = note.trim();
    if (givingUp && trimmed.length < GIVE_UP_NOTE_MIN) return;
    const body: FollowUpOutcome =
      outcome === 'give_up'
        ? { outcome, note: trimmed }
        : outcome === 'stopped'
          ? { outcome, cause, note: trimmed || undefined }
          : { outcome, note: trimmed || undefined };
    setError(undefined);
    setBusy(true);
    try {
      await deliveryApi.closeFollowUp(task.letterId, body);
      onClosed(outcome);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)}>
      <RadioChoice
        legend={t('lost.outcome')}
        name={`${id}-outcome`}
        options={FOLLOW_UP_OUTCOMES}
        value={outcome}
        onChange={setOutcome}
        label={(option) => t(`outcome.${option}`)}
      />
      {outcome === 'stopped' && <StopCauseField id={id} value={cause} onChange={setCause} />}
      <div className="field">
        <label htmlFor={`${id}-note`}>{t(givingUp ? 'lost.why' : 'note')}</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          required={givingUp}
          minLength={givingUp ? GIVE_UP_NOTE_MIN : undefined}
          maxLength={NOTE_MAX}
        />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {t('lost.close')}
      </button>
      <ErrorLine error={error} />
    </form>
  );
}

/** One task: the letter, where and how it went, and the form. */
function Task({ task, onClosed }: { task: LostFollowUp; onClosed: (outcome: Outcome) => void }) {
  const { t } = useTranslation(DLV);
  const { me } = useSession();
  const id = useId();
  const readable = opens(me.permissions, SCREEN_PERMISSIONS.letter);
  const channel = task.channel
    ? t(`channel.${task.channel}`, { ns: 'dispatch', defaultValue: task.channel })
    : '—';
  return (
    <li>
      <article className="panel dlv-task" aria-labelledby={`${id}-ref`}>
        <h2 id={`${id}-ref`}>
          {readable ? <Link to={`/volunteer/letters/${task.letterId}`}>{task.refCode}</Link> : task.refCode}
        </h2>
        <dl className="dash-facts">
          <div>
            <dt>{t('lost.to')}</dt>
            <dd>{task.prisonerName}</dd>
          </div>
          <div>
            <dt>{t('lost.facility')}</dt>
            <dd>{[task.facility, task.region].filter(Boolean).join(', ') || '—'}</dd>
          </div>
          <div>
            <dt>{t('lost.channel')}</dt>
            <dd>{channel}</dd>
          </div>
          <div>
            <dt>{t('lost.sent')}</dt>
            <dd>
              {task.dispatchedAt ? (
                <>
                  {t('lost.daysAgo', { count: daysSince(task.dispatchedAt) })}{' '}
                  <span className="dash-meta">({dateTime(task.dispatchedAt)})</span>
                </>
              ) : (
                t('lost.notSent')
              )}
            </dd>
          </div>
          {task.externalRef && (
            <div>
              <dt>{t('lost.order')}</dt>
              <dd>
                <code>{task.externalRef}</code>
              </dd>
            </div>
          )}
        </dl>
        <CloseForm task={task} onClosed={onClosed} />
      </article>
    </li>
  );
}

/** The lost-letters screen. */
export default function LostLettersPage() {
  const { t } = useTranslation(DLV);
  const tasks = useLoad((signal) => deliveryApi.followUps(signal), []);
  const [status, setStatus] = useState<string>();
  useTitle(t('lost.title'));

  const closed = (task: LostFollowUp) => (outcome: Outcome) => {
    setStatus(t(`lost.closed.${outcome}`, { ref: task.refCode }));
    tasks.reload();
  };

  return (
    <section className="dlv-lost">
      <h1>{t('lost.title')}</h1>
      <p className="dash-meta">{t('lost.intro')}</p>
      <StatusLine>{status}</StatusLine>
      <ErrorLine error={tasks.error} />
      {tasks.data &&
        (tasks.data.followUps.length === 0 ? (
          <p>{t('lost.empty')}</p>
        ) : (
          <ul className="dlv-tasks">
            {tasks.data.followUps.map((task) => (
              <Task key={task.letterId} task={task} onClosed={closed(task)} />
            ))}
          </ul>
        ))}
    </section>
  );
}
