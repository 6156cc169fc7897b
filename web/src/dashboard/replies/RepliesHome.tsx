/**
 * The replies start page under /volunteer/replies: "take in a reply" for those who open the post,
 * the reply queues the volunteer's roles open (transcribe, translate in the workbench, check) with
 * "take next" (key n: the first with free work), and the replies still waiting for their letter.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { dashboardApi } from '../api';
import { age, dateTime } from '../format';
import { SCREEN_PERMISSIONS } from '../nav';
import { ErrorLine, StatusLine } from '../Notice';
import { QueueCard } from '../QueueCard';
import { useSession } from '../session';
import { useShortcuts } from '../shortcuts';
import { useTakeNext } from '../useTakeNext';
import { repliesApi } from './api';
import { INTAKE_PATH, transcribePath } from './paths';
import { RP } from './strings';

/** The start page. */
export default function RepliesHome() {
  const { t } = useTranslation(RP);
  const { me } = useSession();
  useTitle(t('home.title'));
  const canIntake = SCREEN_PERMISSIONS.replyIntake.some((p) => me.permissions.includes(p));
  const queues = useLoad((signal) => dashboardApi.queues(signal), []);
  const unmatched = useLoad(
    (signal) => (canIntake ? repliesApi.list({ unmatched: true }, signal) : Promise.resolve({ replies: [] })),
    [canIntake],
  );
  const { take, empty, error, busy } = useTakeNext();
  const mine = queues.data?.queues.filter((q) => q.kind === 'reply') ?? [];
  const firstWithWork = mine.find((q) => q.mine || q.count > q.taken);
  useShortcuts({
    n: () => firstWithWork && void take(firstWithWork.id),
    i: () => canIntake && document.getElementById('rp-intake-link')?.click(),
  });
  const waiting = unmatched.data?.replies.filter((r) => r.status !== 'forwarded') ?? [];

  return (
    <article className="rp-page">
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      {canIntake && (
        <p>
          <Link id="rp-intake-link" className="button" to={INTAKE_PATH}>
            {t('home.intake')} <kbd>i</kbd>
          </Link>
        </p>
      )}
      <ErrorLine error={queues.error ?? error} />
      <StatusLine>{empty ? t('home.nothingToTake', { ns: 'dashboard' }) : null}</StatusLine>
      {mine.length > 0 && (
        <ul className="dash-queues">
          {mine.map((queue) => (
            <QueueCard key={queue.id} queue={queue} busy={busy} onTake={() => void take(queue.id)} />
          ))}
        </ul>
      )}
      {canIntake && (
        <section aria-labelledby="rp-unmatched-list">
          <h2 id="rp-unmatched-list">{t('home.unmatched')}</h2>
          <ErrorLine error={unmatched.error} />
          {unmatched.data && waiting.length === 0 && <p className="dash-meta">{t('home.noUnmatched')}</p>}
          {waiting.length > 0 && (
            <div className="dash-table-wrap">
              <table className="dash-table">
                <thead>
                  <tr>
                    <th scope="col">{t('home.received')}</th>
                    <th scope="col">{t('home.via')}</th>
                    <th scope="col">{t('home.draft')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('home.open')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {waiting.map((reply) => (
                    <tr key={reply.id}>
                      <td title={dateTime(reply.receivedAt)}>{age(reply.receivedAt)}</td>
                      <td>{t(`via.${reply.receivedVia}`, { defaultValue: reply.receivedVia })}</td>
                      <td>{reply.hasOcrDraft ? t('home.hasDraft') : '—'}</td>
                      <td>
                        <Link to={transcribePath(reply.id)}>{t('home.match')}</Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </article>
  );
}
