/** Loading and error states, announced to screen readers. */
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** A quiet loading line. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

/** The message for an error, in the UI language where we know its code. */
export function useErrorMessage() {
  const { t, i18n } = useTranslation();
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      const key = `errors.${error.code}`;
      if (i18n.exists(key)) return t(key);
      if (error.status >= 500 || error.status === 0) return t('errors.generic');
      return error.message;
    }
    return t('errors.generic');
  };
}

/** An error box. */
export function ErrorNotice({ error }: { error: unknown }) {
  const message = useErrorMessage()(error);
  return (
    <p className="notice notice-error" role="alert">
      {message}
    </p>
  );
}
