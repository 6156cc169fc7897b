/** Error and status lines of the dashboard, in its own catalog where it knows the error code. */
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { NS } from './i18n';

/** The message for an error. */
export function useDashboardError(): (error: unknown) => string {
  const { t, i18n } = useTranslation(NS);
  return (error) => {
    if (error instanceof ApiError) {
      if (i18n.exists(`errors.${error.code}`, { ns: NS })) return t(`errors.${error.code}`);
      if (error.status > 0 && error.status < 500) return error.message;
    }
    return t('errors.generic');
  };
}

/** An error box (renders nothing without an error). */
export function ErrorLine({ error }: { error: unknown }) {
  const message = useDashboardError();
  if (!error) return null;
  return (
    <p className="notice notice-error" role="alert">
      {message(error)}
    </p>
  );
}

/** A polite status line. */
export function StatusLine({ children }: { children: React.ReactNode }) {
  if (!children) return null;
  return (
    <p className="notice dash-status" role="status">
      {children}
    </p>
  );
}
