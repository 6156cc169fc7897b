/**
 * Test builders for the reply loop and delivery tests: a reply seeded in any status (a fixture,
 * not a transition, like `buildLetter`), a letter with a real-alphabet reference code, and a
 * signed-in volunteer with the headers an API call needs.
 */
import { randomUUID } from 'node:crypto';
import type { ReplyStatus } from '../../shared/reply-status';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../../shared/csrf';
import { createSession, sessionCookieName } from '../auth/sessions';
import { volunteerEmailHash } from '../auth/users';
import type { Config } from '../config';
import type { Queryable } from '../db/database';
import { realFacility } from '../channels/fixtures';
import { facilities, facilityChannels, replies, users } from '../db/schema';
import { encrypt } from '../security/encryption';
import type { SecretKeys } from '../security/keys';
import { shortCode } from '../security/tokens';

/** A reference code from the real alphabet, so the OCR matcher can find it ("LB-4F7K2Q"). */
export const newRefCode = (): string => `LB-${shortCode(6)}`;

/** A reply seeded directly in `status` (default received), optionally matched to a letter. */
export async function buildReply(
  db: Queryable,
  overrides: Partial<typeof replies.$inferInsert> & { status?: ReplyStatus } = {},
) {
  const [row] = await db
    .insert(replies)
    .values({ receivedVia: 'scan', ...overrides })
    .returning();
  return row!;
}

/** A volunteer and the headers of a signed-in, CSRF-safe request. */
export interface SignedInVolunteer {
  id: string;
  headers: Record<string, string>;
}

/** Creates an active volunteer with `roles` (and language pairs) and a session for them. */
export async function signInVolunteer(
  db: Queryable,
  keys: SecretKeys,
  config: Config,
  roles: string[],
  languagePairs: string[] = [],
): Promise<SignedInVolunteer> {
  const email = `volunteer-${randomUUID().slice(0, 8)}@example.org`;
  const [user] = await db
    .insert(users)
    .values({
      email: encrypt(keys, email),
      emailHash: volunteerEmailHash(keys, email),
      displayName: email.split('@')[0]!,
      roles,
      languagePairs,
      status: 'active',
    })
    .returning();
  const { token } = await createSession(db, config, user!.id);
  return {
    id: user!.id,
    headers: { cookie: `${sessionCookieName(config)}=${token}`, [CSRF_HEADER]: CSRF_HEADER_VALUE },
  };
}

/**
 * A facility from the shared data set (../shared/data/facilities), inserted with the channels
 * given ("fsin_pismo", or `{ channel: 'post', available: false }` to close the post). A fresh source key each time, so a test may insert it twice.
 */
export async function buildRealFacility(
  db: Queryable,
  officialName: string,
  channels: (string | { channel: string; available: boolean })[] = [],
) {
  const real = realFacility(officialName);
  const [row] = await db
    .insert(facilities)
    .values({
      region: real.region,
      type: real.type,
      number: real.number,
      shortName: real.short_name,
      territorialBody: real.ufsin,
      officialName: real.official_name,
      postcode: real.postcode || null,
      addressRaw: `${real.postcode}, ${real.address_without_postcode}`,
      source: 'test',
      sourceKey: `test-${randomUUID()}`,
    })
    .returning();
  if (channels.length) {
    await db
      .insert(facilityChannels)
      .values(
        channels.map((c) => ({ facilityId: row!.id, ...(typeof c === 'string' ? { channel: c } : c) })),
      );
  }
  return row!;
}
