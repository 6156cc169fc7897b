/**
 * A person's photo for the coordinator: the current picture (or initials), a file to upload and
 * removal. The server decides what is an image and answers with the record; its refusals (not an
 * image, too large, unreadable) are shown as they come. Only listed people's photos are public.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PHOTO_BYTES } from '../../../../shared/limits';
import { Avatar } from '../../components/Avatar';
import { StatusLine } from '../Notice';
import { directoryApi, type PrisonerRecord } from './api';
import { DirError } from './DirError';
import { DIR } from './strings';

/** The panel; `onChanged` receives the record after an upload or removal. */
export function PhotoPanel({
  record,
  onChanged,
}: {
  record: PrisonerRecord;
  onChanged: (record: PrisonerRecord) => void;
}) {
  const { t } = useTranslation(DIR);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [error, setError] = useState<unknown>();
  const [status, setStatus] = useState<string>();
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<PrisonerRecord>, done: string) => {
    setError(undefined);
    setStatus(undefined);
    setBusy(true);
    try {
      onChanged(await action());
      setStatus(done);
      if (input.current) input.current.value = '';
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const upload = (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setStatus(t('photo.chooseFirst'));
    void run(() => directoryApi.uploadPhoto(record.id, file), t('photo.uploaded'));
  };

  return (
    <form className="panel dir-photo" onSubmit={upload} aria-labelledby="photo-title">
      <h2 id="photo-title">{t('photo.title')}</h2>
      <div className="dir-photo-row">
        {record.photoUrl ? (
          <img
            className="avatar avatar-lg"
            src={record.photoUrl}
            alt={t('photo.alt', { name: record.fullName })}
          />
        ) : (
          <Avatar id={record.id} name={record.fullName} photoUrl={null} size="lg" />
        )}
        <p className="dir-hint">
          {record.photoUrl
            ? record.consentToList
              ? t('photo.public')
              : t('photo.private')
            : t('photo.none')}
        </p>
      </div>
      <div className="field">
        <label htmlFor="photo-file">{record.photoUrl ? t('photo.replace') : t('photo.choose')}</label>
        <input
          id="photo-file"
          ref={input}
          type="file"
          accept="image/jpeg,image/png,image/webp,image/heic"
          aria-describedby={hintId}
        />
        <p className="dir-hint" id={hintId}>
          {t('photo.rules', { mb: MAX_PHOTO_BYTES / 1024 / 1024 })}
        </p>
      </div>
      <div className="dash-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('photo.working') : t('photo.upload')}
        </button>
        {record.photoUrl && (
          <button
            type="button"
            className="button button-quiet"
            disabled={busy}
            onClick={() => void run(() => directoryApi.removePhoto(record.id), t('photo.removed'))}
          >
            {t('photo.remove')}
          </button>
        )}
      </div>
      <StatusLine>{status}</StatusLine>
      <DirError error={error} />
    </form>
  );
}
