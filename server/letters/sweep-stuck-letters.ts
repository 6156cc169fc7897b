/**
 * The sweep for waiting states: letters that sat too long in a status are raised (marked
 * `stuck_since`, with an alert event) so coordinators see them; letters dispatched long ago with no
 * news are presumed lost. Bounded per run, so a backlog is worked off over several runs.
 */
import { sql } from 'drizzle-orm';
import type { LetterStatus } from '../../shared/letter-status';
import type { Config } from '../config';
import type { Queryable } from '../db/database';
import { queryRows } from '../db/rows';
import { systemActor } from './actor';
import { markLetterLost } from './commands';

/** Most letters handled in one run. */
export const SWEEP_BATCH = 500;

/**
 * Maximum hours in each waiting status before a letter is raised. A letter its writer posts
 * themselves (dispatching on `self_post`) is measured against SELF_POST_DAYS instead.
 */
export function stuckThresholds(
  config: Pick<Config, 'STUCK_SUBMITTED_HOURS' | 'STUCK_QUEUE_HOURS' | 'STUCK_DISPATCHING_HOURS'>,
): Partial<Record<LetterStatus, number>> {
  return {
    submitted: config.STUCK_SUBMITTED_HOURS,
    // Screening is automatic: an hour there means its job keeps failing.
    screening: 1,
    translating: config.STUCK_QUEUE_HOURS,
    reviewing: config.STUCK_QUEUE_HOURS,
    approved: config.STUCK_QUEUE_HOURS,
    on_hold: config.STUCK_QUEUE_HOURS,
    dispatching: config.STUCK_DISPATCHING_HOURS,
  };
}

/** What one sweep did. */
export interface SweepResult {
  raised: number;
  lost: number;
}

/** Raises stuck letters and marks long-silent dispatches lost. */
export async function sweepStuckLetters(db: Queryable, config: Config): Promise<SweepResult> {
  let raised = 0;
  const selfPostHours = config.SELF_POST_DAYS * 24;
  for (const [status, hours] of Object.entries(stuckThresholds(config))) {
    // Printing, a stamp and a post box take the writer days: their self-post has its own bound.
    const limit =
      status === 'dispatching'
        ? sql`(CASE WHEN channel = 'self_post' THEN ${selfPostHours}::int ELSE ${hours}::int END)`
        : sql`${hours}::int`;
    const result = await queryRows<{ letter_id: string }>(
      db,
      sql`
      WITH stuck AS (
        UPDATE letters SET stuck_since = now()
         WHERE id IN (SELECT id FROM letters
                       WHERE status = ${status} AND stuck_since IS NULL
                         AND status_changed_at < now() - ${limit} * interval '1 hour'
                       LIMIT ${SWEEP_BATCH})
        RETURNING id, status, channel
      )
      INSERT INTO letter_events (letter_id, kind, name, from_status, to_status, actor_type, actor_id, reason)
      SELECT id, 'alert', 'stuck', status, status, 'system', 'sweep-stuck-letters',
             CASE WHEN status = 'dispatching' AND channel = 'self_post'
                  THEN ${`the writer chose to post it and has not said they did in ${selfPostHours} hours`}
                  ELSE ${`waiting in ${status} for more than ${hours} hours`} END
        FROM stuck
      RETURNING letter_id`,
    );
    raised += result.length;
  }

  const silent = await queryRows<{ id: string }>(
    db,
    sql`
    SELECT id FROM letters
     WHERE status = 'dispatched' AND status_changed_at < now() - ${config.LOST_AFTER_DAYS} * interval '1 day'
     LIMIT ${SWEEP_BATCH}`,
  );
  let lost = 0;
  for (const { id } of silent) {
    try {
      await markLetterLost(db, id, systemActor('sweep-stuck-letters'), {
        reason: `no news ${config.LOST_AFTER_DAYS} days after dispatch`,
      });
      lost++;
    } catch {
      // Moved by someone else meanwhile (delivered, say): nothing to do.
    }
  }
  return { raised, lost };
}
