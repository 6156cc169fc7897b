/** Password reset: ask for a link (no token), or set a new password (token in the fragment). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dashboardApi } from '../api';
import { AuthFrame } from '../AuthFrame';
import { NewPasswordField } from '../components/NewPasswordField';
import { field } from '../forms';
import { takeFragmentToken } from '../fragment-token';
import { NS } from '../i18n';
import { ErrorLine } from '../Notice';

/** The reset page. */
export default function ResetPage() {
  const { t } = useTranslation(NS);
  const [token] = useState(takeFragmentToken);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(undefined);
    try {
      if (token)
        await dashboardApi.completeReset({
          token,
          password: field(form, 'password'),
          code: field(form, 'code'),
        });
      else await dashboardApi.requestReset(field(form, 'email'));
      setDone(true);
    } catch (caught) {
      setError(caught);
    }
  };

  if (done) {
    return (
      <AuthFrame title={t('reset.title')}>
        <p className="panel success" role="status">
          {t(token ? 'reset.done' : 'reset.sent')}
        </p>
        <Link to="/volunteer/sign-in">{t('signIn.title')}</Link>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title={t('reset.title')}>
      <form onSubmit={(e) => void submit(e)} className="panel">
        {token ? (
          <>
            <NewPasswordField label={t('reset.newPassword')} />
            <div className="field">
              <label htmlFor="dash-code">{t('reset.code')}</label>
              <input id="dash-code" name="code" autoComplete="one-time-code" required />
            </div>
          </>
        ) : (
          <div className="field">
            <label htmlFor="dash-email">{t('signIn.email')}</label>
            <input id="dash-email" name="email" type="email" autoComplete="username" required />
          </div>
        )}
        <ErrorLine error={error} />
        <button type="submit" className="button">
          {t(token ? 'reset.submit' : 'reset.request')}
        </button>
      </form>
    </AuthFrame>
  );
}
