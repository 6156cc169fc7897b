/**
 * The reply screens' strings: their own i18next namespace, `replies`, with catalogs beside the
 * code (English and Russian; other UI languages fall back to English).
 */
import i18next from 'i18next';
import en from './i18n/en.json';
import ru from './i18n/ru.json';

/** The namespace for `useTranslation`. */
export const RP = 'replies';

/** Adds the reply catalogs to i18next (idempotent). */
export function registerReplyStrings(): void {
  for (const [lang, catalog] of Object.entries({ en, ru })) {
    if (!i18next.hasResourceBundle(lang, RP)) i18next.addResourceBundle(lang, RP, catalog, true, true);
  }
}
