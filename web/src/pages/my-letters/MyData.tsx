/** Download all my data, delete all my data, sign out. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteMyData, signOut } from '../../api/writer';
import { ErrorNotice } from '../../components/Status';

/** The data section at the end of My letters. `onGone` is called after deletion or sign-out. */
export function MyData({ onGone }: { onGone: (why: 'deleted' | 'signedOut') => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>();
  const remove = async () => {
    try {
      await deleteMyData();
      onGone('deleted');
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="panel" aria-labelledby="data-h">
      <h2 id="data-h">{t('myLetters.dataHeading')}</h2>
      <p className="small">{t('myLetters.dataIntro')}</p>
      <p className="actions">
        <a className="button button-quiet" href="/api/writer/export" download="letterbridge-my-data.json">
          {t('myLetters.download')}
        </a>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => void signOut().then(() => onGone('signedOut'))}
        >
          {t('myLetters.signOut')}
        </button>
        {!confirming && (
          <button type="button" className="button button-danger-quiet" onClick={() => setConfirming(true)}>
            {t('myLetters.delete')}
          </button>
        )}
      </p>
      {confirming && (
        <div className="confirm-box" role="group" aria-label={t('myLetters.deleteConfirm')}>
          <p>{t('myLetters.deleteConfirm')}</p>
          <button type="button" className="button button-danger" onClick={() => void remove()}>
            {t('myLetters.deleteYes')}
          </button>{' '}
          <button type="button" className="button button-quiet" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      {error !== undefined && <ErrorNotice error={error} />}
    </section>
  );
}
