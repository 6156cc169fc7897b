/**
 * Fast approval, under /volunteer/moderation: letters in review whose texts raise nothing above
 * `info`, each with its first lines, so a moderator can approve a batch after a glance. Nothing
 * is preselected; approving asks for confirmation and reports letters that no longer qualify.
 * It is where the header's "Review" link lands, so it also takes the next letter to review in full
 * (key n).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { age } from '../format';
import { ErrorLine, StatusLine } from '../Notice';
import { useShortcuts } from '../shortcuts';
import { useTakeNext } from '../useTakeNext';
import { moderationApi } from './api';
import { moderationPath } from './ModerationPage';
import { MOD } from './strings';

/** The fast-approval list. */
export default function FastApprovePage() {
  const { t } = useTranslation(MOD);
  useTitle(t('fast.title'));
  const list = useLoad((signal) => moderationApi.fastList(signal), []);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [confirm, setConfirm] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<unknown>();
  const letters = list.data?.letters ?? [];
  const next = useTakeNext();
  useShortcuts({ n: () => void next.take('letters.review') });

  const toggle = (id: string) =>
    setChosen((current) => {
      const copy = new Set(current);
      if (!copy.delete(id)) copy.add(id);
      return copy;
    });
  const approve = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await moderationApi.fastApprove([...chosen]);
      setStatus(t('fast.result', { approved: result.approved.length, skipped: result.skipped.length }));
      setChosen(new Set());
      setConfirm(false);
      list.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className="mod-fast">
      <p className="breadcrumb">
        <Link to="/volunteer">{t('nav.home', { ns: 'dashboard' })}</Link>
      </p>
      <h1>{t('fast.title')}</h1>
      <p>
        <button
          type="button"
          className="button button-small"
          disabled={next.busy}
          onClick={() => void next.take('letters.review')}
        >
          {t('fast.takeNext')} <kbd>n</kbd>
        </button>
      </p>
      <p className="dash-meta">{t('fast.intro')}</p>
      <StatusLine>{next.empty ? t('fast.nothingToReview') : status}</StatusLine>
      <ErrorLine error={list.error ?? error ?? next.error} />
      {list.loading && !list.data && <p className="loading">{t('fast.loading')}</p>}
      {list.data && letters.length === 0 && <p>{t('fast.empty')}</p>}
      {letters.length > 0 && (
        <>
          <div className="dash-actions">
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() =>
                setChosen(chosen.size === letters.length ? new Set() : new Set(letters.map((l) => l.id)))
              }
            >
              {chosen.size === letters.length ? t('fast.none') : t('fast.all', { count: letters.length })}
            </button>
            <button
              type="button"
              className="button button-small"
              disabled={chosen.size === 0 || busy}
              onClick={() => setConfirm(true)}
            >
              {t('fast.approve', { count: chosen.size })}
            </button>
          </div>
          {confirm && (
            <div className="mod-confirm" role="alertdialog" aria-labelledby="mod-fast-confirm">
              <p id="mod-fast-confirm">{t('fast.confirm', { count: chosen.size })}</p>
              <button
                type="button"
                className="button button-small button-quiet"
                onClick={() => setConfirm(false)}
                autoFocus
              >
                {t('decide.cancel')}
              </button>
              <button
                type="button"
                className="button button-small"
                disabled={busy}
                onClick={() => void approve()}
              >
                {t('fast.yes', { count: chosen.size })}
              </button>
            </div>
          )}
          <ul className="mod-fast-list">
            {letters.map((letter) => (
              <li
                key={letter.id}
                className={chosen.has(letter.id) ? 'mod-fast-item mod-fast-chosen' : 'mod-fast-item'}
              >
                <label className="check">
                  <input type="checkbox" checked={chosen.has(letter.id)} onChange={() => toggle(letter.id)} />
                  <span className="visually-hidden">{t('fast.choose', { ref: letter.refCode })}</span>
                </label>
                <div>
                  <p className="mod-fast-head">
                    <Link to={moderationPath(letter.id)}>{letter.refCode}</Link> · {letter.prisonerName} ·{' '}
                    <span className="dash-meta">
                      {letter.writerPseudonym} · {letter.language} · {age(letter.waitingSince)}
                    </span>
                    {letter.infoFlags > 0 && (
                      <span className="mod-sev mod-sev-label-info">
                        {' '}
                        ● {t('fast.info', { count: letter.infoFlags })}
                      </span>
                    )}
                    {letter.sameText > 0 && (
                      <span className="mod-badge"> ⚑ {t('fast.same', { count: letter.sameText })}</span>
                    )}
                  </p>
                  <p className="mod-fast-preview" lang="ru">
                    {letter.preview}
                    {letter.preview.length >= 160 ? '…' : ''}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
