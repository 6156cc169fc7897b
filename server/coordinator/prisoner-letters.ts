/**
 * The letters a person has waiting, as coordinators see them beside the directory: written and
 * confirmed but not yet handed to a channel, and of those the ones on hold (after a transfer or a
 * release, until re-routed). Counts only; no letter text.
 */
import { sql } from 'drizzle-orm';
import type { LetterStatus } from '../../shared/letter-status';
import type { Queryable } from '../db/database';
import { queryRows } from '../db/rows';

/** Letters on their way that have not left the organisation yet. */
export const WAITING_LETTER_STATUSES: readonly LetterStatus[] = [
  'screening',
  'translating',
  'reviewing',
  'changes_requested',
  'approved',
  'dispatching',
  'on_hold',
];

/** Counts for one person. */
export interface LetterCounts {
  waiting: number;
  onHold: number;
}

/** Waiting and on-hold counts per person id (people with none are absent from the map). */
export async function letterCounts(
  db: Queryable,
  prisonerIds: readonly string[],
): Promise<Map<string, LetterCounts>> {
  const out = new Map<string, LetterCounts>();
  if (prisonerIds.length === 0) return out;
  const ids = sql.join(
    prisonerIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const statuses = sql.join(
    WAITING_LETTER_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  const rows = await queryRows<{ prisoner_id: string; waiting: number; on_hold: number }>(
    db,
    sql`SELECT prisoner_id, count(*)::int AS waiting, count(*) FILTER (WHERE status = 'on_hold')::int AS on_hold
          FROM letters WHERE prisoner_id IN (${ids}) AND status IN (${statuses})
         GROUP BY prisoner_id`,
  );
  for (const row of rows) out.set(row.prisoner_id, { waiting: row.waiting, onHold: row.on_hold });
  return out;
}
