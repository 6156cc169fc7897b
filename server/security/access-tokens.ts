/** Spending a writer's one-time link: the row is marked used only if it is live, exactly once. */
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { accessTokens } from '../db/schema';
import { AppError } from '../errors';
import { hashToken } from './tokens';

/** A spent token's row. */
export type AccessTokenRow = typeof accessTokens.$inferSelect;

/** What the writer reads when the link was already used or has expired (they differ per link). */
export interface SpentTokenMessages {
  used: string;
  expired: string;
}

/**
 * Marks `token` of `purpose` used and returns its row. A single conditional UPDATE, so two clicks
 * racing each other cannot both spend it.
 * @throws AppError 400 `token_invalid`, 410 `token_used` / `token_expired`.
 */
export async function spendAccessToken(
  db: Queryable,
  token: string,
  purpose: string,
  messages: SpentTokenMessages,
): Promise<AccessTokenRow> {
  const tokenHash = hashToken(token);
  const [spent] = await db
    .update(accessTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(accessTokens.tokenHash, tokenHash),
        eq(accessTokens.purpose, purpose),
        isNull(accessTokens.usedAt),
        gt(accessTokens.expiresAt, sql`now()`),
      ),
    )
    .returning();
  if (spent) return spent;
  const [existing] = await db.select().from(accessTokens).where(eq(accessTokens.tokenHash, tokenHash));
  if (!existing || existing.purpose !== purpose)
    throw new AppError(400, 'token_invalid', 'This link is not valid.');
  if (existing.usedAt) throw new AppError(410, 'token_used', messages.used);
  throw new AppError(410, 'token_expired', messages.expired);
}
