/**
 * Accepting an invitation, in two steps with the same link: (1) choose a password and get a
 * fresh TOTP secret; (2) prove the authenticator app works with a first code — only then is the
 * account active, the link spent, recovery codes shown once, and a session started.
 * Nobody can use the dashboard without two-factor sign-in.
 */
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record';
import type { Config } from '../config';
import type { Db } from '../db/database';
import { users } from '../db/schema';
import { AppError, conflict } from '../errors';
import { decrypt, encrypt } from '../security/encryption';
import type { SecretKeys } from '../security/keys';
import { assertPasswordAcceptable, hashPassword } from './passwords';
import { createSession } from './sessions';
import { newRecoveryCodes, newTotpSecret, totpUri, verifyTotp } from './totp';
import { spendUserToken, userForToken } from './user-tokens';
import { userEmail, type UserRow } from './users';

/** What the invitee sees before choosing a password. */
export interface InvitationInfo {
  displayName: string;
  roles: string[];
  languagePairs: string[];
}

async function invitedUser(db: Db, token: string): Promise<UserRow> {
  const user = await userForToken(db, token, 'invitation');
  if (user.status !== 'invited')
    throw new AppError(410, 'token_used', 'This invitation was already accepted.');
  return user;
}

/** Describes a live invitation. */
export async function inspectInvitation(db: Db, token: string): Promise<InvitationInfo> {
  const user = await invitedUser(db, token);
  return { displayName: user.displayName, roles: user.roles, languagePairs: user.languagePairs };
}

/** Step 1: sets the password and a new TOTP secret (again, if repeated). */
export async function chooseInvitationPassword(
  db: Db,
  keys: SecretKeys,
  token: string,
  input: { password: string; displayName?: string },
): Promise<{ secret: string; otpauthUri: string }> {
  const user = await invitedUser(db, token);
  assertPasswordAcceptable(input.password, userEmail(keys, user));
  const secret = newTotpSecret();
  const displayName = input.displayName?.trim() || user.displayName;
  await db
    .update(users)
    .set({
      passwordHash: await hashPassword(input.password),
      totpSecretCiphertext: encrypt(keys, secret),
      displayName,
    })
    .where(eq(users.id, user.id));
  return { secret, otpauthUri: totpUri(displayName, secret) };
}

/**
 * Step 2: confirms the authenticator with a code, activates the account and signs in.
 * @throws AppError 409 `password_not_set`, 400 `totp_invalid`.
 */
export async function completeInvitation(
  db: Db,
  keys: SecretKeys,
  config: Config,
  token: string,
  code: string,
): Promise<{ user: UserRow; recoveryCodes: string[]; session: { token: string; expiresAt: Date } }> {
  const user = await invitedUser(db, token);
  if (!user.passwordHash || !user.totpSecretCiphertext) {
    throw conflict('password_not_set', 'Choose a password first.');
  }
  const step = verifyTotp(decrypt(keys, user.totpSecretCiphertext), code.trim(), null);
  if (step === undefined) {
    throw new AppError(
      400,
      'totp_invalid',
      'That code did not match. Check the time on your phone and try the next code.',
    );
  }
  const { codes, hashes } = newRecoveryCodes(keys);
  return db.transaction(async (tx) => {
    await spendUserToken(tx, token, 'invitation');
    const [active] = await tx
      .update(users)
      .set({ status: 'active', recoveryCodeHashes: hashes, totpLastStep: step, failedLogins: 0 })
      .where(eq(users.id, user.id))
      .returning();
    await recordAudit(tx, {
      actor: { type: 'volunteer', id: user.id },
      action: 'user.activated',
      subject: { type: 'user', id: user.id },
    });
    const session = await createSession(tx, config, user.id);
    return { user: active!, recoveryCodes: codes, session };
  });
}
