/**
 * The organisation's return address, printed on every posted letter and envelope (the setting
 * `post_sender`). Admins set it here; the change goes through the audited settings route.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, get } from '../../api/client';
import { useLoad } from '../../components/useLoad';
import { field } from '../forms';
import { StatusLine } from '../Notice';
import { DispatchError } from './DispatchError';
import { DSP } from './strings';

interface Sender {
  name: string;
  lines: string[];
  postcode?: string;
  country: string;
  countryName?: string;
}

function SenderForm({ sender, onSaved }: { sender: Sender | null; onSaved: () => void }) {
  const { t } = useTranslation(DSP);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => field(form, name).trim();
    const value: Sender = {
      name: text('name'),
      lines: text('lines')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
      country: text('country').toUpperCase(),
      ...(text('postcode') ? { postcode: text('postcode') } : {}),
      ...(text('countryName') ? { countryName: text('countryName') } : {}),
    };
    setBusy(true);
    try {
      await api('PUT', '/admin/settings/post_sender', { body: { value } });
      setError(undefined);
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="dsp-sender" onSubmit={(e) => void save(e)}>
      <DispatchError error={error} />
      <label htmlFor="dsp-sender-name">{t('sender.name')}</label>
      <input id="dsp-sender-name" name="name" defaultValue={sender?.name} required maxLength={120} />
      <label htmlFor="dsp-sender-lines">{t('sender.lines')}</label>
      <textarea
        id="dsp-sender-lines"
        name="lines"
        rows={3}
        defaultValue={sender?.lines.join('\n')}
        required
      />
      <label htmlFor="dsp-sender-postcode">{t('sender.postcode')}</label>
      <input id="dsp-sender-postcode" name="postcode" defaultValue={sender?.postcode} maxLength={20} />
      <label htmlFor="dsp-sender-country">{t('sender.country')}</label>
      <input
        id="dsp-sender-country"
        name="country"
        defaultValue={sender?.country}
        required
        pattern="[A-Za-z]{2}"
        maxLength={2}
      />
      <label htmlFor="dsp-sender-country-name">{t('sender.countryName')}</label>
      <input
        id="dsp-sender-country-name"
        name="countryName"
        defaultValue={sender?.countryName}
        maxLength={60}
      />
      <button type="submit" className="button button-small" disabled={busy}>
        {t('budget.save')}
      </button>
    </form>
  );
}

/** The return address panel (admins). */
export function SenderPanel({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation(DSP);
  const settings = useLoad(
    (signal) => get<{ settings: { key: string; value: unknown }[] }>('/admin/settings', signal),
    [],
  );
  const [saved, setSaved] = useState(false);
  const sender = (settings.data?.settings.find((s) => s.key === 'post_sender')?.value ??
    null) as Sender | null;
  return (
    <details className="dsp-sender-panel" open={settings.data !== undefined && sender === null}>
      <summary>
        {t('sender.title')}
        {settings.data && (
          <span className="dsp-muted">
            {' '}
            · {sender ? `${sender.name}, ${sender.lines.join(', ')}` : t('sender.unset')}
          </span>
        )}
      </summary>
      <DispatchError error={settings.error} />
      <StatusLine>{saved ? t('sender.saved') : null}</StatusLine>
      {settings.data && (
        <SenderForm
          sender={sender}
          onSaved={() => {
            setSaved(true);
            settings.reload();
            onSaved();
          }}
        />
      )}
    </details>
  );
}
