/**
 * The follow-up of a lost letter. The stuck-letter sweep marks a letter `lost` after
 * LOST_AFTER_DAYS without news (the writer is told by notify-writer); this module opens a task for
 * coordinators — an `alert` event `lost_follow_up` on the letter — and closes it by what they
 * found: delivered after all, stopped, sent again, or given up. A letter leaving `lost` closes its
 * task by itself; giving up is recorded as a `note` event.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { queryRows } from '../db/rows';
import { conflict, notFound } from '../errors';
import { isUuid } from '../replies/transition';
import type { Actor } from '../letters/actor';
import { resendLetter } from '../letters/commands';
import { letterEvents } from '../db/schema';
import type { FollowUpOutcome, LostFollowUp } from '../../shared/api/delivery';
import { recordDelivered, recordStopped } from './events';

/** The alert event opening a task. */
export const LOST_FOLLOW_UP = 'lost_follow_up';

/** The note event closing a task without moving the letter. */
export const FOLLOW_UP_CLOSED = 'follow_up_closed';

/** Most tasks opened in one run. */
export const FOLLOW_UP_BATCH = 500;

/**
 * Opens a task for every lost letter that has none since it last became lost; returns how many.
 * Runs as a recurring job, which the worker keeps to one at a time, so no letter gets two.
 */
export async function openLostFollowUps(db: Queryable): Promise<number> {
  const rows = await queryRows<{ letter_id: string }>(
    db,
    sql`
    INSERT INTO letter_events (letter_id, kind, name, from_status, to_status, actor_type, actor_id, reason)
    SELECT l.id, 'alert', ${LOST_FOLLOW_UP}, 'lost', 'lost', 'system', 'lost-follow-ups',
           'No news since dispatch: ask the facility or the service, then record what happened.'
      FROM letters l
     WHERE l.status = 'lost'
       AND NOT EXISTS (SELECT 1 FROM letter_events e
                        WHERE e.letter_id = l.id AND e.name = ${LOST_FOLLOW_UP}
                          AND e.id > (SELECT max(t.id) FROM letter_events t
                                       WHERE t.letter_id = l.id AND t.kind = 'transition' AND t.to_status = 'lost'))
     LIMIT ${FOLLOW_UP_BATCH}
    RETURNING letter_id`,
  );
  return rows.length;
}

/** An open task as the coordinator's list shows it (the wire shape of the follow-ups route). */
export type { LostFollowUp };

/** Open tasks, oldest first. */
export async function listLostFollowUps(db: Queryable, limit = 200): Promise<LostFollowUp[]> {
  const rows = await queryRows<{
    letter_id: string;
    ref_code: string;
    full_name: string;
    short_name: string | null;
    region: string | null;
    channel: string | null;
    external_ref: string | null;
    dispatched_at: string | Date | null;
    lost_at: string | Date;
    opened_at: string | Date;
    opened_id: number | string;
  }>(
    db,
    sql`
    SELECT l.id AS letter_id, l.ref_code, p.full_name, f.short_name, f.region, l.channel,
           a.external_ref, a.completed_at AS dispatched_at, l.status_changed_at AS lost_at,
           o.created_at AS opened_at, o.id AS opened_id
      FROM letters l
      JOIN prisoners p ON p.id = l.prisoner_id
      LEFT JOIN facilities f ON f.id = l.facility_id
      JOIN LATERAL (SELECT id, created_at FROM letter_events
                     WHERE letter_id = l.id AND name = ${LOST_FOLLOW_UP} ORDER BY id DESC LIMIT 1) o ON true
      LEFT JOIN LATERAL (SELECT external_ref, completed_at FROM dispatch_attempts
                          WHERE letter_id = l.id AND status = 'succeeded' ORDER BY completed_at DESC LIMIT 1) a ON true
     WHERE l.status = 'lost'
       AND NOT EXISTS (SELECT 1 FROM letter_events c
                        WHERE c.letter_id = l.id AND c.name = ${FOLLOW_UP_CLOSED} AND c.id > o.id)
     ORDER BY o.id
     LIMIT ${limit}`,
  );
  const iso = (v: string | Date | null) => (v === null ? null : new Date(v).toISOString());
  return rows.map((r) => ({
    letterId: r.letter_id,
    refCode: r.ref_code,
    prisonerName: r.full_name,
    facility: r.short_name,
    region: r.region,
    channel: r.channel,
    externalRef: r.external_ref,
    dispatchedAt: iso(r.dispatched_at),
    lostAt: iso(r.lost_at)!,
    openedAt: iso(r.opened_at)!,
  }));
}

/** What the coordinator found out. */
export type { FollowUpOutcome };

/**
 * Closes the task of a lost letter. Delivered and stopped record the delivery event; resend puts
 * the letter back in the dispatch queue; give up leaves it lost with a note.
 * @throws AppError 409 `letter_is_<status>` when the letter is not lost (the task closed itself).
 */
export async function closeLostFollowUp(
  db: Queryable,
  letterId: string,
  actor: Actor,
  outcome: FollowUpOutcome,
): Promise<void> {
  const note = outcome.note ? { note: outcome.note } : {};
  switch (outcome.outcome) {
    case 'delivered':
      await recordDelivered(db, letterId, actor, { source: 'confirmation', ...note });
      return;
    case 'stopped':
      await recordStopped(db, letterId, actor, { cause: outcome.cause, ...note });
      return;
    case 'resend':
      await resendLetter(db, letterId, actor, {
        onlyFrom: ['lost'],
        reason: outcome.note,
        data: { followUp: true },
      });
      return;
    case 'give_up': {
      if (!isUuid(letterId)) throw notFound('letter');
      const [row] = await queryRows<{ status: string }>(
        db,
        sql`SELECT status FROM letters WHERE id = ${letterId}`,
      );
      if (!row) throw notFound('letter');
      if (row.status !== 'lost')
        throw conflict(`letter_is_${row.status}`, 'The letter is not lost any more.');
      await db.insert(letterEvents).values({
        letterId,
        kind: 'note',
        name: FOLLOW_UP_CLOSED,
        fromStatus: 'lost',
        toStatus: 'lost',
        actorType: actor.type,
        actorId: actor.id ?? null,
        reason: outcome.note,
        data: { outcome: 'give_up' },
      });
    }
  }
}
