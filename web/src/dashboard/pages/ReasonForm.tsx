/** The reason a moderator gives when sending a letter back or rejecting it; the writer reads it. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NS } from '../i18n';

/** An inline form with a focused text area; Ctrl+Enter submits, Escape (on the page) cancels. */
export function ReasonForm({
  kind,
  onSubmit,
  onCancel,
}: {
  kind: 'sendBack' | 'reject';
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(NS);
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length >= 3) onSubmit(reason.trim());
  };
  return (
    <form className="panel dash-reason" onSubmit={submit}>
      <label htmlFor="dash-reason">{t(kind === 'sendBack' ? 'letter.reason' : 'letter.rejectReason')}</label>
      <textarea
        id="dash-reason"
        rows={4}
        autoFocus
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
          if (e.key === 'Escape') onCancel();
        }}
        required
        minLength={3}
      />
      <div className="dash-actions">
        <button type="submit" className={kind === 'reject' ? 'button button-danger' : 'button'}>
          {t(kind === 'sendBack' ? 'letter.confirmSendBack' : 'letter.confirmReject')}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('letter.cancel')}
        </button>
      </div>
    </form>
  );
}
