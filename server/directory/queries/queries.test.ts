import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { buildLetter, buildWriter } from '../../../test/factories';
import { facilities, prisoners } from '../../db/schema';
import { readOvdInfoCsv } from '../importers/formats/ovdinfo-csv';
import { FsinPismoCatalogSchema, importFsinPismo } from '../importers/fsin-pismo';
import { importPrisoners } from '../importers/prisoners';
import { seedDemoPrisoners } from '../seed';
import { prisonerAddress, type AddressBlock } from './address';
import { upcomingBirthdays } from './birthdays';
import { facilityDetail, FacilitySearchSchema, searchFacilities } from './facilities';
import { pickLifeline } from './lifeline';
import { BadCursorError, PrisonerSearchSchema, searchPrisoners } from './search-prisoners';

const FIXTURES = path.join(import.meta.dirname, '../importers/fixtures');
const TODAY = new Date('2025-06-10T12:00:00Z');

let t: TestDatabase;
const search = (params: Record<string, unknown>) => searchPrisoners(t.db, PrisonerSearchSchema.parse(params));
const names = async (params: Record<string, unknown>) => (await search(params)).items.map((i) => i.full_name);
const idOf = async (fullName: string) =>
  (await t.db.select().from(prisoners).where(eq(prisoners.fullName, fullName)))[0]!.id;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemoPrisoners(t.db, TODAY);
  await importPrisoners(
    t.db,
    readOvdInfoCsv(fs.readFileSync(path.join(FIXTURES, 'ovdinfo-export.csv'), 'utf8')),
  );
  const catalog = JSON.parse(
    fs.readFileSync(path.join(FIXTURES, 'fsin-pismo-regions.json'), 'utf8'),
  ) as unknown;
  await importFsinPismo(t.db, FsinPismoCatalogSchema.parse(catalog));
  // One person who asked not to be listed.
  await t.db
    .update(prisoners)
    .set({ consentToList: false })
    .where(eq(prisoners.fullName, 'Белова Анна Сергеевна'));
}, 180_000);
afterAll(async () => {
  await t?.destroy();
});

