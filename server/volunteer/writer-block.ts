/**
 * Moderators block a writer who sends abuse to prisoners, by pseudonym — they never see the
 * email. A blocked writer's new letters are refused at submission (the writer routes check
 * `writers.blocked_at`).
 */
import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/database';
import { writers } from '../db/schema';
import { notFound } from '../errors';

/** Blocks or unblocks the writer with this pseudonym, with a reason. @throws AppError 404 `writer_not_found`. */
export async function setWriterBlocked(
  db: Db,
  userId: string,
  pseudonym: string,
  blocked: boolean,
  reason: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [writer] = await tx
      .update(writers)
      .set({ blockedAt: blocked ? sql`now()` : null })
      .where(eq(writers.pseudonym, pseudonym))
      .returning({ id: writers.id });
    if (!writer) throw notFound('writer');
    await recordAudit(tx, {
      actor: { type: 'volunteer', id: userId },
      action: blocked ? 'writer.block' : 'writer.unblock',
      subject: { type: 'writer', id: pseudonym },
      reason,
    });
  });
}
