/**
 * The sweep for dispatches pending too long — after a crash, a closed browser tab, or a dispatcher
 * who never came back. It never resends on its own (that is how letters get sent twice): an
 * adapter that can ask the service what happened to an attempt (`reconcile`) settles it either
 * way; everything else is raised once, as an alert on the letter, for a dispatcher to check on the
 * service and then complete or fail by hand.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { queryRows } from '../db/rows';
import { AppError } from '../errors';
import { systemActor } from '../letters/actor';
import { completeDispatch, failDispatch } from './dispatch';

/** Most attempts handled in one run. */
export const DISPATCH_SWEEP_BATCH = 200;

const JOB = 'sweep-pending-dispatches';

/** A pending attempt as the sweep sees it. */
export interface StaleAttempt {
  id: string;
  letterId: string;
  channel: string;
  createdAt: Date;
}

/** What the service says about an attempt: taken (with its number), not taken, or cannot tell. */
export type ReconcileOutcome =
  | { sent: true; externalRef: string | null; costMinor?: number; currency?: string }
  | { sent: false; error: string }
  | { sent: 'unknown' };

/** Asks the channel about one attempt; only automatic adapters can. */
export type Reconcile = (attempt: StaleAttempt) => Promise<ReconcileOutcome>;

/** What one sweep did, by attempt id. */
export interface DispatchSweepResult {
  completed: string[];
  failed: string[];
  /** Newly raised for a person (each attempt is raised once). */
  raised: string[];
}

/**
 * Settles or raises attempts pending for more than `olderThanHours` — a writer's self-post only
 * after `selfPostOlderThanHours` (default the same): printing, buying a stamp and finding a post
 * box take days, not hours.
 */
export async function sweepPendingDispatches(
  db: Db,
  options: { olderThanHours: number; selfPostOlderThanHours?: number; reconcile?: Reconcile; limit?: number },
): Promise<DispatchSweepResult> {
  const selfPostHours = options.selfPostOlderThanHours ?? options.olderThanHours;
  const stale = await queryRows<{
    id: string;
    letter_id: string;
    channel: string;
    created_at: Date | string;
  }>(
    db,
    sql`SELECT id, letter_id, channel, created_at FROM dispatch_attempts
         WHERE status = 'pending'
           AND created_at < now() - (CASE WHEN channel = 'self_post' THEN ${selfPostHours}::int
                                          ELSE ${options.olderThanHours}::int END) * interval '1 hour'
         ORDER BY created_at LIMIT ${options.limit ?? DISPATCH_SWEEP_BATCH}`,
  );
  const result: DispatchSweepResult = { completed: [], failed: [], raised: [] };
  const actor = systemActor(JOB);
  const unsettled: string[] = [];
  for (const row of stale) {
    const attempt: StaleAttempt = {
      id: row.id,
      letterId: row.letter_id,
      channel: row.channel,
      createdAt: new Date(row.created_at),
    };
    // Only the writer knows whether they posted their letter: no service can answer for self-post.
    const outcome: ReconcileOutcome =
      options.reconcile && attempt.channel !== 'self_post'
        ? await options.reconcile(attempt)
        : { sent: 'unknown' };
    try {
      if (outcome.sent === true) {
        const { alreadyCompleted } = await completeDispatch(db, attempt.id, { ...outcome, actor });
        if (!alreadyCompleted) result.completed.push(attempt.id);
        continue;
      }
      if (outcome.sent === false) {
        await failDispatch(db, attempt.id, { error: outcome.error, actor });
        result.failed.push(attempt.id);
        continue;
      }
    } catch (error) {
      // Settled by a person meanwhile (a 409), or refused (a number already used): raise it.
      if (!(error instanceof AppError)) throw error;
    }
    unsettled.push(attempt.id);
  }
  if (unsettled.length > 0) {
    // One alert per attempt, ever: the NOT EXISTS keeps later runs quiet about the same attempt.
    const raised = await queryRows<{ attempt_id: string }>(
      db,
      sql`INSERT INTO letter_events (letter_id, kind, name, from_status, to_status, actor_type, actor_id, reason, data)
          SELECT a.letter_id, 'alert', 'dispatch_pending', l.status, l.status, 'system', ${JOB},
                 CASE WHEN a.channel = 'self_post'
                      THEN ${`the writer has not said they posted it in ${selfPostHours} hours: ask them, or fail it so the volunteers send it`}
                      ELSE ${`dispatch pending for more than ${options.olderThanHours} hours: check the service, then record or fail it`} END,
                 jsonb_build_object('attemptId', a.id::text, 'channel', a.channel)
            FROM dispatch_attempts a JOIN letters l ON l.id = a.letter_id
           WHERE a.id IN (${sql.join(
             unsettled.map((id) => sql`${id}::uuid`),
             sql`, `,
           )})
             AND a.status = 'pending'
             AND NOT EXISTS (SELECT 1 FROM letter_events e
                              WHERE e.letter_id = a.letter_id AND e.kind = 'alert' AND e.name = 'dispatch_pending'
                                AND e.data->>'attemptId' = a.id::text)
          RETURNING data->>'attemptId' AS attempt_id`,
    );
    result.raised = raised.map((r) => r.attempt_id);
  }
  return result;
}
