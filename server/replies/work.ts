/**
 * The workbench actions on a reply, the letter workbench in the other direction: save and submit
 * the transcription, save and submit the translation into the writer's language, review (forward
 * or send back). Each runs in one transaction that first locks the reply and refuses when another
 * volunteer holds its lease; status moves go through the reply commands.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../db/database';
import { queryRow } from '../db/rows';
import { letters, replies, replyEvents, translations, writers } from '../db/schema';
import { AppError, badRequest, conflict, forbidden, notFound } from '../errors';
import type { SessionUser } from '../http/app-env';
import type { Actor } from '../letters/actor';
import { proveDeliveryByReply } from '../delivery/events';
import { canTranslatePair } from '../policies';
import { assertNotHeldByOther } from '../queues/lease';
import {
  forwardReply,
  reviseReplyTranslation,
  skipReplyTranslation,
  startReplyTranscription,
  submitReplyTranscription,
  submitReplyTranslation,
} from './commands';
import { replyTargetLanguage, replyTranslation } from './view';

/** The volunteer acting (a signed-in session user). */
export type Volunteer = Pick<SessionUser, 'id' | 'roles' | 'languagePairs'>;

/** Longest transcription or translation, in characters. */
export const MAX_REPLY_WORK_CHARS = 40_000;

const actorOf = (user: Volunteer): Actor => ({ type: 'volunteer', id: user.id });
const releaseClaim = { claimedBy: null, claimExpiresAt: null };

interface LockedReply {
  status: string;
  transcription: string | null;
  letter_id: string | null;
  writer_language: string | null;
}

/** Locks the reply (refusing another volunteer's live lease) and reads what the actions need. */
async function lockReply(tx: Tx, replyId: string, user: Volunteer): Promise<LockedReply> {
  await assertNotHeldByOther(tx, 'reply', replyId, user.id);
  const row = await queryRow<LockedReply>(
    tx,
    sql`SELECT r.status, r.transcription, r.letter_id, w.language AS writer_language
          FROM ${replies} r LEFT JOIN ${letters} l ON l.id = r.letter_id LEFT JOIN ${writers} w ON w.id = l.writer_id
         WHERE r.id = ${replyId}`,
  );
  if (!row) throw notFound('reply');
  return row;
}

function cleanText(text: string | null | undefined, code: string): string {
  const trimmed = (text ?? '').trim();
  if (!trimmed) throw badRequest(code, 'The text is empty.');
  if (trimmed.length > MAX_REPLY_WORK_CHARS) {
    throw badRequest('text_too_long', `At most ${MAX_REPLY_WORK_CHARS} characters.`);
  }
  return trimmed;
}

const wrongState = (status: string) =>
  conflict(`reply_is_${status}`, `The reply is ${status}; this step is not open now.`);

/** Saves the transcription as work in progress (starting transcription if nobody has yet). */
export async function saveTranscription(
  db: Queryable,
  replyId: string,
  user: Volunteer,
  text: string,
): Promise<void> {
  const transcription = cleanText(text, 'transcription_empty');
  await db.transaction(async (tx) => {
    const reply = await lockReply(tx, replyId, user);
    if (reply.status === 'received') {
      await startReplyTranscription(tx, replyId, actorOf(user), { patch: { transcription } });
    } else if (reply.status === 'transcribing') {
      await tx
        .update(replies)
        .set({ transcription, updatedAt: sql`now()` })
        .where(eq(replies.id, replyId));
    } else throw wrongState(reply.status);
  });
}

/**
 * Finishes the transcription: on to translation, or straight to review when the writer reads
 * Russian. Returns the reply's new status.
 * @throws AppError 409 `reply_not_matched` while no letter is known (nobody to translate for).
 */
export async function submitTranscription(
  db: Queryable,
  replyId: string,
  user: Volunteer,
  text?: string,
): Promise<'translating' | 'reviewing'> {
  return db.transaction(async (tx) => {
    const reply = await lockReply(tx, replyId, user);
    if (reply.status !== 'received' && reply.status !== 'transcribing') throw wrongState(reply.status);
    if (!reply.letter_id || !reply.writer_language) {
      throw conflict(
        'reply_not_matched',
        'Match the reply to its letter first: the translation depends on the writer.',
      );
    }
    const transcription = cleanText(text ?? reply.transcription, 'transcription_empty');
    if (reply.status === 'received') await startReplyTranscription(tx, replyId, actorOf(user));
    const readsRussian = replyTargetLanguage(reply.writer_language) === 'ru';
    const move = readsRussian ? skipReplyTranslation : submitReplyTranscription;
    const moved = await move(tx, replyId, actorOf(user), { patch: { transcription, ...releaseClaim } });
    return moved.to as 'translating' | 'reviewing';
  });
}

