/**
 * `createTestDatabase()`: a migrated database of the test file's own. Real PostgreSQL (a clone of
 * the run's template) when TEST_DATABASE_URL is set, an in-memory PGlite otherwise. PGlite starts
 * from a migrated snapshot made once per test process, so each call costs a copy, not a migration.
 */
import { openDatabase, type Database } from '../server/db/database';
import { runMigrations } from '../server/db/migrate';
import { cloneTemplateDatabase, dropTemplateDatabase, prepareTemplateDatabase } from './postgres-template';

/** A test database and how to get rid of it. */
export interface TestDatabase extends Database {
  /** The connection URL on PostgreSQL (for code that opens its own connections), else undefined. */
  url?: string;
  /** Closes and, on PostgreSQL, drops the database. */
  destroy(): Promise<void>;
}

let pgliteSnapshot: Promise<Blob> | undefined;

async function migratedPgliteSnapshot(): Promise<Blob> {
  const database = await openDatabase({ kind: 'pglite-memory' });
  await runMigrations(database);
  const client = (database.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
  const blob = await client.dumpDataDir('none');
  await database.close();
  return blob;
}

/** True when the tests run against real PostgreSQL. */
export const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

/** Opens a fresh, migrated, empty database for one test file (or one test). */
export async function createTestDatabase(options: { poolSize?: number } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    let template = process.env.LB_TEST_TEMPLATE_DB;
    if (!template) {
      // Running a file outside the global setup (an editor's test runner): make a template now.
      template = await prepareTemplateDatabase(serverUrl);
      process.env.LB_TEST_TEMPLATE_DB = template;
    }
    const { url, name } = await cloneTemplateDatabase(serverUrl, template);
    const database = await openDatabase({ kind: 'postgres', url, poolSize: options.poolSize ?? 5 });
    return {
      ...database,
      url,
      destroy: async () => {
        await database.close();
        await dropTemplateDatabase(serverUrl, name);
      },
    };
  }
  pgliteSnapshot ??= migratedPgliteSnapshot();
  const database = await openDatabase({ kind: 'pglite-memory', loadDataDir: await pgliteSnapshot });
  return { ...database, destroy: () => database.close() };
}
