/**
 * One queue, oldest first: who wrote (pseudonym), language, age, who holds it; take any free item.
 * Each item links to the screen it is worked on (useTakeNext.ts).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { dashboardApi } from '../api';
import { age, dateTime } from '../format';
import { NS } from '../i18n';
import { ErrorLine } from '../Notice';
import { useSession } from '../session';
import { useShortcuts } from '../shortcuts';
import { itemPath, screenPath, useTakeNext } from '../useTakeNext';

/** The queue page. */
export default function QueuePage() {
  const { t } = useTranslation(NS);
  const { queueId = '' } = useParams();
  const { me } = useSession();
  const navigate = useNavigate();
  useTitle(t(`queues.${queueId}`));
  const [offset, setOffset] = useState(0);
  const page = useLoad((signal) => dashboardApi.queue(queueId, offset, signal), [queueId, offset]);
  const next = useTakeNext();
  const [error, setError] = useState<unknown>();
  useShortcuts({ n: () => void next.take(queueId) });

  const take = async (kind: string, id: string) => {
    try {
      const { claim } = await dashboardApi.take(kind, id);
      void navigate(itemPath(claim, queueId));
    } catch (caught) {
      setError(caught);
      page.reload();
    }
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/volunteer">{t('nav.home')}</Link>
      </p>
      <h1>{t(`queues.${queueId}`)}</h1>
      <p>
        <button
          type="button"
          className="button button-small"
          onClick={() => void next.take(queueId)}
          disabled={next.busy}
        >
          {t('home.takeNext')} <kbd>n</kbd>
        </button>
      </p>
      <ErrorLine error={page.error ?? next.error ?? error} />
      {next.empty && <p role="status">{t('home.nothingToTake')}</p>}
      {page.data && <p className="dash-meta">{t('queue.total', { count: page.data.total })}</p>}
      <div className="dash-table-wrap">
        <table className="dash-table">
          <thead>
            <tr>
              <th scope="col">{t('queue.ref')}</th>
              <th scope="col">{t('queue.writer')}</th>
              <th scope="col">{t('queue.language')}</th>
              <th scope="col">{t('queue.waiting')}</th>
              <th scope="col">{t('queue.takenBy')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('queue.take')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {page.data?.items.map((item) => (
              <tr key={item.id} className={item.takenBy?.id === me.id ? 'dash-mine' : undefined}>
                <td>
                  {screenPath(item, queueId) ? (
                    <Link to={screenPath(item, queueId)!}>{item.refCode ?? item.id.slice(0, 8)}</Link>
                  ) : (
                    (item.refCode ?? '—')
                  )}
                </td>
                <td>{item.writer ?? '—'}</td>
                <td>{item.language ?? '—'}</td>
                <td title={dateTime(item.waitingSince)}>{age(item.waitingSince)}</td>
                <td>
                  {item.takenBy ? (
                    `${item.takenBy.displayName} (${t('queue.until', { time: dateTime(item.takenUntil) })})`
                  ) : (
                    <span className="dash-meta">{t('queue.free')}</span>
                  )}
                </td>
                <td>
                  {!item.takenBy && (
                    <button
                      type="button"
                      className="button button-small button-quiet"
                      onClick={() => void take(item.kind, item.id)}
                    >
                      {t('queue.take')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page.data && page.data.total > offset + page.data.items.length && (
        <button type="button" className="button button-quiet" onClick={() => setOffset(offset + 50)}>
          {t('queue.more')}
        </button>
      )}
    </>
  );
}
