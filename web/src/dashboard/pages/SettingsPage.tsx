/** Run-time settings, and the audited reveal of a writer's email (admins only, with a reason). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../components/useLoad';
import { useTitle } from '../../components/useTitle';
import { dashboardApi } from '../api';
import { dateTime } from '../format';
import { field } from '../forms';
import { NS } from '../i18n';
import { ErrorLine, StatusLine } from '../Notice';

/** The settings page. */
export default function SettingsPage() {
  const { t } = useTranslation(NS);
  useTitle(t('settings.title'));
  const settings = useLoad((signal) => dashboardApi.settings(signal), []);
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const [revealed, setRevealed] = useState<{ pseudonym: string; email: string }>();

  const save = async (event: FormEvent<HTMLFormElement>, key: string) => {
    event.preventDefault();
    const raw = field(new FormData(event.currentTarget), 'value');
    setSaved(false);
    try {
      await dashboardApi.changeSetting(key, /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw);
      setSaved(true);
      setError(undefined);
      settings.reload();
    } catch (caught) {
      setError(caught);
    }
  };
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
      <ErrorLine error={settings.error ?? error} />
      <StatusLine>{saved ? t('settings.saved') : null}</StatusLine>
      {settings.data?.settings.map((setting) => (
        <form key={setting.key} className="panel" onSubmit={(e) => void save(e, setting.key)}>
          <label htmlFor={`setting-${setting.key}`}>
            <code>{setting.key}</code>
          </label>
          <p className="hint">
            {setting.description} ({t('settings.default', { value: String(setting.defaultValue) })}
            {setting.updatedAt && `; ${dateTime(setting.updatedAt)}`})
          </p>
          <div className="dash-inline">
            <input id={`setting-${setting.key}`} name="value" defaultValue={String(setting.value)} />
            <button type="submit" className="button button-small">
              {t('settings.save')}
            </button>
          </div>
        </form>
      ))}
      <h2>{t('settings.reveal')}</h2>
      <form className="panel" onSubmit={(e) => void reveal(e)}>
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
