/**
 * Accepting an invitation: the token comes in the URL fragment (never sent to the server by the
 * browser) and is removed from the address bar at once. Password and name, then the authenticator
 * key and a first code, then the recovery codes, shown once.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLoad } from '../../components/useLoad';
import { dashboardApi } from '../api';
import { AuthFrame } from '../AuthFrame';
import { NewPasswordField } from '../components/NewPasswordField';
import { field } from '../forms';
import { takeFragmentToken } from '../fragment-token';
import { NS } from '../i18n';
import { ErrorLine } from '../Notice';

/** "JBSW Y3DP EHPK 3PXP": easier to type from a second screen. */
const grouped = (secret: string) => secret.replace(/(.{4})/g, '$1 ').trim();

/** The invitation page. */
export default function InvitationPage() {
  const { t } = useTranslation(NS);
  const navigate = useNavigate();
  const [token] = useState(takeFragmentToken);
  const invitation = useLoad(() => dashboardApi.inspectInvitation(token), [token]);
  const [enrolment, setEnrolment] = useState<{ secret: string; otpauthUri: string }>();
  const [codes, setCodes] = useState<string[]>();
  const [error, setError] = useState<unknown>();

  const choosePassword = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(undefined);
    try {
      setEnrolment(
        await dashboardApi.invitationPassword({
          token,
          password: field(form, 'password'),
          displayName: field(form, 'name'),
        }),
      );
    } catch (caught) {
      setError(caught);
    }
  };
  const confirm = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    try {
      const done = await dashboardApi.invitationComplete({
        token,
        code: field(new FormData(event.currentTarget), 'code'),
      });
      setCodes(done.recoveryCodes);
    } catch (caught) {
      setError(caught);
    }
  };

  if (invitation.error) {
    return (
      <AuthFrame title={t('invitation.title')}>
        <p className="notice notice-error" role="alert">
          {t('invitation.invalid')}
        </p>
      </AuthFrame>
    );
  }
  if (!invitation.data) return <AuthFrame title={t('invitation.title')}>…</AuthFrame>;

  if (codes) {
    return (
      <AuthFrame title={t('invitation.codesTitle')}>
        <p>{t('invitation.codesIntro')}</p>
        <ol className="dash-codes" data-testid="recovery-codes">
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
        <button type="button" className="button" onClick={() => void navigate('/volunteer')}>
          {t('invitation.codesDone')}
        </button>
      </AuthFrame>
    );
  }

  if (enrolment) {
    return (
      <AuthFrame title={t('invitation.totpTitle')}>
        <p>{t('invitation.totpIntro')}</p>
        <p className="panel dash-secret">
          <span className="dash-label">{t('invitation.secret')}</span>
          <code data-testid="totp-secret" data-secret={enrolment.secret}>
            {grouped(enrolment.secret)}
          </code>
          <a href={enrolment.otpauthUri}>{t('invitation.openApp')}</a>
        </p>
        <form onSubmit={(e) => void confirm(e)}>
          <div className="field">
            <label htmlFor="dash-code">{t('signIn.code')}</label>
            <input id="dash-code" name="code" inputMode="numeric" autoComplete="one-time-code" required />
          </div>
          <ErrorLine error={error} />
          <button type="submit" className="button">
            {t('invitation.confirm')}
          </button>
        </form>
      </AuthFrame>
    );
  }

  return (
    <AuthFrame title={t('invitation.title')}>
      <p>{t('invitation.intro', { roles: invitation.data.roles.map((r) => t(`roles.${r}`)).join(', ') })}</p>
      <form onSubmit={(e) => void choosePassword(e)} className="panel">
        <div className="field">
          <label htmlFor="dash-name">{t('invitation.name')}</label>
          <input
            id="dash-name"
            name="name"
            defaultValue={invitation.data.displayName}
            maxLength={60}
            aria-describedby="dash-name-hint"
          />
          <p id="dash-name-hint" className="hint">
            {t('invitation.nameHint')}
          </p>
        </div>
        <NewPasswordField label={t('invitation.password')} hint={t('invitation.passwordHint')} />
        <ErrorLine error={error} />
        <button type="submit" className="button">
          {t('invitation.next')}
        </button>
      </form>
    </AuthFrame>
  );
}
