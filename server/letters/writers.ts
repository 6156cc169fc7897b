/**
 * Writers are found by a keyed hash of their normalised email and keep the address only
 * encrypted. Volunteers see a pseudonym.
 */
import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { writers } from '../db/schema';
import { encrypt, decrypt } from '../security/encryption';
import { keyedHash, type SecretKeys } from '../security/keys';
import { shortCode } from '../security/tokens';

/** Lower-cases and trims an address, so one person is one writer. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The lookup hash of an email. */
export function emailLookupHash(keys: SecretKeys, email: string): string {
  return keyedHash(keys, `email:${normalizeEmail(email)}`);
}

/** Returns the writer with this email, creating them on first use. */
export async function findOrCreateWriter(
  db: Queryable,
  keys: SecretKeys,
  input: { email: string; language: string; uiLanguage: string },
): Promise<typeof writers.$inferSelect> {
  const emailHash = emailLookupHash(keys, input.email);
  // Insert-or-touch in one statement, so two first letters at once make one writer.
  const [row] = await db
    .insert(writers)
    .values({
      emailHash,
      emailCiphertext: encrypt(keys, normalizeEmail(input.email)),
      pseudonym: `W-${shortCode(6)}`,
      language: input.language,
      uiLanguage: input.uiLanguage,
    })
    .onConflictDoUpdate({
      target: writers.emailHash,
      set: { lastSeenAt: sql`now()`, uiLanguage: input.uiLanguage },
    })
    .returning();
  return row!;
}

/** The writer's email in clear, for sending mail. */
export async function writerEmail(
  db: Queryable,
  keys: SecretKeys,
  writerId: string,
): Promise<string | undefined> {
  const [row] = await db.select({ c: writers.emailCiphertext }).from(writers).where(eq(writers.id, writerId));
  return row ? decrypt(keys, row.c) : undefined;
}
