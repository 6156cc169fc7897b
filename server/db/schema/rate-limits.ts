/** Fixed-window counters for rate limits, kept in the database so every process shares them. */
import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One counter per key and window, e.g. `letters:ip:<hash>`. Keys carry keyed hashes, never an IP
 * address or an email in clear. Rows whose window ended are reset in place or swept.
 */
export const rateLimits = pgTable('rate_limits', {
  key: text().primaryKey(),
  /** Start of the current window. */
  windowStart: timestamp({ withTimezone: true }).notNull().defaultNow(),
  /** Hits counted in the current window. */
  count: integer().notNull().default(0),
  /** When this row may be deleted (end of its window). */
  expiresAt: timestamp({ withTimezone: true }).notNull(),
});
