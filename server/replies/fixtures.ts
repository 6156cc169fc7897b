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
import { replies, users } from '../db/schema';
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
