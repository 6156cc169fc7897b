/**
 * The coordinator's directory screens' strings: their own i18next namespace, `directory`, with
 * catalogs beside the code (English and Russian; other UI languages fall back to English).
 */
import i18next from 'i18next';
import en from './i18n/en.json';
import ru from './i18n/ru.json';

/** The namespace for `useTranslation`. */
export const DIR = 'directory';

/** Adds the directory screens' catalogs to i18next (idempotent). */
export function registerDirectoryStrings(): void {
  for (const [lang, catalog] of Object.entries({ en, ru })) {
    if (!i18next.hasResourceBundle(lang, DIR)) i18next.addResourceBundle(lang, DIR, catalog, true, true);
  }
}
