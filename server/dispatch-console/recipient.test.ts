/** The envelope block and the outgoing text, from directory data (no database). */
import { describe, expect, it } from 'vitest';
import { realFacility } from '../channels/fixtures';
import type { ConsoleLetter, FacilityRow } from './letters';
import { russianTextOf } from './letters';
import { addressLineOf, dativeLineOf } from './recipient';

const person: ConsoleLetter['prisoner'] = {
  id: '00000000-0000-4000-8000-000000000001',
  fullName: 'Кара-Мурза Владимир Владимирович',
  surname: 'Кара-Мурза',
  givenName: 'Владимир',
  patronymic: 'Владимирович',
  gender: 'male',
  birthYear: 1981,
  country: 'RU',
  status: 'convicted',
  recipientDative: null,
  isDemo: false,
};

function facility(officialName: string, over: Partial<FacilityRow> = {}): FacilityRow {
  const row = realFacility(officialName);
  return {
    country: 'RU',
    postcode: row.postcode,
    addressRaw: `${row.postcode}, ${row.address_without_postcode}`,
    addressRegion: null,
    addressDistrict: null,
    addressLocality: null,
    addressStreet: null,
    addressHouse: null,
    addressNotes: null,
    ...over,
  } as FacilityRow;
}

describe('recipient line', () => {
  it('flags a double surname petrovich may decline wrongly, and takes a confirmed line as it is', () => {
    const guessed = dativeLineOf(person);
    expect(guessed.confirmed).toBe(false);
    expect(guessed.flags).toContain('double_surname');
    const confirmed = dativeLineOf({ ...person, recipientDative: 'Кара-Мурзе Владимиру Владимировичу' });
    expect(confirmed).toEqual({
      text: 'Кара-Мурзе Владимиру Владимировичу, 1981 г.р.',
      confirmed: true,
      flags: [],
    });
  });
});

describe('address line', () => {
  it('orders a raw registry address for the envelope, without the postcode', () => {
    expect(addressLineOf(facility('ФКУ ИК-2 УФСИН России по Владимирской области'))).toBe(
      'ул. Франца Штольверка, д. 6, г. Покров, Петушинский район, Владимирская область',
    );
  });

  it("prefers the directory's parsed (possibly corrected) columns", () => {
    const corrected = facility('ФКУ ИК-2 УФСИН России по Владимирской области', {
      addressRegion: 'Владимирская область',
      addressLocality: 'г. Покров',
      addressStreet: 'ул. Франца Штольверка',
      addressHouse: 'д. 6а',
    });
    expect(addressLineOf(corrected)).toBe('ул. Франца Штольверка, д. 6а, г. Покров, Владимирская область');
  });
});

describe('outgoing text', () => {
  it("signs the approved translation with the writer's name once", () => {
    const letter = { language: 'en', body: 'Hello', signature: 'Anna' };
    expect(russianTextOf(letter, 'Здравствуйте!')).toBe('Здравствуйте!\n\nAnna');
    expect(russianTextOf(letter, 'Здравствуйте!\n\nAnna')).toBe('Здравствуйте!\n\nAnna');
    expect(russianTextOf({ ...letter, language: 'ru', body: ' Привет! ' }, undefined)).toBe(
      'Привет!\n\nAnna',
    );
    expect(russianTextOf(letter, undefined)).toBeNull();
  });
});
