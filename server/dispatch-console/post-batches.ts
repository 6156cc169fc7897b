/**
 * Post: a print batch begins the dispatch of each chosen letter on the post channel under one
 * batch id; its PDF (letters and envelopes, ordered by facility) can be printed and reprinted while
 * it is open; "posted" completes every letter of the batch, with registered-mail tracking numbers
 * recorded as each attempt's external reference.
 */
import { randomUUID } from 'node:crypto';
import type { Writable } from 'node:stream';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit/record';
import { beginDispatch, completeDispatch, type DispatchAttempt } from '../channels/dispatch';
import { writePostBatch, type PostBatchSummary } from '../channels/post/batch';
import type { EnvelopeFormat, PrintableLetter } from '../channels/post/types';
import type { Config } from '../config';
import type { Db, Queryable } from '../db/database';
import { auditLog, dispatchAttempts } from '../db/schema';
import { AppError, conflict, notFound } from '../errors';
import type { Actor } from '../letters/actor';
import { channelLetterOf, loadConsoleLetters } from './letters';
import { channelCurrencies, consoleChannels, loadDispatchSettings } from './policy';
import { printableRecipientOf } from './recipient';
import { dispatchedAt } from './card';
import { parseTrackingNumber } from './tracking';

/** Envelope formats a batch can be printed on. */
export const ENVELOPES = ['DL', 'C5', 'sheet'] as const satisfies readonly EnvelopeFormat[];

/** A letter left out of a batch, and why. */
export interface Refusal {
  letterId: string;
  code: string;
  message: string;
}

/** The batch made (or found again when every letter was already in it). */
export interface BatchResult {
  batchId: string;
  letterIds: string[];
  skipped: Refusal[];
  /** True when the letters were already in this batch (a repeated request). */
  resumed: boolean;
}

/** Why a letter cannot go in a post batch, or null when it can. */
function refusal(
  letter: Awaited<ReturnType<typeof loadConsoleLetters>>[number],
  userId: string,
): Refusal | null {
  const no = (code: string, message: string) => ({ letterId: letter.id, code, message });
  if (letter.status !== 'approved' && letter.status !== 'dispatching')
    return no(`letter_is_${letter.status}`, `The letter is ${letter.status}.`);
  if (letter.russianText === null) return no('no_russian_text', 'No approved Russian text.');
  if (!printableRecipientOf(letter)) return no('no_address', 'No facility with a postcode on record.');
  if (letter.status === 'approved' && letter.claim && letter.claim.userId !== userId)
    return no('item_taken', `${letter.claim.displayName} is working on this letter.`);
  return null;
}

/**
 * Begins the post dispatch of each letter under a new batch id. Letters that cannot go are
 * reported, not fatal; a letter already in an open batch stays there.
 * @throws AppError 409 `nothing_to_batch` when no letter could be added.
 */
export async function createPostBatch(
  db: Db,
  user: { id: string },
  letterIds: readonly string[],
  envelope: EnvelopeFormat,
): Promise<BatchResult> {
  const unique = [...new Set(letterIds)];
  const loaded = await loadConsoleLetters(db, { ids: unique });
  const skipped: Refusal[] = unique
    .filter((id) => !loaded.some((l) => l.id === id))
    .map((letterId) => ({ letterId, code: 'letter_not_found', message: 'No such letter.' }));
  const batchId = randomUUID();
  const actor: Actor = { type: 'volunteer', id: user.id };
  const added: string[] = [];
  const resumedIn = new Map<string, string[]>();
  for (const letter of loaded) {
    const refused = refusal(letter, user.id);
    if (refused) {
      skipped.push(refused);
      continue;
    }
    try {
      const { attempt, resumed } = await beginDispatch(db, letter.id, 'post', actor, { batchId });
      if (!resumed) added.push(letter.id);
      else if (attempt.batchId)
        resumedIn.set(attempt.batchId, [...(resumedIn.get(attempt.batchId) ?? []), letter.id]);
      else
        skipped.push({ letterId: letter.id, code: 'dispatch_pending', message: 'A dispatch is under way.' });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      skipped.push({ letterId: letter.id, code: error.code, message: error.message });
    }
  }
  if (added.length > 0) {
    await recordAudit(db, {
      actor: { type: 'volunteer', id: user.id },
      action: 'dispatch.post_batch',
      subject: { type: 'post_batch', id: batchId },
      data: { envelope, letters: added.length },
    });
  }
  const resumedBatches = [...resumedIn.entries()];
  // The same request again (a double click): every letter is already in one open batch.
  if (added.length === 0 && resumedBatches.length === 1 && skipped.length === 0) {
    const [[existing, ids]] = resumedBatches as [[string, string[]]];
    return { batchId: existing, letterIds: ids, skipped, resumed: true };
  }
  for (const [other, ids] of resumedBatches)
    for (const letterId of ids)
      skipped.push({ letterId, code: 'in_other_batch', message: `Already in print batch ${other}.` });
  if (added.length === 0) {
    throw new AppError(409, 'nothing_to_batch', 'None of these letters can go in a print batch.', skipped);
  }
  return { batchId, letterIds: added, skipped, resumed: false };
}

