/**
 * Tracking numbers of posted letters, added or corrected after posting. A registered letter's
 * number is often known only once the receipt is home; it is stored where "posted" put it — the
 * external reference of the letter's succeeded `post` attempt — so reply matching by number keeps
 * working. Only the latest attempt counts: a letter sent again after a hold has a new one.
 * Every change is audited (`dispatch.tracking`, old and new number); the letter's status is
 * untouched.
 */
import { and, desc, eq, gt, ne, sql } from 'drizzle-orm';
import type * as Wire from '../../shared/api/dispatch';
import {
  normalizeTrackingNumber,
  trackingNumberMessage,
  trackingNumberProblem,
} from '../../shared/tracking-number';
import { recordAudit, volunteerActor } from '../audit/record';
import type { Db, Queryable } from '../db/database';
import { dispatchAttempts, facilities, letters, prisoners } from '../db/schema';
import { badRequest, conflict, isUniqueViolation, notFound } from '../errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The normal form of `raw` (spaces and dashes dropped, upper case), or null for an empty value.
 * @throws AppError 400 `invalid_tracking_number` with the reason in words.
 */
export function parseTrackingNumber(raw: string | null): string | null {
  if (raw === null || raw.trim() === '') return null;
  const normalized = normalizeTrackingNumber(raw);
  const problem = trackingNumberProblem(normalized);
  if (problem)
    throw badRequest('invalid_tracking_number', trackingNumberMessage(raw.trim(), problem), { problem });
  return normalized;
}

/** The ref code of the letter that holds `number` on the post, for a clear conflict message. */
async function holderOf(db: Queryable, number: string, letterId: string): Promise<string | null> {
  const [row] = await db
    .select({ refCode: letters.refCode })
    .from(dispatchAttempts)
    .innerJoin(letters, eq(letters.id, dispatchAttempts.letterId))
    .where(
      and(
        eq(dispatchAttempts.channel, 'post'),
        eq(dispatchAttempts.externalRef, number),
        ne(dispatchAttempts.letterId, letterId),
      ),
    );
  return row?.refCode ?? null;
}

/**
 * Sets (or, with null, removes) the tracking number of a posted letter.
 * @throws AppError 400 `invalid_tracking_number`; 404 `letter_not_found`; 409 `not_posted` when the
 *   letter's latest dispatch is not a completed post one, `external_ref_taken` when another letter
 *   has the number.
 */
export async function setTrackingNumber(
  db: Db,
  user: { id: string },
  letterId: string,
  raw: string | null,
): Promise<Wire.TrackingChange> {
  const trackingNumber = parseTrackingNumber(raw);
  if (!UUID.test(letterId)) throw notFound('letter');
  try {
    return await db.transaction(async (tx) => {
      const [letter] = await tx.select({ id: letters.id }).from(letters).where(eq(letters.id, letterId));
      if (!letter) throw notFound('letter');
      const [attempt] = await tx
        .select()
        .from(dispatchAttempts)
        .where(eq(dispatchAttempts.letterId, letterId))
        .orderBy(desc(dispatchAttempts.createdAt))
        .limit(1)
        .for('update');
      if (attempt?.status !== 'succeeded' || attempt.channel !== 'post') {
        throw conflict(
          'not_posted',
          attempt?.status === 'pending' && attempt.channel === 'post'
            ? 'The letter is in a print batch that is not marked posted yet: give the number there.'
            : 'The letter was not posted: only posted letters have tracking numbers.',
        );
      }
      const previous = attempt.externalRef;
      const result = { letterId, attemptId: attempt.id, trackingNumber, previous };
      if (previous === trackingNumber) return { ...result, changed: false };
      await tx
        .update(dispatchAttempts)
        .set({ externalRef: trackingNumber })
        .where(eq(dispatchAttempts.id, attempt.id));
      await recordAudit(tx, {
        actor: volunteerActor(user.id),
        action: 'dispatch.tracking',
        subject: { type: 'letter', id: letterId },
        data: { attemptId: attempt.id, from: previous, to: trackingNumber },
      });
      return { ...result, changed: true };
    });
  } catch (error) {
    if (!isUniqueViolation(error) || trackingNumber === null) throw error;
    const holder = await holderOf(db, trackingNumber, letterId);
    throw conflict(
      'external_ref_taken',
      `The number ${trackingNumber} is already recorded for ${holder ? `letter ${holder}` : 'another letter'}.`,
    );
  }
}

/** A letter posted lately, with its tracking number (the wire shape, with its date). */
export interface PostedLetter extends Omit<Wire.PostedLetter, 'postedAt'> {
  postedAt: Date;
}

/** How far back the console lists posted letters, and at most how many. */
export const POSTED_DAYS = 90;
const POSTED_LIMIT = 200;

/**
 * Letters whose latest dispatch is a completed post one from the last POSTED_DAYS days, newest
 * first: where the dispatcher adds a number that arrived after posting.
 */
export async function recentlyPosted(db: Queryable): Promise<PostedLetter[]> {
  const newer = sql`EXISTS (SELECT 1 FROM dispatch_attempts n WHERE n.letter_id = ${dispatchAttempts.letterId}
                      AND n.created_at > ${dispatchAttempts.createdAt})`;
  const rows = await db
    .select({
      letterId: letters.id,
      refCode: letters.refCode,
      status: letters.status,
      prisonerName: prisoners.fullName,
      facility: facilities.shortName,
      postedAt: dispatchAttempts.completedAt,
      trackingNumber: dispatchAttempts.externalRef,
    })
    .from(dispatchAttempts)
    .innerJoin(letters, eq(letters.id, dispatchAttempts.letterId))
    .innerJoin(prisoners, eq(prisoners.id, letters.prisonerId))
    .leftJoin(facilities, eq(facilities.id, sql`coalesce(${letters.facilityId}, ${prisoners.facilityId})`))
    .where(
      and(
        eq(dispatchAttempts.channel, 'post'),
        eq(dispatchAttempts.status, 'succeeded'),
        gt(dispatchAttempts.completedAt, sql`now() - make_interval(days => ${POSTED_DAYS})`),
        sql`NOT ${newer}`,
      ),
    )
    .orderBy(desc(dispatchAttempts.completedAt), letters.refCode)
    .limit(POSTED_LIMIT);
  return rows.map((row) => ({ ...row, postedAt: row.postedAt! }));
}
