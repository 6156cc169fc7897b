import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { facilityKind, officialFacilityName, shortFacilityName } from './official-name';
import { placeRegion } from './occupied';
import { findRegion } from './regions';
import { readFkuRegistry, readNormalizedRegistry } from './registry-csv';

const DATA = path.join(import.meta.dirname, '../data');
const read = (name: string) => fs.readFileSync(path.join(DATA, name), 'utf8');
const normalized = readNormalizedRegistry(read('facilities_normalized.csv'));
const fku = readFkuRegistry(read('sheet_fku.csv'), read('sheet_naming.csv'));
const sourceRows = parse<Record<string, string>>(read('facilities_normalized.csv'), { columns: true });

describe('official names', () => {
  it('builds the source official name for every one of the 834 facilities', () => {
    expect(normalized.records).toHaveLength(834);
    normalized.records.forEach(({ record }, i) => {
      expect(record.officialName).toBe(sourceRows[i]!.official_name);
      expect(record.shortName).toBe(sourceRows[i]!.short_name);
    });
  });

  it('uses ФСИН России for centrally subordinated СИЗО', () => {
    expect(facilityKind('СИЗО (ц. п.)')).toEqual({ type: 'СИЗО', central: true });
    expect(
      officialFacilityName({
        type: 'СИЗО',
        number: '2',
        territorialBody: 'УФСИН России по г. Москве',
        central: true,
      }),
    ).toBe('ФКУ СИЗО-2 ФСИН России');
  });

  it('writes facilities without a number by type alone', () => {
    expect(shortFacilityName('ВК', '')).toBe('ВК');
    const vk = normalized.records.find(({ record }) => record.sourceKey === 'Архангельская область|ВК|б/н');
    expect(vk?.record.officialName).toBe('ФКУ ВК УФСИН России по Архангельской области');
    expect(vk?.record.number).toBe('');
  });
});

describe('the raw sheets', () => {
  it('give the same registry as the normalized file (naming joined, whitespace trimmed)', () => {
    expect(fku.problems).toEqual([]);
    expect(fku.records.map((r) => r.record)).toEqual(normalized.records.map((r) => r.record));
  });

  it('report a facility whose region has no territorial body, with its line number', () => {
    const fkuText = 'Регион,Вид ИУ,№ ИУ,Сленговое,Адрес\nНарния,ИК,1,,"100000, Нарния, г. Кэр-Паравел"\n';
    const read = readFkuRegistry(fkuText, 'Регион,ФСИН,Положение\n');
    expect(read.records).toEqual([]);
    expect(read.problems).toEqual([
      { line: 2, reason: 'region "Нарния" has no territorial body in the naming sheet' },
    ]);
  });
});

describe('region placement', () => {
  it('gives every real facility a region code', () => {
    for (const { record } of normalized.records)
      expect(record.regionCode, record.sourceKey).toMatch(/^(RU|UA)-[A-Z0-9]+$/);
  });

  it('splits the combined regions by the address', () => {
    const codes = (region: string) =>
      new Set(
        normalized.records
          .filter(({ record }) => record.region === region)
          .map(({ record }) => record.regionCode),
      );
    expect(codes('Ленинградская область и г. Санкт-Петербург')).toEqual(new Set(['RU-SPE', 'RU-LEN']));
    expect(codes('Москва')).toEqual(new Set(['RU-MOW']));
    expect(codes('Московская область')).toEqual(new Set(['RU-MOS']));
  });

  it('marks the facilities in occupied Ukrainian territory with a UA code, and only them', () => {
    const occupied = normalized.records.filter(({ record }) => record.occupied).map(({ record }) => record);
    expect(occupied.map((r) => `${r.regionCode} ${r.officialName}`).sort()).toEqual([
      'UA-09 ФКУ ИК-2 УФСИН по ЛНР',
      'UA-14 ФКУ СИЗО-1 ГУФСИН по ДНР',
      'UA-43 ФКУ ИК-1 УФСИН России по Республике Крым и г. Севастополю',
      'UA-43 ФКУ ИК-2 УФСИН России по Республике Крым и г. Севастополю',
      'UA-43 ФКУ КП-1 УФСИН России по Республике Крым и г. Севастополю',
      'UA-43 ФКУ СИЗО-1 УФСИН России по Республике Крым и г. Севастополю',
      'UA-43 ФКУ СИЗО-2 УФСИН России по Республике Крым и г. Севастополю',
      'UA-43 ФКУ СИЗО-8 ФСИН России',
    ]);
    // "Крымский пер." in Orenburg is a street, not Crimea.
    const orenburg = normalized.records.find(({ record }) => record.addressRaw.includes('Крымский пер.'));
    expect(orenburg?.record.occupied).toBe(false);
  });

  it.each([
    ['Республика Крым', undefined, 'UA-43'],
    ['г. Севастополь', undefined, 'UA-40'],
    ['Донецкая народная республика', undefined, 'UA-14'],
    ['ЛНР', undefined, 'UA-09'],
    ['Запорожская область', undefined, 'UA-23'],
    ['Херсонская область', 'Херсонская обл.', 'UA-65'],
    ['Республика Крым и г. Севастополь', 'г. Севастополь', 'UA-40'],
  ])('%s / %s → %s, occupied', (region, addressRegion, code) => {
    expect(placeRegion(region, addressRegion)).toMatchObject({ regionCode: code, occupied: true });
  });

  it('finds regions in free text without tripping on look-alike words', () => {
    expect(findRegion('СИЗО-1 по г. Москве')?.code).toBe('RU-MOW');
    expect(findRegion('ИК-7 Карелия')?.code).toBe('RU-KR');
    expect(findRegion('ИК-2 УФСИН России по Московской области')?.code).toBe('RU-MOS');
    expect(findRegion('ИК-4 Уфа')?.code).toBe('RU-BA');
    expect(findRegion('ИК-4 УФСИН')).toBeUndefined();
    expect(findRegion('Республика Алтай')?.code).toBe('RU-AL');
    expect(findRegion('Алтайский край')?.code).toBe('RU-ALT');
  });
});

describe('nicknames', () => {
  it('carries the source nicknames and the well-known extras', () => {
    const byNick = (nick: string) =>
      normalized.records
        .filter(({ record }) => record.nicknames.includes(nick))
        .map(({ record }) => record.officialName);
    expect(byNick('Матросская Тишина')).toEqual(['ФКУ СИЗО-1 УФСИН России по г. Москве']);
    expect(byNick('Лефортово')).toEqual(['ФКУ СИЗО-2 ФСИН России']);
    expect(byNick('Чёрный дельфин')).toEqual(['ФКУ ИК-6 УФСИН России по Оренбургской области']);
    expect(byNick('Полярный волк')).toEqual(['ФКУ ИК-3 УФСИН России по Ямало-Ненецкому автономному округу']);
    expect(byNick('Кресты')).toEqual([
      'ФКУ СИЗО-1 УФСИН России по г. Санкт-Петербургу и Ленинградской области',
    ]);
  });
});
