/**
 * Strings of the delivery screens (the letter page's "Delivery news" panel and "Lost letters"):
 * their own i18next namespace, `delivery`, in every UI language. The header link's name is merged
 * into the dashboard namespace, whose own catalogs exist only in English and Russian, so the link
 * reads in the volunteer's language too.
 */
import i18next from 'i18next';
import { registerDispatchStrings } from '../dispatch/strings';
import { NS } from '../i18n';
import de from './i18n/de.json';
import en from './i18n/en.json';
import es from './i18n/es.json';
import fr from './i18n/fr.json';
import it from './i18n/it.json';
import pl from './i18n/pl.json';
import ru from './i18n/ru.json';
import uk from './i18n/uk.json';

/** The namespace for `useTranslation`. */
export const DLV = 'delivery';

const CATALOGS = { en, ru, uk, de, fr, es, it, pl };

/** Adds the delivery catalogs, and the header link's name, to i18next (idempotent). */
export function registerDeliveryStrings(): void {
  // Channel names come from the dispatcher console's catalog.
  registerDispatchStrings();
  for (const [lang, catalog] of Object.entries(CATALOGS)) {
    if (!i18next.hasResourceBundle(lang, DLV)) i18next.addResourceBundle(lang, DLV, catalog, true, true);
    // Deep and without overwriting: adds one key beside the dashboard's own.
    i18next.addResourceBundle(lang, NS, { nav: { lost: catalog.navLink } }, true, false);
  }
}

/** Whole days from `iso` to now (never negative). */
export function daysSince(iso: string, now = Date.now()): number {
  return Math.max(0, Math.floor((now - new Date(iso).getTime()) / 86_400_000));
}
