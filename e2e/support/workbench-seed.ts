/**
 * Work for the workbench browser test, created by the test server at start: a translator (en-ru,
 * de-ru) and a moderator with known passwords and authenticator keys, two letters waiting for
 * translation to a demo person, and one approved sentence pair in the translation memory. Nothing
 * is put in the review queue, which another browser test counts.
 */
import { sql } from 'drizzle-orm';
import { hashPassword } from '../../server/auth/passwords';
import { newRecoveryCodes } from '../../server/auth/totp';
import { volunteerEmailHash } from '../../server/auth/users';
import type { Queryable } from '../../server/db/database';
import { queryRow } from '../../server/db/rows';
import { users } from '../../server/db/schema';
import { findOrCreateWriter } from '../../server/letters/writers';
import { rememberApproved } from '../../server/mt/memory/remember';
import type { Runtime } from '../../server/runtime';
import type { SecretKeys } from '../../server/security/keys';
import { encrypt } from '../../server/security/encryption';
import { buildLetter } from '../../test/factories';

/** A volunteer the test signs in as. */
export interface SeededVolunteer {
  email: string;
  password: string;
  /** Base32 authenticator key (test data only). */
  secret: string;
}

/** The translator. */
export const WB_TRANSLATOR: SeededVolunteer = {
  email: 'translator.workbench@example.org',
  password: 'quiet river paper lantern',
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
};

/** The moderator. */
export const WB_MODERATOR: SeededVolunteer = {
  email: 'reviewer.workbench@example.org',
  password: 'amber window salt meadow',
  secret: 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU',
};

/** The first letter to translate: greetings the phrasebook knows, one sentence the memory knows. */
export const WB_LETTER =
  'Dear Rinat,\n\nMy name is Claire and I am a teacher from Lyon. I think of you often.\n\n' +
  'We think of you every day. Stay strong!';

/** The second letter, in German. */
export const WB_LETTER_DE = 'Lieber Rinat,\n\nich heiße Jonas und wohne in Hamburg. Wir denken an dich!';

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

/** Seeds the volunteers, the memory and the translation queue. */
export async function seedWorkbench(runtime: Runtime): Promise<void> {
  const { db, keys } = runtime;
  await activeVolunteer(db, keys, WB_TRANSLATOR, ['translator'], ['en-ru', 'de-ru'], 'Tanya');
  await activeVolunteer(db, keys, WB_MODERATOR, ['moderator'], [], 'Max');
  await rememberApproved(db, [
    { from: 'en', to: 'ru', source: 'I think of you often.', target: 'Я часто думаю о вас.' },
  ]);
  const prisoner = await queryRow<{ id: string }>(
    db,
    sql`SELECT id FROM prisoners WHERE full_name = 'Галиев Ринат Ильдарович' AND consent_to_list`,
  );
  if (!prisoner) throw new Error('the demo people must be seeded first');
  const writer = await findOrCreateWriter(db, keys, {
    email: 'claire.workbench@example.org',
    language: 'en',
    uiLanguage: 'fr',
  });
  const german = await findOrCreateWriter(db, keys, {
    email: 'jonas.workbench@example.org',
    language: 'de',
    uiLanguage: 'de',
  });
  const letters = [
    { writerId: writer.id, body: WB_LETTER, language: 'en', signature: 'Claire' },
    { writerId: german.id, body: WB_LETTER_DE, language: 'de', signature: 'Jonas' },
  ];
  for (const [i, letter] of letters.entries()) {
    await buildLetter(db, {
      ...letter,
      status: 'translating',
      prisonerId: prisoner.id,
      statusChangedAt: new Date(Date.now() - (letters.length - i) * 60_000),
    });
  }
}
