/** A signed-in volunteer's own account: profile, recovery codes, signing out everywhere. */
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record';
import type { Db, Queryable } from '../db/database';
import { users } from '../db/schema';
import { AppError, notFound } from '../errors';
import type { SecretKeys } from '../security/keys';
import { checkSecondFactor, consumeSecondFactor } from './second-factor';
import { endAllSessions } from './sessions';
import { newRecoveryCodes } from './totp';
import type { UserRow } from './users';

/** The user row behind a session. @throws AppError 404 `user_not_found`. */
export async function getUser(db: Queryable, userId: string): Promise<UserRow> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw notFound('user');
  return user;
}

/** Changes what a volunteer may change about themselves. */
export async function updateProfile(
  db: Queryable,
  userId: string,
  patch: { displayName?: string; uiLanguage?: string },
): Promise<UserRow> {
  const set: Partial<typeof users.$inferInsert> = {};
  if (patch.displayName !== undefined) set.displayName = patch.displayName.trim();
  if (patch.uiLanguage !== undefined) set.uiLanguage = patch.uiLanguage;
  if (Object.keys(set).length === 0) return getUser(db, userId);
  const [user] = await db.update(users).set(set).where(eq(users.id, userId)).returning();
  return user!;
}

/**
 * Replaces the recovery codes, after a fresh authenticator code (a stolen session alone cannot).
 * @throws AppError 400 `code_invalid`.
 */
export async function renewRecoveryCodes(
  db: Db,
  keys: SecretKeys,
  userId: string,
  code: string,
): Promise<string[]> {
  const user = await getUser(db, userId);
  const factor = checkSecondFactor(keys, user, code);
  if (!factor || factor.kind !== 'totp')
    throw new AppError(400, 'code_invalid', 'Enter the current code from your authenticator app.');
  const { codes, hashes } = newRecoveryCodes(keys);
  await db.transaction(async (tx) => {
    if (!(await consumeSecondFactor(tx, userId, factor)))
      throw new AppError(400, 'code_invalid', 'That code was already used.');
    await tx.update(users).set({ recoveryCodeHashes: hashes }).where(eq(users.id, userId));
    await recordAudit(tx, {
      actor: { type: 'volunteer', id: userId },
      action: 'auth.recovery_codes_renewed',
      subject: { type: 'user', id: userId },
    });
  });
  return codes;
}

/** Ends every session of the user, this one included. */
export async function logOutEverywhere(db: Db, userId: string): Promise<number> {
  return db.transaction(async (tx) => {
    const ended = await endAllSessions(tx, userId);
    await recordAudit(tx, {
      actor: { type: 'volunteer', id: userId },
      action: 'auth.logout_everywhere',
      subject: { type: 'user', id: userId },
      data: { sessionsEnded: ended },
    });
    return ended;
  });
}
