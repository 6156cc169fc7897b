/**
 * A prisoner was moved (этап): letters to them that are approved or already dispatched, and not yet
 * delivered, are put on hold (their writers are told by the notify-writer job that `on_hold`
 * triggers), re-routed to the new facility, and released to wait for dispatch again when a channel
 * reaches the new facility. E-letters do not follow a transfer, and a posted letter sent to the old
 * address is as good as lost, so a dispatched letter is sent again. Letters earlier in the pipeline
 * are left alone: their facility is settled at dispatch. Letters mid-dispatch (`dispatching`) are
 * left to the dispatch service, which completes or fails the attempt first.
 *
 * Idempotent per letter: a letter already routed to the new facility is skipped, so a job that
 * runs again after a crash finishes the rest.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { LetterStatus } from '../../shared/letter-status';
import { channelRow, type ChannelFacility, type RoutableChannelId } from '../channels/channel';
import { createChannels } from '../channels/registry';
import type { Db, Queryable } from '../db/database';
import { facilities, facilityChannels, letterEvents, letters, prisoners } from '../db/schema';
import { AppError } from '../errors';
import { systemActor } from '../letters/actor';
import { holdLetter, releaseLetter } from '../letters/commands';
import { latestHold } from './holds';

/** The payload the directory enqueues when it records a move. */
export interface TransferPayload {
  prisonerId: string;
  fromFacilityId: string | null;
  toFacilityId: string;
}

/** What a transfer did to the prisoner's letters. */
export interface TransferResult {
  held: number;
  released: number;
  /** Left on hold because no channel reaches the new facility. */
  waiting: number;
  skipped: number;
}

/** The cause recorded on holds made here; a release only undoes holds with this cause. */
export const TRANSFER_CAUSE = 'transfer';

const MOVABLE: readonly LetterStatus[] = ['approved', 'dispatched', 'on_hold'];
const ROUTABLE: readonly RoutableChannelId[] = ['fsin_pismo', 'zonatelecom', 'post'];

/** The facility as channels see it, with its channel rows. */
export async function channelFacility(
  db: Queryable,
  facilityId: string,
  country?: string,
): Promise<ChannelFacility | undefined> {
  const [facility] = await db.select().from(facilities).where(eq(facilities.id, facilityId));
  if (!facility) return undefined;
  const rows = await db.select().from(facilityChannels).where(eq(facilityChannels.facilityId, facilityId));
  return {
    country: country ?? facility.country,
    region: facility.region,
    shortName: facility.shortName,
    officialName: facility.officialName,
    postcode: facility.postcode,
    channels: rows.map((r) => ({
      channel: r.channel,
      available: r.available,
      priceMinor: r.priceMinor,
      currency: r.currency,
      serviceName: r.serviceName,
      serviceRegion: r.serviceRegion,
    })),
  };
}

/** The channels that can reach `facility` (the same `supports()` routing asks). */
export function reachingChannels(facility: ChannelFacility): RoutableChannelId[] {
  const channels = createChannels();
  return ROUTABLE.filter(
    (id) => channels[id].supports(facility).supported && channelRow(facility, id)?.available !== false,
  );
}

/** Handles one recorded move. */
export async function handlePrisonerTransferred(db: Db, payload: TransferPayload): Promise<TransferResult> {
  const result: TransferResult = { held: 0, released: 0, waiting: 0, skipped: 0 };
  const [prisoner] = await db
    .select({ country: prisoners.country })
    .from(prisoners)
    .where(eq(prisoners.id, payload.prisonerId));
  if (!prisoner) return result;
  const destination = await channelFacility(db, payload.toFacilityId, prisoner.country);
  if (!destination) return result;
  const reachable = reachingChannels(destination);
  const actor = systemActor('prisoner-transferred');
  const data = {
    cause: TRANSFER_CAUSE,
    fromFacilityId: payload.fromFacilityId,
    toFacilityId: payload.toFacilityId,
  };
  const patch = { facilityId: payload.toFacilityId, channel: null };

  const affected = await db
    .select({ id: letters.id, status: letters.status, facilityId: letters.facilityId })
    .from(letters)
    .where(and(eq(letters.prisonerId, payload.prisonerId), inArray(letters.status, [...MOVABLE])))
    .orderBy(letters.createdAt);

  for (const letter of affected) {
    try {
      await db.transaction(async (tx) => {
        if (letter.status === 'on_hold') {
          if ((await latestHold(tx, letter.id))?.cause !== TRANSFER_CAUSE) {
            result.skipped++;
            return;
          }
        } else if (letter.facilityId === payload.toFacilityId) {
          // Already routed (or sent) to the new facility: nothing to undo.
          result.skipped++;
          return;
        } else {
          await holdLetter(tx, letter.id, actor, {
            reason: 'The prisoner was moved to another facility.',
            data,
            patch,
          });
          result.held++;
        }
        const justHeld = letter.status !== 'on_hold';
        if (reachable.length) {
          await releaseLetter(tx, letter.id, actor, {
            reason: 'Re-routed to the new facility.',
            data: { ...data, channels: reachable },
            patch,
          });
          result.released++;
        } else {
          result.waiting++;
          // One alert per hold, however often the move is reported.
          if (!justHeld) return;
          await tx.insert(letterEvents).values({
            letterId: letter.id,
            kind: 'alert',
            name: 'transfer_no_channel',
            fromStatus: 'on_hold',
            toStatus: 'on_hold',
            actorType: actor.type,
            actorId: actor.id,
            reason: 'No channel reaches the new facility: add one, or choose another way.',
            data,
          });
        }
      });
    } catch (error) {
      // Moved meanwhile (delivered, withdrawn, dispatching): not ours to change any more.
      if (error instanceof AppError && error.status === 409) result.skipped++;
      else throw error;
    }
  }
  return result;
}
