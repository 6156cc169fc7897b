/**
 * The reply screens' catalogs agree: Russian has every English key (plurals expanded to Russian's
 * own CLDR categories), keeps every placeholder, and leaves nothing empty or in English.
 */
import { describe, expect, it } from 'vitest';
import en from './i18n/en.json';
import ru from './i18n/ru.json';

type Catalog = { [key: string]: string | Catalog };

function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const EN = flatten(en);
const RU = flatten(ru);
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const placeholders = (text: string) => [...new Set(text.match(/\{\{\s*\w+\s*\}\}/g) ?? [])].sort();
/** Names and codes that read the same in both languages. */
const SAME = new Set(['PDF']);

describe('reply catalogs', () => {
  it('give Russian every English key, with all of Russian plural forms', () => {
    const plurals = new Set([...EN.keys()].filter((k) => k.endsWith('_other')).map(base));
    const categories = new Intl.PluralRules('ru').resolvedOptions().pluralCategories;
    const expected = [
      ...[...EN.keys()].filter((k) => !plurals.has(base(k))),
      ...[...plurals].flatMap((b) => categories.map((c) => `${b}_${c}`)),
    ].sort();
    expect([...RU.keys()].sort()).toEqual(expected);
  });

  it('keep every placeholder and translate every string', () => {
    for (const [key, text] of RU) {
      const source = EN.get(key) ?? EN.get(`${base(key)}_other`)!;
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(source));
      if (!SAME.has(text)) expect(text, key).not.toBe(source);
    }
  });
});
