/**
 * Test builders for the reply loop and delivery tests: a reply seeded in any status (a fixture,
 * not a transition, like `buildLetter`), one with its texts and scans on disk, a letter with a
 * real-alphabet reference code, and a signed-in volunteer with the headers an API call needs.
 */
import { randomUUID } from 'node:crypto';
import type { ReplyStatus } from '../../shared/reply-status';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../../shared/csrf';
import { createSession, sessionCookieName } from '../auth/sessions';
import { volunteerEmailHash } from '../auth/users';
import type { Config } from '../config';
import type { Queryable } from '../db/database';
import { realFacility } from '../channels/fixtures';
import { facilities, facilityChannels, replies, replyFiles, translations, users } from '../db/schema';
import { encrypt } from '../security/encryption';
import type { SecretKeys } from '../security/keys';
import { shortCode } from '../security/tokens';
import { storeReplyFile } from './storage';

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

/** What a reply with content is seeded with. */
export interface ReplyContent {
  letterId: string;
  status?: ReplyStatus;
  transcription?: string;
  ocrDraft?: string;
  /** The approved translation out of Russian, and its language. */
  translation?: { text: string; language: string };
  /** Scans stored under `dataDir`, in page order. */
  scans?: { bytes: Buffer; type: 'image/jpeg' | 'image/png' | 'application/pdf' }[];
}

const EXTENSION = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' } as const;

/**
 * A reply seeded with its texts and scans (default: forwarded), as the reply loop leaves it:
 * the files really on disk, the translation approved. Returns the reply, its files and their paths.
 */
export async function buildReplyWithContent(db: Queryable, dataDir: string, content: ReplyContent) {
  const reply = await buildReply(db, {
    letterId: content.letterId,
    status: content.status ?? 'forwarded',
    transcription: content.transcription ?? null,
    ocrDraft: content.ocrDraft ?? null,
  });
  if (content.translation) {
    await db.insert(translations).values({
      replyId: reply.id,
      direction: 'from_ru',
      sourceLanguage: 'ru',
      targetLanguage: content.translation.language,
      text: content.translation.text,
      status: 'approved',
    });
  }
  const files = [];
  for (const [position, scan] of (content.scans ?? []).entries()) {
    const path = storeReplyFile(dataDir, scan.bytes, EXTENSION[scan.type]);
    const [file] = await db
      .insert(replyFiles)
      .values({ replyId: reply.id, path, mimeType: scan.type, bytes: scan.bytes.length, position })
      .returning();
    files.push(file!);
  }
  return { reply, files };
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