async function upsertTranslation(
  tx: Tx,
  replyId: string,
  user: Volunteer,
  target: string,
  text: string,
  status: 'draft' | 'submitted' | 'approved',
): Promise<void> {
  const existing = await replyTranslation(tx, replyId);
  if (existing) {
    await tx
      .update(translations)
      .set({ text, status, translatorId: user.id, targetLanguage: target, updatedAt: sql`now()` })
      .where(eq(translations.id, existing.id));
  } else {
    await tx.insert(translations).values({
      replyId,
      direction: 'from_ru',
      sourceLanguage: 'ru',
      targetLanguage: target,
      text,
      status,
      translatorId: user.id,
    });
  }
}

async function translationTarget(tx: Tx, replyId: string, user: Volunteer): Promise<string> {
  const reply = await lockReply(tx, replyId, user);
  if (reply.status !== 'translating') throw wrongState(reply.status);
  const target = replyTargetLanguage(reply.writer_language ?? 'en');
  if (!canTranslatePair(user, 'ru', target)) {
    throw forbidden(`Translating replies into "${target}" needs the ru-${target} language pair.`);
  }
  return target;
}

/** Saves the translation draft (translating only; the translator needs the ru-<writer language> pair). */
export async function saveTranslation(
  db: Queryable,
  replyId: string,
  user: Volunteer,
  text: string,
): Promise<void> {
  const clean = cleanText(text, 'translation_empty');
  await db.transaction(async (tx) => {
    const target = await translationTarget(tx, replyId, user);
    await upsertTranslation(tx, replyId, user, target, clean, 'draft');
  });
}

/** Finishes the translation: on to review. */
export async function submitTranslation(
  db: Queryable,
  replyId: string,
  user: Volunteer,
  text?: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const target = await translationTarget(tx, replyId, user);
    const clean = cleanText(text ?? (await replyTranslation(tx, replyId))?.text, 'translation_empty');
    await upsertTranslation(tx, replyId, user, target, clean, 'submitted');
    await submitReplyTranslation(tx, replyId, actorOf(user), { patch: releaseClaim });
  });
}

/** A reviewer's decision. */
export type ReviewDecision =
  | { decision: 'forward'; translation?: string; transcription?: string }
  | { decision: 'revise'; note: string };

/** Who moved the reply into review last: a reviewer must be someone else. */
async function submittedBy(tx: Tx, replyId: string): Promise<string | null> {
  const [event] = await tx
    .select({ actorId: replyEvents.actorId })
    .from(replyEvents)
    .where(and(eq(replyEvents.replyId, replyId), eq(replyEvents.toStatus, 'reviewing')))
    .orderBy(desc(replyEvents.id))
    .limit(1);
  return event?.actorId ?? null;
}

/**
 * Reviews a reply: `forward` approves it (with small corrections, if given), queues the email to
 * the writer and marks the letter delivered if it was still dispatched or lost; `revise` sends it
 * back to translation with a note.
 * @throws AppError 403 `own_work` for the volunteer who submitted it, 409 `reply_is_<status>`.
 */
export async function reviewReply(
  db: Queryable,
  replyId: string,
  user: Volunteer,
  review: ReviewDecision,
): Promise<void> {
  await db.transaction(async (tx) => {
    const reply = await lockReply(tx, replyId, user);
    if (reply.status !== 'reviewing') throw wrongState(reply.status);
    if ((await submittedBy(tx, replyId)) === user.id) {
      throw new AppError(403, 'own_work', 'A second volunteer must review this reply.');
    }
    if (review.decision === 'revise') {
      // Russian readers get the transcription itself; the reviewer corrects it when forwarding.
      if (replyTargetLanguage(reply.writer_language ?? 'en') === 'ru') {
        throw conflict(
          'no_translation',
          'This writer reads Russian: correct the transcription and forward it.',
        );
      }
      await reviseReplyTranslation(tx, replyId, actorOf(user), { reason: review.note, patch: releaseClaim });
      await tx.update(translations).set({ status: 'draft' }).where(eq(translations.replyId, replyId));
      return;
    }
    const target = replyTargetLanguage(reply.writer_language ?? 'en');
    const transcription = cleanText(review.transcription ?? reply.transcription, 'transcription_empty');
    const existing = await replyTranslation(tx, replyId);
    if (target !== 'ru') {
      const text = cleanText(review.translation ?? existing?.text, 'translation_empty');
      if (existing) {
        await tx
          .update(translations)
          .set({ text, status: 'approved', updatedAt: sql`now()` })
          .where(eq(translations.id, existing.id));
      } else await upsertTranslation(tx, replyId, user, target, text, 'approved');
    }
    await forwardReply(tx, replyId, actorOf(user), {
      patch: { transcription, ...releaseClaim },
      data: { corrected: Boolean(review.translation ?? review.transcription) },
    });
    if (reply.letter_id) await proveDeliveryByReply(tx, reply.letter_id, replyId, actorOf(user));
  });
}
