/**
 * Exactly-once dispatch. Every hand-over to a channel is an attempt row, created `pending` before
 * the outside action (in the same transaction that moves the letter approved → dispatching) and
 * completed after it (dispatching → dispatched). So:
 * - a double click cannot start two attempts (one pending attempt per letter, enforced by a unique
 *   index) nor send twice: a second "begin" resumes the pending attempt;
 * - recording the same order number twice is one dispatch (completion is idempotent per attempt,
 *   and an order number belongs to one attempt per channel, by a unique index);
 * - a crash between the outside action and completion leaves a pending attempt that the sweep
 *   (`dispatch-sweep.ts`) raises or reconciles — never resends blindly, never loses the letter.
 * Letter status moves only through the commands in server/letters/.
 */
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db, Queryable, Tx } from '../db/database';
import { dispatchAttempts, letters, prisoners } from '../db/schema';
import { AppError, conflict, isUniqueViolation, notFound } from '../errors';
import { holdIfRecipientLeftCustody } from '../delivery/custody';
import type { Actor } from '../letters/actor';
import { abortLetterDispatch, markLetterDispatched, startLetterDispatch } from '../letters/commands';
import { isChannelId, type ChannelId } from './channel';

/** A dispatch attempt row. */
export type DispatchAttempt = typeof dispatchAttempts.$inferSelect;

/** Options when starting a dispatch. */
export interface BeginOptions {
  /** Groups the letters of one post batch. */
  batchId?: string;
  /**
   * Refuse (409 `item_taken`) while a volunteer holds a live lease on the letter — the writer's
   * self-post must not start under a dispatcher who took the letter from the queue. Checked under
   * the transition's row lock, so a lease taken a moment earlier is seen.
   */
  refuseClaimed?: boolean;
}

/** The attempt a dispatcher (or adapter) works on, and whether it was already under way. */
export interface BeginResult {
  attempt: DispatchAttempt;
  /** True when a pending attempt on the same channel existed and is returned instead of a new one. */
  resumed: boolean;
}

/** What the channel reported once it took the letter. */
export interface Completion {
  /** The service's order number or the post's tracking number; null for untracked post. */
  externalRef: string | null;
  costMinor?: number | null;
  currency?: string | null;
  /** When the channel took it (default now). */
  dispatchedAt?: Date;
  actor: Actor;
}

/** The result of completing: the attempt, and whether this call was a repeat of an earlier one. */
export interface CompleteResult {
  attempt: DispatchAttempt;
  alreadyCompleted: boolean;
}

const needsRef = (channel: string) => channel === 'fsin_pismo' || channel === 'zonatelecom';

async function pendingAttempt(db: Queryable, letterId: string): Promise<DispatchAttempt | undefined> {
  const [row] = await db
    .select()
    .from(dispatchAttempts)
    .where(and(eq(dispatchAttempts.letterId, letterId), eq(dispatchAttempts.status, 'pending')));
  return row;
}

/**
 * Demo people are fictional but live in real facilities: a letter to one must never reach a real
 * service or post box. Checked inside the dispatch transaction, so the refusal undoes the move.
 */
async function refuseDemoRecipient(tx: Tx, letterId: string): Promise<void> {
  const [row] = await tx
    .select({ isDemo: prisoners.isDemo })
    .from(letters)
    .innerJoin(prisoners, eq(prisoners.id, letters.prisonerId))
    .where(eq(letters.id, letterId));
  if (row?.isDemo)
    throw conflict(
      'demo_recipient',
      'This letter is to a fictional demo person and is never sent. Reject or hold it instead.',
    );
}

/** Refuses while a volunteer's lease on the letter is live (the row is locked by the caller's move). */
async function refuseClaimed(tx: Tx, letterId: string): Promise<void> {
  const [row] = await tx
    .select({ id: letters.id })
    .from(letters)
    .where(
      and(eq(letters.id, letterId), isNotNull(letters.claimedBy), sql`${letters.claimExpiresAt} > now()`),
    );
  if (row) throw conflict('item_taken', 'A volunteer is sending this letter right now.');
}

/**
 * Creates the pending attempt and moves the letter approved → dispatching, in one transaction.
 * Repeating it for a letter already dispatching on the same channel returns that attempt.
 * @throws AppError 400 `unknown_channel`, 404 `letter_not_found`, 409 `letter_is_<status>`,
 *   `demo_recipient` for a fictional person, `item_taken` (with `refuseClaimed`), or
 *   `dispatch_pending_on_<channel>` when another channel's attempt is under way.
 */
