/**
 * The writer clicked the link in the confirmation email: the token is spent (once), the letter
 * enters the pipeline, and the writer gets a session for "My letters" — all in one transaction.
 */
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { accessTokens } from '../db/schema';
import { AppError } from '../errors';
import { hashToken, newToken } from '../security/tokens';
import { confirmLetter } from './commands';

/** How long a writer's "My letters" session lasts. */
export const WRITER_SESSION_TTL_MS = 30 * 24 * 3600_000;

/** Result of a successful confirmation. */
export interface Confirmation {
  letterId: string;
  writerId: string;
  /** Token for the writer's session cookie. */
  sessionToken: string;
}

/**
 * Spends a confirmation token. A second click on the same link is a 410 (the letter is already in).
 * @throws AppError 400 `token_invalid`, 410 `token_used` / `token_expired`.
 */
export async function confirmLetterByToken(db: Db, token: string): Promise<Confirmation> {
  return db.transaction(async (tx) => {
    const tokenHash = hashToken(token);
    const [spent] = await tx
      .update(accessTokens)
      .set({ usedAt: sql`now()` })
      .where(
        and(
          eq(accessTokens.tokenHash, tokenHash),
          eq(accessTokens.purpose, 'confirm_letter'),
          isNull(accessTokens.usedAt),
          gt(accessTokens.expiresAt, sql`now()`),
        ),
      )
      .returning();
    if (!spent) {
      const [existing] = await tx.select().from(accessTokens).where(eq(accessTokens.tokenHash, tokenHash));
      if (!existing || existing.purpose !== 'confirm_letter')
        throw new AppError(400, 'token_invalid', 'This link is not valid.');
      if (existing.usedAt)
        throw new AppError(410, 'token_used', 'This link was already used; your letter is confirmed.');
      throw new AppError(410, 'token_expired', 'This link has expired. Please write your letter again.');
    }
    await confirmLetter(tx, spent.letterId!, { type: 'writer', id: spent.writerId! });
    const sessionToken = newToken();
    await tx.insert(accessTokens).values({
      tokenHash: hashToken(sessionToken),
      purpose: 'writer_session',
      writerId: spent.writerId,
      expiresAt: new Date(Date.now() + WRITER_SESSION_TTL_MS),
    });
    return { letterId: spent.letterId!, writerId: spent.writerId!, sessionToken };
  });
}
