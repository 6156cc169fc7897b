/**
 * Self-post: the writer posts their approved letter themselves. Choosing it is the start of a
 * dispatch on the `self_post` channel (an attempt row, the letter approved → dispatching), so no
 * dispatcher can send the letter while the writer holds it, and the writer cannot take a letter a
 * dispatcher is sending. "I have posted it" completes the attempt (dispatched, with an optional
 * tracking number); "let the volunteers send it" fails it and the letter waits in the queue again.
 * Ownership is checked here; the state machine and the pending-attempt index check the rest.
 */
import { and, eq, sql } from 'drizzle-orm';
import { beginDispatch, completeDispatch, failDispatch, attemptsOf } from '../channels/dispatch';
import type { DispatchAttempt } from '../channels/dispatch';
import { createSelfPostChannel, prepareSelfPost, type SelfPostPackage } from '../channels/self-post';
import type { SelfPostLetter } from '../channels/self-post/pdf';
import type { Db, Queryable, Tx } from '../db/database';
import { dispatchAttempts, letters } from '../db/schema';
import { dispatchedAt } from '../dispatch-console/card';
import { loadConsoleLetters, type ConsoleLetter } from '../dispatch-console/letters';
import { dativeLineOf, printableRecipientOf } from '../dispatch-console/recipient';
import { parseTrackingNumber } from '../dispatch-console/tracking';
import { REACHABLE_PRISONER_STATUSES } from '../dispatch-console/warnings';
import { AppError, badRequest, conflict, notFound } from '../errors';
import type { Actor } from '../letters/actor';
import { abortLetterDispatch } from '../letters/commands';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SELF_POST = createSelfPostChannel();

const writerActor = (writerId: string): Actor => ({ type: 'writer', id: writerId });

/** Why a writer may not post this letter themselves, or null when they may (its status aside). */
export type SelfPostRefusal =
  'demo_recipient' | 'no_russian_text' | 'prisoner_unreachable' | 'no_address' | 'recipient_unconfirmed';

/**
 * The letter's own reasons against self-post. No volunteer looks at the writer's envelope, so the
 * recipient line must be one nobody needs to check: confirmed in the directory, or inflected with
 * no doubt raised and the year of birth known — a wrongly declined name can get a letter refused.
 */
export function selfPostRefusal(letter: ConsoleLetter): SelfPostRefusal | null {
  if (letter.prisoner.isDemo) return 'demo_recipient';
  if (letter.russianText === null) return 'no_russian_text';
  if (!REACHABLE_PRISONER_STATUSES.includes(letter.prisoner.status)) return 'prisoner_unreachable';
  if (!letter.channelFacility || !SELF_POST.supports(letter.channelFacility).supported) return 'no_address';
  if (!printableRecipientOf(letter)) return 'no_address';
  if (dativeLineOf(letter.prisoner).flags.length > 0) return 'recipient_unconfirmed';
  return null;
}

const REFUSALS: Record<SelfPostRefusal, string> = {
  demo_recipient: 'This letter is to a fictional demo person and is never sent.',
  no_russian_text: 'The letter has no approved Russian text.',
  prisoner_unreachable: 'The person cannot receive post at the moment.',
  no_address: 'The prison has no postal address on record.',
  recipient_unconfirmed:
    'The recipient line needs a volunteer to check it: our volunteers will send this letter.',
};

/** 404 unless `letterId` is one of the writer's letters: another writer's id reveals nothing. */
async function assertOwn(db: Queryable, writerId: string, letterId: string): Promise<void> {
  // A malformed id is simply not one of the writer's letters.
  if (!UUID.test(letterId)) throw notFound('letter');
  const [own] = await db
    .select({ id: letters.id })
    .from(letters)
    .where(and(eq(letters.id, letterId), eq(letters.writerId, writerId)));
  if (!own) throw notFound('letter');
}

/** The writer's letter as the dispatcher console loads it (Russian text, recipient, facility). */
async function ownLetter(db: Queryable, writerId: string, letterId: string): Promise<ConsoleLetter> {
  await assertOwn(db, writerId, letterId);
  const [letter] = await loadConsoleLetters(db, { ids: [letterId] });
  if (!letter) throw notFound('letter');
  return letter;
}

/**
 * The letter's latest attempt when it is the writer's self-post in one of `statuses`.
 * @throws AppError 409 `self_post_not_started` otherwise (never chosen, or handed back).
 */
async function selfPostAttempt(
  db: Queryable,
  letterId: string,
  statuses: readonly string[],
): Promise<DispatchAttempt> {
  const [latest] = await attemptsOf(db, letterId);
  if (!latest || latest.channel !== 'self_post' || !statuses.includes(latest.status))
    throw conflict('self_post_not_started', 'You have not chosen to post this letter yourself.');
  return latest;
}

/**
 * The writer chooses to post their approved letter themselves: the self-post attempt begins (a
 * repeat resumes it).
 * @throws AppError 404 `letter_not_found`; 409 `letter_is_<status>`, `demo_recipient`,
 *   `letter_being_sent` (a dispatcher holds or is sending it), or a `SelfPostRefusal`.
 */
export async function startSelfPost(db: Db, writerId: string, letterId: string): Promise<void> {
  const letter = await ownLetter(db, writerId, letterId);
  if (letter.status === 'approved') {
    const refused = selfPostRefusal(letter);
    // The demo refusal is beginDispatch's own, inside its transaction, like every channel's.
    if (refused && refused !== 'demo_recipient') throw conflict(refused, REFUSALS[refused]);
  }
  try {
    await beginDispatch(db, letterId, 'self_post', writerActor(writerId), { refuseClaimed: true });
  } catch (error) {
    if (
      error instanceof AppError &&
      (error.code === 'item_taken' || error.code.startsWith('dispatch_pending_on_'))
    )
      throw conflict('letter_being_sent', 'Our volunteers are already sending this letter.');
    throw error;
  }
}