describe('searchPrisoners', () => {
  it.each([
    'Miftahov',
    'Miftakhov',
    'Мифтахов',
    'MIFTAKHOV',
    'Miftahof',
    'Мифтохов',
    'ildar miftakhov',
    'Мифтахов Ильдар',
  ])('finds Мифтахов from "%s"', async (q) => {
    expect((await names({ q }))[0]).toBe('Мифтахов Ильдар Ильдусович');
  });

  it('searches summaries and interests in Russian and English', async () => {
    expect(await names({ q: 'шахматы' })).toEqual(['Мифтахов Ильдар Ильдусович']);
    expect(await names({ q: 'шахматные' })).toEqual(
      expect.arrayContaining(['Галиев Ринат Ильдарович', 'Гогуа Давид Нодарович']),
    );
    expect(await names({ q: 'учитель математики' })).toEqual(['Галиев Ринат Ильдарович']);
    expect(await names({ q: 'chess' })).toEqual(
      expect.arrayContaining(['Галиев Ринат Ильдарович', 'Гогуа Давид Нодарович']),
    );
    expect(await names({ q: 'violinist' })).toEqual(['Гарипова Гульнара Рашитовна']);
    expect(await names({ q: 'скрипачка' })).toEqual(['Гарипова Гульнара Рашитовна']);
  });

  it('filters by region, status, interest, birthday month and whether letters can reach them', async () => {
    expect(await names({ region: 'RU-MOW', sort: 'name' })).toEqual([
      'Васильева Екатерина Игоревна',
      'Гарипова Гульнара Рашитовна',
      'Мифтахов Ильдар Ильдусович',
      'Соколова Анна Дмитриевна',
    ]);
    expect(await names({ region: 'UA-43' })).toEqual(['Мельниченко Олег Тарасович']);
    expect(await names({ status: 'house_arrest' })).toEqual([
      'Зайцева Мария Олеговна',
      'Иванова Ольга Викторовна',
    ]);
    expect(await names({ interest: 'Cats' })).toEqual([
      'Васильева Екатерина Игоревна',
      'Соколова Анна Дмитриевна',
    ]);
    expect(await names({ birthdayMonth: 3 })).toEqual(['Соколова Анна Дмитриевна']);
    // "Birthday soon" counts days from today, across a month's end, not the calendar month.
    const originals = await t.db.select({ id: prisoners.id, birthDate: prisoners.birthDate }).from(prisoners);
    const bornDaysFromToday = async (fullName: string, days: number) => {
      const day = new Date(Date.now() + days * 86_400_000);
      day.setUTCFullYear(day.getUTCFullYear() - 30);
      await t.db
        .update(prisoners)
        .set({ birthDate: day.toISOString().slice(0, 10) })
        .where(eq(prisoners.fullName, fullName));
    };
    await bornDaysFromToday('Васильева Екатерина Игоревна', 10);
    await bornDaysFromToday('Гарипова Гульнара Рашитовна', -3);
    await bornDaysFromToday('Мифтахов Ильдар Ильдусович', 40);
    const soon = await names({ birthdayWithinDays: 30, limit: 100 });
    expect(soon).toContain('Васильева Екатерина Игоревна');
    expect(soon).not.toContain('Гарипова Гульнара Рашитовна');
    expect(soon).not.toContain('Мифтахов Ильдар Ильдусович');
    // The other tests count birthdays from a fixed day: put the dates back.
    for (const p of originals) {
      await t.db.update(prisoners).set({ birthDate: p.birthDate }).where(eq(prisoners.id, p.id));
    }
    const writable = await search({ canReceiveLetters: 'true', limit: 100 });
    expect(
      writable.items.every((i) => i.can_receive_letters && ['pre_trial', 'convicted'].includes(i.status)),
    ).toBe(true);
    const notWritable = await names({ canReceiveLetters: false, limit: 100 });
    expect(notWritable).toEqual(
      expect.arrayContaining([
        'Лебедев Павел Андреевич',
        'Шарипов Тимур Маратович',
        'Кузнецов Дмитрий Олегович',
      ]),
    );
  });

  it('shows only people who consented to be listed, and flags demo people', async () => {
    const all = await search({ limit: 100 });
    expect(all.items.map((i) => i.full_name)).not.toContain('Белова Анна Сергеевна');
    expect(await names({ q: 'Белова' })).toEqual([]);
    expect(all.total).toBe(18);
    expect(all.items.filter((i) => i.is_demo)).toHaveLength(12);
    expect(all.items.find((i) => i.full_name === 'Соколова Анна Дмитриевна')?.summary).toMatch(
      /^Fictional person for demonstration/,
    );
    expect(Object.keys(all.items[0]!)).not.toContain('consent_to_list');
  });

  it('pages with a cursor through every match exactly once, total constant', async () => {
    for (const sort of ['name', 'recent', 'relevance'] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await search({ sort, limit: 5, cursor, q: sort === 'relevance' ? 'ru' : undefined });
        if (sort !== 'relevance') expect(page.total).toBe(18);
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      if (sort !== 'relevance') expect(seen).toHaveLength(18);
    }
  });

  it('refuses a cursor it did not hand out', async () => {
    await expect(search({ cursor: 'bm9wZQ' })).rejects.toBeInstanceOf(BadCursorError);
  });
});

describe('pickLifeline', () => {
  it('picks only people who can receive letters, mostly those with the fewest recent letters', async () => {
    const busy = await idOf('Мифтахов Ильдар Ильдусович');
    const writer = await buildWriter(t.db);
    for (let i = 0; i < 6; i++) await buildLetter(t.db, { prisonerId: busy, writerId: writer.id });
    const picks = new Map<string, number>();
    for (let seed = 0; seed < 120; seed++) {
      const row = await pickLifeline(t.db, { seed: seed / 120, goal: 5 });
      expect(row?.can_receive_letters).toBe(true);
      picks.set(row!.full_name, (picks.get(row!.full_name) ?? 0) + 1);
    }
    // 10 writable people with no letters (weight 36 each) against one with 6 (weight 0.25).
    expect(picks.get('Мифтахов Ильдар Ильдусович') ?? 0).toBeLessThan(3);
    expect(picks.size).toBeGreaterThan(5);
    const lifeline = await pickLifeline(t.db, { seed: 0.5 });
    expect(lifeline?.recent_letters).toBeDefined();
  });
});

describe('upcomingBirthdays', () => {
  it('lists the two demo birthdays in the next weeks, soonest first, with the age they turn', async () => {
    const rows = await upcomingBirthdays(t.db, { withinDays: 21, today: TODAY });
    expect(rows.map((r) => [r.full_name, r.days_until, r.next_birthday, r.turns])).toEqual([
      ['Галиев Ринат Ильдарович', 9, '2025-06-19', 37],
      ['Васильева Екатерина Игоревна', 20, '2025-06-30', 36],
    ]);
    const later = await upcomingBirthdays(t.db, { withinDays: 365, today: TODAY, writableOnly: false });
    expect(later.length).toBeGreaterThan(10);
    expect(later.every((r, i) => i === 0 || later[i - 1]!.days_until <= r.days_until)).toBe(true);
  });
});

