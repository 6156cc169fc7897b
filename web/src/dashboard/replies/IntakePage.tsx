/**
 * Taking in a reply, under /volunteer/replies/new: the pages (scans or a PDF, dropped or chosen)
 * or the pasted text of an e-letter reply; the letter it answers, found by its reference code or
 * chosen by hand, shown before saving; then one upload. Saved replies wait for transcription (the
 * machine reading starts by itself). Ctrl+Enter saves.
 */
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTitle } from '../../components/useTitle';
import { useSession } from '../session';
import { repliesApi, type IntakeResult } from './api';
import { FileDrop } from './FileDrop';
import { LetterMatch, LetterSummary, type ChosenLetter } from './LetterMatch';
import { ReplyError } from './ReplyError';
import { transcribePath } from './paths';
import { RP } from './strings';

type Source = 'scans' | 'text';

function Saved({
  result,
  letter,
  onAnother,
}: {
  result: IntakeResult;
  letter: ChosenLetter | null;
  onAnother: () => void;
}) {
  const { t } = useTranslation(RP);
  const { me } = useSession();
  const heading = useRef<HTMLHeadingElement>(null);
  // The form is gone: move focus to the outcome so keyboard and screen reader users hear it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel success rp-saved" aria-labelledby="rp-saved-title">
      <h2 id="rp-saved-title" tabIndex={-1} ref={heading}>
        {t('intake.saved')}
      </h2>
      {result.letterId && letter ? (
        <>
          <p>{t('intake.savedMatched')}</p>
          <LetterSummary letter={letter.letter} status={false} />
        </>
      ) : (
        <p>{t('intake.savedUnmatched')}</p>
      )}
      {result.delivered && <p>{t('intake.delivered')}</p>}
      {result.ocrQueued && <p className="dash-meta">{t('intake.ocrQueued')}</p>}
      <p className="dash-actions">
        {me.permissions.includes('replies.transcribe') && (
          <Link className="button" to={transcribePath(result.replyId)}>
            {t('intake.transcribeNow')}
          </Link>
        )}
        <button type="button" className="button button-quiet" onClick={onAnother}>
          {t('intake.another')}
        </button>
      </p>
    </section>
  );
}

/** The intake page. */
export default function IntakePage() {
  const { t } = useTranslation(RP);
  useTitle(t('intake.title'));
  const [source, setSource] = useState<Source>('scans');
  const [files, setFiles] = useState<File[]>([]);
  const [text, setText] = useState('');
  const [letter, setLetter] = useState<ChosenLetter | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState<IntakeResult>();
  const [round, setRound] = useState(0);

  const ready = source === 'scans' ? files.length > 0 : text.trim().length > 0;
  const reset = () => {
    setFiles([]);
    setText('');
    setLetter(null);
    setSaved(undefined);
    setError(undefined);
    setRound((r) => r + 1);
  };
  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!ready || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const pointer = letter
        ? letter.via === 'code'
          ? { refCode: letter.letter.refCode }
          : { letterId: letter.letter.letterId }
        : null;
      setSaved(await repliesApi.intake(source === 'scans' ? { files } : { text }, pointer));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      void save();
    }
  };

  return (
    <article className="rp-page rp-intake">
      <p className="breadcrumb">
        <Link to="/volunteer">{t('nav.home', { ns: 'dashboard' })}</Link>
        {' / '}
        <Link to="/volunteer/replies">{t('home.title')}</Link>
      </p>
      <h1>{t('intake.title')}</h1>
      {saved ? (
        <Saved result={saved} letter={letter} onAnother={reset} />
      ) : (
        <form key={round} onSubmit={(e) => void save(e)} onKeyDown={onKeyDown} noValidate>
          <fieldset className="rp-step">
            <legend>{t('intake.stepContent')}</legend>
            <div className="rp-source" role="radiogroup" aria-label={t('intake.stepContent')}>
              {(['scans', 'text'] as const).map((s) => (
                <label key={s} className="check">
                  <input
                    type="radio"
                    name="source"
                    value={s}
                    checked={source === s}
                    onChange={() => setSource(s)}
                  />
                  <span>{t(`intake.source.${s}`)}</span>
                </label>
              ))}
            </div>
            {source === 'scans' ? (
              <FileDrop files={files} onChange={setFiles} />
            ) : (
              <div className="field">
                <label htmlFor="rp-text">{t('intake.textLabel')}</label>
                <textarea
                  id="rp-text"
                  lang="ru"
                  rows={10}
                  value={text}
                  maxLength={20_000}
                  onChange={(e) => setText(e.target.value)}
                  aria-describedby="rp-text-hint"
                />
                <p className="dash-meta rp-hint" id="rp-text-hint">
                  {t('intake.textHint')}
                </p>
              </div>
            )}
          </fieldset>
          <fieldset className="rp-step">
            <legend>{t('intake.stepLetter')}</legend>
            <LetterMatch chosen={letter} onChoose={setLetter} />
          </fieldset>
          {!letter && ready && <p className="notice">{t('intake.noLetter')}</p>}
          <ReplyError error={error} />
          <p className="dash-actions">
            <button type="submit" className="button" disabled={!ready || busy}>
              {busy ? t('intake.saving') : t('intake.save')} <kbd>Ctrl+Enter</kbd>
            </button>
          </p>
        </form>
      )}
    </article>
  );
}
