/** Invitation and password-reset tokens: looked up by hash and checked, then spent once (security/access-tokens.ts). */
import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { accessTokens, users } from '../db/schema';
import { AppError } from '../errors';
import { spendAccessToken, type SpentTokenMessages } from '../security/access-tokens';
import { hashToken } from '../security/tokens';
import type { UserRow } from './users';

/** What a volunteer reads for a link already used or expired. */
const LINK_MESSAGES: SpentTokenMessages = {
  used: 'This link was already used.',
  expired: 'This link has expired.',
};

/** The purposes a volunteer's link can have. */
export type UserTokenPurpose = 'invitation' | 'password_reset';

/**
 * The user a live token belongs to.
 * @throws AppError 400 `token_invalid`, 410 `token_used` / `token_expired`.
 */
export async function userForToken(
  db: Queryable,
  token: string,
  purpose: UserTokenPurpose,
): Promise<UserRow> {
  const [row] = await db
    .select({ token: accessTokens, user: users })
    .from(accessTokens)
    .innerJoin(users, eq(users.id, accessTokens.userId))
    .where(and(eq(accessTokens.tokenHash, hashToken(token)), eq(accessTokens.purpose, purpose)));
  if (!row) throw new AppError(400, 'token_invalid', 'This link is not valid.');
  if (row.token.usedAt) throw new AppError(410, 'token_used', LINK_MESSAGES.used);
  if (row.token.expiresAt.getTime() <= Date.now())
    throw new AppError(410, 'token_expired', LINK_MESSAGES.expired);
  return row.user;
}

/**
 * Spends a volunteer's link inside the transaction that acts on it: the writers' one conditional
 * UPDATE (live, unused, unexpired), so two submissions racing each other cannot both use it.
 * @throws AppError 410 `token_used` / `token_expired`, 400 `token_invalid`.
 */
export async function spendUserToken(db: Queryable, token: string, purpose: UserTokenPurpose): Promise<void> {
  await spendAccessToken(db, token, purpose, LINK_MESSAGES);
}
