/**
 * Answering a reply in the same thread: the Write page opened as /write/<prisonerId>?reply=<id>
 * (the "Answer" button in My letters) finds the reply among the writer's own and says which one
 * the letter answers; the letter is then sent with `inReplyToReplyId`.
 */
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { WriterReply } from '../../api/types';
import { fetchMyReplies } from '../../api/writer';
import { useLoad } from '../../components/useLoad';
import { formatDate } from '../../i18n/format';

/** The reply named by `?reply=`, if it is the signed-in writer's and from `prisonerId`. */
export function useAnsweredReply(prisonerId: string) {
  const [params, setParams] = useSearchParams();
  const replyId = params.get('reply');
  const load = useLoad(
    async (signal) =>
      replyId
        ? ((await fetchMyReplies(signal)).replies.find(
            (r) => r.id === replyId && r.prisonerId === prisonerId,
          ) ?? null)
        : null,
    [replyId, prisonerId],
  );
  return {
    reply: load.data ?? undefined,
    /** Asked for, but not one of this writer's replies from this person (or not signed in). */
    missing: replyId !== null && !load.loading && !load.data,
    /** Writes a new letter instead. */
    drop: () => {
      const next = new URLSearchParams(params);
      next.delete('reply');
      setParams(next, { replace: true });
    },
  };
}

/** The "in reply to" panel above the editor. */
export function InReplyTo({
  reply,
  missing,
  onDrop,
}: {
  reply: WriterReply | undefined;
  missing: boolean;
  onDrop: () => void;
}) {
  const { t } = useTranslation();
  if (missing) return <p className="notice">{t('write.replyMissing')}</p>;
  if (!reply) return null;
  const text = reply.translation ?? reply.original;
  const lang = reply.translation !== null ? (reply.translationLanguage ?? undefined) : 'ru';
  return (
    <section className="panel in-reply-to" aria-labelledby="in-reply-to-heading">
      <h2 id="in-reply-to-heading">{t('write.inReplyToHeading')}</h2>
      <p>{t('write.inReplyTo', { date: formatDate(reply.receivedAt), ref: reply.letterRefCode })}</p>
      {text !== null && (
        <details className="letter-text">
          <summary>{t('write.showReply')}</summary>
          <div className="letter-body" lang={lang}>
            {text}
          </div>
        </details>
      )}
      <button type="button" className="button button-quiet button-small" onClick={onDrop}>
        {t('write.notAReply')}
      </button>
    </section>
  );
}
