/**
 * The home of a volunteer: one card per queue their roles open — how many wait, how many are
 * taken, how old the oldest is — with "take next" (key n: the first queue with free work), and
 * their recent work.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { dashboardApi } from '../api';
import { dateTime } from '../format';
import { NS } from '../i18n';
import { ErrorLine, StatusLine } from '../Notice';
import { QueueCard } from '../QueueCard';
import { useSession } from '../session';
import { useShortcuts } from '../shortcuts';
import { useTakeNext } from '../useTakeNext';

/** The dashboard home. */
export default function HomePage() {
  const { t } = useTranslation(NS);
  const { me } = useSession();
  useTitle(t('home.title'));
  const queues = useLoad((signal) => dashboardApi.queues(signal), []);
  const recent = useLoad((signal) => dashboardApi.recent(signal), []);
  const { take, empty, error, busy } = useTakeNext();

  const firstWithWork = queues.data?.queues.find((q) => q.mine || q.count > q.taken);
  useShortcuts({ n: () => firstWithWork && void take(firstWithWork.id) });

  return (
    <>
      <h1>{t('home.title')}</h1>
      {me.languagePairs.length > 0 && (
        <p className="dash-meta">{t('home.languages', { pairs: me.languagePairs.join(', ') })}</p>
      )}
      <ErrorLine error={queues.error ?? error} />
      <StatusLine>{empty ? t('home.nothingToTake') : null}</StatusLine>
      {queues.data && queues.data.queues.length === 0 && <p>{t('home.empty')}</p>}
      <ul className="dash-queues">
        {queues.data?.queues.map((queue) => (
          <QueueCard key={queue.id} queue={queue} busy={busy} onTake={() => void take(queue.id)} />
        ))}
      </ul>
      <h2>{t('home.recent')}</h2>
      {recent.data && recent.data.items.length === 0 && <p className="dash-meta">{t('home.noRecent')}</p>}
      <ul className="dash-recent">
        {recent.data?.items.map((item) => (
          <li key={`${item.kind}-${item.id}-${item.at}-${item.action}`}>
            <time dateTime={item.at}>{dateTime(item.at)}</time>{' '}
            <span className="dash-action">{item.action}</span>{' '}
            {item.kind === 'letter' ? (
              <Link to={`/volunteer/letters/${item.id}`}>{item.refCode ?? item.id.slice(0, 8)}</Link>
            ) : (
              (item.refCode ?? item.id.slice(0, 8))
            )}
            {item.to && <span className="dash-meta"> → {item.to}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}
