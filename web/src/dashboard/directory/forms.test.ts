/**
 * The directory forms: a record read into the form and sent back unchanged is no edit at all; each
 * changed field is sent alone; the form's checks accept every spelling the directory generates and
 * agree with the server's schema on what they refuse.
 */
import { describe, expect, it } from 'vitest';
import { PrisonerEditSchema } from '../../../../server/coordinator/schemas';
import { latinSpellings } from '../../../../server/directory/prisoners/identity';
import type { Facility, PrisonerRecord } from './api';
import { facilityEdit, facilityValues } from './facility-form';
import { changeCount, editFrom, formValues } from './prisoner-form';
import { checkPrisoner, kopecks, roubles } from './validation';

const record: PrisonerRecord = {
  id: '00000000-0000-4000-8000-000000000001',
  slug: 'vasileva',
  country: 'RU',
  version: '2025-01-01T10:00:00.000Z',
  surname: 'Васильева',
  givenName: 'Екатерина',
  patronymic: 'Игоревна',
  fullName: 'Васильева Екатерина Игоревна',
  latinNames: latinSpellings('Васильева Екатерина Игоревна'),
  recipientDative: null,
  computedRecipient: { text: 'Васильевой Екатерине Игоревне, 1989 г.р.', flags: [] },
  gender: 'female',
  photoUrl: null,
  birthDate: '1989-04-02',
  birthYear: 1989,
  status: 'pre_trial',
  articlesRaw: 'ч. 2 ст. 280 УК РФ',
  articles: ['ч. 2 ст. 280 УК РФ'],
  sentence: null,
  arrestedOn: null,
  releasedOn: null,
  interests: ['chess'],
  languages: ['ru', 'en'],
  summaries: { en: 'A teacher.' },
  consentToList: true,
  isDemo: false,
  source: 'ovdinfo',
  sourceId: '42',
  lastSyncedAt: null,
  canReceiveLetters: true,
  blockers: [],
  facility: null,
  history: [],
  letters: { waiting: 0, onHold: 0 },
};

describe('the prisoner form', () => {
  it('sends nothing but the version when nothing changed', () => {
    const edit = editFrom(record, formValues(record));
    expect(edit).toEqual({ version: record.version });
    expect(changeCount(edit)).toBe(0);
    expect(checkPrisoner(formValues(record))).toEqual({});
  });

  it('sends each changed field alone, lists normalised, an emptied summary as ""', () => {
    const values = {
      ...formValues(record),
      surname: ' Петрова ',
      interests: 'Chess, poetry ,',
      summaries: { en: '', ru: 'Учитель.' },
      consentToList: false,
    };
    expect(editFrom(record, values)).toEqual({
      version: record.version,
      surname: 'Петрова',
      interests: ['chess', 'poetry'],
      summaries: { en: '', ru: 'Учитель.' },
      consentToList: false,
    });
  });

  it('accepts every generated Latin spelling, as the server does', () => {
    const spellings = latinSpellings('Пьянзина Мария Юрьевна Ёлкина');
    expect(checkPrisoner({ ...formValues(record), latinNames: spellings.join('\n') })).toEqual({});
    expect(PrisonerEditSchema.safeParse({ latinNames: spellings }).success).toBe(true);
  });

  it('refuses what the server refuses, field by field', () => {
    const bad = {
      ...formValues(record),
      surname: '',
      latinNames: 'Иванов',
      birthDate: '',
      birthYear: '1850',
      languages: 'russian',
    };
    expect(Object.keys(checkPrisoner(bad)).sort()).toEqual([
      'birthYear',
      'languages',
      'latinNames',
      'surname',
    ]);
    const server = PrisonerEditSchema.safeParse({
      surname: '',
      latinNames: ['Иванов'],
      birthYear: 1850,
      languages: ['russian'],
    });
    expect(server.error?.issues.map((i) => String(i.path[0])).sort()).toEqual([
      'birthYear',
      'languages',
      'latinNames',
      'surname',
    ]);
    expect(checkPrisoner({ ...formValues(record), birthYear: '1990' })).toEqual({
      birthYear: { key: 'yearMismatch' },
    });
  });
});

describe('the facility form', () => {
  const facility: Facility = {
    id: '00000000-0000-4000-8000-000000000002',
    country: 'RU',
    region: 'Владимирская область',
    occupied: false,
    type: 'ИК',
    shortName: 'ИК-2',
    officialName: 'ФКУ ИК-2 УФСИН России по Владимирской области',
    nicknames: [],
    address: {
      postcode: '601122',
      region: 'Владимирская область',
      district: 'Петушинский район',
      locality: 'г. Покров',
      street: 'ул. Франца Штольверка',
      house: 'д. 6',
      notes: null,
      raw: '601122, Владимирская область, Петушинский район, г. Покров, ул. Франца Штольверка, д. 6',
      postal: 'ул. Франца Штольверка, д. 6, г. Покров, Петушинский район, Владимирская область, 601122',
    },
    prisonersCount: 3,
    channels: [
      {
        channel: 'post',
        available: true,
        priceMinor: 3500,
        currency: 'RUB',
        serviceName: null,
        checkedAt: null,
      },
    ],
    closedOn: null,
    version: '2025-01-01T10:00:00.000Z',
  };

  it('sends only the changed address fields and channel rows', () => {
    expect(facilityEdit(facility, facilityValues(facility))).toEqual({ version: facility.version });
    const values = facilityValues(facility);
    values.postcode = '601120';
    values.channels.fsin_pismo = { works: true, price: '55,50', serviceName: ' ИК-2 Покров ' };
    expect(facilityEdit(facility, values)).toEqual({
      version: facility.version,
      postcode: '601120',
      channels: [{ channel: 'fsin_pismo', available: true, priceMinor: 5550, serviceName: 'ИК-2 Покров' }],
    });
  });

  it('reads prices in roubles and writes them back', () => {
    expect(kopecks('55')).toBe(5500);
    expect(kopecks('')).toBeNull();
    expect(kopecks('-3')).toBeNaN();
    expect(roubles(5550)).toBe('55.50');
    expect(roubles(3500)).toBe('35');
  });
});
