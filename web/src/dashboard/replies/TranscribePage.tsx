/**
 * Transcribing a reply, under /volunteer/replies/:id/transcribe: the scan on the left (zoom, page
 * by page), the text on the right. The box opens with the machine reading (OCR) when there is one,
 * marked as an unchecked machine draft until the volunteer changes it; finishing with the draft
 * untouched asks whether every word was checked against the scan. A reply not matched to its
 * letter is matched here first (the translation depends on the writer). Done sends it on and opens
 * the next reply to transcribe.
 *
 * Keys: in the text Ctrl+S saves, Ctrl+Enter finishes, Alt+PageUp/PageDown turn pages, Alt+↑/↓
 * zoom; elsewhere [ ] turn pages, + − 0 zoom, t goes to the text, r gives the reply back.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { dashboardApi } from '../api';
import { QueueBreadcrumb } from '../components/QueueBreadcrumb';
import { ReleaseButton } from '../components/ReleaseButton';
import { useBusyWork } from '../components/useBusyWork';
import { StatusLine } from '../Notice';
import { useSession } from '../session';
import { useShortcuts } from '../shortcuts';
import { repliesApi, type ReplyView } from './api';
import { LetterMatch, type ChosenLetter } from './LetterMatch';
import { initialTranscription, isUncheckedDraft, ocrPending } from './logic';
import { REPLIES_HOME, transcribePath } from './paths';
import { heldByOther, ReplyFacts } from './ReplyFacts';
import { RefHeading } from './RefHeading';
import { ReplyError } from './ReplyError';
import { ScanViewer, useScanControls } from './ScanViewer';
import { RP } from './strings';

const QUEUE = 'replies.transcribe';
const POLL_MS = 3000;
const POLL_TRIES = 60;

/** Matching an unmatched reply (or correcting the match) from the transcription screen. */
function MatchPanel({ view, onMatched }: { view: ReplyView; onMatched: () => void }) {
  const { t } = useTranslation(RP);
  const [chosen, setChosen] = useState<ChosenLetter | null>(null);
  const { busy, error, run } = useBusyWork();
  const match = async () => {
    if (!chosen) return;
    await run(async () => {
      await repliesApi.match(
        view.id,
        chosen.via === 'code' ? { refCode: chosen.letter.refCode } : { letterId: chosen.letter.letterId },
      );
      setChosen(null);
      onMatched();
    });
  };
  return (
    <>
      <LetterMatch chosen={chosen} onChoose={setChosen} suggestions={view.suggestedRefCodes} />
      <ReplyError error={error} />
      {chosen && (
        <button type="button" className="button button-small" disabled={busy} onClick={() => void match()}>
          {t('transcribe.matchIt', { ref: chosen.letter.refCode })}
        </button>
      )}
    </>
  );
}

