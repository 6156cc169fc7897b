import fs from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { queryRow, queryRows } from '../../db/rows';
import { facilities, prisonerFacilityHistory, prisoners, prisonerSourceIds } from '../../db/schema';
import { seedFacilities } from '../seed';
import { canReceiveLetters, canReceiveLettersSql } from '../prisoners/status';
import { splitName } from '../names/split';
import { ColumnMappingSchema, readMappedCsv, readMappedJson } from './formats/mapped';
import { readOvdInfoCsv } from './formats/ovdinfo-csv';
import { importPrisoners } from './prisoners';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const OVDINFO = fixture('ovdinfo-export.csv');

let t: TestDatabase;
const count = async (table: string, where = 'true') =>
  (await queryRow<{ n: number }>(t.db, sql.raw(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`)))!.n;
const byName = async (fullName: string) =>
  (await t.db.select().from(prisoners).where(eq(prisoners.fullName, fullName)))[0]!;
const facilityId = async (officialName: string) =>
  (await t.db.select().from(facilities).where(eq(facilities.officialName, officialName)))[0]!.id;

// Loading the 834-facility registry takes a while on a busy machine.
beforeAll(async () => {
  t = await createTestDatabase();
  await seedFacilities(t.db);
}, 180_000);
afterAll(async () => {
  await t?.destroy();
});

describe('import prisoners --format ovdinfo-csv', () => {
  it('with --all-or-nothing writes nothing when a row is bad', async () => {
    const report = await importPrisoners(t.db, readOvdInfoCsv(OVDINFO), { allOrNothing: true });
    expect(report.aborted).toMatch(/3 bad row/);
    expect(await count('prisoners')).toBe(0);
  });

  it('imports the good rows, reports the bad ones by line, merges the repeated person', async () => {
    const report = await importPrisoners(t.db, readOvdInfoCsv(OVDINFO), { batchSize: 3 });
    expect(report.skipped).toEqual([
      { line: 9, reason: '"13/45/1990" is not a real date' },
      { line: 10, reason: 'empty ФИО' },
      { line: 14, reason: 'birth date 7/7/1977 and birth year 1980 disagree' },
    ]);
    expect(report.inserted).toBe(7);
    expect(report.merged.map((m) => [m.line, m.how])).toEqual([[11, 'same person as line 2']]);
    expect(report.warnings.map((w) => w.line)).toEqual([13]);
    expect(report.warnings[0]!.reason).toMatch(/ИК-7.*region is not named/);
    expect(await count('prisoners')).toBe(7);

    const m = await byName('Мифтахов Ильдар Ильдусович');
    expect(m).toMatchObject({
      surname: 'Мифтахов',
      patronymic: 'Ильдусович',
      gender: 'male',
      birthDate: '1990-05-17',
      status: 'pre_trial',
    });
    expect(m.facilityId).toBe(await facilityId('ФКУ СИЗО-1 УФСИН России по г. Москве'));
    expect(m.articles.map((a) => a.article)).toEqual(['205.2', '282.2']);
    expect(m.latinNames).toContain('Miftakhov Ildar Ildusovich');
    const sokolova = await byName('Соколова Мария Андреевна');
    expect(sokolova.articles).toEqual([
      { code: 'RU', article: '207.3', part: '2', point: 'д', raw: 'ст.207.3 ч.2 п.«д»' },
    ]);
    expect(sokolova.facilityId).toBe(await facilityId('ФКУ ИК-7 УФСИН России по Республике Карелия'));
    expect((await byName('Петров Сергей Николаевич')).status).toBe('released');
    expect((await byName('Иванова Ольга Викторовна')).status).toBe('house_arrest');
    expect((await byName('Кузнецов Дмитрий Олегович')).status).toBe('deceased');
    expect((await byName('Шевченко Тарас Игоревич')).status).toBe('abroad');
    const belova = await byName('Белова Анна Сергеевна');
    expect(belova.facilityId).toBeNull();
    const [history] = await t.db
      .select()
      .from(prisonerFacilityHistory)
      .where(eq(prisonerFacilityHistory.prisonerId, belova.id));
    expect(history).toMatchObject({ facilityId: null, facilityText: 'ИК-7' });
  });

  it('re-importing the same file changes nothing', async () => {
    const report = await importPrisoners(t.db, readOvdInfoCsv(OVDINFO));
    expect(report).toMatchObject({ inserted: 0, updated: 0, unchanged: 7, transfers: [] });
    expect(await count('prisoners')).toBe(7);
  });

  it('dry run prints the diff of a transfer and writes nothing', async () => {
    const moved = OVDINFO.replace('ИК-7 Карелия', 'ИК-1 Карелия');
    const report = await importPrisoners(t.db, readOvdInfoCsv(moved), { dryRun: true });
    expect(report.updated).toBe(1);
    expect(report.changes[0]).toMatchObject({
      action: 'update',
      fullName: 'Соколова Мария Андреевна',
      lines: [4],
    });
    expect(Object.keys(report.changes[0]!.changes)).toEqual(['facilityId']);
    expect(report.transfers).toHaveLength(1);
    expect((await byName('Соколова Мария Андреевна')).facilityId).toBe(
      await facilityId('ФКУ ИК-7 УФСИН России по Республике Карелия'),
    );
    expect(await count('jobs', `name = 'prisoner-transferred'`)).toBe(0);
  });

  it('records a transfer in the history and raises a prisoner-transferred job', async () => {
    const from = await facilityId('ФКУ ИК-7 УФСИН России по Республике Карелия');
    const to = await facilityId('ФКУ ИК-1 УФСИН России по Республике Карелия');
    const now = new Date('2025-03-01T10:00:00Z');
    const report = await importPrisoners(
      t.db,
      readOvdInfoCsv(OVDINFO.replace('ИК-7 Карелия', 'ИК-1 Карелия')),
      { now },
    );
    const sokolova = await byName('Соколова Мария Андреевна');
    expect(report.transfers).toEqual([{ prisonerId: sokolova.id, fromFacilityId: from, toFacilityId: to }]);
    expect(sokolova.facilityId).toBe(to);
    const history = await t.db
      .select()
      .from(prisonerFacilityHistory)
      .where(eq(prisonerFacilityHistory.prisonerId, sokolova.id));
    expect(history.map((h) => [h.facilityId, h.arrivedOn, h.leftOn]).sort()).toEqual(
      [
        [from, null, '2025-03-01'],
        [to, '2025-03-01', null],
      ].sort(),
    );
    const jobs = await queryRows<{ payload: unknown }>(
      t.db,
      sql`SELECT payload FROM jobs WHERE name = 'prisoner-transferred'`,
    );
    expect(jobs.map((j) => j.payload)).toEqual([
      { prisonerId: sokolova.id, fromFacilityId: from, toFacilityId: to },
    ]);
  });

  it('raises a transfer when someone whose facility was unknown is placed at a known one', async () => {
    const placed = OVDINFO.replace('ИК-7 Карелия', 'ИК-1 Карелия').replace(
      ',ИК-7,,1/5/1995',
      ',ИК-7 Карелия,,1/5/1995',
    );
    const report = await importPrisoners(t.db, readOvdInfoCsv(placed));
    const belova = await byName('Белова Анна Сергеевна');
    const to = await facilityId('ФКУ ИК-7 УФСИН России по Республике Карелия');
    expect(report.transfers).toEqual([{ prisonerId: belova.id, fromFacilityId: null, toFacilityId: to }]);
    expect(report.warnings).toEqual([]);
    expect(belova.facilityId).toBe(to);
  });

  it('keeps the facility when a later list names one the registry cannot place', async () => {
    const vague = OVDINFO.replace('ИК-7 Карелия', 'ИК-1');
    const report = await importPrisoners(t.db, readOvdInfoCsv(vague));
    expect(report.transfers).toEqual([]);
    expect(report.warnings.map((w) => w.line)).toContain(4);
    const sokolova = await byName('Соколова Мария Андреевна');
    expect(sokolova.facilityId).toBe(await facilityId('ФКУ ИК-1 УФСИН России по Республике Карелия'));
  });

  it('a row the database refuses is reported with its line; the rest of its batch goes in', async () => {
    const input = (line: number, fullName: string, status: string) => ({
      line,
      source: 'test-list',
      sourceId: `t-${line}`,
      country: 'RU' as const,
      fullName,
      name: splitName(fullName),
      latinNames: [],
      status: status as 'convicted',
    });
    const report = await importPrisoners(t.db, {
      inputs: [
        input(1, 'Лосев Антон Ильич', 'convicted'),
        input(2, 'Рыбаков Олег Ильич', 'imprisoned'),
        input(3, 'Мухина Вера Ильинична', 'pre_trial'),
      ],
      problems: [],
      defaultConsent: false,
    });
    expect(report.inserted).toBe(2);
    expect(report.skipped).toHaveLength(1);
    expect(report.skipped[0]).toMatchObject({ line: 2 });
    expect(report.skipped[0]!.reason).toMatch(/^database: .*prisoners_status_check/);
  });

  it('raises prisoner-custody-changed with the change when a list says someone was released', async () => {
    const person = (status: 'convicted' | 'released') => ({
      inputs: [
        {
          line: 1,
          source: 'test-list',
          sourceId: 'custody-1',
          country: 'RU' as const,
          fullName: 'Зайцев Пётр Ильич',
          name: splitName('Зайцев Пётр Ильич'),
          latinNames: [],
          status,
        },
      ],
      problems: [],
      defaultConsent: false,
    });
    await importPrisoners(t.db, person('convicted'));
    const zaitsev = await byName('Зайцев Пётр Ильич');
    const custodyJobs = () =>
      queryRows<{ payload: unknown }>(
        t.db,
        sql`SELECT payload FROM jobs WHERE name = 'prisoner-custody-changed' AND payload->>'prisonerId' = ${zaitsev.id}`,
      );
    expect(await custodyJobs()).toEqual([]);
    await importPrisoners(t.db, person('released'));
    expect((await byName('Зайцев Пётр Ильич')).status).toBe('released');
    expect((await custodyJobs()).map((j) => j.payload)).toEqual([{ prisonerId: zaitsev.id }]);
  });
});

describe('import prisoners --format csv with a mapping file', () => {
  const mapping = ColumnMappingSchema.parse(JSON.parse(fixture('mapped-list.mapping.json')));

  it('reads the mapped columns, merges a person another list already has, and skips bad rows', async () => {
    const report = await importPrisoners(t.db, readMappedCsv(fixture('mapped-list.csv'), mapping));
    expect(report.skipped).toEqual([
      { line: 4, reason: '"31.02.2000" is not a real date' },
      { line: 5, reason: 'unknown status "неведомо"' },
    ]);
    const m = await byName('Мифтахов Ильдар Ильдусович');
    expect(report.merged).toEqual([{ line: 2, prisonerId: m.id, how: 'same name and birth as ovdinfo' }]);
    expect(report.inserted).toBe(1);
    expect(m.interests).toEqual(['шахматы', 'книги']);
    const ids = await t.db.select().from(prisonerSourceIds).where(eq(prisonerSourceIds.prisonerId, m.id));
    expect(ids.map((r) => `${r.source}:${r.sourceId}`)).toEqual(['example-group:mc-1']);
    const rakhimova = await byName('Рахимова Лейла Маратовна');
    expect(rakhimova).toMatchObject({ consentToList: false, status: 'convicted', gender: 'female' });
    expect(rakhimova.facilityId).toBe(await facilityId('ФКУ ИК-2 УФСИН России по Республике Мордовия'));
  });

  it('refuses a mapping with an unknown field', () => {
    const bad = ColumnMappingSchema.safeParse({
      source: 'x-list',
      columns: { fullName: 'ФИО', birthday: 'ДР' },
    });
    expect(bad.success).toBe(false);
  });
});

describe('import prisoners --format viasna-json', () => {
  // CI has ../shared beside the clone; a missing file must fail this test, not skip it.
  const file = path.resolve(
    import.meta.dirname,
    '../../../../shared/data/belarus/viasna_prisoners_excerpt.json',
  );

  it('imports the 24 real Belarusian records with their facilities in Belarus', async () => {
    const { readViasnaJson } = await import('./formats/viasna-json');
    const parsed = readViasnaJson(JSON.parse(fs.readFileSync(file, 'utf8')));
    expect(parsed.problems).toEqual([]);
    expect(parsed.inputs).toHaveLength(24);
    const report = await importPrisoners(t.db, parsed);
    expect(report.inserted).toBe(24);
    const by = await t.db.select().from(facilities).where(eq(facilities.country, 'BY'));
    expect(by).toHaveLength(8);
    expect(by.find((f) => f.addressRaw === '220030, Minsk, vulica Valadarskaha 2')).toMatchObject({
      shortName: 'СИЗО-1',
      officialName: 'Следственный изолятор № 1',
      regionCode: 'BY-HM',
      postcode: '220030',
      addressStreet: 'vulica Valadarskaha',
      addressHouse: '2',
    });
    const chapiuk = await byName('Andrei Chapiuk');
    expect(chapiuk).toMatchObject({
      country: 'BY',
      status: 'convicted',
      gender: 'male',
      birthDate: '1996-05-17',
      givenName: 'Andrei',
      surname: 'Chapiuk',
    });
    expect(chapiuk.articles.map((a) => `${a.code} ${a.part ?? '-'} ${a.article}`)).toEqual([
      'BY - 341',
      'BY 2 285',
      'BY - 130',
      'BY 1 13',
      'BY - 293',
    ]);
    expect((await byName('Ivan Yasnikau')).status).toBe('pre_trial');
    expect((await byName('Iryna Khalip')).status).toBe('released');
  });

  it('merges the same person written in Cyrillic by another list', async () => {
    const mapping = ColumnMappingSchema.parse(JSON.parse(fixture('belarus-cyrillic.mapping.json')));
    const report = await importPrisoners(
      t.db,
      readMappedJson(JSON.parse(fixture('belarus-cyrillic.json')), mapping),
    );
    const chapiuk = await byName('Andrei Chapiuk');
    expect(report.merged).toEqual([
      { line: 1, prisonerId: chapiuk.id, how: 'same name and birth as viasna #1' },
    ]);
    expect(report.inserted).toBe(0);
    expect(chapiuk.latinNames).toContain('Chapyuk Andrey');
  });
});

describe('canReceiveLetters', () => {
  it('agrees with its SQL form on every imported person', async () => {
    const rows = await queryRows<{
      id: string;
      status: string;
      facility_id: string | null;
      consent_to_list: boolean;
      can: boolean;
    }>(
      t.db,
      sql`SELECT p.id, p.status, p.facility_id, p.consent_to_list, ${canReceiveLettersSql('p')} AS can FROM prisoners p`,
    );
    expect(rows.length).toBeGreaterThan(30);
    for (const r of rows) {
      expect(
        canReceiveLetters({ status: r.status, facilityId: r.facility_id, consentToList: r.consent_to_list }),
      ).toBe(r.can);
    }
    expect(rows.filter((r) => r.can).length).toBeGreaterThan(5);
  });
});
