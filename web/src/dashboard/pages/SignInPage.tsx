/** Sign-in: email, password and the authenticator code in one form. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { dashboardApi } from '../api';
import { AuthFrame } from '../AuthFrame';
import { field } from '../forms';
import { NS } from '../i18n';
import { ErrorLine } from '../Notice';

/** The volunteer sign-in page. */
export default function SignInPage() {
  const { t } = useTranslation(NS);
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(undefined);
    try {
      await dashboardApi.login({
        email: field(form, 'email'),
        password: field(form, 'password'),
        code: field(form, 'code'),
      });
      void navigate('/volunteer');
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <AuthFrame title={t('signIn.title')}>
      <form onSubmit={(e) => void submit(e)} className="panel">
        <div className="field">
          <label htmlFor="dash-email">{t('signIn.email')}</label>
          <input id="dash-email" name="email" type="email" autoComplete="username" required />
        </div>
        <div className="field">
          <label htmlFor="dash-password">{t('signIn.password')}</label>
          <input
            id="dash-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
        </div>
        <div className="field">
          <label htmlFor="dash-code">{t('signIn.code')}</label>
          <input
            id="dash-code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            aria-describedby="dash-code-hint"
          />
          <p id="dash-code-hint" className="hint">
            {t('signIn.codeHint')}
          </p>
        </div>
        <ErrorLine error={error} />
        <button type="submit" className="button" disabled={busy}>
          {t('signIn.submit')}
        </button>
      </form>
      <p>
        <Link to="/volunteer/reset">{t('signIn.forgot')}</Link>
      </p>
    </AuthFrame>
  );
}
