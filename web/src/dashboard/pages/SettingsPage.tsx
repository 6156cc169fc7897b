/**
 * Run-time settings — each drawn as its own form from the JSON Schema the API sends (numbers,
 * choices, labelled sub-fields, a group per channel; or JSON for those who prefer it) — and the
 * audited reveal of a writer's email (admins only, with a reason).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { dashboardApi } from '../api';
import { field } from '../forms';
import { NS } from '../i18n';
import { ErrorLine } from '../Notice';
import { SettingForm } from '../settings/SettingForm';
import '../settings/settings.css';

/** The settings page. */
export default function SettingsPage() {
  const { t } = useTranslation(NS);
  useTitle(t('settings.title'));
  const settings = useLoad((signal) => dashboardApi.settings(signal), []);
  const [error, setError] = useState<unknown>();
  const [revealed, setRevealed] = useState<{ pseudonym: string; email: string }>();

  const reveal = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const pseudonym = field(form, 'pseudonym').trim();
    try {
      setRevealed({ pseudonym, ...(await dashboardApi.reveal(pseudonym, field(form, 'reason'))) });
      setError(undefined);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <>
      <h1>{t('settings.title')}</h1>
      <p className="dash-meta">{t('settings.intro')}</p>
      <ErrorLine error={settings.error} />
      {settings.data?.settings.map((setting) => (
        <SettingForm key={setting.key} setting={setting} onSaved={settings.reload} />
      ))}
      <h2>{t('settings.reveal')}</h2>
      <form className="panel" onSubmit={(e) => void reveal(e)}>
        <ErrorLine error={error} />
        <p>{t('settings.revealIntro')}</p>
        <div className="field">
          <label htmlFor="reveal-pseudonym">{t('settings.pseudonym')}</label>
          <input id="reveal-pseudonym" name="pseudonym" required pattern="W-[A-Za-z0-9]+" />
        </div>
        <div className="field">
          <label htmlFor="reveal-reason">{t('settings.reason')}</label>
          <textarea id="reveal-reason" name="reason" rows={3} required minLength={10} />
        </div>
        <button type="submit" className="button button-small button-danger-quiet">
          {t('settings.revealButton')}
        </button>
        {revealed && (
          <p role="status">
            {t('settings.revealed', { pseudonym: revealed.pseudonym })} <code>{revealed.email}</code>
          </p>
        )}
      </form>
    </>
  );
}
