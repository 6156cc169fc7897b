/**
 * Test data builders with overrides, in the spirit of `build*()` factories: each inserts one row
 * with sensible defaults and returns it. Letters can be seeded directly in any status — a test
 * fixture, not a transition — so each state is one call away.
 */
import { randomUUID } from 'node:crypto';
import type { LetterStatus } from '../shared/letter-status';
import type { Queryable } from '../server/db/database';
import { facilities, letters, prisoners, writers } from '../server/db/schema';
import { normalizedContentHash } from '../server/screening';
import { emailLookupHash } from '../server/letters/writers';
import { encrypt } from '../server/security/encryption';
import { deriveKeys } from '../server/security/keys';

/** Keys used by tests (fixed, never used outside tests). */
export const testKeys = deriveKeys(Buffer.alloc(32, 42));

const unique = () => randomUUID().slice(0, 8);

/** A real-shaped facility (defaults: ИК-2 in Vladimir region). */
export async function buildFacility(db: Queryable, overrides: Partial<typeof facilities.$inferInsert> = {}) {
  const key = unique();
  const [row] = await db
    .insert(facilities)
    .values({
      region: 'Владимирская область',
      type: 'ИК',
      number: '2',
      shortName: 'ИК-2',
      territorialBody: 'УФСИН России по Владимирской области',
      officialName: 'ФКУ ИК-2 УФСИН России по Владимирской области',
      postcode: '601122',
      addressRaw: '601122, Владимирская область, Петушинский район, г. Покров, ул. Франца Штольверка, д. 6',
      source: 'test',
      sourceKey: `test-${key}`,
      ...overrides,
    })
    .returning();
  return row!;
}

/** A listed prisoner who can receive letters, in a new facility unless one is given. */
export async function buildPrisoner(db: Queryable, overrides: Partial<typeof prisoners.$inferInsert> = {}) {
  const facilityId = overrides.facilityId ?? (await buildFacility(db)).id;
  const [row] = await db
    .insert(prisoners)
    .values({
      slug: `test-person-${unique()}`,
      surname: 'Иванов',
      givenName: 'Иван',
      patronymic: 'Иванович',
      fullName: 'Иванов Иван Иванович',
      gender: 'male',
      birthYear: 1990,
      status: 'convicted',
      consentToList: true,
      source: 'test',
      facilityId,
      ...overrides,
    })
    .returning();
  return row!;
}

/** A writer with an encrypted email. */
export async function buildWriter(db: Queryable, email = `writer-${unique()}@example.org`) {
  const [row] = await db
    .insert(writers)
    .values({
      emailHash: emailLookupHash(testKeys, email),
      emailCiphertext: encrypt(testKeys, email),
      pseudonym: `W-${unique().toUpperCase()}`,
    })
    .returning();
  return { ...row!, email };
}

/** A letter seeded directly in `status` (default submitted). */
export async function buildLetter(
  db: Queryable,
  overrides: Partial<typeof letters.$inferInsert> & { status?: LetterStatus } = {},
) {
  const prisonerId = overrides.prisonerId ?? (await buildPrisoner(db)).id;
  const writerId = overrides.writerId ?? (await buildWriter(db)).id;
  const body = overrides.body ?? 'Hello! I am a teacher from Lyon. I think of you often.';
  const [row] = await db
    .insert(letters)
    .values({
      refCode: `LB-${unique().toUpperCase()}`,
      language: 'en',
      contentHash: normalizedContentHash(body ?? ''),
      charCount: (body ?? '').length,
      ...overrides,
      body,
      prisonerId,
      writerId,
    })
    .returning();
  return row!;
}