/** The batch's attempts (pending and completed; failed ones left the batch). */
export async function batchAttempts(db: Queryable, batchId: string): Promise<DispatchAttempt[]> {
  if (!/^[0-9a-f-]{36}$/i.test(batchId)) throw notFound('post_batch');
  const rows = await db
    .select()
    .from(dispatchAttempts)
    .where(
      and(eq(dispatchAttempts.batchId, batchId), inArray(dispatchAttempts.status, ['pending', 'succeeded'])),
    );
  if (rows.length === 0) throw notFound('post_batch');
  return rows;
}

/** The envelope format the batch was made with (DL when unknown). */
export async function batchEnvelope(db: Queryable, batchId: string): Promise<EnvelopeFormat> {
  const [row] = await db
    .select({ data: auditLog.data })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'dispatch.post_batch'), eq(auditLog.subjectId, batchId)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  const envelope = row?.data?.envelope;
  return ENVELOPES.find((e) => e === envelope) ?? 'DL';
}

/**
 * The batch's letters, ready to print. Loaded completely before anything is written, so a
 * problem (no return address set) is an error answer rather than a truncated PDF.
 * @throws AppError 404 `post_batch_not_found`, 409 `post_sender_missing`.
 */
export async function prepareBatchPrint(db: Queryable, config: Config, batchId: string) {
  const attempts = await batchAttempts(db, batchId);
  const settings = await loadDispatchSettings(db, config);
  if (!settings.sender)
    throw conflict(
      'post_sender_missing',
      'Set the organisation’s return address (post_sender) in the settings first.',
    );
  const loaded = await loadConsoleLetters(db, { ids: attempts.map((a) => a.letterId) });
  const today = new Date();
  const letters: PrintableLetter[] = loaded.flatMap((letter) => {
    const recipient = printableRecipientOf(letter);
    if (!recipient || letter.russianText === null) return [];
    return [
      {
        refCode: letter.refCode,
        date: today,
        russianText: letter.russianText,
        recipient,
        replyKit: settings.policy.replyBlank,
      },
    ];
  });
  if (letters.length === 0) throw notFound('post_batch');
  return { letters, sender: settings.sender };
}

/** Writes the batch PDF to `out`. */
export function writeBatchPdf(
  prepared: Awaited<ReturnType<typeof prepareBatchPrint>>,
  envelope: EnvelopeFormat,
  out: Writable,
): Promise<PostBatchSummary> {
  return writePostBatch(prepared.letters, { sender: prepared.sender, envelope }, out);
}

/** One tracking number for one letter of the batch. */
export interface TrackingNumber {
  letterId: string;
  trackingNumber: string;
}

/** What "posted" did, per letter. */
export interface PostedResult {
  posted: string[];
  /** Already recorded as posted (a repeat). */
  already: string[];
  refused: Refusal[];
}

/**
 * Completes every letter of the batch: posted on `date` (default now), with its tracking number
 * if one is given, at the post's configured price. Safe to repeat.
 * @throws AppError 404 `post_batch_not_found`, 400 `not_in_batch`.
 */
export async function markBatchPosted(
  db: Db,
  config: Config,
  user: { id: string },
  batchId: string,
  input: { trackingNumbers?: TrackingNumber[]; date?: string },
): Promise<PostedResult> {
  const attempts = await batchAttempts(db, batchId);
  const tracking = new Map(
    (input.trackingNumbers ?? []).map((t) => [t.letterId, parseTrackingNumber(t.trackingNumber)]),
  );
  const stranger = [...tracking.keys()].find((id) => !attempts.some((a) => a.letterId === id));
  if (stranger) throw new AppError(400, 'not_in_batch', `Letter ${stranger} is not in this batch.`);
  const when = dispatchedAt(input.date);
  const settings = await loadDispatchSettings(db, config);
  const post = consoleChannels(settings).post;
  const loaded = await loadConsoleLetters(db, { ids: attempts.map((a) => a.letterId) });
  const result: PostedResult = { posted: [], already: [], refused: [] };
  for (const attempt of attempts) {
    const letter = loaded.find((l) => l.id === attempt.letterId);
    const channelInput = letter ? channelLetterOf(letter, settings.policy.replyBlank) : null;
    const estimate = channelInput ? post.estimateCost(channelInput) : null;
    const externalRef =
      tracking.get(attempt.letterId) || (attempt.status === 'succeeded' ? attempt.externalRef : null);
    try {
      const done = await completeDispatch(db, attempt.id, {
        externalRef,
        costMinor: estimate?.totalMinor ?? null,
        currency: estimate?.currency ?? channelCurrencies(settings).post ?? null,
        dispatchedAt: when,
        actor: { type: 'volunteer', id: user.id },
      });
      (done.alreadyCompleted ? result.already : result.posted).push(attempt.letterId);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      result.refused.push({ letterId: attempt.letterId, code: error.code, message: error.message });
    }
  }
  return result;
}
