/**
 * Opens the database: embedded PGlite in DATA_DIR when no DATABASE_URL is set, PostgreSQL through
 * node-postgres when it is. One schema, one set of migrations, one drizzle API over both.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { acquireDirectoryLock, type DirectoryLock } from './directory-lock';
import * as schema from './schema';

/** The schema module, for typed queries. */
export type Schema = typeof schema;

/** A drizzle database over either driver. Services take this as a parameter. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/** A transaction handle; every command accepts `Db | Tx`. */
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

/** Anything queries can run on. */
export type Queryable = Db | Tx;

/** An open database with the means to close it. */
export interface Database {
  db: Db;
  driver: 'pglite' | 'postgres';
  /** Runs raw SQL with no parameters (several statements allowed). */
  exec(sqlText: string): Promise<void>;
  close(): Promise<void>;
}

/** Where to open the database. */
export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory'; loadDataDir?: Blob | File };

const extensions = { pg_trgm, unaccent };

/** Opens the database described by `target`. For PGlite on disk, takes the directory lock first. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
    // A pooled connection that dies must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    const db = drizzlePg({ client: pool, schema, casing: 'snake_case' }) as unknown as Db;
    return {
      db,
      driver: 'postgres',
      exec: async (text) => {
        await pool.query(text);
      },
      close: () => pool.end(),
    };
  }

  let lock: DirectoryLock | undefined;
  let client: PGlite;
  if (target.kind === 'pglite') {
    fs.mkdirSync(target.dataDir, { recursive: true });
    lock = acquireDirectoryLock(target.dataDir);
    try {
      client = await PGlite.create(path.join(target.dataDir, 'pgdata'), { extensions });
    } catch (error) {
      lock.release();
      throw error;
    }
  } else {
    client = await PGlite.create({ extensions, loadDataDir: target.loadDataDir });
  }
  const db = drizzlePglite({ client, schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    driver: 'pglite',
    exec: async (text) => {
      await client.exec(text);
    },
    close: async () => {
      await client.close();
      lock?.release();
    },
  };
}

/** The target the configuration asks for. */
export function targetFromConfig(config: {
  DATABASE_URL?: string | undefined;
  DATABASE_POOL_SIZE: number;
  dataDir: string;
}): DatabaseTarget {
  return config.DATABASE_URL
    ? { kind: 'postgres', url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE }
    : { kind: 'pglite', dataDir: path.join(config.dataDir, 'db') };
}

export { schema };
