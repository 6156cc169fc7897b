/**
 * The workbench's strings: their own i18next namespace, `workbench`, with catalogs beside the
 * code (English and Russian; other UI languages fall back to English).
 */
import i18next from 'i18next';
import en from './i18n/en.json';
import ru from './i18n/ru.json';

/** The namespace for `useTranslation`. */
export const WB = 'workbench';

/** Adds the workbench catalogs to i18next (idempotent). */
export function registerWorkbenchStrings(): void {
  for (const [lang, catalog] of Object.entries({ en, ru })) {
    if (!i18next.hasResourceBundle(lang, WB)) i18next.addResourceBundle(lang, WB, catalog, true, true);
  }
}
