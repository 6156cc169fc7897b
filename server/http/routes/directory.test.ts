import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { prisoners } from '../../db/schema';
import { seedDemoPrisoners } from '../../directory/seed';

let t: TestApp;
const get = async <T>(url: string, status = 200): Promise<T> => {
  const res = await t.call('GET', url);
  expect(res.status, url).toBe(status);
  return (await res.json()) as T;
};

interface Page {
  items: {
    id: string;
    slug: string;
    name: { full: string; latin: string[] };
    isDemo: boolean;
    [key: string]: unknown;
  }[];
  total: number;
  nextCursor: string | null;
}

// Seeding the registry and the demo people takes a while on a busy machine.
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoPrisoners(t.runtime.db, new Date());
}, 180_000);
afterAll(async () => {
  await t?.close();
});

describe('GET /api/prisoners', () => {
  it('finds a Cyrillic name from Latin input and returns the public shape only', async () => {
    const page = await get<Page>('/api/prisoners?q=Galiev');
    expect(page.items.map((i) => i.name.full)).toEqual(['Галиев Ринат Ильдарович']);
    const [person] = page.items;
    expect(person!.isDemo).toBe(true);
    expect(person!.name.latin[0]).toBe('Galiyev Rinat Ildarovich');
    for (const hidden of [
      'consentToList',
      'consent_to_list',
      'source',
      'sourceId',
      'searchNames',
      'nameKey',
    ]) {
      expect(Object.keys(person!)).not.toContain(hidden);
    }
    expect(JSON.stringify(page)).not.toContain('"demo-02"');
  });

  it('filters and pages', async () => {
    const first = await get<Page>('/api/prisoners?canReceiveLetters=true&limit=4&sort=name');
    expect(first.items).toHaveLength(4);
    expect(first.total).toBe(9);
    const second = await get<Page>(
      `/api/prisoners?canReceiveLetters=true&limit=4&sort=name&cursor=${first.nextCursor}`,
    );
    expect(second.items.map((i) => i.id)).not.toContain(first.items[0]!.id);
    const crimea = await get<Page>('/api/prisoners?region=UA-43');
    expect(crimea.items.map((i) => (i.facility as { occupied: boolean }).occupied)).toEqual([true]);
  });

  it('answers a bad parameter or cursor with a 400', async () => {
    expect(await get('/api/prisoners?status=free', 400)).toMatchObject({
      error: { code: 'validation_failed' },
    });
    expect(await get('/api/prisoners?cursor=bm9wZQ', 400)).toMatchObject({ error: { code: 'bad_cursor' } });
  });
});

describe('GET /api/prisoners/lifeline and /birthdays', () => {
  it('picks someone who can receive letters', async () => {
    const person = await get<{ canReceiveLetters: boolean; recentLetters: number }>(
      '/api/prisoners/lifeline?goal=5&windowDays=30',
    );
    expect(person).toMatchObject({ canReceiveLetters: true, recentLetters: 0 });
  });

  it('lists birthdays within a window', async () => {
    const { items } = await get<{ items: { name: { full: string }; daysUntil: number }[] }>(
      '/api/prisoners/birthdays?within=30d',
    );
    expect(items.map((i) => [i.name.full, i.daysUntil])).toEqual(
      expect.arrayContaining([
        ['Галиев Ринат Ильдарович', 9],
        ['Васильева Екатерина Игоревна', 20],
      ]),
    );
  });
});

describe('GET /api/prisoners/:id and /address', () => {
  it('returns one person by slug, with summaries in every language', async () => {
    const page = await get<Page>('/api/prisoners?q=Соколова');
    const person = await get<{ summaries: Record<string, string> }>(`/api/prisoners/${page.items[0]!.slug}`);
    expect(Object.keys(person.summaries)).toEqual(['en', 'ru']);
  });

  it('returns the postal block with the recipient in the dative case', async () => {
    const [row] = await t.runtime.db
      .select()
      .from(prisoners)
      .where(eq(prisoners.fullName, 'Васильева Екатерина Игоревна'));
    const block = await get<{ lines: string[]; needsReview: boolean }>(`/api/prisoners/${row!.id}/address`);
    expect(block.lines).toEqual([
      'ФКУ СИЗО-1 УФСИН России по г. Москве',
      'ул. Матросская тишина, д. 18, г. Москва, 107996',
      'Васильевой Екатерине Игоревне, 1989 г.р.',
    ]);
    expect(block.needsReview).toBe(false);
  });

  it('answers 409 for someone at no known facility and 404 for nobody', async () => {
    const [row] = await t.runtime.db
      .select()
      .from(prisoners)
      .where(eq(prisoners.fullName, 'Лебедев Павел Андреевич'));
    expect(await get(`/api/prisoners/${row!.id}/address`, 409)).toMatchObject({
      error: { code: 'prisoner_has_no_facility' },
    });
    expect(await get('/api/prisoners/00000000-0000-0000-0000-000000000000', 404)).toMatchObject({
      error: { code: 'prisoner_not_found' },
    });
  });
});

describe('GET /api/facilities', () => {
  it('finds a facility by nickname and shows its channels and people count', async () => {
    const page = await get<{
      items: { id: string; officialName: string; address: { postal: string } }[];
      total: number;
    }>('/api/facilities?q=Matrosskaya%20Tishina');
    expect(page.items[0]!.officialName).toBe('ФКУ СИЗО-1 УФСИН России по г. Москве');
    const detail = await get<{
      prisonersCount: number;
      channels: { channel: string }[];
      address: { postal: string };
    }>(`/api/facilities/${page.items[0]!.id}`);
    expect(detail.prisonersCount).toBe(1);
    expect(detail.channels.map((c) => c.channel)).toEqual(['post']);
    expect(detail.address.postal).toBe('ул. Матросская тишина, д. 18, г. Москва, 107996');
    expect(await get('/api/facilities/00000000-0000-0000-0000-000000000000', 404)).toMatchObject({
      error: { code: 'facility_not_found' },
    });
  });
});