describe('facilities', () => {
  const find = (params: Record<string, unknown>) =>
    searchFacilities(t.db, FacilitySearchSchema.parse(params));

  it.each([
    ['Лефортово', 'ФКУ СИЗО-2 ФСИН России'],
    ['Lefortovo', 'ФКУ СИЗО-2 ФСИН России'],
    ['Matrosskaya Tishina', 'ФКУ СИЗО-1 УФСИН России по г. Москве'],
    ['черный дельфин', 'ФКУ ИК-6 УФСИН России по Оренбургской области'],
    ['Pokrov', 'ФКУ ИК-2 УФСИН России по Владимирской области'],
    ['ИК-7 Карелия', 'ФКУ ИК-7 УФСИН России по Республике Карелия'],
    ['ik 7 karelia', 'ФКУ ИК-7 УФСИН России по Республике Карелия'],
  ])('finds "%s"', async (q, expected) => {
    expect((await find({ q })).items[0]?.official_name).toBe(expected);
  });

  it('filters by region and by working channel, with counts and channels', async () => {
    const moscow = await find({ q: 'СИЗО-1', region: 'RU-MOW' });
    // The exact short name ranks first; СИЗО-12 and the others follow.
    expect(
      moscow.items
        .slice(0, 2)
        .map((f) => f.official_name)
        .sort(),
    ).toEqual(['ФКУ СИЗО-1 УФСИН России по г. Москве', 'ФКУ СИЗО-1 ФСИН России']);
    expect(moscow.items.every((f) => f.region_code === 'RU-MOW')).toBe(true);
    const fsin = await find({ channel: 'fsin_pismo', limit: 100 });
    expect(fsin.total).toBe(20);
    const sizo1 = moscow.items.find((f) => f.official_name === 'ФКУ СИЗО-1 УФСИН России по г. Москве')!;
    expect(sizo1.prisoners_count).toBe(2);
    expect(sizo1.channels.map((c) => c.channel)).toEqual(['fsin_pismo', 'post']);
    const detail = await facilityDetail(t.db, sizo1.id);
    expect(detail).toMatchObject({
      postcode: '107996',
      address_street: 'ул. Матросская тишина',
      prisoners_count: 2,
    });
    expect(await facilityDetail(t.db, 'not-a-uuid')).toBeUndefined();
  });

  it('shows occupied territory as such', async () => {
    const crimea = await find({ region: 'UA-43', limit: 100 });
    expect(crimea.total).toBe(6);
    expect(crimea.items.every((f) => f.occupied)).toBe(true);
  });
});

describe('prisonerAddress', () => {
  it('builds the envelope block in the dative case', async () => {
    const block = (await prisonerAddress(t.db, await idOf('Мифтахов Ильдар Ильдусович'))) as AddressBlock;
    expect(block.lines).toEqual([
      'ФКУ СИЗО-1 УФСИН России по г. Москве',
      'ул. Матросская тишина, д. 18, г. Москва, 107996',
      'Мифтахову Ильдару Ильдусовичу, 1990 г.р.',
    ]);
    expect(block).toMatchObject({ needsReview: false, flags: [], confirmed: false, canReceiveLetters: true });
  });

  it('flags an uncertain inflection, and uses a line a human confirmed', async () => {
    const id = await idOf('Кравец Андрей Петрович');
    const flagged = (await prisonerAddress(t.db, id)) as AddressBlock;
    expect(flagged).toMatchObject({ needsReview: true, flags: ['fleeting_vowel'] });
    expect(flagged.lines[0]).toBe('ФКУ ИК-7 УФСИН России по Республике Карелия');
    await t.db
      .update(prisoners)
      .set({ recipientDative: 'Кравцу Андрею Петровичу' })
      .where(eq(prisoners.id, id));
    const confirmed = (await prisonerAddress(t.db, id)) as AddressBlock;
    expect(confirmed).toMatchObject({
      needsReview: false,
      confirmed: true,
      recipient: 'Кравцу Андрею Петровичу, 1984 г.р.',
    });
  });

  it('has no block for someone at no facility or not listed', async () => {
    expect(await prisonerAddress(t.db, await idOf('Лебедев Павел Андреевич'))).toBe('no_facility');
    expect(await prisonerAddress(t.db, await idOf('Белова Анна Сергеевна'))).toBe('not_found');
    const [anyFacility] = await t.db.select().from(facilities).limit(1);
    expect(await prisonerAddress(t.db, anyFacility!.id)).toBe('not_found');
  });
});
