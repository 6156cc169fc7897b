/**
 * Moderating one letter, under /volunteer/moderation/letters/:id: original and Russian side by
 * side with flagged spans, the flags in words (note for moderators, message for the writer),
 * campaign and spam signals, and the decision. After a decision the next letter of the review
 * queue opens. Keys: a approve, b ask for changes, r give back, n next, Escape closes a form.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { dashboardApi } from '../api';
import { HistoryList } from '../components/HistoryList';
import { QueueBreadcrumb } from '../components/QueueBreadcrumb';
import { ReleaseButton } from '../components/ReleaseButton';
import { useBusyWork } from '../components/useBusyWork';
import { dateTime, minutesLeft } from '../format';
import { ErrorLine, StatusLine } from '../Notice';
import { useSession } from '../session';
import { useShortcuts } from '../shortcuts';
import { moderationApi, type Decision } from './api';
import { DecisionPanel } from './DecisionPanel';
import { FlaggedText } from './FlaggedText';
import { FlagList } from './FlagList';
import { Legend } from './Legend';
import { flagMarks, numberFlags, pairParagraphs } from './logic';
import { Signals } from './Signals';
import { MOD } from './strings';

const QUEUE = 'letters.review';

/** Where a letter is moderated. */
export const moderationPath = (id: string) => `/volunteer/moderation/letters/${id}`;

/** The moderation page. */
export default function ModerationPage() {
  const { t } = useTranslation(MOD);
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { me } = useSession();
  const load = useLoad((signal) => moderationApi.letter(id, signal), [id]);
  const [mode, setMode] = useState<'changes' | 'reject'>();
  const [chosenFlags, setChosenFlags] = useState<Set<string>>(new Set());
  const [confirmApprove, setConfirmApprove] = useState(false);
  const [status, setStatus] = useState<string>();
  const { busy, error, setError, run } = useBusyWork(load.reload);
  const data = load.data;
  useTitle(t('page.title', { ref: data?.refCode ?? '…' }));

  const numbered = useMemo(() => {
    const source = numberFlags(data?.flags.source ?? []);
    return { source, translation: numberFlags(data?.flags.translation ?? [], source.length + 1) };
  }, [data]);

  const next = async () => {
    const { claim } = await dashboardApi.takeNext(QUEUE);
    if (claim) {
      setMode(undefined);
      setChosenFlags(new Set());
      setConfirmApprove(false);
      void navigate(moderationPath(claim.id));
    } else {
      setStatus(t('page.queueEmpty'));
      load.reload();
    }
  };
  const decide = (decision: Decision, block = false) =>
    run(async () => {
      await moderationApi.decide(id, decision);
      if (block && data)
        await moderationApi.block(data.writer.pseudonym, t('decide.blockReason', { ref: data.refCode }));
      setStatus(t('page.done'));
      await next();
    });
  const approve = () => {
    const blocks = [...(data?.flags.source ?? []), ...(data?.flags.translation ?? [])].some(
      (f) => f.severity === 'block',
    );
    if (blocks && !confirmApprove) setConfirmApprove(true);
    else void decide({ decision: 'approve' });
  };
  const release = async () => {
    await dashboardApi.release('letter', id).catch(() => undefined);
    void navigate(`/volunteer/queues/${QUEUE}`);
  };
  const reviewable = data?.status === 'reviewing' && (!data.claim || data.claim.userId === me.id);
  useShortcuts({
    a: () => reviewable && approve(),
    b: () => reviewable && setMode('changes'),
    r: () => data?.claim?.userId === me.id && void release(),
    n: () => void next().catch(setError),
    Escape: () => (setMode(undefined), setConfirmApprove(false)),
  });

  if (!data) return load.error ? <ErrorLine error={load.error} /> : <p className="loading">…</p>;
  const toggle = (ruleId: string) =>
    setChosenFlags((current) => {
      const copy = new Set(current);
      if (!copy.delete(ruleId)) copy.add(ruleId);
      return copy;
    });
  return (
    <article className="mod-page">
      <QueueBreadcrumb queue={QUEUE}>
        {' / '}
        <Link to="/volunteer/moderation">{t('fast.title')}</Link>
      </QueueBreadcrumb>
      <h1>
        {t('page.title', { ref: data.refCode })}{' '}
        <span className={`badge badge-${data.status}`}>{data.status}</span>
      </h1>
      <dl className="dash-facts">
        <div>
          <dt>{t('page.to')}</dt>
          <dd>{data.prisoner.name}</dd>
        </div>
        <div>
          <dt>{t('page.from')}</dt>
          <dd>
            {data.writer.pseudonym} · {data.writer.uiLanguage}
          </dd>
        </div>
        <div>
          <dt>{t('page.lease')}</dt>
          <dd className={data.claim?.userId === me.id ? 'dash-claim-mine' : undefined}>
            {!data.claim
              ? t('page.notHeld')
              : data.claim.userId === me.id
                ? t('page.yours', { minutes: minutesLeft(data.claim.until) })
                : t('page.heldBy', { name: data.claim.displayName, time: dateTime(data.claim.until) })}
          </dd>
        </div>
      </dl>
      <Signals data={data} />
      <StatusLine>{status}</StatusLine>
      <ErrorLine error={error} />
      <Legend />
      {data.original === null ? (
        <p className="dash-meta">{t('page.purged')}</p>
      ) : (
        <FlaggedText
          original={data.original.text}
          russian={data.russian?.text ?? null}
          language={data.language}
          pairs={pairParagraphs(data.original.paragraphs, data.russian?.paragraphs)}
          originalMarks={flagMarks(numbered.source)}
          russianMarks={flagMarks(numbered.translation)}
          signature={data.original.signature}
        />
      )}
      {reviewable && (
        <DecisionPanel
          data={data}
          mode={mode}
          numbered={numbered.source}
          chosenFlags={chosenFlags}
          onToggleFlag={toggle}
          busy={busy}
          confirmApprove={confirmApprove}
          onMode={setMode}
          onApprove={approve}
          onDecide={(decision, block) => void decide(decision, block)}
        />
      )}
      <div className="mod-flag-lists">
        <h2>{t('flags.title')}</h2>
        {numbered.source.length + numbered.translation.length === 0 && (
          <p className="dash-meta">{t('flags.none')}</p>
        )}
        <FlagList
          title={t('flags.original')}
          text={data.original?.text ?? ''}
          textLanguage={data.language}
          writerLanguage={data.writer.uiLanguage}
          numbered={numbered.source}
        />
        <FlagList
          title={t('flags.russian')}
          text={data.russian?.text ?? ''}
          textLanguage="ru"
          writerLanguage={data.writer.uiLanguage}
          numbered={numbered.translation}
        />
      </div>
      <details className="mod-history">
        <summary>{t('page.history', { count: data.history.length })}</summary>
        <HistoryList events={data.history} />
      </details>
      {data.claim?.userId === me.id && (
        <p>
          <ReleaseButton small label={t('page.release')} onRelease={release} />
        </p>
      )}
    </article>
  );
}
