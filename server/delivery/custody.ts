/**
 * A person left custody (released, died, left the country, sent home under house arrest) or came
 * back into it. Letters to them that have not left the organisation yet are put on hold with a
 * cause naming why, wherever they are in the pipeline (screening, translation, review, waiting for
 * the writer's edit, approved); any volunteer's claim on them ends. A letter already on hold for a
 * transfer, or for an earlier departure (house arrest, then release), is held again for the new
 * cause, so its writer hears the news once and in the right words. Entering `on_hold` tells the writer by email (the
 * notify-writer job reads the cause and picks the words). When the person is held again at a
 * facility letters can reach, the letters held for that reason go back to the state they were
 * paused in, routed to the new facility.
 *
 * Letters already handed to a channel (`dispatched` and later) are left to the delivery events;
 * letters mid-dispatch (`dispatching`) are left to the dispatch service, like transfers do. A hold
 * a volunteer made by hand is theirs to lift, and is not touched.
 *
 * The handler reads the person as they are now, not as the job's payload says: a job that runs
 * late, or twice, does what the current record calls for, and each letter moves at most once.
 *
 * A letter the job could not catch — mid-dispatch when the person left, or confirmed/resubmitted
 * afterwards — is held by `holdIfRecipientLeftCustody` at the moment it would move on (a failed
 * dispatch returning it to approved, screening finishing), with the same cause and the same
 * single email: one rule, decided here.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { isRecipientHoldCause, type LetterStatus, type RecipientHoldCause } from '../../shared/letter-status';
import type { Db, Queryable } from '../db/database';
import { letters, prisoners } from '../db/schema';
import { canReceiveLetters, type PrisonerStatus } from '../directory/prisoners/status';
import { AppError } from '../errors';
import { systemActor, type Actor } from '../letters/actor';
import {
  holdLetterForRecipient,
  releaseLetter,
  resumeLetterChanges,
  resumeLetterReview,
  resumeLetterScreening,
  resumeLetterTranslation,
} from '../letters/commands';
import { latestHold } from './holds';
import { TRANSFER_CAUSE } from './transfers';

/** The payload raised with a status change; the handler reads the current record anyway. */
export interface CustodyPayload {
  prisonerId: string;
}

/** What one run did. */
export interface CustodyResult {
  held: number;
  resumed: number;
  skipped: number;
}

/** The system actor every recipient hold is recorded under (the job's name). */
const CUSTODY_ACTOR = 'prisoner-custody-changed';

/** States a letter is paused from when its recipient leaves custody: not yet sent out. */
const HOLDABLE: readonly LetterStatus[] = [
  'screening',
  'translating',
  'reviewing',
  'approved',
  'changes_requested',
];

/**
 * Back into custody: the command that returns a letter to the state it was paused in. A letter
 * paused after dispatch (a transfer, then the person left) is sent again, to where they are now.
 */
const RESUME: Partial<Record<LetterStatus, typeof releaseLetter>> = {
  screening: resumeLetterScreening,
  translating: resumeLetterTranslation,
  reviewing: resumeLetterReview,
  changes_requested: resumeLetterChanges,
  approved: releaseLetter,
  dispatched: releaseLetter,
};

/**
 * Statuses that take a person out of reach of prison mail. House arrest is not final in the
 * directory (the person may be taken back into custody), but letters wait just the same: we do
 * not send to home addresses.
 */
const OUT_OF_CUSTODY: readonly PrisonerStatus[] = ['released', 'deceased', 'abroad', 'house_arrest'];

/** The cause for a person in `status`, or undefined when the status does not take them out of custody. */
export function recipientHoldCause(status: string): RecipientHoldCause | undefined {
  if (!OUT_OF_CUSTODY.includes(status as PrisonerStatus)) return undefined;
  return `recipient_${status}` as RecipientHoldCause;
}

/** True when a letter on hold for `cause` should be held again for `next`: the news changed. */
function holdsAgainFor(cause: unknown, next: RecipientHoldCause): boolean {
  return cause === TRANSFER_CAUSE || (isRecipientHoldCause(cause) && cause !== next);
}

/** The one hold for a recipient out of custody, ending any volunteer's claim on the letter. */
async function holdForRecipient(
  db: Queryable,
  letterId: string,
  person: { status: string; cause: RecipientHoldCause },
  actor: Actor,
  onlyFrom: readonly LetterStatus[],
): Promise<void> {
  await holdLetterForRecipient(db, letterId, actor, {
    onlyFrom,
    reason: 'The person is no longer held: the letter will not be sent to the prison.',
    data: { cause: person.cause, prisonerStatus: person.status },
    // Nobody should keep working on it: a translator's or moderator's claim ends here.
    patch: { claimedBy: null, claimExpiresAt: null, channel: null },
  });
}

