/** An error box that words the directory's own error codes, and leaves the rest to the dashboard's. */
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorLine } from '../Notice';
import { DIR } from './strings';

/** Renders nothing without an error. */
export function DirError({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation(DIR);
  if (error instanceof ApiError && i18n.exists(`errors.${error.code}`, { ns: DIR })) {
    return (
      <p className="notice notice-error" role="alert">
        {t(`errors.${error.code}`)}
      </p>
    );
  }
  return <ErrorLine error={error} />;
}
