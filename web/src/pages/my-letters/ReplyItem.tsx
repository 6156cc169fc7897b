/**
 * One reply under the letter it answers: when it reached us, the translation with a switch to the
 * Russian original, the scans to download, and the way to answer in the same thread.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WriterReply } from '../../api/types';
import { replyScanUrl } from '../../api/writer';
import { formatDate, formatFileSize } from '../../i18n/format';

/** "JPEG", "PNG", "PDF": the same in every language. */
const TYPE_LABELS: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/pdf': 'PDF',
};

function ReplyText({ reply }: { reply: WriterReply }) {
  const { t } = useTranslation();
  // A writer who reads Russian gets no translation: the original is all there is.
  const [showOriginal, setShowOriginal] = useState(reply.translation === null);
  const textId = `reply-text-${reply.id}`;
  const text = showOriginal ? reply.original : reply.translation;
  if (text === null) return null;
  return (
    <>
      <p className="muted small reply-label" aria-live="polite">
        {showOriginal ? t('myLetters.original') : t('myLetters.translated')}
      </p>
      <div
        id={textId}
        className="letter-body"
        lang={showOriginal ? 'ru' : (reply.translationLanguage ?? undefined)}
      >
        {text}
      </div>
      {reply.translation !== null && reply.original !== null && (
        <button
          type="button"
          className="button button-quiet button-small"
          aria-controls={textId}
          onClick={() => setShowOriginal((v) => !v)}
        >
          {showOriginal ? t('myLetters.showTranslation') : t('myLetters.showOriginal')}
        </button>
      )}
    </>
  );
}

/** A reply, with `prisonerName` as the writer sees the person's name. */
export function ReplyItem({ reply, prisonerName }: { reply: WriterReply; prisonerName: string }) {
  const { t } = useTranslation();
  const headingId = `reply-${reply.id}-heading`;
  const scansId = `reply-${reply.id}-scans`;
  return (
    <article id={`reply-${reply.id}`} className="reply" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('myLetters.replyFrom', { date: formatDate(reply.receivedAt) })}</h3>
      {reply.purged ? (
        <p className="muted small">{t('myLetters.replyPurged')}</p>
      ) : (
        <ReplyText reply={reply} />
      )}
      {reply.scans.length > 0 && (
        <>
          <p id={scansId} className="muted small reply-label">
            {t('myLetters.scansLabel')}
          </p>
          <ul className="scan-list" aria-labelledby={scansId}>
            {reply.scans.map((scan, index) => (
              <li key={scan.id}>
                <a href={replyScanUrl(reply.id, scan.id)} download>
                  {t('myLetters.scanLink', {
                    page: index + 1,
                    type: TYPE_LABELS[scan.mimeType] ?? scan.mimeType,
                    size: formatFileSize(scan.bytes),
                  })}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="actions">
        {reply.canAnswer ? (
          <Link
            className="button"
            to={`/write/${reply.prisonerId}?reply=${reply.id}`}
            aria-describedby={headingId}
          >
            {t('myLetters.answer')}
          </Link>
        ) : (
          <p className="muted small">{t('myLetters.cannotAnswer', { name: prisonerName })}</p>
        )}
      </div>
    </article>
  );
}
