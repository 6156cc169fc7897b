import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { queryRows } from '../db/rows';
import { prisoners, prisonerSummaries } from '../db/schema';
import { DEMO_PEOPLE } from './demo-people';
import { upcomingBirthdays } from './queries/birthdays';
import { seedDemoPrisoners, seedFacilities } from './seed';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
}, 180_000);
afterAll(async () => {
  await t?.destroy();
});

describe('seedDemoPrisoners', () => {
  const today = new Date('2025-01-25T08:00:00Z');

  it('loads the registry first, then twelve fictional people in real facilities', async () => {
    const report = await seedDemoPrisoners(t.db, today);
    expect(report.inserted).toBe(12);
    expect(report.warnings).toEqual([]);
    const rows = await t.db.select().from(prisoners).where(eq(prisoners.source, 'demo'));
    expect(rows).toHaveLength(12);
    expect(rows.every((r) => r.isDemo && r.consentToList && r.latinNames.length > 0)).toBe(true);
    const withFacility = DEMO_PEOPLE.filter((p) => p.facility)
      .map((p) => p.fullName)
      .sort();
    expect(
      rows
        .filter((r) => r.facilityId)
        .map((r) => r.fullName)
        .sort(),
    ).toEqual(withFacility);
    expect(rows.filter((r) => r.gender === 'female').length).toBeGreaterThanOrEqual(4);
    const months = new Set(rows.map((r) => r.birthDate!.slice(5, 7)));
    expect(months.size).toBeGreaterThanOrEqual(9);
  });

  it('says in every summary, in both languages, that the person is fictional', async () => {
    const summaries = await t.db
      .select({ language: prisonerSummaries.language, text: prisonerSummaries.text })
      .from(prisonerSummaries)
      .innerJoin(prisoners, eq(prisoners.id, prisonerSummaries.prisonerId))
      .where(eq(prisoners.source, 'demo'));
    expect(summaries).toHaveLength(24);
    for (const s of summaries) {
      expect(s.text).toMatch(
        s.language === 'en'
          ? /^Fictional person for demonstration\./
          : /^Вымышленный человек для демонстрации\./,
      );
    }
  });

  it('puts two birthdays in the next weeks', async () => {
    const soon = await upcomingBirthdays(t.db, { withinDays: 21, today });
    // The other ten birthdays are fixed dates; one may fall in the window too.
    expect(soon.map((r) => [r.full_name, r.days_until])).toEqual(
      expect.arrayContaining([
        ['Галиев Ринат Ильдарович', 9],
        ['Васильева Екатерина Игоревна', 20],
      ]),
    );
  });

  it('is idempotent, as is the registry seed', async () => {
    expect((await seedDemoPrisoners(t.db, new Date('2025-02-11T08:00:00Z'))).inserted).toBe(0);
    const facilities = await seedFacilities(t.db);
    expect(facilities.unchanged).toBe(834);
    const [count] = await queryRows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM prisoners`);
    expect(count?.n).toBe(12);
  });
});
