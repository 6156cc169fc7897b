/**
 * Checking a reply before it reaches the writer, under /volunteer/replies/:id/check: the Russian
 * transcription and the translation side by side (small corrections can be made in place), the
 * scan below. "Forward to the writer" has the server email the translation with the scan attached
 * (asked once more first: an email cannot be called back); "send back" returns the translation to
 * the translator with a reason. The writer is shown by pseudonym only. After a decision the next
 * reply to check opens.
 *
 * Keys: a forward (then Enter to confirm), b send back, Escape closes, r give back, [ ] + − the scan.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { dashboardApi } from '../api';
import { HistoryList } from '../components/HistoryList';
import { QueueBreadcrumb } from '../components/QueueBreadcrumb';
import { ReleaseButton } from '../components/ReleaseButton';
import { useBusyWork } from '../components/useBusyWork';
import { StatusLine } from '../Notice';
import { useSession } from '../session';
import { useShortcuts } from '../shortcuts';
import { repliesApi } from './api';
import { checkPath, REPLIES_HOME } from './paths';
import { heldByOther, languageName, ReplyFacts } from './ReplyFacts';
import { RefHeading } from './RefHeading';
import { ReplyError } from './ReplyError';
import { ScanViewer, useScanControls } from './ScanViewer';
import { RP } from './strings';

const QUEUE = 'replies.review';

/** The check page; a new reply starts afresh (text, page, zoom). */
export default function CheckPage() {
  const { id = '' } = useParams();
  return <ReplyCheckPage key={id} id={id} />;
}

function ReplyCheckPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation(RP);
  const navigate = useNavigate();
  const { me } = useSession();
  const load = useLoad((signal) => repliesApi.open(id, signal), [id]);
  const view = load.data;
  const controls = useScanControls(view?.files.length ?? 0);
  const [transcription, setTranscription] = useState('');
  const [translation, setTranslation] = useState('');
  const [mode, setMode] = useState<'forward' | 'back'>();
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<string>();
  const { busy, error, setError, run } = useBusyWork(load.reload);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  useTitle(t('check.title', { ref: view?.letter?.refCode ?? '' }));

  useEffect(() => {
    if (!view) return;
    setTranscription(view.transcription ?? '');
    setTranslation(view.translation?.text ?? '');
  }, [view?.id, view?.status]);
  useEffect(() => {
    if (mode === 'forward') confirmRef.current?.focus();
    if (mode === 'back') reasonRef.current?.focus();
  }, [mode]);

  const open = !!view && view.status === 'reviewing' && !heldByOther(view, me.id) && !view.purged;
  const readsRussian = view?.needsTranslation === false;

  const next = async () => {
    const { claim } = await dashboardApi.takeNext(QUEUE);
    if (claim) void navigate(checkPath(claim.id));
    else {
      setStatus(t('check.queueEmpty'));
      load.reload();
    }
  };
  const act = (work: () => Promise<void>, done: string) =>
    run(async () => {
      await work();
      setMode(undefined);
      setReason('');
      setStatus(done);
      await next();
    });
  const forward = () => {
    if (!view) return;
    const corrections: { translation?: string; transcription?: string } = {};
    if (transcription.trim() !== (view.transcription ?? '').trim()) corrections.transcription = transcription;
    if (!readsRussian && translation.trim() !== (view.translation?.text ?? '').trim())
      corrections.translation = translation;
    void act(() => repliesApi.forward(id, corrections).then(() => undefined), t('check.forwarded'));
  };
  const sendBack = () => {
    if (reason.trim().length < 3) return;
    void act(() => repliesApi.sendBack(id, reason.trim()).then(() => undefined), t('check.sentBack'));
  };
  const release = async () => {
    await dashboardApi.release('reply', id).catch(() => undefined);
    void navigate(REPLIES_HOME);
  };
  const take = () => void dashboardApi.take('reply', id).then(load.reload, setError);
  useShortcuts({
    a: () => open && setMode('forward'),
    b: () => open && !readsRussian && setMode('back'),
    Escape: () => setMode(undefined),
    r: () => view?.claimedBy === me.id && void release(),
    ']': controls.next,
    '[': controls.previous,
    '+': controls.zoomIn,
    '-': controls.zoomOut,
    '0': controls.fit,
  });
  const onReasonKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      sendBack();
    } else if (event.key === 'Escape') setMode(undefined);
  };

  if (!view) return <ReplyError error={load.error} />;
  const language = view.targetLanguage ?? 'en';
  return (
    <article className="rp-page rp-check">
      <QueueBreadcrumb queue={QUEUE} />
      <RefHeading i18nKey="check.title" refCode={view.letter?.refCode ?? ''} />
      <ReplyFacts view={view} onTake={view.status === 'reviewing' ? take : undefined} />
      {view.status !== 'reviewing' && (
        <p className="notice">{t('check.closed', { status: t(`status.${view.status}`) })}</p>
      )}
      <StatusLine>{status}</StatusLine>
      <ReplyError error={error} />
      {view.purged ? (
        <p className="dash-meta">{t('transcribe.purged')}</p>
      ) : (
        <>
          <div className={readsRussian ? 'rp-texts rp-texts-one' : 'rp-texts'}>
            <div className="field">
              <label htmlFor="rp-check-ru">{t('check.transcription')}</label>
              <textarea
                id="rp-check-ru"
                lang="ru"
                rows={14}
                value={transcription}
                readOnly={!open}
                onChange={(e) => setTranscription(e.target.value)}
              />
            </div>
            {!readsRussian && (
              <div className="field">
                <label htmlFor="rp-check-tr">
                  {t('check.translation', { language: languageName(language, i18n.language) })}
                </label>
                <textarea
                  id="rp-check-tr"
                  lang={language}
                  rows={14}
                  value={translation}
                  readOnly={!open}
                  onChange={(e) => setTranslation(e.target.value)}
                />
              </div>
            )}
          </div>
          {readsRussian && <p className="dash-meta">{t('check.readsRussian')}</p>}
          {open && <p className="dash-meta rp-hint">{t('check.correctionsHint')}</p>}
          {open && mode === 'forward' && (
            <div className="notice rp-confirm" role="alertdialog" aria-labelledby="rp-forward-title">
              <p id="rp-forward-title">
                {t('check.confirmForward', { writer: view.letter?.writerPseudonym ?? '' })}
              </p>
              <button
                type="button"
                className="button button-small button-quiet"
                onClick={() => setMode(undefined)}
              >
                {t('check.cancel')} <kbd>Esc</kbd>
              </button>{' '}
              <button
                ref={confirmRef}
                type="button"
                className="button button-small"
                disabled={busy}
                onClick={forward}
              >
                {t('check.forwardNow')} <kbd>Enter</kbd>
              </button>
            </div>
          )}
          {open && mode === 'back' && (
            <div className="panel rp-back">
              <label htmlFor="rp-back-reason">{t('check.reasonLabel')}</label>
              <textarea
                id="rp-back-reason"
                ref={reasonRef}
                rows={3}
                value={reason}
                maxLength={2000}
                onChange={(e) => setReason(e.target.value)}
                onKeyDown={onReasonKey}
                aria-describedby="rp-back-hint"
              />
              <p className="dash-meta rp-hint" id="rp-back-hint">
                {t('check.reasonHint')}
              </p>
              <p className="dash-actions">
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy || reason.trim().length < 3}
                  onClick={sendBack}
                >
                  {t('check.sendBackNow')} <kbd>Ctrl+Enter</kbd>
                </button>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  onClick={() => setMode(undefined)}
                >
                  {t('check.cancel')} <kbd>Esc</kbd>
                </button>
              </p>
            </div>
          )}
          {open && !mode && (
            <p className="dash-actions">
              <button type="button" className="button" onClick={() => setMode('forward')}>
                {t('check.forward')} <kbd>a</kbd>
              </button>
              {!readsRussian && (
                <button type="button" className="button button-quiet" onClick={() => setMode('back')}>
                  {t('check.sendBack')} <kbd>b</kbd>
                </button>
              )}
              {view.claimedBy === me.id && (
                <ReleaseButton label={t('transcribe.release')} onRelease={release} />
              )}
            </p>
          )}
          {view.files.length > 0 && (
            <details className="rp-check-scan" open>
              <summary>{t('check.scan', { count: view.files.length })}</summary>
              <ScanViewer replyId={view.id} files={view.files} controls={controls} />
            </details>
          )}
          <details className="rp-history">
            <summary>{t('check.history', { count: view.history.length })}</summary>
            <HistoryList
              events={view.history.map((event) => ({
                ...event,
                to: event.toStatus !== event.fromStatus ? event.toStatus : null,
              }))}
            />
          </details>
        </>
      )}
    </article>
  );
}