export async function beginDispatch(
  db: Db,
  letterId: string,
  channel: ChannelId,
  actor: Actor,
  options: BeginOptions = {},
): Promise<BeginResult> {
  if (!isChannelId(channel)) throw new AppError(400, 'unknown_channel', `No channel "${String(channel)}".`);
  try {
    let attempt: DispatchAttempt | undefined;
    await startLetterDispatch(db, letterId, actor, {
      patch: { channel },
      data: { channel, ...(options.batchId ? { batchId: options.batchId } : {}) },
      within: async (tx: Tx) => {
        await refuseDemoRecipient(tx, letterId);
        if (options.refuseClaimed) await refuseClaimed(tx, letterId);
        [attempt] = await tx
          .insert(dispatchAttempts)
          .values({
            letterId,
            channel,
            status: 'pending',
            batchId: options.batchId ?? null,
            actorId: actor.id ?? null,
          })
          .returning();
      },
    });
    return { attempt: attempt!, resumed: false };
  } catch (error) {
    // Already dispatching (a double click, a reopened card): resume the attempt under way.
    if (error instanceof AppError && error.code === 'letter_is_dispatching') {
      const pending = await pendingAttempt(db, letterId);
      if (pending?.channel === channel) return { attempt: pending, resumed: true };
      if (pending)
        throw conflict(
          `dispatch_pending_on_${pending.channel}`,
          `A dispatch through ${pending.channel} is under way.`,
        );
    }
    throw error;
  }
}

async function lockAttempt(tx: Tx, attemptId: string): Promise<DispatchAttempt> {
  if (!/^[0-9a-f-]{36}$/i.test(attemptId)) throw notFound('dispatch_attempt');
  const [row] = await tx
    .select()
    .from(dispatchAttempts)
    .where(eq(dispatchAttempts.id, attemptId))
    .for('update');
  if (!row) throw notFound('dispatch_attempt');
  return row;
}

/**
 * Records that the channel took the letter: the attempt succeeds and the letter moves
 * dispatching → dispatched, in one transaction. Repeating it with the same order number changes
 * nothing and reports `alreadyCompleted`.
 * @throws AppError 400 `external_ref_required`, 404 `dispatch_attempt_not_found`, 409
 *   `dispatch_attempt_completed` (another number), `dispatch_attempt_failed`, `external_ref_taken`.
 */
export async function completeDispatch(
  db: Db,
  attemptId: string,
  completion: Completion,
): Promise<CompleteResult> {
  const externalRef = completion.externalRef?.trim() || null;
  try {
    return await db.transaction(async (tx) => {
      const attempt = await lockAttempt(tx, attemptId);
      if (attempt.status === 'succeeded') {
        if (attempt.externalRef === externalRef) return { attempt, alreadyCompleted: true };
        throw conflict(
          'dispatch_attempt_completed',
          `This dispatch was already recorded as ${attempt.externalRef ?? 'sent'}.`,
        );
      }
      if (attempt.status === 'failed')
        throw conflict('dispatch_attempt_failed', 'This dispatch attempt was marked failed.');
      if (!externalRef && needsRef(attempt.channel)) {
        throw new AppError(400, 'external_ref_required', 'Enter the order number the service gave.');
      }
      const [done] = await tx
        .update(dispatchAttempts)
        .set({
          status: 'succeeded',
          externalRef,
          costMinor: completion.costMinor ?? null,
          currency: completion.currency ?? null,
          completedAt: completion.dispatchedAt ?? sql`now()`,
        })
        .where(and(eq(dispatchAttempts.id, attemptId), eq(dispatchAttempts.status, 'pending')))
        .returning();
      await markLetterDispatched(tx, attempt.letterId, completion.actor, {
        data: { attemptId, channel: attempt.channel, externalRef, costMinor: completion.costMinor ?? null },
      });
      return { attempt: done!, alreadyCompleted: false };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict(
        'external_ref_taken',
        `The number ${externalRef} is already recorded for another letter.`,
      );
    }
    throw error;
  }
}

/**
 * Records that the channel did not take the letter: the attempt fails and the letter goes back
 * dispatching → approved, to be routed again. Repeating it changes nothing. If the person left
 * custody while the letter was mid-dispatch (the custody job leaves such letters alone), it is
 * held for them in the same transaction instead of waiting in the dispatch queue.
 * @throws AppError 404 `dispatch_attempt_not_found`, 409 `dispatch_attempt_completed`.
 */
export async function failDispatch(
  db: Db,
  attemptId: string,
  failure: { error: string; actor: Actor },
): Promise<DispatchAttempt> {
  return db.transaction(async (tx) => {
    const attempt = await lockAttempt(tx, attemptId);
    if (attempt.status === 'failed') return attempt;
    if (attempt.status === 'succeeded') {
      throw conflict('dispatch_attempt_completed', 'This dispatch was recorded as sent; it cannot fail now.');
    }
    const [failed] = await tx
      .update(dispatchAttempts)
      .set({ status: 'failed', error: failure.error, completedAt: sql`now()` })
      .where(eq(dispatchAttempts.id, attemptId))
      .returning();
    await abortLetterDispatch(tx, attempt.letterId, failure.actor, {
      reason: failure.error,
      data: { attemptId, channel: attempt.channel },
    });
    await holdIfRecipientLeftCustody(tx, attempt.letterId);
    return failed!;
  });
}

/** The letter's attempts, newest first (for the dispatcher console and the letter's history). */
export async function attemptsOf(db: Queryable, letterId: string): Promise<DispatchAttempt[]> {
  return db
    .select()
    .from(dispatchAttempts)
    .where(eq(dispatchAttempts.letterId, letterId))
    .orderBy(sql`${dispatchAttempts.createdAt} DESC`);
}
