/** Invitation and password-reset tokens: looked up by hash, checked, and spent once. */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { accessTokens, users } from '../db/schema';
import { AppError } from '../errors';
import { hashToken } from '../security/tokens';
import type { UserRow } from './users';

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
  if (row.token.usedAt) throw new AppError(410, 'token_used', 'This link was already used.');
  if (row.token.expiresAt.getTime() <= Date.now())
    throw new AppError(410, 'token_expired', 'This link has expired.');
  return row.user;
}

/** Marks the token used; false when someone else spent it first. */
export async function spendUserToken(
  db: Queryable,
  token: string,
  purpose: UserTokenPurpose,
): Promise<boolean> {
  const spent = await db
    .update(accessTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(accessTokens.tokenHash, hashToken(token)),
        eq(accessTokens.purpose, purpose),
        isNull(accessTokens.usedAt),
      ),
    )
    .returning({ tokenHash: accessTokens.tokenHash });
  return spent.length === 1;
}
