/**
 * The dispatcher console's strings: their own i18next namespace, `dispatch`, with catalogs beside
 * the code (English and Russian; other UI languages fall back to English).
 */
import i18next from 'i18next';
import en from './i18n/en.json';
import ru from './i18n/ru.json';

/** The namespace for `useTranslation`. */
export const DSP = 'dispatch';

/** Adds the console's catalogs to i18next (idempotent). */
export function registerDispatchStrings(): void {
  for (const [lang, catalog] of Object.entries({ en, ru })) {
    if (!i18next.hasResourceBundle(lang, DSP)) i18next.addResourceBundle(lang, DSP, catalog, true, true);
  }
}
