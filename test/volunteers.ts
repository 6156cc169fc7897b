/**
 * Volunteer fixtures: an active account with a known password and TOTP secret, and a session
 * cookie for in-process HTTP tests — as if the volunteer had accepted an invitation and signed in.
 */
import { randomUUID } from 'node:crypto';
import type { Config } from '../server/config';
import type { Queryable } from '../server/db/database';
import { users } from '../server/db/schema';
import { hashPassword } from '../server/auth/passwords';
import { createSession, sessionCookieName } from '../server/auth/sessions';
import { newRecoveryCodes, newTotpSecret } from '../server/auth/totp';
import { volunteerEmailHash } from '../server/auth/users';
import { encrypt } from '../server/security/encryption';
import { testKeys } from './factories';

/** The password every fixture volunteer has. */
export const VOLUNTEER_PASSWORD = 'correct horse battery staple';

/** An active volunteer and the secrets a test needs to sign in as them. */
export interface TestVolunteer {
  id: string;
  email: string;
  password: string;
  totpSecret: string;
  recoveryCodes: string[];
}

let cachedHash: Promise<string> | undefined;

/** Inserts an active volunteer with `roles` (and language pairs for translators). */
export async function buildVolunteer(
  db: Queryable,
  options: { roles: string[]; languagePairs?: string[]; email?: string; displayName?: string } = {
    roles: [],
  },
): Promise<TestVolunteer> {
  const email = options.email ?? `volunteer-${randomUUID().slice(0, 8)}@example.org`;
  const totpSecret = newTotpSecret();
  const { codes, hashes } = newRecoveryCodes(testKeys);
  // One argon2 hash for every fixture: the same password, and tests stay fast.
  cachedHash ??= hashPassword(VOLUNTEER_PASSWORD);
  const [row] = await db
    .insert(users)
    .values({
      email: encrypt(testKeys, email),
      emailHash: volunteerEmailHash(testKeys, email),
      displayName: options.displayName ?? email.split('@')[0]!,
      passwordHash: await cachedHash,
      totpSecretCiphertext: encrypt(testKeys, totpSecret),
      recoveryCodeHashes: hashes,
      roles: options.roles,
      languagePairs: options.languagePairs ?? [],
      status: 'active',
    })
    .returning();
  return { id: row!.id, email, password: VOLUNTEER_PASSWORD, totpSecret, recoveryCodes: codes };
}

/** A session for `userId`, as the `cookie` header value. */
export async function volunteerCookie(db: Queryable, config: Config, userId: string): Promise<string> {
  const { token } = await createSession(db, config, userId);
  return `${sessionCookieName(config)}=${token}`;
}
