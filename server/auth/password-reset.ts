/**
 * Password reset by email. The link alone is not enough: the new password is accepted only with a
 * current code from the authenticator (or a recovery code), so whoever reads a volunteer's mailbox
 * still cannot take the account. Every session ends after a reset. A volunteer who lost both the
 * password and the second factor asks an admin to invite them again.
 */
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/database';
import { accessTokens, users } from '../db/schema';
import { AppError } from '../errors';
import type { JobContext } from '../jobs/definition';
import { hashToken, newToken } from '../security/tokens';
import { passwordResetMessage } from './emails';
import { assertPasswordAcceptable, hashPassword } from './passwords';
import { checkSecondFactor, consumeSecondFactor } from './second-factor';
import { endAllSessions } from './sessions';
import { spendUserToken, userForToken } from './user-tokens';
import { findUserByEmail, userEmail, volunteerLink } from './users';

/** How long a reset link works. */
export const PASSWORD_RESET_TTL_MS = 3600_000;

/** Emails a reset link when the address belongs to an active volunteer; silent otherwise. */
export async function requestPasswordReset(ctx: JobContext & { db: Db }, email: string): Promise<void> {
  const user = await findUserByEmail(ctx.db, ctx.keys, email);
  if (!user || user.status !== 'active') return;
  const token = newToken();
  await ctx.db.insert(accessTokens).values({
    tokenHash: hashToken(token),
    purpose: 'password_reset',
    userId: user.id,
    expiresAt: new Date(Date.now() + PASSWORD_RESET_TTL_MS),
  });
  await recordAudit(ctx.db, {
    actor: { type: 'anonymous' },
    action: 'auth.password_reset_requested',
    subject: { type: 'user', id: user.id },
  });
  // A mail failure must look like success: a 500 here would tell a stranger the account exists.
  await ctx.mailer
    .send(passwordResetMessage(userEmail(ctx.keys, user), volunteerLink(ctx.config, 'reset', token)))
    .catch((error: unknown) =>
      ctx.log.warn({ err: error, userId: user.id }, 'could not send the reset link'),
    );
}

/**
 * Sets a new password from a reset link and a second factor; ends every session.
 * @throws AppError 400 `token_invalid` / `code_invalid` / `password_too_weak`, 410 `token_used` / `token_expired`.
 */
export async function completePasswordReset(
  ctx: JobContext & { db: Db },
  input: { token: string; password: string; code: string },
): Promise<void> {
  const { db, keys } = ctx;
  const user = await userForToken(db, input.token, 'password_reset');
  if (user.status !== 'active') throw new AppError(400, 'token_invalid', 'This link is not valid.');
  assertPasswordAcceptable(input.password, userEmail(keys, user));
  const factor = checkSecondFactor(keys, user, input.code);
  if (!factor) throw new AppError(400, 'code_invalid', 'That code did not match.');
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    await spendUserToken(tx, input.token, 'password_reset');
    if (!(await consumeSecondFactor(tx, user.id, factor)))
      throw new AppError(400, 'code_invalid', 'That code was already used.');
    await tx
      .update(users)
      .set({ passwordHash, failedLogins: 0, lockedUntil: null })
      .where(eq(users.id, user.id));
    const ended = await endAllSessions(tx, user.id);
    await recordAudit(tx, {
      actor: { type: 'volunteer', id: user.id },
      action: 'auth.password_reset',
      subject: { type: 'user', id: user.id },
      data: { sessionsEnded: ended },
    });
  });
}
