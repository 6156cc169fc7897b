/**
 * The moderation screens' strings: their own i18next namespace, `moderation`, with catalogs
 * beside the code (English and Russian; other UI languages fall back to English).
 */
import i18next from 'i18next';
import en from './i18n/en.json';
import ru from './i18n/ru.json';

/** The namespace for `useTranslation`. */
export const MOD = 'moderation';

/** Adds the moderation catalogs to i18next (idempotent). */
export function registerModerationStrings(): void {
  for (const [lang, catalog] of Object.entries({ en, ru })) {
    if (!i18next.hasResourceBundle(lang, MOD)) i18next.addResourceBundle(lang, MOD, catalog, true, true);
  }
}
