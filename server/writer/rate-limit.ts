/**
 * Fixed-window rate limits in the database (table `rate_limits`), so every web process counts
 * against the same numbers. One statement per hit: insert the counter, or bump it, or restart the
 * window when the old one ended — atomic under concurrency without explicit locks.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '../db/database';
import { queryRow } from '../db/rows';
import { AppError } from '../errors';
import { keyedHash, type SecretKeys } from '../security/keys';

/** A limit: at most `max` hits per `windowMs`. */
export interface RateLimit {
  /** Name of what is limited, part of the key ("letters:ip"). */
  name: string;
  max: number;
  windowMs: number;
}

/** Limits on the writer's unauthenticated entry points. */
export const WRITER_RATE_LIMITS = {
  lettersPerIp: { name: 'letters:ip', max: 20, windowMs: 3600_000 },
  lettersPerEmail: { name: 'letters:email', max: 10, windowMs: 3600_000 },
  loginPerIp: { name: 'login:ip', max: 20, windowMs: 3600_000 },
  loginPerEmail: { name: 'login:email', max: 5, windowMs: 3600_000 },
} as const satisfies Record<string, RateLimit>;

/** The stored key: the subject (an IP, an email) only as a keyed hash, so the table reveals nobody. */
export function rateLimitKey(keys: SecretKeys, limit: RateLimit, subject: string): string {
  return `${limit.name}:${keyedHash(keys, `rate:${limit.name}:${subject.trim().toLowerCase()}`).slice(0, 32)}`;
}

/** Counts one hit of `key`; returns the hits in the current window, this one included. */
export async function countHit(db: Queryable, key: string, windowMs: number): Promise<number> {
  const row = await queryRow<{ count: number }>(
    db,
    sql`
    INSERT INTO rate_limits (key, window_start, count, expires_at)
    VALUES (${key}, now(), 1, now() + ${windowMs} * interval '1 millisecond')
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limits.expires_at <= now() THEN 1 ELSE rate_limits.count + 1 END,
      window_start = CASE WHEN rate_limits.expires_at <= now() THEN now() ELSE rate_limits.window_start END,
      expires_at = CASE WHEN rate_limits.expires_at <= now()
                        THEN now() + ${windowMs} * interval '1 millisecond' ELSE rate_limits.expires_at END
    RETURNING count::int AS count`,
  );
  return row!.count;
}

/**
 * Counts a hit of `subject` against `limit`.
 * @throws AppError 429 `rate_limited` once the window's budget is spent.
 */
export async function enforceRateLimit(
  db: Queryable,
  keys: SecretKeys,
  limit: RateLimit,
  subject: string,
): Promise<void> {
  const count = await countHit(db, rateLimitKey(keys, limit, subject), limit.windowMs);
  if (count > limit.max) {
    throw new AppError(
      429,
      'rate_limited',
      'Too many attempts from here. Please wait an hour and try again.',
    );
  }
}

/** Deletes counters whose window ended (housekeeping; the upsert resets them anyway). */
export async function sweepRateLimits(db: Queryable): Promise<void> {
  await db.execute(sql`DELETE FROM rate_limits WHERE expires_at < now()`);
}
