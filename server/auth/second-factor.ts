/**
 * The second factor of a sign-in or password reset: a TOTP code from the authenticator app, or
 * one of the recovery codes. Checking is pure; consuming is a conditional UPDATE, so two requests
 * with the same code cannot both succeed.
 */
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { users } from '../db/schema';
import { decrypt } from '../security/encryption';
import type { SecretKeys } from '../security/keys';
import { hashRecoveryCode, looksLikeRecoveryCode, verifyTotp } from './totp';
import type { UserRow } from './users';

/** A factor that checked out, not yet consumed. */
export type SecondFactor = { kind: 'totp'; step: number } | { kind: 'recovery'; hash: string };

/** Checks `code` for `user`; undefined when it is wrong, replayed or already used. */
export function checkSecondFactor(keys: SecretKeys, user: UserRow, code: string): SecondFactor | undefined {
  if (!user.totpSecretCiphertext) return undefined;
  if (looksLikeRecoveryCode(code)) {
    const hash = hashRecoveryCode(keys, code);
    return user.recoveryCodeHashes.includes(hash) ? { kind: 'recovery', hash } : undefined;
  }
  const step = verifyTotp(decrypt(keys, user.totpSecretCiphertext), code.trim(), user.totpLastStep);
  return step === undefined ? undefined : { kind: 'totp', step };
}

/** Records the factor as used (the TOTP step, or the recovery code removed). False if it was used meanwhile. */
export async function consumeSecondFactor(
  db: Queryable,
  userId: string,
  factor: SecondFactor,
): Promise<boolean> {
  const updated =
    factor.kind === 'totp'
      ? await db
          .update(users)
          .set({ totpLastStep: factor.step })
          .where(
            and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, factor.step))),
          )
          .returning({ id: users.id })
      : await db
          .update(users)
          .set({ recoveryCodeHashes: sql`array_remove(${users.recoveryCodeHashes}, ${factor.hash})` })
          .where(and(eq(users.id, userId), sql`${factor.hash} = ANY(${users.recoveryCodeHashes})`))
          .returning({ id: users.id });
  return updated.length === 1;
}
