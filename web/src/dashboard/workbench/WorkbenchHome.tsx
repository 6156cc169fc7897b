/**
 * The workbench's start page under /volunteer/workbench: the translation queues the volunteer's
 * language pairs open (letters into Russian, replies out of it) with "take next", which opens the
 * item in the workbench (key n: the first queue with free work).
 */
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { dashboardApi } from '../api';
import { NS } from '../i18n';
import { ErrorLine, StatusLine } from '../Notice';
import { QueueCard } from '../QueueCard';
import { useSession } from '../session';
import { useShortcuts } from '../shortcuts';
import { useTakeNext } from '../useTakeNext';

/** Queues worked in the workbench. */
const TRANSLATION_QUEUES = ['letters.translate', 'replies.translate'];

/** The start page. */
export default function WorkbenchHome() {
  const { t } = useTranslation(NS);
  const { me } = useSession();
  useTitle(t('workbenchHome.title'));
  const queues = useLoad((signal) => dashboardApi.queues(signal), []);
  const { take, empty, error, busy } = useTakeNext();
  const mine = queues.data?.queues.filter((q) => TRANSLATION_QUEUES.includes(q.id)) ?? [];
  const firstWithWork = mine.find((q) => q.mine || q.count > q.taken);
  useShortcuts({ n: () => firstWithWork && void take(firstWithWork.id) });

  return (
    <>
      <h1>{t('workbenchHome.title')}</h1>
      <p>{t('workbenchHome.intro')}</p>
      <p className="dash-meta">
        {me.languagePairs.length > 0
          ? t('home.languages', { pairs: me.languagePairs.join(', ') })
          : t('workbenchHome.noPairs')}
      </p>
      <ErrorLine error={queues.error ?? error} />
      <StatusLine>{empty ? t('home.nothingToTake') : null}</StatusLine>
      {queues.data && mine.length === 0 && <p>{t('workbenchHome.none')}</p>}
      <ul className="dash-queues">
        {mine.map((queue) => (
          <QueueCard key={queue.id} queue={queue} busy={busy} onTake={() => void take(queue.id)} />
        ))}
      </ul>
    </>
  );
}
