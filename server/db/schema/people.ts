/** Volunteer accounts, their sessions, and the audit log of everything they do. */
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
import { createdAt, uuidPk } from './columns';

/** A volunteer of the running organisation. Invitation only. */
export const users = pgTable(
  'users',
  {
    id: uuidPk(),
    /**
     * The volunteer's email, encrypted like writers' (AES-256-GCM, `encrypt()`): a stolen database
     * does not list who volunteers. Found by `emailHash`.
     */
    email: text().notNull(),
    /** HMAC-SHA256 of the normalised email under the server key (`volunteerEmailHash()`). */
    emailHash: text().notNull(),
    displayName: text().notNull().default(''),
    /** argon2id hash; null until the invitation is accepted. */
    passwordHash: text(),
    /** TOTP secret, encrypted with the server key; null until enrolled. */
    totpSecretCiphertext: text(),
    /** Hashes of unused recovery codes. */
    recoveryCodeHashes: text().array().notNull().default([]),
    /** The last TOTP time step accepted, so one code cannot be replayed within its window. */
    totpLastStep: integer(),
    /** translator, moderator, dispatcher, coordinator, admin. */
    roles: text().array().notNull().default([]),
    /** Language pairs a translator works in, as "de-ru", "ru-de". */
    languagePairs: text().array().notNull().default([]),
    uiLanguage: text().notNull().default('en'),
    /** invited, active, disabled. */
    status: text().notNull().default('invited'),
    failedLogins: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true }),
    lastLoginAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_idx').on(t.email), uniqueIndex('users_email_hash_idx').on(t.emailHash)],
);

/** A signed-in volunteer session; the cookie carries the token, the table its hash. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Absolute expiry; idle expiry is computed from lastSeenAt. */
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Append-only record of state changes, claims, reveals, logins and settings changes. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    actorType: text().notNull(),
    actorId: text(),
    action: text().notNull(),
    subjectType: text(),
    subjectId: text(),
    reason: text(),
    data: jsonb().$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_log_created_idx').on(t.createdAt),
    index('audit_log_subject_idx').on(t.subjectType, t.subjectId),
    index('audit_log_actor_idx').on(t.actorId, t.createdAt),
  ],
);

/** Operator settings changed at run time (channel budgets, prices). */
export const settings = pgTable('settings', {
  key: text().primaryKey(),
  value: jsonb().notNull(),
  updatedBy: uuid(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
