/**
 * Seeding steps the browser tests' seeds share: an active volunteer who signs in with a known
 * password and authenticator key (as if the invitation had been accepted), and a listed demo
 * person to address letters to.
 */
import { sql } from 'drizzle-orm';
import { hashPassword } from '../../server/auth/passwords';
import { newRecoveryCodes } from '../../server/auth/totp';
import { volunteerEmailHash } from '../../server/auth/users';
import type { Queryable } from '../../server/db/database';
import { queryRow } from '../../server/db/rows';
import { users } from '../../server/db/schema';
import type { SecretKeys } from '../../server/security/keys';
import { encrypt } from '../../server/security/encryption';

/** A volunteer the test signs in as. */
export interface SeededVolunteer {
  email: string;
  password: string;
  /** Base32 authenticator key (test data only). */
  secret: string;
}

/** What the volunteer may do, and the name the dashboard shows. */
export interface SeededAccount {
  roles: string[];
  /** Translators' pairs ("en-ru"); none for other roles. */
  languagePairs?: string[];
  displayName: string;
}

/** Inserts `who` as an active volunteer with `account`'s roles, language pairs and name. */
export async function seedActiveVolunteer(
  db: Queryable,
  keys: SecretKeys,
  who: SeededVolunteer,
  account: SeededAccount,
): Promise<void> {
  await db.insert(users).values({
    email: encrypt(keys, who.email),
    emailHash: volunteerEmailHash(keys, who.email),
    displayName: account.displayName,
    passwordHash: await hashPassword(who.password),
    totpSecretCiphertext: encrypt(keys, who.secret),
    recoveryCodeHashes: newRecoveryCodes(keys).hashes,
    roles: account.roles,
    languagePairs: account.languagePairs ?? [],
    status: 'active',
  });
}

/** A listed demo person found by full name; throws when the demo people were not seeded first. */
export async function listedPrisoner(
  db: Queryable,
  fullName: string,
): Promise<{ id: string; facility_id: string | null }> {
  const prisoner = await queryRow<{ id: string; facility_id: string | null }>(
    db,
    sql`SELECT id, facility_id FROM prisoners WHERE full_name = ${fullName} AND consent_to_list`,
  );
  if (!prisoner) throw new Error('the demo people must be seeded first');
  return prisoner;
}
