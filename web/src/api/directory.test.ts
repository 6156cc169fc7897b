import { describe, expect, it } from 'vitest';
import type { PrisonerListRow } from '../../../server/directory/queries/prisoner-row';
import { presentPrisoner } from '../../../server/presenters/prisoner';
import { normalisePrisoner, type RawPrisoner } from './directory';

/** What the browser receives: the presenter's output through JSON. */
const overTheWire = (value: unknown) => JSON.parse(JSON.stringify(value)) as RawPrisoner;

const row: PrisonerListRow = {
  id: '650a8634-8c91-4a25-aa1a-22f261758fbe',
  slug: 'sokolova-anna-dmitriyevna-97fe48',
  country: 'RU',
  full_name: 'Соколова Анна Дмитриевна',
  surname: 'Соколова',
  given_name: 'Анна',
  patronymic: 'Дмитриевна',
  latin_names: ['Sokolova Anna Dmitriyevna', 'Sokolova Anna Dmitrievna'],
  gender: 'female',
  photo_path: null,
  birth_date: '1992-03-14',
  birth_year: 1992,
  status: 'pre_trial',
  can_receive_letters: true,
  is_demo: true,
  interests: ['books', 'cats'],
  languages: ['ru', 'en'],
  articles: [{ code: 'RU', article: '207.3', part: '2', raw: 'ч. 2 ст. 207.3 УК РФ' }],
  sentence: null,
  arrested_on: '2024-02-01',
  summary: 'A librarian.',
  summary_language: 'en',
  facility_id: '4ea49940-f795-4d28-8f81-d882abd4ce54',
  facility_short_name: 'СИЗО-6',
  facility_official_name: 'ФКУ СИЗО-6 УФСИН России по г. Москве',
  facility_region: 'Москва',
  facility_region_code: 'RU-MOW',
  facility_occupied: false,
  created_at: '2026-01-01',
};

describe('normalisePrisoner', () => {
  // The web app reads what the server's presenter writes; this pins the two together.
  it('reads the directory API shape: names in both scripts, demo mark, summary and facility', () => {
    const p = normalisePrisoner(overTheWire(presentPrisoner(row)));
    expect(p.fullName).toBe('Соколова Анна Дмитриевна');
    expect(p.latinName).toBe('Sokolova Anna Dmitriyevna');
    expect(p.isDemo).toBe(true);
    expect(p.summary).toBe('A librarian.');
    expect(p.summaryLanguage).toBe('en');
    expect(p.facility).toMatchObject({ shortName: 'СИЗО-6', region: 'Москва', occupied: false });
    expect(p.articles).toHaveLength(1);
    expect(p.articles[0]).toContain('207.3');
  });

  it('reads the photo URL, our own and versioned, and null as initials', () => {
    expect(normalisePrisoner(overTheWire(presentPrisoner(row))).photoUrl).toBeNull();
    const hash = 'ab'.repeat(32);
    const p = normalisePrisoner(overTheWire(presentPrisoner({ ...row, photo_path: `photos/${hash}.webp` })));
    expect(p.photoUrl).toBe(`/api/prisoners/${row.id}/photo?v=${hash.slice(0, 16)}`);
  });

  it('keeps a person without a Latin spelling, summary or facility readable', () => {
    const bare = { ...row, latin_names: [], summary: null, summary_language: null, facility_id: null };
    const p = normalisePrisoner(overTheWire(presentPrisoner(bare)));
    expect(p.latinName).toBeNull();
    expect(p.summary).toBeNull();
    expect(p.facility).toBeNull();
  });
});
