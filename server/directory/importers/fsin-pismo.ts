/**
 * `import fsin-pismo`: reads ФСИН-Письмо's public facility list (`GET /client/rest/static/regions`
 * → `[{"name": region, "departments": [{"name": facility}]}]`) and marks which registry
 * facilities the service reaches. Names the matcher cannot place are reported, not guessed;
 * facilities the list no longer names are marked unavailable (the row stays, with its history).
 */
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../db/database';
import { facilities, facilityChannels } from '../../db/schema';
import { FacilityMatcher } from '../facilities/match';

/** The channel name in `facility_channels`. */
export const FSIN_PISMO = 'fsin_pismo';

/** The service's list format; unknown extra fields are ignored. */
export const FsinPismoCatalogSchema = z.array(
  z.looseObject({
    name: z.string().trim().min(1),
    departments: z.array(z.looseObject({ name: z.string().trim().min(1) })),
  }),
);

/** What the import did (or, with `dryRun`, would do). */
export interface FsinPismoReport {
  dryRun: boolean;
  departments: number;
  connected: {
    region: string;
    name: string;
    officialName: string;
    change: 'new' | 'updated' | 'unchanged';
  }[];
  unmatched: { region: string; name: string; reason: string }[];
  /** Facilities that were connected and are no longer in the list. */
  disconnected: string[];
}

/** Imports a parsed catalogue (validate with `FsinPismoCatalogSchema` first). */
export async function importFsinPismo(
  db: Queryable,
  catalog: z.infer<typeof FsinPismoCatalogSchema>,
  options: { dryRun?: boolean; now?: Date } = {},
): Promise<FsinPismoReport> {
  const now = options.now ?? new Date();
  const report: FsinPismoReport = {
    dryRun: options.dryRun ?? false,
    departments: 0,
    connected: [],
    unmatched: [],
    disconnected: [],
  };
  const run = async (tx: Queryable) => {
    const all = await tx.select().from(facilities).where(eq(facilities.country, 'RU'));
    const byId = new Map(all.map((f) => [f.id, f]));
    const matcher = new FacilityMatcher(all);
    const current = await tx.select().from(facilityChannels).where(eq(facilityChannels.channel, FSIN_PISMO));
    const before = new Map(current.map((c) => [c.facilityId, c]));
    const listed = new Set<string>();
    for (const region of catalog) {
      for (const department of region.departments) {
        report.departments += 1;
        const m = matcher.match(department.name, { regionHint: region.name });
        if (!m.ok) {
          report.unmatched.push({ region: region.name, name: department.name, reason: m.reason });
          continue;
        }
        // Two department names for one facility: the first one names it.
        if (listed.has(m.facilityId)) continue;
        listed.add(m.facilityId);
        const row = before.get(m.facilityId);
        const same =
          row && row.available && row.serviceName === department.name && row.serviceRegion === region.name;
        const change = !row ? 'new' : same ? 'unchanged' : 'updated';
        report.connected.push({
          region: region.name,
          name: department.name,
          officialName: byId.get(m.facilityId)!.officialName,
          change,
        });
        if (report.dryRun || change === 'unchanged') continue;
        await tx
          .insert(facilityChannels)
          .values({
            facilityId: m.facilityId,
            channel: FSIN_PISMO,
            available: true,
            serviceName: department.name,
            serviceRegion: region.name,
            checkedAt: now,
            updatedAt: now,
          })
          .onConflictDoUpdate({
            target: [facilityChannels.facilityId, facilityChannels.channel],
            set: {
              available: true,
              serviceName: department.name,
              serviceRegion: region.name,
              checkedAt: now,
              updatedAt: now,
            },
          });
      }
    }
    for (const row of current) {
      if (!row.available || listed.has(row.facilityId)) continue;
      report.disconnected.push(byId.get(row.facilityId)?.officialName ?? row.facilityId);
      if (report.dryRun) continue;
      await tx
        .update(facilityChannels)
        .set({ available: false, checkedAt: now, updatedAt: sql`now()` })
        .where(
          and(eq(facilityChannels.facilityId, row.facilityId), eq(facilityChannels.channel, FSIN_PISMO)),
        );
    }
  };
  if (report.dryRun) await run(db);
  else await db.transaction(run);
  return report;
}
