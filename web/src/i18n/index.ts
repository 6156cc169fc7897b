/**
 * i18next for the web app. English is bundled; the other seven catalogs load on demand, so a
 * page never ships eight languages. The language comes from the visitor's earlier choice
 * (localStorage), else the browser's languages (what it sends as Accept-Language), else English.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '../../../shared/limits';
import en from './locales/en.json';

const STORAGE_KEY = 'lb.uiLanguage';

const loaders = import.meta.glob<{ default: Record<string, unknown> }>([
  './locales/*.json',
  '!./locales/en.json',
]);

/** True for one of our eight UI languages. */
export function isUiLanguage(value: string | null | undefined): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value ?? '');
}

/** The language to start in. */
export function initialLanguage(): UiLanguage {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isUiLanguage(stored)) return stored;
  } catch {
    // Storage may be disabled (private mode); the browser's languages still work.
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isUiLanguage(base)) return base;
    // Belarusian readers usually prefer Russian over English.
    if (base === 'be') return 'ru';
  }
  return 'en';
}

async function ensureLoaded(lang: UiLanguage): Promise<void> {
  if (i18next.hasResourceBundle(lang, 'translation')) return;
  const load = loaders[`./locales/${lang}.json`];
  if (!load) return;
  i18next.addResourceBundle(lang, 'translation', (await load()).default, true, true);
}

/** Switches the UI language, remembers it, and updates `<html lang>`. */
export async function setLanguage(lang: UiLanguage): Promise<void> {
  await ensureLoaded(lang);
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered, but switched.
  }
}

/** Initialises i18next in the starting language; resolves when its catalog is loaded. */
export async function initI18n(): Promise<void> {
  const lang = initialLanguage();
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...UI_LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await ensureLoaded(lang);
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}

/** Names of the UI languages in themselves, for the switcher. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  en: 'English',
  ru: 'Русский',
  uk: 'Українська',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  it: 'Italiano',
  pl: 'Polski',
};