/** What the writer says once the envelope is in the post box. */
export interface SelfPostedInput {
  /** A registered-mail number (14-digit Почта России or S10 such as RR123456785DE); optional. */
  trackingNumber?: string | null | undefined;
  /** The day it was posted, YYYY-MM-DD; default today. */
  postedOn?: string | undefined;
}

/**
 * "I have posted it": the attempt succeeds and the letter is dispatched. The same answer again
 * is a repeat and changes nothing.
 * @throws AppError 400 `invalid_tracking_number`, `date_in_future`, `date_before_self_post`; 404;
 *   409 `self_post_not_started`, `dispatch_attempt_completed` (posted with another number),
 *   `external_ref_taken`.
 */
export async function markSelfPosted(
  db: Db,
  writerId: string,
  letterId: string,
  input: SelfPostedInput,
  now = new Date(),
): Promise<{ alreadyCompleted: boolean }> {
  await assertOwn(db, writerId, letterId);
  const attempt = await selfPostAttempt(db, letterId, ['pending', 'succeeded']);
  const externalRef = parseTrackingNumber(input.trackingNumber ?? null);
  const at = dispatchedAt(input.postedOn, now);
  // A day of slack: the writer's calendar may run behind UTC.
  if (at.getTime() < attempt.createdAt.getTime() - 36 * 3600_000)
    throw badRequest(
      'date_before_self_post',
      'The letter cannot have been posted before you chose to post it.',
    );
  const { alreadyCompleted } = await completeDispatch(db, attempt.id, {
    externalRef,
    dispatchedAt: at,
    actor: writerActor(writerId),
  });
  return { alreadyCompleted };
}

/**
 * "Let the volunteers send it after all": the attempt fails and the letter waits for a dispatcher
 * again. A repeat changes nothing.
 * @throws AppError 404; 409 `self_post_not_started`, `dispatch_attempt_completed` (already posted).
 */
export async function cancelSelfPost(db: Db, writerId: string, letterId: string): Promise<void> {
  await assertOwn(db, writerId, letterId);
  const attempt = await selfPostAttempt(db, letterId, ['pending', 'failed', 'succeeded']);
  await failDispatch(db, attempt.id, {
    error: 'The writer asked the volunteers to send it after all.',
    actor: writerActor(writerId),
  });
}

/** How the writer wants the printout. */
export interface PrintoutOptions {
  /** ISO alpha-2 of the country the writer posts from; domestic mail drops the country line. */
  country?: string | undefined;
  paper?: 'A4' | 'LETTER' | undefined;
}

/** The address and the letter to print, once the writer chose self-post. */
export interface SelfPostPrintout {
  refCode: string;
  address: SelfPostPackage;
  /** The PDF's input: the Russian text only (a foreign-language text is what censors stop) and the address sheet. */
  pdf: SelfPostLetter;
}

/**
 * The address and the printable letter, while the self-post is under way or after it was posted.
 * @throws AppError 404; 409 `self_post_not_started`, `no_address`, `no_russian_text` (purged).
 */
export async function selfPostPrintout(
  db: Queryable,
  writerId: string,
  letterId: string,
  options: PrintoutOptions = {},
  now = new Date(),
): Promise<SelfPostPrintout> {
  const letter = await ownLetter(db, writerId, letterId);
  await selfPostAttempt(db, letterId, ['pending', 'succeeded']);
  const recipient = printableRecipientOf(letter);
  if (!recipient) throw conflict('no_address', REFUSALS.no_address);
  if (letter.russianText === null)
    throw conflict('no_russian_text', 'The text of this letter has been deleted.');
  const country = options.country?.toUpperCase();
  return {
    refCode: letter.refCode,
    address: prepareSelfPost(recipient, country),
    pdf: {
      refCode: letter.refCode,
      date: now,
      recipient,
      originalText: '',
      originalLanguage: 'ru',
      russianText: letter.russianText,
      include: { russian: true, original: false },
      pageSize: options.paper ?? 'A4',
      addressSheet: country ? { senderCountry: country } : {},
    },
  };
}

/**
 * Fails every self-post the writer has under way, in the caller's transaction, and puts those
 * letters back to approved — for deleting the writer's data, where the letters are then withdrawn
 * (nobody can be told about them any more). Returns the letters handed back.
 */
export async function abandonSelfPosts(tx: Tx, writerId: string, reason: string): Promise<string[]> {
  const failed = await tx
    .update(dispatchAttempts)
    .set({ status: 'failed', error: reason, completedAt: sql`now()` })
    .where(
      and(
        eq(dispatchAttempts.channel, 'self_post'),
        eq(dispatchAttempts.status, 'pending'),
        sql`${dispatchAttempts.letterId} IN (SELECT id FROM letters WHERE writer_id = ${writerId})`,
      ),
    )
    .returning({ id: dispatchAttempts.id, letterId: dispatchAttempts.letterId });
  for (const attempt of failed) {
    await abortLetterDispatch(tx, attempt.letterId, writerActor(writerId), {
      reason,
      data: { attemptId: attempt.id, channel: 'self_post' },
    });
  }
  return failed.map((a) => a.letterId);
}
