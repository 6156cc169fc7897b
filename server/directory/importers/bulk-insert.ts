/**
 * Many rows in one statement with one parameter: the rows travel as a JSON array and
 * `jsonb_to_recordset` turns them into typed columns. Against a multi-row VALUES list this saves
 * the driver thousands of parameters per batch, which is most of an import's client-side time.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database';

/** A column to fill: its SQL name and type ("text", "uuid", "text[]", "jsonb", "date"...). */
export type BulkColumn = readonly [name: string, type: string];

/**
 * Inserts `rows` (objects keyed by the columns' SQL names; a missing key inserts NULL, not the
 * column default) into `table`. `onConflictDoNothing` skips rows that violate a unique index.
 */
export async function bulkInsert(
  tx: Queryable,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly Record<string, unknown>[],
  options: { onConflictDoNothing?: boolean } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  const types = columns.map(([name, type]) => `"${name}" ${type}`).join(', ');
  await tx.execute(sql`INSERT INTO ${sql.raw(`"${table}"`)} (${sql.raw(names)})
    SELECT ${sql.raw(names)} FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(${sql.raw(types)})
    ${options.onConflictDoNothing ? sql`ON CONFLICT DO NOTHING` : sql``}`);
}
