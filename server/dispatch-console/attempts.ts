/**
 * Dispatch attempts as the console reads them: the pending attempt of each letter under way (with
 * who started it), and the attempt a "mark sent" or "could not send" applies to.
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type * as Wire from '../../shared/api/dispatch';
import type { Queryable } from '../db/database';
import { dispatchAttempts, users } from '../db/schema';
import type { DispatchAttempt } from '../channels/dispatch';
import { conflict, notFound } from '../errors';

/** A pending attempt with the name of the volunteer who started it (the wire shape, with its date). */
export interface PendingAttempt extends Omit<Wire.PendingAttempt, 'createdAt'> {
  createdAt: Date;
}

/** Pending attempts, by letter id (all of them, or those of `letterIds`). */
export async function pendingAttempts(
  db: Queryable,
  letterIds?: readonly string[],
): Promise<Map<string, PendingAttempt>> {
  if (letterIds && letterIds.length === 0) return new Map();
  const rows = await db
    .select({ attempt: dispatchAttempts, name: users.displayName })
    .from(dispatchAttempts)
    // actor_id is text (it may name a job); only volunteers' ids join.
    .leftJoin(users, sql`${users.id}::text = ${dispatchAttempts.actorId}`)
    .where(
      and(
        eq(dispatchAttempts.status, 'pending'),
        letterIds ? inArray(dispatchAttempts.letterId, [...letterIds]) : undefined,
      ),
    );
  return new Map(
    rows.map(({ attempt, name }) => [
      attempt.letterId,
      {
        id: attempt.id,
        letterId: attempt.letterId,
        channel: attempt.channel,
        batchId: attempt.batchId,
        createdAt: attempt.createdAt,
        startedBy: attempt.actorId && name !== null ? { id: attempt.actorId, displayName: name } : null,
      },
    ]),
  );
}

/**
 * The attempt a completion or failure of `letterId` applies to: the one named (it must be the
 * letter's), else the pending one, else the latest — so a repeated "mark sent" finds the attempt
 * it already completed and is answered as a repeat.
 * @throws AppError 409 `no_dispatch_under_way` when the letter never had an attempt.
 */
export async function attemptFor(
  db: Queryable,
  letterId: string,
  attemptId?: string,
): Promise<DispatchAttempt> {
  const rows = await db
    .select()
    .from(dispatchAttempts)
    .where(eq(dispatchAttempts.letterId, letterId))
    .orderBy(desc(dispatchAttempts.createdAt));
  const chosen = attemptId
    ? rows.find((a) => a.id === attemptId)
    : (rows.find((a) => a.status === 'pending') ?? rows[0]);
  if (attemptId && !chosen) throw notFound('dispatch_attempt');
  if (!chosen) {
    throw conflict('no_dispatch_under_way', 'No dispatch of this letter was started: open its card first.');
  }
  return chosen;
}
