/**
 * Errors of the console in the UI language: its own codes from this screen's catalog, anything
 * else as the dashboard words it.
 */
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorLine } from '../Notice';
import { DSP } from './strings';

/** An error box; nothing without an error. */
export function DispatchError({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation(DSP);
  if (!error) return null;
  if (error instanceof ApiError) {
    // dispatch_pending_on_post and its siblings share one sentence.
    const pending = /^dispatch_pending_on_(\w+)$/.exec(error.code);
    const key = pending ? 'error.dispatch_pending_on' : `error.${error.code}`;
    if (i18n.exists(key, { ns: DSP })) {
      return (
        <p className="notice notice-error" role="alert">
          {t(key, { channel: pending ? t(`channel.${pending[1]}`, { defaultValue: pending[1] }) : '' })}
        </p>
      );
    }
  }
  return <ErrorLine error={error} />;
}
