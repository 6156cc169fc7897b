/**
 * Letters whose writer never clicked the confirmation link never entered the pipeline: no
 * volunteer saw them, nothing was sent. Keeping them would keep a stranger's text and address for
 * no one. UNCONFIRMED_LETTER_DAYS after submission they are deleted outright (their events and
 * links go with them), and so is a writer left with no letters who is not blocked — a blocked
 * writer's row is the block. Runs with the retention purge; logs and audits counts only.
 */
import { sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record';
import type { Config } from '../config';
import type { Db } from '../db/database';
import { queryRows } from '../db/rows';

/** What one run deleted. */
export interface UnconfirmedCounts {
  letters: number;
  writers: number;
}

/** Deletes unconfirmed letters past UNCONFIRMED_LETTER_DAYS, and writers left with nothing. */
export async function deleteUnconfirmedLetters(
  db: Db,
  config: Pick<Config, 'UNCONFIRMED_LETTER_DAYS'>,
): Promise<UnconfirmedCounts> {
  const cutoff = sql`now() - ${config.UNCONFIRMED_LETTER_DAYS} * interval '1 day'`;
  return db.transaction(async (tx) => {
    // Locked and re-checked in one statement: a confirmation racing this run either committed
    // first (the letter is no longer `submitted`) or waits and then finds no letter.
    const deleted = await queryRows<{ writer_id: string }>(
      tx,
      sql`DELETE FROM letters WHERE status = 'submitted' AND status_changed_at < ${cutoff}
          RETURNING writer_id`,
    );
    if (deleted.length === 0) return { letters: 0, writers: 0 };
    const writerIds = [...new Set(deleted.map((r) => r.writer_id))];
    const writers = await queryRows<{ id: string }>(
      tx,
      sql`DELETE FROM writers w
           WHERE w.id = ANY(${sql.param(writerIds)}::uuid[]) AND w.blocked_at IS NULL
             AND NOT EXISTS (SELECT 1 FROM letters l WHERE l.writer_id = w.id)
          RETURNING w.id`,
    );
    const counts = { letters: deleted.length, writers: writers.length };
    await recordAudit(tx, {
      actor: { type: 'system', id: 'purge-retained-text' },
      action: 'retention.unconfirmed',
      data: { ...counts },
    });
    return counts;
  });
}
