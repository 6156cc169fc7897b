/**
 * Work for the reply browser test, created by the test server at start: a translator who
 * transcribes and translates replies into English (ru-en), a moderator who checks them, and one
 * letter sent to a demo person under a known reference code, from a writer who reads English.
 * Nothing here enters the letter queues other browser tests count.
 */
import { sql } from 'drizzle-orm';
import { hashPassword } from '../../server/auth/passwords';
import { newRecoveryCodes } from '../../server/auth/totp';
import { volunteerEmailHash } from '../../server/auth/users';
import type { Queryable } from '../../server/db/database';
import { queryRow } from '../../server/db/rows';
import { users } from '../../server/db/schema';
import { findOrCreateWriter } from '../../server/letters/writers';
import type { Runtime } from '../../server/runtime';
import type { SecretKeys } from '../../server/security/keys';
import { encrypt } from '../../server/security/encryption';
import { buildLetter } from '../../test/factories';
import type { SeededVolunteer } from './workbench-seed';

/** Transcribes and translates replies (translator, ru-en). */
export const RP_TRANSLATOR: SeededVolunteer = {
  email: 'translator.replies@example.org',
  password: 'pale harbour tin compass',
  secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
};

/** Checks and forwards replies (moderator). */
export const RP_REVIEWER: SeededVolunteer = {
  email: 'reviewer.replies@example.org',
  password: 'slow orchard violet kettle',
  secret: 'MFRGGZDFMZTWQ2LKMFRGGZDFMZTWQ2LK',
};

/** The writer who receives the reply (never shown to volunteers). */
export const RP_WRITER_EMAIL = 'marie.replies@example.org';

/** The reference code of the letter the reply answers. */
export const RP_REF_CODE = 'LB-7K3M9Q';

/** The demo person the letter went to. */
export const RP_PRISONER = 'Галиев Ринат Ильдарович';

async function activeVolunteer(
  db: Queryable,
  keys: SecretKeys,
  who: SeededVolunteer,
  roles: string[],
  languagePairs: string[],
  displayName: string,
): Promise<void> {
  await db.insert(users).values({
    email: encrypt(keys, who.email),
    emailHash: volunteerEmailHash(keys, who.email),
    displayName,
    passwordHash: await hashPassword(who.password),
    totpSecretCiphertext: encrypt(keys, who.secret),
    recoveryCodeHashes: newRecoveryCodes(keys).hashes,
    roles,
    languagePairs,
    status: 'active',
  });
}

/** Seeds the two volunteers and the sent letter. */
export async function seedReplies(runtime: Runtime): Promise<void> {
  const { db, keys } = runtime;
  await activeVolunteer(db, keys, RP_TRANSLATOR, ['translator'], ['ru-en'], 'Pavel');
  await activeVolunteer(db, keys, RP_REVIEWER, ['moderator'], [], 'Irina');
  const prisoner = await queryRow<{ id: string; facility_id: string | null }>(
    db,
    sql`SELECT id, facility_id FROM prisoners WHERE full_name = ${RP_PRISONER} AND consent_to_list`,
  );
  if (!prisoner) throw new Error('the demo people must be seeded first');
  const writer = await findOrCreateWriter(db, keys, {
    email: RP_WRITER_EMAIL,
    language: 'en',
    uiLanguage: 'en',
  });
  await buildLetter(db, {
    refCode: RP_REF_CODE,
    status: 'dispatched',
    writerId: writer.id,
    prisonerId: prisoner.id,
    facilityId: prisoner.facility_id,
    body: 'Dear Rinat, I am Marie from Lyon. I hope the autumn is kind to you.',
    signature: 'Marie',
    statusChangedAt: new Date(Date.now() - 10 * 24 * 3600_000),
  });
}
