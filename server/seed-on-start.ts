/**
 * First start of an empty database: load the real facility registry, and on the embedded default
 * (or when SEED_DEMO says so) the fictional demo prisoners, so `npm start` shows a working app.
 * Runs under the migration lock's protection of idempotent seeders: a second start changes nothing.
 */
import { sql } from 'drizzle-orm';
import { queryRow } from './db/rows';
import { seedDemoPrisoners, seedFacilities } from './directory/seed';
import type { Runtime } from './runtime';

/** Seeds what an empty database needs. Returns what it did, for the log. */
export async function seedOnFirstStart(runtime: Runtime): Promise<{ facilities: boolean; demo: boolean }> {
  const { db, config, log } = runtime;
  const counts = await queryRow<{ facilities: number; prisoners: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM facilities) AS facilities, (SELECT count(*)::int FROM prisoners) AS prisoners`,
  );
  const done = { facilities: false, demo: false };
  if (!counts?.facilities) {
    await seedFacilities(db);
    done.facilities = true;
    log.info('Loaded the facility registry.');
  }
  // Demo people only into an empty directory: never mixed into an organisation's real list.
  if (!counts?.prisoners && config.SEED_DEMO && !config.DATABASE_URL) {
    await seedDemoPrisoners(db);
    done.demo = true;
    log.info('Added fictional demo prisoners (marked as such). Set SEED_DEMO=false to start without them.');
  }
  return done;
}