/**
 * Holds one letter, in the caller's transaction, when the person it is for has left custody and
 * the letter is in a state the custody job holds from. Returns true when it was held. For the
 * moments the job cannot see: a failed dispatch putting the letter back to approved, screening of
 * a letter confirmed or resubmitted after the person left.
 *
 * The person's row is read `FOR SHARE`: a status change made meanwhile waits for the caller's
 * commit (and its job then sees the letter where the caller left it), or is seen here.
 */
export async function holdIfRecipientLeftCustody(db: Queryable, letterId: string): Promise<boolean> {
  const [letter] = await db
    .select({ status: letters.status, prisonerId: letters.prisonerId })
    .from(letters)
    .where(eq(letters.id, letterId));
  if (!letter || !HOLDABLE.includes(letter.status)) return false;
  const [person] = await db
    .select({ status: prisoners.status })
    .from(prisoners)
    .where(eq(prisoners.id, letter.prisonerId))
    .for('share');
  const cause = person && recipientHoldCause(person.status);
  if (!cause) return false;
  // Recorded as the custody rule acting, whoever failed the dispatch: a writer may not hold.
  await holdForRecipient(
    db,
    letterId,
    { status: person.status, cause },
    systemActor(CUSTODY_ACTOR),
    HOLDABLE,
  );
  return true;
}

/** Runs `move`, counting a letter that moved meanwhile (409) as skipped. */
async function moveOne(result: CustodyResult, key: 'held' | 'resumed', move: () => Promise<boolean>) {
  try {
    result[(await move()) ? key : 'skipped']++;
  } catch (error) {
    if (error instanceof AppError && error.status === 409) result.skipped++;
    else throw error;
  }
}

/** Handles one change of a person's custody status. */
export async function handleCustodyChanged(db: Db, payload: CustodyPayload): Promise<CustodyResult> {
  const result: CustodyResult = { held: 0, resumed: 0, skipped: 0 };
  const [person] = await db
    .select({
      status: prisoners.status,
      facilityId: prisoners.facilityId,
      consentToList: prisoners.consentToList,
    })
    .from(prisoners)
    .where(eq(prisoners.id, payload.prisonerId));
  if (!person) return result;
  const actor = systemActor(CUSTODY_ACTOR);

  const cause = recipientHoldCause(person.status);
  if (cause) {
    const pending = await db
      .select({ id: letters.id, status: letters.status })
      .from(letters)
      .where(
        and(eq(letters.prisonerId, payload.prisonerId), inArray(letters.status, [...HOLDABLE, 'on_hold'])),
      )
      .orderBy(letters.createdAt);
    for (const letter of pending) {
      const holding = { status: person.status, cause };
      if (letter.status !== 'on_hold') {
        await moveOne(result, 'held', async () => {
          await holdForRecipient(db, letter.id, holding, actor, HOLDABLE);
          return true;
        });
        continue;
      }
      // Already held for this news (the job ran before), or held by a volunteer: not ours.
      if (!holdsAgainFor((await latestHold(db, letter.id))?.cause, cause)) continue;
      await moveOne(result, 'held', async () =>
        db.transaction(async (tx) => {
          if (!holdsAgainFor((await latestHold(tx, letter.id))?.cause, cause)) return false;
          await holdForRecipient(tx, letter.id, holding, actor, ['on_hold']);
          return true;
        }),
      );
    }
    return result;
  }

  if (!canReceiveLetters(person)) return result;
  const held = await db
    .select({ id: letters.id })
    .from(letters)
    .where(and(eq(letters.prisonerId, payload.prisonerId), eq(letters.status, 'on_hold')))
    .orderBy(letters.createdAt);
  for (const letter of held) {
    await moveOne(result, 'resumed', async () =>
      db.transaction(async (tx) => {
        const hold = await latestHold(tx, letter.id);
        const resume = hold?.from ? RESUME[hold.from] : undefined;
        if (!hold || !isRecipientHoldCause(hold.cause) || !resume) return false;
        await resume(tx, letter.id, actor, {
          reason: 'The person is held again: the letter goes on from where it was paused.',
          data: { cause: hold.cause, toFacilityId: person.facilityId },
          // Sent where the person is now; the channel is chosen again for that facility.
          patch: { facilityId: person.facilityId, channel: null },
        });
        return true;
      }),
    );
  }
  return result;
}
