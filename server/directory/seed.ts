/**
 * Seeds for a new installation: the real facility registry (the project's copy of the memo_parse
 * data) and, for demonstrations, a dozen clearly fictional people in real facilities. Both are
 * idempotent: a second run changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { prisoners } from '../db/schema';
import { queryRow } from '../db/rows';
import { readNormalizedRegistry } from './facilities/registry-csv';
import { importFacilityRecords, type FacilityImportReport } from './importers/facilities';
import { DEMO_PEOPLE, DEMO_SOURCE } from './demo-people';
import { splitName } from './names/split';
import type { PrisonerInput } from './importers/prisoner-input';
import { importPrisoners, type PrisonerImportReport } from './importers/prisoners';

/** The registry file `seedFacilities` loads. */
export const REGISTRY_CSV = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'data',
  'facilities_normalized.csv',
);

/** Loads the real facility registry (834 facilities). Unchanged rows are left untouched. */
export async function seedFacilities(db: Queryable): Promise<FacilityImportReport> {
  const read = readNormalizedRegistry(fs.readFileSync(REGISTRY_CSV, 'utf8'));
  return importFacilityRecords(db, read);
}

/** A date `days` from `today` in a given birth year, for birthdays that fall soon. */
function birthdayIn(days: number, year: number, today: Date): string {
  const d = new Date(Date.UTC(year, today.getUTCMonth(), today.getUTCDate() + days));
  return d.toISOString().slice(0, 10);
}

/**
 * Adds the fictional demo people (source 'demo', `isDemo` true, summaries saying they are
 * fictional), loading the registry first if it is empty. Two birthdays fall within the next weeks
 * of `today`, so the birthday view has something to show.
 */
export async function seedDemoPrisoners(db: Queryable, today = new Date()): Promise<PrisonerImportReport> {
  const count = await queryRow<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM facilities`);
  if (!count?.n) await seedFacilities(db);
  const inputs: PrisonerInput[] = DEMO_PEOPLE.map((p, i) => {
    const birthDate =
      p.birthdayInDays === undefined ? p.birthDate : birthdayIn(p.birthdayInDays, p.birthYear, today);
    return {
      line: i + 1,
      source: DEMO_SOURCE,
      sourceId: p.id,
      country: 'RU',
      fullName: p.fullName,
      name: splitName(p.fullName),
      latinNames: [],
      birthDate,
      birthYear: Number(birthDate.slice(0, 4)),
      status: p.status,
      facility: p.facility ? { text: p.facility } : null,
      articles: [],
      interests: p.interests,
      languages: p.languages,
      summaries: { en: p.summaryEn, ru: p.summaryRu },
      consentToList: true,
    };
  });
  return db.transaction(async (tx) => {
    // The demo birthdays move with `today`; a second seed must not treat them as changes.
    const known = await tx
      .select({ id: prisoners.id })
      .from(prisoners)
      .where(eq(prisoners.source, DEMO_SOURCE));
    if (known.length >= DEMO_PEOPLE.length) {
      return {
        dryRun: false,
        inserted: 0,
        updated: 0,
        unchanged: known.length,
        skipped: [],
        warnings: [],
        merged: [],
        changes: [],
        transfers: [],
      };
    }
    const report = await importPrisoners(tx, { inputs, problems: [], defaultConsent: true }, { now: today });
    await tx.update(prisoners).set({ isDemo: true }).where(eq(prisoners.source, DEMO_SOURCE));
    return report;
  });
}
