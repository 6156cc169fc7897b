/**
 * An error line for the reply screens: the reply catalog knows the reply-specific codes (a reply
 * not matched yet, one's own work, a refused file); the dashboard's own line handles the rest.
 */
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorLine } from '../Notice';
import { RP } from './strings';

/** An error box (renders nothing without an error). */
export function ReplyError({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation(RP);
  if (error instanceof ApiError && i18n.exists(`errors.${error.code}`, { ns: RP })) {
    return (
      <p className="notice notice-error" role="alert">
        {t(`errors.${error.code}`)}
      </p>
    );
  }
  return <ErrorLine error={error} />;
}
