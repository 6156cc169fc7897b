/**
 * A letter that answers a reply, in the same thread: the reply must have reached this writer
 * (forwarded to them, answering one of their letters) and must come from the person the new
 * letter is addressed to. Whether that person can receive letters is checked by `submitLetter`.
 */
import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { letters, replies } from '../db/schema';
import { badRequest, notFound } from '../errors';

/**
 * Checks that `replyId` may be answered by `writerId` in a letter to `prisonerId`.
 * @throws 404 `reply_not_found` (not a reply forwarded to this writer), 400 `reply_from_someone_else`.
 */
export async function assertAnswerableReply(
  db: Queryable,
  replyId: string,
  writerId: string,
  prisonerId: string,
): Promise<void> {
  const [row] = await db
    .select({ prisonerId: letters.prisonerId })
    .from(replies)
    .innerJoin(letters, eq(letters.id, replies.letterId))
    .where(and(eq(replies.id, replyId), eq(replies.status, 'forwarded'), eq(letters.writerId, writerId)));
  // The same answer for "no such reply" and "somebody else's": the id tells a stranger nothing.
  if (!row) throw notFound('reply');
  if (row.prisonerId !== prisonerId) {
    throw badRequest(
      'reply_from_someone_else',
      'This reply came from someone else; answer it in a letter to the person who wrote it.',
    );
  }
}
