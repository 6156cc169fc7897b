/**
 * Sign-in to "My letters" without a password: the writer asks for a link by email; the link's
 * single-use token becomes a session. Asking never reveals whether an address is known.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { accessTokens, writers } from '../db/schema';
import { AppError } from '../errors';
import { enqueueJob } from '../jobs/queue';
import { emailLookupHash } from '../letters/writers';
import { LOGIN_LINK_MINUTES } from '../mail/writer-messages';
import { spendAccessToken } from '../security/access-tokens';
import { encrypt } from '../security/encryption';
import type { SecretKeys } from '../security/keys';
import { hashToken, newToken } from '../security/tokens';
import { createWriterSession } from './session';

/** How long a sign-in link stays valid. */
export const WRITER_LOGIN_TTL_MS = LOGIN_LINK_MINUTES * 60_000;

/**
 * Queues a sign-in email when `email` belongs to a writer who is not blocked. Does the same work
 * either way up to the lookup, and returns nothing, so the caller's answer is always the same.
 */
export async function requestWriterLogin(
  db: Db,
  keys: SecretKeys,
  email: string,
  uiLanguage: string,
): Promise<void> {
  const [writer] = await db
    .select({ id: writers.id, blockedAt: writers.blockedAt })
    .from(writers)
    .where(eq(writers.emailHash, emailLookupHash(keys, email)));
  if (!writer || writer.blockedAt) return;
  const token = newToken();
  await db.transaction(async (tx) => {
    await tx.insert(accessTokens).values({
      tokenHash: hashToken(token),
      purpose: 'writer_login',
      writerId: writer.id,
      expiresAt: new Date(Date.now() + WRITER_LOGIN_TTL_MS),
    });
    await enqueueJob(tx, 'send-writer-login', {
      writerId: writer.id,
      tokenCiphertext: encrypt(keys, token),
      uiLanguage,
    });
  });
}

/**
 * Spends a sign-in token and opens a session.
 * @throws AppError 400 `token_invalid`, 410 `token_used` / `token_expired`.
 */
export async function signInWithToken(
  db: Db,
  token: string,
): Promise<{ writerId: string; sessionToken: string }> {
  return db.transaction(async (tx) => {
    const spent = await spendAccessToken(tx, token, 'writer_login', {
      used: 'This link was already used. Ask for a new one.',
      expired: 'This link has expired. Ask for a new one.',
    });
    // A sign-in token always names its writer; a row without one is not a sign-in link.
    if (!spent.writerId) throw new AppError(400, 'token_invalid', 'This link is not valid.');
    await tx
      .update(writers)
      .set({ lastSeenAt: sql`now()` })
      .where(eq(writers.id, spent.writerId));
    return { writerId: spent.writerId, sessionToken: await createWriterSession(tx, spent.writerId) };
  });
}
