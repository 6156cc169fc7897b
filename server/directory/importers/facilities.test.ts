import fs from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { facilities, facilityChannels } from '../../db/schema';
import { queryRow } from '../../db/rows';
import { readFkuRegistry, readNormalizedRegistry } from '../facilities/registry-csv';
import { importFacilityRecords } from './facilities';
import { FsinPismoCatalogSchema, importFsinPismo } from './fsin-pismo';

const DATA = path.join(import.meta.dirname, '../data');
const read = (name: string) => fs.readFileSync(path.join(DATA, name), 'utf8');
const fixture = (name: string) =>
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8')) as unknown;

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
}, 180_000);
afterAll(async () => {
  await t?.destroy();
});

describe('importFacilityRecords', () => {
  it('dry run reports 834 new facilities and writes nothing', async () => {
    const report = await importFacilityRecords(
      t.db,
      readNormalizedRegistry(read('facilities_normalized.csv')),
      {
        dryRun: true,
      },
    );
    expect(report.inserted).toHaveLength(834);
    const count = await queryRow<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM facilities`);
    expect(count?.n).toBe(0);
  });

  it('imports the registry with parsed addresses, occupied flags and a post channel each', async () => {
    const report = await importFacilityRecords(
      t.db,
      readNormalizedRegistry(read('facilities_normalized.csv')),
    );
    expect(report.inserted).toHaveLength(834);
    expect(report.problems).toEqual([]);
    const [pokrov] = await t.db
      .select()
      .from(facilities)
      .where(eq(facilities.officialName, 'ФКУ ИК-2 УФСИН России по Владимирской области'));
    expect(pokrov).toMatchObject({
      postcode: '601122',
      addressLocality: 'г. Покров',
      addressDistrict: 'Петушинский район',
      regionCode: 'RU-VLA',
      occupied: false,
    });
    const occupied = await queryRow<{ n: number }>(
      t.db,
      sql`SELECT count(*)::int AS n FROM facilities WHERE occupied`,
    );
    expect(occupied?.n).toBe(8);
    const post = await queryRow<{ n: number }>(
      t.db,
      sql`SELECT count(*)::int AS n FROM facility_channels WHERE channel = 'post'`,
    );
    expect(post?.n).toBe(834);
  });

  it('re-importing the same data (from the raw sheets) changes nothing and touches no row', async () => {
    const before = await queryRow<{ max: string }>(
      t.db,
      sql`SELECT max(updated_at)::text AS max FROM facilities`,
    );
    const report = await importFacilityRecords(
      t.db,
      readFkuRegistry(read('sheet_fku.csv'), read('sheet_naming.csv')),
    );
    expect(report.inserted).toEqual([]);
    expect(report.updated).toEqual([]);
    expect(report.unchanged).toBe(834);
    const after = await queryRow<{ max: string }>(
      t.db,
      sql`SELECT max(updated_at)::text AS max FROM facilities`,
    );
    expect(after?.max).toBe(before?.max);
  });

  it('reports a changed address field by field and leaves other rows alone', async () => {
    const csv = read('facilities_normalized.csv').replace(
      '"601122, Владимирская область, Петушинский район, г. Покров, ул. Франца Штольверка, д. 6"',
      '"601122, Владимирская область, Петушинский район, г. Покров, ул. Франца Штольверка, д. 8"',
    );
    const report = await importFacilityRecords(t.db, readNormalizedRegistry(csv));
    expect(report.unchanged).toBe(833);
    expect(report.updated).toHaveLength(1);
    expect(report.updated[0]!.officialName).toBe('ФКУ ИК-2 УФСИН России по Владимирской области');
    expect(report.updated[0]!.changes.addressHouse).toEqual({ from: 'д. 6', to: 'д. 8' });
    expect(report.updated[0]!.line).toBeGreaterThan(1);
  });
});

describe('importFsinPismo', () => {
  const catalog = FsinPismoCatalogSchema.parse(fixture('fsin-pismo-regions.json'));

  it('marks connected facilities, matching both naming styles, and reports what it cannot match', async () => {
    const report = await importFsinPismo(t.db, catalog);
    expect(report.departments).toBe(22);
    expect(report.unmatched.map((u) => u.name).sort()).toEqual([
      'ФКУ ИК-77 ГУФСИН России по Пермскому краю',
      'ФКУ ИЦ-1 УФСИН России по г. Москве',
    ]);
    const names = report.connected.map((c) => c.officialName);
    expect(names).toContain('ФКУ СИЗО-2 УФСИН России по г. Москве');
    expect(names).toContain('ФКУ СИЗО-2 ФСИН России');
    expect(names).toContain('ФКУ ИК-6 УФСИН России по Оренбургской области');
    expect(names).toHaveLength(20);
    const rows = await t.db.select().from(facilityChannels).where(eq(facilityChannels.channel, 'fsin_pismo'));
    expect(rows).toHaveLength(20);
    expect(rows.every((r) => r.available && r.serviceRegion)).toBe(true);
  });

  it('is idempotent, and marks facilities dropped from the list unavailable', async () => {
    expect((await importFsinPismo(t.db, catalog)).connected.every((c) => c.change === 'unchanged')).toBe(
      true,
    );
    const smaller = catalog.filter((r) => r.name !== 'Оренбургская область');
    const report = await importFsinPismo(t.db, smaller);
    expect(report.disconnected.sort()).toEqual([
      'ФКУ ИК-6 УФСИН России по Оренбургской области',
      'ФКУ СИЗО-1 УФСИН России по Оренбургской области',
    ]);
    const available = await queryRow<{ n: number }>(
      t.db,
      sql`SELECT count(*)::int AS n FROM facility_channels WHERE channel = 'fsin_pismo' AND available`,
    );
    expect(available?.n).toBe(18);
  });

  it('refuses a file that is not in the service’s format', () => {
    expect(FsinPismoCatalogSchema.safeParse([{ region: 'Москва' }]).success).toBe(false);
  });
});
