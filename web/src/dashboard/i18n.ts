/**
 * The dashboard's strings live in their own i18next namespace, `dashboard`, in catalogs beside the
 * dashboard (so the public catalogs are not touched). English and Russian exist; other UI
 * languages fall back to English.
 */
import i18next from 'i18next';
import en from './i18n/en.json';
import ru from './i18n/ru.json';

/** The namespace name for `useTranslation`. */
export const NS = 'dashboard';

const CATALOGS: Record<string, Record<string, unknown>> = { en, ru };

/** Adds the dashboard catalogs to i18next (idempotent). */
export function registerDashboardStrings(): void {
  for (const [lang, catalog] of Object.entries(CATALOGS)) {
    if (!i18next.hasResourceBundle(lang, NS)) i18next.addResourceBundle(lang, NS, catalog, true, true);
  }
}
