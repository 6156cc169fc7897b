/** The trail above a work screen: the queues, the item's queue, then anything the screen adds. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NS } from '../i18n';

/** "Queues / <the queue>"; without `queue` (an item opened from elsewhere) just "Queues". */
export function QueueBreadcrumb({ queue, children }: { queue?: string; children?: ReactNode }) {
  const { t } = useTranslation(NS);
  return (
    <p className="breadcrumb">
      <Link to="/volunteer">{t('nav.home')}</Link>
      {queue && (
        <>
          {' / '}
          <Link to={`/volunteer/queues/${queue}`}>{t(`queues.${queue}`)}</Link>
        </>
      )}
      {children}
    </p>
  );
}
