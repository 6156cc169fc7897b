/**
 * The UI catalogs are complete and safe to render. Every language has exactly English's keys, with each
 * plural key expanded to that language's own CLDR categories (Intl.PluralRules, which is what i18next
 * uses to pick `_one`/`_few`/`_many`/`_other`); every placeholder and markup tag of the English string
 * survives; no value is empty; and no catalog quietly kept English text. Then i18next itself renders
 * every plural form from the language's own catalog, never from the English fallback.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES, type UiLanguage } from '../../../shared/limits';
import de from './locales/de.json';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import it_ from './locales/it.json';
import pl from './locales/pl.json';
import ru from './locales/ru.json';
import uk from './locales/uk.json';

type Catalog = { [key: string]: string | Catalog };

const CATALOGS: Record<UiLanguage, Catalog> = { en, ru, uk, de, fr, es, it: it_, pl };

/**
 * Values a translation may share with English because the word is spelled the same in that language.
 * Kept explicit and short: anything else identical to English is an untranslated string.
 */
const SAME_AS_ENGLISH: Partial<Record<UiLanguage, readonly string[]>> = {
  de: ['Person', 'Region', 'Situation'],
  pl: ['Region'],
};

/** Numbers that land in every CLDR category of our languages (1.5 is `other` in ru/uk/pl). */
const SAMPLE_COUNTS = [0, 1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 101, 112, 1.5, 1_000_000];

function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const EN = flatten(en);

/** Plural keys of the English catalog, without their suffix: "home.waiting", "write.counter", … */
const PLURAL_BASES = [...EN.keys()]
  .filter((key) => key.endsWith('_other') && EN.has(key.replace(/_other$/, '_one')))
  .map((key) => key.replace(/_other$/, ''));

function categories(lang: UiLanguage): string[] {
  return new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
}

/** The keys a catalog must have: English's, with plurals re-expanded to the language's categories. */
function expectedKeys(lang: UiLanguage): string[] {
  const plain = [...EN.keys()].filter((key) => !PLURAL_BASES.some((base) => key.startsWith(`${base}_`)));
  const plural = PLURAL_BASES.flatMap((base) => categories(lang).map((cat) => `${base}_${cat}`));
  return [...plain, ...plural].sort();
}

/** The English string a translated key renders: the same key, or `_other` for a category English lacks. */
function englishFor(key: string): string {
  const source = EN.get(key) ?? EN.get(key.replace(/_(zero|two|few|many)$/, '_other'));
  if (source === undefined) throw new Error(`no English source for ${key}`);
  return source;
}

/** `{{name}}`-style placeholders, `$t(…)` nestings and `<tag>`s: what must survive translation. */
function tokens(text: string): string[] {
  const found = text.match(/\{\{\s*[^}]+?\s*\}\}|\$t\([^)]*\)|<\/?[a-zA-Z][^>]*>/g) ?? [];
  return [...new Set(found.map((token) => token.replace(/\s+/g, '')))].sort();
}

function render(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}

describe('English catalog', () => {
  it('has plural pairs and no empty values', () => {
    expect(PLURAL_BASES.length).toBeGreaterThan(5);
    for (const [key, value] of EN) expect(value.trim(), key).not.toBe('');
  });
});

describe.each(UI_LANGUAGES.filter((lang) => lang !== 'en'))('%s catalog', (lang) => {
  const flat = flatten(CATALOGS[lang]);

  it("has exactly English's keys, with every plural category of the language", () => {
    expect([...flat.keys()].sort()).toEqual(expectedKeys(lang));
  });

  it('keeps every placeholder and tag of the English string, and adds none', () => {
    for (const [key, value] of flat) expect(tokens(value), key).toEqual(tokens(englishFor(key)));
  });

  it('has no empty value, and keeps the trailing space a writing prompt continues after', () => {
    for (const [key, value] of flat) {
      expect(value.trim(), key).not.toBe('');
      if (/\s$/.test(englishFor(key))) expect(value, key).toMatch(/\s$/);
    }
  });

  it('has translated everything but a short, explicit list of words spelled as in English', () => {
    const allowed = SAME_AS_ENGLISH[lang] ?? [];
    expect(allowed.length).toBeLessThanOrEqual(5);
    const same = [...flat].filter(([key, value]) => value === englishFor(key) && !allowed.includes(value));
    expect(same).toEqual([]);
  });

  it('renders every plural form from its own catalog through i18next', async () => {
    const t18n = i18next.createInstance();
    await t18n.init({
      lng: lang,
      fallbackLng: 'en',
      resources: { en: { translation: en }, [lang]: { translation: CATALOGS[lang] } },
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    });
    const rules = new Intl.PluralRules(lang);
    for (const base of PLURAL_BASES) {
      for (const count of SAMPLE_COUNTS) {
        const values = { count, formatted: `#${count}`, max: '2 400' };
        const own = flat.get(`${base}_${rules.select(count)}`);
        expect(own, `${base} ${count}`).toBeDefined();
        expect(t18n.t(base, values), `${base} ${count}`).toBe(render(own ?? '', values));
      }
    }
  });
});
