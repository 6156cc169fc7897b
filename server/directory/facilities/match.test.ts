import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FacilityMatcher, type FacilityMatch } from './match';
import { readNormalizedRegistry } from './registry-csv';

const csv = fs.readFileSync(path.join(import.meta.dirname, '../data/facilities_normalized.csv'), 'utf8');
const records = readNormalizedRegistry(csv).records.map(({ record }) => record);
// The official name is unique in the registry, so it serves as the id here.
const matcher = new FacilityMatcher(records.map((r) => ({ ...r, id: r.officialName })));
const matched = (m: FacilityMatch) => (m.ok ? m.facilityId : `unmatched: ${m.reason}`);

describe('FacilityMatcher on the real registry', () => {
  it.each([
    ['СИЗО-1 по г. Москве', 'ФКУ СИЗО-1 УФСИН России по г. Москве'],
    ['СИЗО-1 г. Москва', 'ФКУ СИЗО-1 УФСИН России по г. Москве'],
    ['ФКУ СИЗО-1 УФСИН России по г. Москве', 'ФКУ СИЗО-1 УФСИН России по г. Москве'],
    ['ФКУ СИЗО-1 ФСИН России, Москва', 'ФКУ СИЗО-1 ФСИН России'],
    ['СИЗО-2 «Лефортово»', 'ФКУ СИЗО-2 ФСИН России'],
    ['Лефортово', 'ФКУ СИЗО-2 ФСИН России'],
    ['Матросская тишина', 'ФКУ СИЗО-1 УФСИН России по г. Москве'],
    ['ИК-7 Карелия', 'ФКУ ИК-7 УФСИН России по Республике Карелия'],
    ['ФКУ ИК-2 УФСИН России по Владимирской области', 'ФКУ ИК-2 УФСИН России по Владимирской области'],
    ['исправительная колония № 6 (Чёрный дельфин)', 'ФКУ ИК-6 УФСИН России по Оренбургской области'],
    ['ИК-6 Оренбургская обл.', 'ФКУ ИК-6 УФСИН России по Оренбургской области'],
    ['СИЗО-1 Санкт-Петербург', 'ФКУ СИЗО-1 УФСИН России по г. Санкт-Петербургу и Ленинградской области'],
    ['Кресты', 'ФКУ СИЗО-1 УФСИН России по г. Санкт-Петербургу и Ленинградской области'],
    ['СИЗО-1 Симферополь', 'ФКУ СИЗО-1 УФСИН России по Республике Крым и г. Севастополю'],
    ['Т-2 Владимир', 'ФКУ Т-2 УФСИН России по Владимирской области'],
    ['ИК-3 Харп, ЯНАО', 'ФКУ ИК-3 УФСИН России по Ямало-Ненецкому автономному округу'],
  ])('%s', (text, expected) => {
    expect(matched(matcher.match(text))).toBe(expected);
  });

  it('uses a region given apart from the name', () => {
    expect(matched(matcher.match('СИЗО-5', { regionHint: 'Москва' }))).toBe(
      'ФКУ СИЗО-5 УФСИН России по г. Москве',
    );
  });

  it('refuses to guess between facilities of the same name', () => {
    const m = matcher.match('ИК-7');
    expect(m.ok).toBe(false);
    expect(m.ok ? [] : m.candidates.length).toBeGreaterThan(10);
    expect(matched(m)).toMatch(/the region is not named/);
    expect(matched(matcher.match('ИК-999 Карелия'))).toBe('unmatched: no ИК-999 in the registry');
    expect(matched(matcher.match('Полиция'))).toMatch(/^unmatched: no facility type/);
  });

  it('matches every registry facility by its own official name', () => {
    for (const r of records) expect(matched(matcher.match(r.officialName))).toBe(r.officialName);
  });
});
