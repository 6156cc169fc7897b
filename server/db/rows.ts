/**
 * Raw SQL with typed rows, over either driver. drizzle's `execute` result type depends on the
 * driver (node-postgres `QueryResult`, PGlite `Results`); both carry `rows`, which is all we read.
 */
import type { SQL } from 'drizzle-orm';
import type { Queryable } from './database';

/** Runs `query` and returns its rows typed as `T` (the caller's SQL decides the shape). */
export async function queryRows<T>(db: Queryable, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

/** Runs `query` and returns its first row, if any. */
export async function queryRow<T>(db: Queryable, query: SQL): Promise<T | undefined> {
  return (await queryRows<T>(db, query))[0];
}
