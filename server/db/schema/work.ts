/** The volunteers' work products: translations, screenings, dispatch attempts and replies. */
import {
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
import type { ScreeningFlag } from '../../../shared/api/screening';
import type { ReplyStatus } from '../../../shared/reply-status';
import { createdAt, updatedAt, uuidPk } from './columns';
import { letters } from './letters';

/** One flag raised by screening (stored in `screenings.flags`, sent as is by the API). */
export type { ScreeningFlag };

/** A translation of a letter (into Russian) or of a reply (out of Russian), draft or final. */
export const translations = pgTable(
  'translations',
  {
    id: uuidPk(),
    letterId: uuid().references(() => letters.id, { onDelete: 'cascade' }),
    replyId: uuid(),
    /** to_ru for letters, from_ru for replies. */
    direction: text().notNull(),
    sourceLanguage: text().notNull(),
    targetLanguage: text().notNull(),
    /** Null once purged. */
    text: text(),
    /** draft, submitted, approved. */
    status: text().notNull().default('draft'),
    /** Engine that produced the first draft (memory, apertium, marian, ...), if any. */
    engine: text(),
    translatorId: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('translations_letter_idx').on(t.letterId), index('translations_reply_idx').on(t.replyId)],
);

/** The result of screening one text of a letter (the writer's source, or the Russian translation). */
export const screenings = pgTable(
  'screenings',
  {
    id: uuidPk(),
    letterId: uuid()
      .notNull()
      .references(() => letters.id, { onDelete: 'cascade' }),
    /** source or translation. */
    stage: text().notNull(),
    language: text().notNull(),
    flags: jsonb().$type<ScreeningFlag[]>().notNull().default([]),
    /** Highest severity among the flags, or none. */
    maxSeverity: text().notNull().default('none'),
    createdAt: createdAt(),
  },
  (t) => [index('screenings_letter_idx').on(t.letterId)],
);

/**
 * One try at handing a letter to a channel. Created `pending` before the outside action and
 * completed after it, so a crash in between is visible and never sends twice.
 */
export const dispatchAttempts = pgTable(
  'dispatch_attempts',
  {
    id: uuidPk(),
    letterId: uuid()
      .notNull()
      .references(() => letters.id),
    channel: text().notNull(),
    /** pending, succeeded, failed. */
    status: text().notNull().default('pending'),
    /** The service's order number, or the post's tracking number. */
    externalRef: text(),
    costMinor: integer(),
    currency: text(),
    batchId: uuid(),
    actorId: text(),
    error: text(),
    createdAt: createdAt(),
    completedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('dispatch_attempts_letter_idx').on(t.letterId),
    uniqueIndex('dispatch_attempts_external_ref_idx').on(t.channel, t.externalRef),
  ],
);

/** A prisoner's reply, from scan to the writer's inbox. */
export const replies = pgTable(
  'replies',
  {
    id: uuidPk(),
    /** The letter it answers; null until matched by reference code or by hand. */
    letterId: uuid().references(() => letters.id),
    status: text().$type<ReplyStatus>().notNull().default('received'),
    /** scan, pdf, e_letter. */
    receivedVia: text().notNull(),
    /** The Russian text as transcribed; null once purged. */
    transcription: text(),
    /**
     * Tesseract's reading of the scan: a draft the transcriber starts from, never shown to the
     * writer and never taken as the transcription by itself; null when OCR was unavailable or once purged.
     */
    ocrDraft: text(),
    claimedBy: uuid(),
    claimExpiresAt: timestamp({ withTimezone: true }),
    statusChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    purgedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('replies_status_idx').on(t.status), index('replies_letter_idx').on(t.letterId)],
);

/** Files that came with a reply: scans, PDFs. Stored under DATA_DIR/uploads. */
export const replyFiles = pgTable('reply_files', {
  id: uuidPk(),
  replyId: uuid()
    .notNull()
    .references(() => replies.id, { onDelete: 'cascade' }),
  path: text().notNull(),
  mimeType: text().notNull(),
  bytes: integer().notNull(),
  /** Page order within the reply (files of one upload share a timestamp). */
  position: integer().notNull().default(0),
  createdAt: createdAt(),
});

/** Append-only history of each reply, like `letter_events`. */
export const replyEvents = pgTable(
  'reply_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    replyId: uuid()
      .notNull()
      .references(() => replies.id, { onDelete: 'cascade' }),
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
    index('reply_events_reply_idx').on(t.replyId, t.id),
    index('reply_events_actor_idx').on(t.actorId, t.id),
  ],
);
