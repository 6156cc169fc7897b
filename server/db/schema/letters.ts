/** Writers, their letters, and the append-only history of every letter. */
import {
  boolean,
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { LetterStatus } from '../../../shared/letter-status';
import { createdAt, updatedAt, uuidPk } from './columns';
import { facilities } from './facilities';
import { prisoners } from './prisoners';

/**
 * A person who writes. Stored minimally: the email encrypted (AES-256-GCM) for sending mail and
 * a keyed hash for finding them again; volunteers see only the pseudonym.
 */
export const writers = pgTable(
  'writers',
  {
    id: uuidPk(),
    /** Shown to volunteers instead of any personal data ("W-7K3QXM"). */
    pseudonym: text().notNull(),
    emailCiphertext: text().notNull(),
    /** HMAC-SHA256 of the normalised email under the server key. */
    emailHash: text().notNull(),
    /** Language replies should be translated into. */
    language: text().notNull().default('en'),
    uiLanguage: text().notNull().default('en'),
    /** Set when moderators block an abusive sender. */
    blockedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    lastSeenAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('writers_email_hash_idx').on(t.emailHash),
    uniqueIndex('writers_pseudonym_idx').on(t.pseudonym),
  ],
);

/** A letter from a writer to a prisoner. `status` is written only by the commands in server/letters/. */
export const letters = pgTable(
  'letters',
  {
    id: uuidPk(),
    /** Short code printed on the letter so a reply can be matched to it ("LB-4F7K2Q"). */
    refCode: text().notNull(),
    writerId: uuid()
      .notNull()
      .references(() => writers.id),
    prisonerId: uuid()
      .notNull()
      .references(() => prisoners.id),
    /** The facility the letter is routed to; set when it is approved or re-routed. */
    facilityId: uuid().references(() => facilities.id),
    status: text().$type<LetterStatus>().notNull().default('submitted'),
    /** The language the writer wrote in (confirmed by the writer). */
    language: text().notNull(),
    /** The writer's text; null once purged after the retention period. */
    body: text(),
    signature: text().notNull().default(''),
    /** SHA-256 of the normalised text, for spotting the same text sent to many prisoners. */
    contentHash: text().notNull(),
    charCount: integer().notNull(),
    /** The writer allows publishing the letter anonymously. */
    allowPublish: boolean().notNull().default(false),
    /** Channel chosen for dispatch: fsin_pismo, zonatelecom, post, self_post. */
    channel: text(),
    /** A reply this letter answers, when the writer answers in the same thread. */
    inReplyToReplyId: uuid(),
    /** Volunteer holding a lease on this letter in a queue, and until when. */
    claimedBy: uuid(),
    claimExpiresAt: timestamp({ withTimezone: true }),
    /** Set by the sweep when the letter has waited too long in its status. */
    stuckSince: timestamp({ withTimezone: true }),
    statusChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    purgedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('letters_ref_code_idx').on(t.refCode),
    index('letters_status_idx').on(t.status, t.statusChangedAt),
    index('letters_writer_idx').on(t.writerId),
    index('letters_prisoner_idx').on(t.prisonerId),
    index('letters_content_hash_idx').on(t.contentHash),
  ],
);

/** Append-only: one row per transition (and per alert or note), with who did it and why. */
export const letterEvents = pgTable(
  'letter_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    letterId: uuid()
      .notNull()
      .references(() => letters.id, { onDelete: 'cascade' }),
    /** transition, alert (raised by a sweep), note. */
    kind: text().notNull().default('transition'),
    /** Command name for transitions ("approve"). */
    name: text().notNull(),
    fromStatus: text(),
    toStatus: text(),
    actorType: text().notNull(),
    actorId: text(),
    reason: text(),
    data: jsonb().$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [
    index('letter_events_letter_idx').on(t.letterId, t.id),
    // "My recent work" and the audit viewer's actor filter.
    index('letter_events_actor_idx').on(t.actorId, t.id),
  ],
);

/** Single-use, expiring tokens: confirmation links, writer sessions, invitations, resets. Stored hashed. */
export const accessTokens = pgTable(
  'access_tokens',
  {
    tokenHash: text().primaryKey(),
    /** confirm_letter, writer_session, invitation, password_reset. */
    purpose: text().notNull(),
    writerId: uuid().references(() => writers.id, { onDelete: 'cascade' }),
    userId: uuid(),
    letterId: uuid().references(() => letters.id, { onDelete: 'cascade' }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('access_tokens_expires_idx').on(t.expiresAt)],
);
