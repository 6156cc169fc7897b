/**
 * The writer clicked the link in the confirmation email: the token is spent (once), the letter
 * enters the pipeline, and the writer gets a session for "My letters" — all in one transaction.
 */
import type { Db } from '../db/database';
import { accessTokens } from '../db/schema';
import { spendAccessToken } from '../security/access-tokens';
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
    const spent = await spendAccessToken(tx, token, 'confirm_letter', {
      used: 'This link was already used; your letter is confirmed.',
      expired: 'This link has expired. Please write your letter again.',
    });
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
