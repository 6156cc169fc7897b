/**
 * One queue as a card: how many wait, how many are taken, how old the oldest is, and "take next"
 * (or "continue" for the item the volunteer already holds). On the home and on the workbench's
 * start page.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QueueSummary } from './api';
import { age } from './format';
import { NS } from './i18n';
import { itemPath } from './useTakeNext';

/** A queue card. */
export function QueueCard({
  queue,
  onTake,
  busy,
}: {
  queue: QueueSummary;
  onTake: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation(NS);
  const free = queue.count - queue.taken;
  return (
    <li className="dash-queue" data-queue={queue.id}>
      <h2>
        <Link to={`/volunteer/queues/${queue.id}`}>{t(`queues.${queue.id}`)}</Link>
      </h2>
      <p className="dash-count">
        <strong>{queue.count}</strong> {t('home.waiting')}
      </p>
      <p className="dash-meta">
        {queue.count === 0 ? t('home.none') : t('home.oldest', { age: age(queue.oldestSince) })}
        {queue.taken > 0 && <> · {t('home.taken', { count: queue.taken })}</>}
      </p>
      {queue.mine ? (
        <Link className="button button-small" to={itemPath({ kind: queue.kind, id: queue.mine }, queue.id)}>
          {t('home.continue')}
        </Link>
      ) : (
        <button type="button" className="button button-small" disabled={free === 0 || busy} onClick={onTake}>
          {t('home.takeNext')}
        </button>
      )}
    </li>
  );
}
