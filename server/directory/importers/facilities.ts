/**
 * Writes facility records to the registry. Idempotent: a row whose fields are all unchanged is not
 * touched (its `updated_at` stays), changed rows are updated and their changes reported, new rows
 * are inserted with a 'post' channel (every facility takes letters by post). Facilities the
 * source no longer lists are reported, never deleted: letters and history point at them.
 */
import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { facilities, facilityChannels } from '../../db/schema';
import type { FacilityRecord } from '../facilities/record';
import type { RegistryRead, RowProblem } from '../facilities/registry-csv';
import { facilitySearchText } from '../facilities/search-text';

/** A field that changed: before and after. */
export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/** What a facility import did (or, with `dryRun`, would do). */
export interface FacilityImportReport {
  dryRun: boolean;
  inserted: { line: number; officialName: string }[];
  updated: { line: number; officialName: string; changes: FieldChanges }[];
  unchanged: number;
  problems: RowProblem[];
  /** Facilities of the same source that the file no longer lists (kept, reported). */
  missingFromSource: string[];
  /** Ids of the rows inserted or updated, by source key. */
  ids: Map<string, string>;
}

type Row = FacilityRecord & { searchText: string };
// prettier-ignore
const COMPARED: (keyof Row)[] = [
  'region', 'regionCode', 'occupied', 'type', 'number', 'shortName', 'nicknames', 'territorialBody', 'officialName',
  'postcode', 'addressRaw', 'addressRegion', 'addressDistrict', 'addressLocality', 'addressStreet', 'addressHouse',
  'addressNotes', 'searchText',
];

function changesBetween(before: Record<string, unknown>, after: Row): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of COMPARED) {
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}

/**
 * Imports `read` (all rows must share one source). Runs in one transaction: a failure leaves the
 * registry as it was.
 */
export async function importFacilityRecords(
  db: Queryable,
  read: RegistryRead,
  options: { dryRun?: boolean } = {},
): Promise<FacilityImportReport> {
  const report: FacilityImportReport = {
    dryRun: options.dryRun ?? false,
    inserted: [],
    updated: [],
    unchanged: 0,
    problems: [...read.problems],
    missingFromSource: [],
    ids: new Map(),
  };
  if (read.records.length === 0) return report;
  const source = read.records[0]!.record.source;
  const run = async (tx: Queryable) => {
    const existing = await tx.select().from(facilities).where(eq(facilities.source, source));
    const byKey = new Map(existing.map((f) => [`${f.country}|${f.sourceKey}`, f]));
    const seen = new Set<string>();
    const toInsert: { line: number; row: Row }[] = [];
    for (const { line, record } of read.records) {
      const row: Row = { ...record, searchText: facilitySearchText(record) };
      const key = `${row.country}|${row.sourceKey}`;
      seen.add(key);
      const before = byKey.get(key);
      if (!before) {
        toInsert.push({ line, row });
        continue;
      }
      report.ids.set(row.sourceKey, before.id);
      const changes = changesBetween(before, row);
      if (Object.keys(changes).length === 0) {
        report.unchanged += 1;
        continue;
      }
      report.updated.push({ line, officialName: row.officialName, changes });
      if (!report.dryRun) {
        await tx
          .update(facilities)
          .set({ ...row, updatedAt: new Date() })
          .where(eq(facilities.id, before.id));
      }
    }
    for (const { line, row } of toInsert) report.inserted.push({ line, officialName: row.officialName });
    if (!report.dryRun) {
      for (let i = 0; i < toInsert.length; i += 200) {
        const chunk = toInsert.slice(i, i + 200).map((r) => r.row);
        const ids = await tx
          .insert(facilities)
          .values(chunk)
          .returning({ id: facilities.id, sourceKey: facilities.sourceKey });
        for (const { id, sourceKey } of ids) report.ids.set(sourceKey, id);
        await tx
          .insert(facilityChannels)
          .values(ids.map(({ id }) => ({ facilityId: id, channel: 'post', available: true })))
          .onConflictDoNothing();
      }
    }
    report.missingFromSource = existing
      .filter((f) => !seen.has(`${f.country}|${f.sourceKey}`))
      .map((f) => f.officialName);
  };
  if (report.dryRun) await run(db);
  else await db.transaction(run);
  return report;
}
