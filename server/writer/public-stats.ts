/** The counters on the home page: anonymous totals, nothing about any one person. */
import { sql } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { queryRow } from '../db/rows';

/** Prisoner statuses in which a person can receive letters (with a known facility and consent). */
export const RECEIVING_STATUSES = ['pre_trial', 'convicted', 'in_transit'] as const;

/** Days without a letter after which a person counts as "waiting for a letter". */
export const WAITING_DAYS = 30;

/** The home page counters. */
export interface PublicStats {
  /** Listed people who can receive letters and got none in the last WAITING_DAYS days. */
  waitingForLetter: number;
  /** Letters their writers confirmed (everything past `submitted`, except withdrawn ones). */
  lettersWritten: number;
  /** Replies from prisoners that reached us. */
  repliesReceived: number;
}

/** Computes the counters (three aggregate queries in one statement). */
export async function publicStats(db: Queryable): Promise<PublicStats> {
  const statuses = sql.join(
    RECEIVING_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  const row = await queryRow<PublicStats>(
    db,
    sql`
    SELECT
      (SELECT count(*)::int FROM prisoners p
        WHERE p.consent_to_list AND p.facility_id IS NOT NULL AND p.status IN (${statuses})
          AND NOT EXISTS (SELECT 1 FROM letters l
                           WHERE l.prisoner_id = p.id
                             AND l.status NOT IN ('submitted', 'withdrawn', 'rejected')
                             AND l.created_at > now() - ${WAITING_DAYS} * interval '1 day')) AS "waitingForLetter",
      (SELECT count(*)::int FROM letters WHERE status NOT IN ('submitted', 'withdrawn')) AS "lettersWritten",
      (SELECT count(*)::int FROM replies) AS "repliesReceived"`,
  );
  return row!;
}
