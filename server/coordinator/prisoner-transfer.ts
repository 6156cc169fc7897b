/**
 * A coordinator records a move (этап): to another facility, or into transit when the destination
 * is not known yet. One transaction: the person's facility and status, the stay that ends and the
 * one that begins in the facility history, the letters' follow-up, and an audit row.
 *
 * Letters reuse server/delivery: arriving at a facility raises the same 'prisoner-transferred' job
 * an import raises (hold, re-route, release); leaving into transit holds approved letters with
 * the transfer cause, so that arrival later releases them.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit, volunteerActor } from '../audit/record';
import type { Db } from '../db/database';
import { facilities, prisonerFacilityHistory, prisoners } from '../db/schema';
import { PRISONER_CUSTODY_CHANGED_JOB, PRISONER_TRANSFERRED_JOB } from '../delivery/jobs';
import { holdForTransit } from '../delivery/transit';
import type { TransferPayload } from '../delivery/transfers';
import { isFinalStatus, type PrisonerStatus } from '../directory/prisoners/status';
import { badRequest, conflict, notFound } from '../errors';
import { enqueueJob } from '../jobs/queue';
import type { TransferInput } from './schemas';

/** What the move did. */
export interface TransferResult {
  fromFacilityId: string | null;
  toFacilityId: string | null;
  status: string;
  on: string;
  /** Letters put on hold now (into transit); arrivals re-route in the background job. */
  lettersHeld: number;
  /** True when the re-routing job was raised. */
  rerouting: boolean;
}

/** The status on arrival: as sent, else kept while in custody, else read off the facility type. */
function arrivalStatus(current: string, facilityType: string, sent: TransferInput['status']): PrisonerStatus {
  if (sent) return sent;
  if (current === 'pre_trial' || current === 'convicted') return current;
  return facilityType === 'СИЗО' ? 'pre_trial' : 'convicted';
}

/**
 * Moves person `id` as volunteer `userId`.
 * @throws AppError 404 `prisoner_not_found` / `facility_not_found`, 409 `already_there`,
 *   `facility_closed`, `prisoner_not_in_custody`, 400 `transfer_before_arrival`
 */
export async function transferPrisoner(
  db: Db,
  userId: string,
  id: string,
  input: TransferInput,
): Promise<TransferResult> {
  const on = input.on ?? new Date().toISOString().slice(0, 10);
  const actor = volunteerActor(userId);
  return db.transaction(async (tx) => {
    const [person] = await tx.select().from(prisoners).where(eq(prisoners.id, id)).for('update');
    if (!person) throw notFound('prisoner');
    if (isFinalStatus(person.status as PrisonerStatus)) {
      throw conflict(
        'prisoner_not_in_custody',
        `This person is recorded as ${person.status}: change the status first if they are held again.`,
      );
    }
    const from = person.facilityId;
    const to = input.toFacilityId;
    if (to === from && (to !== null || person.status === 'in_transit')) {
      throw conflict(
        'already_there',
        to ? 'The person is already recorded at this facility.' : 'The person is already in transit.',
      );
    }
    let status: PrisonerStatus = 'in_transit';
    if (to) {
      const [facility] = await tx
        .select({ type: facilities.type, closedOn: facilities.closedOn })
        .from(facilities)
        .where(eq(facilities.id, to));
      if (!facility) throw notFound('facility');
      if (facility.closedOn)
        throw conflict('facility_closed', `This facility was marked closed on ${facility.closedOn}.`);
      status = arrivalStatus(person.status, facility.type, input.status);
    }
    const [open] = await tx
      .select({ id: prisonerFacilityHistory.id, arrivedOn: prisonerFacilityHistory.arrivedOn })
      .from(prisonerFacilityHistory)
      .where(and(eq(prisonerFacilityHistory.prisonerId, id), isNull(prisonerFacilityHistory.leftOn)));
    if (open?.arrivedOn && open.arrivedOn > on) {
      throw badRequest(
        'transfer_before_arrival',
        `The move cannot be before the person arrived where they are (${open.arrivedOn}).`,
      );
    }

    await tx
      .update(prisoners)
      .set({ facilityId: to, status, updatedAt: new Date() })
      .where(eq(prisoners.id, id));
    await tx
      .update(prisonerFacilityHistory)
      .set({ leftOn: on })
      .where(and(eq(prisonerFacilityHistory.prisonerId, id), isNull(prisonerFacilityHistory.leftOn)));
    if (to) {
      await tx
        .insert(prisonerFacilityHistory)
        .values({ prisonerId: id, facilityId: to, arrivedOn: on, source: 'coordinator' });
    }

    let lettersHeld = 0;
    if (to) {
      const payload: TransferPayload = { prisonerId: id, fromFacilityId: from, toFacilityId: to };
      await enqueueJob(tx, PRISONER_TRANSFERRED_JOB, payload);
      // Held again at a facility after leaving custody: letters held for that go on.
      await enqueueJob(tx, PRISONER_CUSTODY_CHANGED_JOB, { prisonerId: id });
    } else {
      lettersHeld = await holdForTransit(tx, id, from, { type: 'volunteer', id: userId });
    }
    await recordAudit(tx, {
      actor,
      action: 'directory.prisoner_transfer',
      subject: { type: 'prisoner', id },
      data: {
        on,
        changes: {
          facilityId: { from, to },
          ...(status !== person.status ? { status: { from: person.status, to: status } } : {}),
        },
        lettersHeld,
      },
    });
    return { fromFacilityId: from, toFacilityId: to, status, on, lettersHeld, rerouting: Boolean(to) };
  });
}
