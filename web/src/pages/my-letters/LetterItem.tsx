/** One letter in My letters: status, timeline, text, replies, and what the writer can do now. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WriterLetter, WriterReply } from '../../api/types';
import { editLetter, withdrawLetter } from '../../api/writer';
import { displayNames } from '../../components/names';
import { ErrorNotice } from '../../components/Status';
import { formatDate } from '../../i18n/format';
import { ReplyItem } from './ReplyItem';
import { SelfPostOffer, SelfPostPanel } from './SelfPost';
import { Timeline } from './Timeline';

function EditForm({ letter, onDone }: { letter: WriterLetter; onDone: () => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState(letter.body ?? '');
  const [error, setError] = useState<unknown>();
  const save = async () => {
    try {
      await editLetter(letter.id, body.trim(), letter.signature);
      onDone();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div className="edit-box">
      <label htmlFor={`edit-${letter.id}`}>{t('myLetters.editLabel')}</label>
      <textarea id={`edit-${letter.id}`} rows={10} value={body} onChange={(e) => setBody(e.target.value)} />
      {error !== undefined && <ErrorNotice error={error} />}
      <button type="button" className="button" onClick={() => void save()}>
        {t('myLetters.resubmit')}
      </button>
    </div>
  );
}

/** What a letter card shows besides the letter. */
interface LetterItemProps {
  letter: WriterLetter;
  /** The replies to this letter, oldest first. */
  replies: WriterReply[];
  /** The reply this letter answers, when it answers one. */
  answers: WriterReply | undefined;
  /** Reloads the list after an action. */
  onChange: () => void;
}

/** A letter card. */
export function LetterItem({ letter, replies, answers, onChange }: LetterItemProps) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<unknown>();
  const names = displayNames(letter.prisoner.fullName, letter.prisoner.latinName, i18n.language);
  const headingId = `letter-${letter.id}`;
  const selfPosting = letter.selfPost.state === 'preparing';
  // Once delivered, stopped or lost, the timeline's "Posted by you" is enough.
  const showSelfPost = selfPosting || (letter.selfPost.state === 'posted' && letter.status === 'dispatched');

  const withdraw = async () => {
    try {
      await withdrawLetter(letter.id);
      onChange();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <article className="card letter-item" aria-labelledby={headingId}>
      <header className="letter-head">
        <h2 id={headingId}>
          {t('myLetters.to')} <Link to={`/prisoners/${letter.prisoner.id}`}>{names.primary}</Link>
        </h2>
        <span className={`badge badge-${letter.status}`}>
          {selfPosting
            ? t('myLetters.selfPost.badge')
            : letter.holdCause
              ? t(`myLetters.held.badge.${letter.holdCause}`)
              : t(`status.${letter.status}`)}
        </span>
      </header>
      <p className="muted small">
        {t('myLetters.written', { date: formatDate(letter.createdAt) })} ·{' '}
        {t('myLetters.ref', { ref: letter.refCode })}
      </p>
      {answers && (
        <p className="small">
          <a href={`#reply-${answers.id}`}>
            {t('myLetters.answersReply', { date: formatDate(answers.receivedAt) })}
          </a>
        </p>
      )}
      <p>
        {selfPosting
          ? t('myLetters.selfPost.explainedStatus')
          : letter.holdCause
            ? // The person left custody: say so plainly, by name, instead of the generic pause.
              t(`myLetters.held.explained.${letter.holdCause}`, { name: names.primary })
            : t(`statusExplained.${letter.status}`)}
      </p>
      {letter.changeRequest && (
        <p className="notice">
          {t('myLetters.changeRequest')} <q>{letter.changeRequest}</q>
        </p>
      )}
      <Timeline letter={letter} />
      {showSelfPost && <SelfPostPanel letter={letter} onChange={onChange} />}

      {letter.body !== null ? (
        <details className="letter-text">
          <summary>{t('myLetters.showText')}</summary>
          <p className="letter-body">{letter.body}</p>
          {letter.signature && <p className="muted">— {letter.signature}</p>}
        </details>
      ) : (
        <p className="muted small">{t('myLetters.purged')}</p>
      )}

      <section className="replies" aria-label={t('myLetters.repliesLabel')}>
        {replies.length === 0 ? (
          <p className="muted small">{t('myLetters.noReplies')}</p>
        ) : (
          replies.map((reply) => <ReplyItem key={reply.id} reply={reply} prisonerName={names.primary} />)
        )}
      </section>

      {error !== undefined && <ErrorNotice error={error} />}
      <div className="actions">
        {letter.canEdit && !editing && (
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('myLetters.edit')}
          </button>
        )}
        {letter.canWithdraw && !confirming && (
          <button type="button" className="button button-quiet" onClick={() => setConfirming(true)}>
            {t('myLetters.withdraw')}
          </button>
        )}
        {confirming && (
          <div className="confirm-box" role="group" aria-label={t('myLetters.withdrawConfirm')}>
            <p>{t('myLetters.withdrawConfirm')}</p>
            <button type="button" className="button button-danger" onClick={() => void withdraw()}>
              {t('myLetters.withdrawYes')}
            </button>{' '}
            <button type="button" className="button button-quiet" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        )}
      </div>
      {editing && <EditForm letter={letter} onDone={onChange} />}
      {letter.selfPost.offered && <SelfPostOffer letter={letter} onChange={onChange} />}
    </article>
  );
}
