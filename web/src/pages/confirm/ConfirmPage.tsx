/**
 * Confirm: the emailed link is `/confirm#<token>`. The token sits in the fragment, which browsers
 * never send to a server, so it cannot end up in any log; this page posts it, then opens My letters.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { confirmLetter } from '../../api/writer';
import { ErrorNotice, Loading } from '../../components/Status';
import { useTitle } from '../../components/useTitle';

/** The confirmation page. */
export default function ConfirmPage() {
  const { t } = useTranslation();
  useTitle(t('confirm.title'));
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>();
  const [missing, setMissing] = useState(false);
  const started = useRef(false);

  useEffect(() => {
    // StrictMode runs effects twice in development; a token can be spent only once.
    if (started.current) return;
    started.current = true;
    const token = window.location.hash.slice(1);
    if (!token) {
      setMissing(true);
      return;
    }
    // Drop the token from the address bar and history before anything else happens.
    window.history.replaceState(null, '', window.location.pathname);
    confirmLetter(token).then(
      () => void navigate('/my-letters?confirmed=1', { replace: true }),
      (e: unknown) => setError(e),
    );
  }, [navigate]);

  return (
    <section className="narrow">
      <h1>{t('confirm.heading')}</h1>
      {missing && <p className="notice">{t('confirm.missing')}</p>}
      {error !== undefined && (
        <>
          <ErrorNotice error={error} />
          <p>
            <Link to="/my-letters">{t('confirm.toMyLetters')}</Link>
          </p>
        </>
      )}
      {!missing && error === undefined && <Loading />}
    </section>
  );
}
