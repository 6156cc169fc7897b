/**
 * A person left their facility and is in transit (этап), destination not known: letters approved
 * for them are put on hold so nothing is sent to the place they left. They are held with the
 * transfer cause, so the move that ends the transit (`handlePrisonerTransferred`, raised when the
 * person arrives at a known facility) re-routes and releases them like any other transfer.
 * Dispatched letters are left alone here: the arrival re-sends those that went to the old place.
 */
import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { letters } from '../db/schema';
import type { Actor } from '../letters/actor';
import { holdLetter } from '../letters/commands';
import { TRANSFER_CAUSE } from './transfers';

/**
 * Holds the person's approved letters, inside the caller's transaction. Returns how many.
 * @throws AppError 409 when a letter moved meanwhile (the caller's transaction rolls back)
 */
export async function holdForTransit(
  tx: Queryable,
  prisonerId: string,
  fromFacilityId: string | null,
  actor: Actor,
): Promise<number> {
  const approved = await tx
    .select({ id: letters.id })
    .from(letters)
    .where(and(eq(letters.prisonerId, prisonerId), eq(letters.status, 'approved')))
    .orderBy(letters.createdAt);
  for (const letter of approved) {
    await holdLetter(tx, letter.id, actor, {
      reason: 'The prisoner is in transit between facilities: the letter waits for the new address.',
      data: { cause: TRANSFER_CAUSE, fromFacilityId, toFacilityId: null },
      patch: { channel: null },
    });
  }
  return approved.length;
}
