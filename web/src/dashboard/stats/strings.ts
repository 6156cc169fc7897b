/**
 * The statistics screen's strings: their own i18next namespace, `stats`, with catalogs beside the
 * code in every UI language.
 */
import i18next from 'i18next';
import de from './i18n/de.json';
import en from './i18n/en.json';
import es from './i18n/es.json';
import fr from './i18n/fr.json';
import it from './i18n/it.json';
import pl from './i18n/pl.json';
import ru from './i18n/ru.json';
import uk from './i18n/uk.json';

/** The namespace for `useTranslation`. */
export const STATS = 'stats';

/** Adds the statistics screen's catalogs to i18next (idempotent). */
export function registerStatsStrings(): void {
  for (const [lang, catalog] of Object.entries({ en, ru, uk, de, fr, es, it, pl })) {
    if (!i18next.hasResourceBundle(lang, STATS)) i18next.addResourceBundle(lang, STATS, catalog, true, true);
  }
}