/** Polls the reply while its machine reading may still come. */
function usePollWhileReading(view: ReplyView | undefined, reload: () => void): void {
  const tries = useRef(0);
  const pending = view ? ocrPending(view) : false;
  useEffect(() => {
    if (!pending || tries.current >= POLL_TRIES) return;
    const timer = setTimeout(() => {
      tries.current += 1;
      reload();
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [view, pending]);
}

/** The transcription page; a new reply starts afresh (text, page, zoom). */
export default function TranscribePage() {
  const { id = '' } = useParams();
  return <ReplyTranscribePage key={id} id={id} />;
}

function ReplyTranscribePage({ id }: { id: string }) {
  const { t } = useTranslation(RP);
  const navigate = useNavigate();
  const { me } = useSession();
  const load = useLoad((signal) => repliesApi.open(id, signal), [id]);
  const view = load.data;
  const controls = useScanControls(view?.files.length ?? 0);
  const area = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState<string>();
  const [confirmDraft, setConfirmDraft] = useState(false);
  const [status, setStatus] = useState<string>();
  const { busy, error, setError, run: act } = useBusyWork(load.reload);
  useTitle(t('transcribe.title', { ref: view?.letter?.refCode ?? '' }));
  usePollWhileReading(view, load.reload);

  // The box fills once, when the reply opens; a draft arriving later fills it only if still empty.
  useEffect(() => {
    if (!view) return;
    const initial = initialTranscription(view);
    if (text === undefined || (text === '' && initial)) setText(initial);
  }, [view]);

  const value = text ?? '';
  const canWrite =
    !!view &&
    me.permissions.includes('replies.transcribe') &&
    (view.status === 'received' || view.status === 'transcribing') &&
    !view.purged &&
    !heldByOther(view, me.id);
  const canMatch =
    !!view &&
    view.status !== 'forwarded' &&
    !view.purged &&
    (me.permissions.includes('replies.transcribe') || me.permissions.includes('letters.dispatch'));
  const unchecked = isUncheckedDraft(value, view?.ocrDraft?.text);

  const save = () =>
    act(async () => {
      await repliesApi.transcribe(id, value, false);
      setStatus(t('transcribe.savedDraft'));
      load.reload();
    });
  const finish = (checked: boolean) => {
    if (unchecked && !checked) {
      setConfirmDraft(true);
      return;
    }
    setConfirmDraft(false);
    return act(async () => {
      const next = await repliesApi.transcribe(id, value, true);
      setStatus(t(next.status === 'reviewing' ? 'transcribe.sentToCheck' : 'transcribe.sentToTranslate'));
      const { claim } = await dashboardApi.takeNext(QUEUE);
      if (claim) void navigate(transcribePath(claim.id));
      else {
        setStatus(t('transcribe.queueEmpty'));
        load.reload();
      }
    });
  };
  const release = async () => {
    await dashboardApi.release('reply', id).catch(() => undefined);
    void navigate(REPLIES_HOME);
  };
  const take = () => void dashboardApi.take('reply', id).then(load.reload, setError);

  const onTextKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const mod = event.ctrlKey || event.metaKey;
    if (mod && event.key === 'Enter') void finish(confirmDraft);
    else if (mod && event.key.toLowerCase() === 's') void save();
    else if (event.altKey && event.key === 'PageDown') controls.next();
    else if (event.altKey && event.key === 'PageUp') controls.previous();
    else if (event.altKey && event.key === 'ArrowUp') controls.zoomIn();
    else if (event.altKey && event.key === 'ArrowDown') controls.zoomOut();
    else return;
    event.preventDefault();
  };
  useShortcuts({
    ']': controls.next,
    '[': controls.previous,
    '+': controls.zoomIn,
    '=': controls.zoomIn,
    '-': controls.zoomOut,
    '0': controls.fit,
    t: () => area.current?.focus(),
    r: () => view?.claimedBy === me.id && void release(),
  });

  if (!view) return <ReplyError error={load.error} />;
  const matched = Boolean(view.letter);
  return (
    <article className="rp-page rp-transcribe">
      <QueueBreadcrumb queue={QUEUE} />
      {view.letter ? (
        <RefHeading i18nKey="transcribe.title" refCode={view.letter.refCode} />
      ) : (
        <h1>{t('transcribe.titleUnmatched')}</h1>
      )}
      <ReplyFacts view={view} onTake={canWrite ? take : undefined} />
      {view.status !== 'received' && view.status !== 'transcribing' && (
        <p className="notice">{t('transcribe.closed', { status: t(`status.${view.status}`) })}</p>
      )}
      <StatusLine>{status}</StatusLine>
      <ReplyError error={error} />
      {view.purged ? (
        <p className="dash-meta">{t('transcribe.purged')}</p>
      ) : (
        <div className={view.files.length > 0 ? 'rp-work' : 'rp-work rp-work-text-only'}>
          {view.files.length > 0 ? (
            <div className="rp-work-scan">
              <ScanViewer replyId={view.id} files={view.files} controls={controls} />
              <p className="dash-meta rp-keys">{t('transcribe.keys')}</p>
            </div>
          ) : (
            <p className="dash-meta">{t('transcribe.eLetter')}</p>
          )}
          <div className="rp-work-text">
            {!matched && canMatch && (
              <section className="panel rp-unmatched" aria-labelledby="rp-unmatched-title">
                <h2 id="rp-unmatched-title">{t('transcribe.unmatchedTitle')}</h2>
                <p>{t('transcribe.unmatched')}</p>
                <MatchPanel view={view} onMatched={load.reload} />
              </section>
            )}
            {view.ocrDraft ? (
              <div className={`rp-ocr${unchecked ? ' rp-ocr-unchecked' : ''}`} id="rp-ocr">
                <p>
                  <strong>{unchecked ? t('transcribe.machineDraft') : t('transcribe.fromDraft')}</strong>{' '}
                  {t('transcribe.checkEveryWord')}
                </p>
                <p className="dash-meta">
                  {[
                    view.ocrDraft.meanConfidence !== null &&
                      t('transcribe.confidence', { value: Math.round(view.ocrDraft.meanConfidence) }),
                    view.ocrDraft.uncertainWords !== null &&
                      t('transcribe.uncertain', { count: view.ocrDraft.uncertainWords }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </div>
            ) : ocrPending(view) ? (
              <p className="dash-meta" role="status">
                {t('transcribe.reading')}
              </p>
            ) : (
              view.files.length > 0 &&
              view.transcription === null && <p className="dash-meta">{t('transcribe.noDraft')}</p>
            )}
            <div className="field">
              <label htmlFor="rp-transcription">{t('transcribe.label')}</label>
              <textarea
                id="rp-transcription"
                ref={area}
                lang="ru"
                spellCheck
                rows={18}
                value={value}
                readOnly={!canWrite}
                aria-describedby={view.ocrDraft ? 'rp-ocr' : undefined}
                onChange={(e) => {
                  setText(e.target.value);
                  setConfirmDraft(false);
                }}
                onKeyDown={onTextKey}
                className={unchecked ? 'rp-draft-text' : undefined}
              />
            </div>
            {confirmDraft && (
              <div className="notice rp-confirm" role="alertdialog" aria-labelledby="rp-confirm-title">
                <p id="rp-confirm-title">{t('transcribe.confirmDraft')}</p>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  onClick={() => (setConfirmDraft(false), area.current?.focus())}
                >
                  {t('transcribe.keepChecking')}
                </button>{' '}
                <button type="button" className="button button-small" onClick={() => void finish(true)}>
                  {t('transcribe.checkedAll')} <kbd>Ctrl+Enter</kbd>
                </button>
              </div>
            )}
            {canWrite && (
              <p className="dash-actions">
                <button
                  type="button"
                  className="button"
                  disabled={busy || !matched || !value.trim()}
                  onClick={() => void finish(false)}
                  aria-describedby={!matched ? 'rp-unmatched-title' : undefined}
                >
                  {view.needsTranslation === false ? t('transcribe.doneCheck') : t('transcribe.done')}{' '}
                  <kbd>Ctrl+Enter</kbd>
                </button>
                <button
                  type="button"
                  className="button button-quiet"
                  disabled={busy || !value.trim()}
                  onClick={() => void save()}
                >
                  {t('transcribe.save')} <kbd>Ctrl+S</kbd>
                </button>
                {view.claimedBy === me.id && (
                  <ReleaseButton label={t('transcribe.release')} onRelease={release} />
                )}
              </p>
            )}
            {matched && canMatch && (
              <details className="rp-rematch">
                <summary>{t('transcribe.wrongLetter')}</summary>
                <MatchPanel view={view} onMatched={load.reload} />
              </details>
            )}
          </div>
        </div>
      )}
    </article>
  );
}
