/**
 * Sign in to My letters. Without a token: a form that emails a link (the answer is the same
 * whether or not the address is known). With `#<token>` (the emailed link): spend it and go on.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { fetchPublicConfig, requestSignIn, signIn } from '../../api/writer';
import { AltchaField } from '../../components/AltchaField';
import { ErrorNotice, Loading } from '../../components/Status';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';

function TokenExchange({ token }: { token: string }) {
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>();
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    window.history.replaceState(null, '', window.location.pathname);
    signIn(token).then(
      () => void navigate('/my-letters', { replace: true }),
      (e: unknown) => setError(e),
    );
  }, [token, navigate]);
  return error === undefined ? <Loading /> : <ErrorNotice error={error} />;
}

function RequestLink() {
  const { t, i18n } = useTranslation();
  const config = useLoad(() => fetchPublicConfig(), []);
  const [email, setEmail] = useState('');
  const [altcha, setAltcha] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>();
  const [sending, setSending] = useState(false);
  const onAltcha = useCallback((payload: string | null) => setAltcha(payload), []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setSending(true);
    try {
      await requestSignIn(email.trim(), i18n.language, altcha);
      setSent(true);
    } catch (e) {
      setError(e);
    } finally {
      setSending(false);
    }
  };

  if (sent) {
    return (
      <div className="panel success" role="status">
        <p>{t('signIn.sent', { email })}</p>
        <p className="muted small">{t('signIn.sentNote')}</p>
      </div>
    );
  }
  return (
    <form onSubmit={(e) => void onSubmit(e)} className="narrow-form">
      <p>{t('signIn.intro')}</p>
      <div className="field">
        <label htmlFor="email">{t('write.emailLabel')}</label>
        <input
          id="email"
          type="email"
          required
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </div>
      {/* Everyone on this page is here to send the form: start the work at once. */}
      {config.data?.proofOfWork && <AltchaField onPayload={onAltcha} start="onload" />}
      {error !== undefined && <ErrorNotice error={error} />}
      <p>
        <button
          type="submit"
          className="button"
          disabled={sending || (config.data?.proofOfWork === true && !altcha)}
        >
          {t('signIn.send')}
        </button>
      </p>
    </form>
  );
}

/** The sign-in page. */
export default function SignInPage() {
  const { t } = useTranslation();
  useTitle(t('signIn.title'));
  // From the router, not read once: a link pasted into a tab already on this page only changes the hash.
  const token = useLocation().hash.slice(1);
  return (
    <section className="narrow">
      <h1>{t('signIn.heading')}</h1>
      {token ? <TokenExchange key={token} token={token} /> : <RequestLink />}
    </section>
  );
}
