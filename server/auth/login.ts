/**
 * Sign-in with email, password and a second factor, in one step: the answer never says which of
 * the three was wrong, nor whether the account exists. After LOGIN_MAX_FAILURES failures in a row
 * the account locks for LOGIN_LOCKOUT_MINUTES and its owner gets an email.
 */
import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/database';
import { users } from '../db/schema';
import { AppError } from '../errors';
import type { JobContext } from '../jobs/definition';
import { accountLockedMessage } from './emails';
import { verifyDecoy, verifyPassword } from './passwords';
import { checkSecondFactor, consumeSecondFactor } from './second-factor';
import { createSession } from './sessions';
import { findUserByEmail, userEmail, type UserRow } from './users';

/** What the sign-in form sends. */
export interface LoginInput {
  email: string;
  password: string;
  /** 6-digit TOTP code or a recovery code. */
  code: string;
}

/** A successful sign-in. */
export interface LoginResult {
  user: UserRow;
  token: string;
  expiresAt: Date;
  usedRecoveryCode: boolean;
}

/** The one failure every wrong sign-in gets. */
export const loginFailed = () =>
  new AppError(
    401,
    'login_failed',
    'Wrong email, password or code. After several failures the account locks for a while; then wait and try again.',
  );

async function recordFailure(ctx: JobContext, user: UserRow, factor: 'password' | 'code'): Promise<void> {
  const { db, config } = ctx;
  // One statement decides whether this failure locks the account, so parallel guesses cannot skip the lock.
  const [row] = await db
    .update(users)
    .set({
      failedLogins: sql`CASE WHEN ${users.failedLogins} + 1 >= ${config.LOGIN_MAX_FAILURES} THEN 0 ELSE ${users.failedLogins} + 1 END`,
      lockedUntil: sql`CASE WHEN ${users.failedLogins} + 1 >= ${config.LOGIN_MAX_FAILURES}
        THEN now() + ${config.LOGIN_LOCKOUT_MINUTES} * interval '1 minute' ELSE ${users.lockedUntil} END`,
    })
    .where(eq(users.id, user.id))
    .returning({ failedLogins: users.failedLogins, lockedUntil: users.lockedUntil });
  await recordAudit(db, {
    actor: { type: 'anonymous' },
    action: 'auth.login_failed',
    subject: { type: 'user', id: user.id },
    data: { factor },
  });
  if (row && row.failedLogins === 0 && row.lockedUntil && row.lockedUntil.getTime() > Date.now()) {
    await recordAudit(db, {
      actor: { type: 'system', id: 'login' },
      action: 'auth.locked',
      subject: { type: 'user', id: user.id },
    });
    await ctx.mailer
      .send(accountLockedMessage(userEmail(ctx.keys, user), config.LOGIN_LOCKOUT_MINUTES))
      .catch((error: unknown) =>
        ctx.log.warn({ err: error, userId: user.id }, 'could not send the lock notice'),
      );
  }
}

/**
 * Signs a volunteer in and starts a session.
 * @throws AppError 401 `login_failed` for every kind of failure.
 */
export async function login(ctx: JobContext & { db: Db }, input: LoginInput): Promise<LoginResult> {
  const { db, keys, config } = ctx;
  const user = await findUserByEmail(db, keys, input.email);
  if (!user || user.status !== 'active' || !user.passwordHash) {
    await verifyDecoy(input.password);
    throw loginFailed();
  }
  if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
    await verifyDecoy(input.password);
    throw loginFailed();
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await recordFailure(ctx, user, 'password');
    throw loginFailed();
  }
  const factor = checkSecondFactor(keys, user, input.code);
  if (!factor || !(await consumeSecondFactor(db, user.id, factor))) {
    await recordFailure(ctx, user, 'code');
    throw loginFailed();
  }
  const usedRecoveryCode = factor.kind === 'recovery';
  const { session, fresh } = await db.transaction(async (tx) => {
    const [fresh] = await tx
      .update(users)
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: sql`now()` })
      .where(eq(users.id, user.id))
      .returning();
    await recordAudit(tx, {
      actor: { type: 'volunteer', id: user.id },
      action: 'auth.login',
      subject: { type: 'user', id: user.id },
    });
    if (usedRecoveryCode) {
      await recordAudit(tx, {
        actor: { type: 'volunteer', id: user.id },
        action: 'auth.recovery_code_used',
        subject: { type: 'user', id: user.id },
        data: { remaining: user.recoveryCodeHashes.length - 1 },
      });
    }
    return { session: await createSession(tx, config, user.id), fresh: fresh! };
  });
  return { user: fresh, ...session, usedRecoveryCode };
}
