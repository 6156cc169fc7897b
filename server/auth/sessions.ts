/**
 * Volunteer sessions in the database. The cookie carries a random token; the table keeps its
 * SHA-256. A session ends when it is idle for SESSION_IDLE_MINUTES, SESSION_MAX_HOURS after sign-in,
 * on sign-out, on "sign out everywhere", on a password reset, and when the account is disabled.
 */
import { and, eq, lt, or, sql } from 'drizzle-orm';
import type { Config } from '../config';
import type { Queryable } from '../db/database';
import { sessions, users } from '../db/schema';
import type { SessionUser } from '../http/app-env';
import { hashToken, newToken } from '../security/tokens';

/** The signed-in user as routes see it, plus what the dashboard shows. */
export interface LoadedSession extends SessionUser {
  displayName: string;
  uiLanguage: string;
}

/** Only bump `last_seen_at` when it is older than this, so reads do not each cost a write. */
const TOUCH_AFTER_MS = 60_000;

/**
 * The cookie name. On https it has the `__Host-` prefix: the browser then insists on Secure,
 * Path=/ and no Domain, so a sibling subdomain cannot plant or overwrite the session cookie.
 */
export function sessionCookieName(config: Pick<Config, 'PUBLIC_URL'>): string {
  return config.PUBLIC_URL.startsWith('https:') ? '__Host-lb_session' : 'lb_session';
}

/** Starts a session for `userId`; returns the token for the cookie. */
export async function createSession(
  db: Queryable,
  config: Config,
  userId: string,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + config.SESSION_MAX_HOURS * 3600_000);
  await db.insert(sessions).values({ tokenHash: hashToken(token), userId, expiresAt });
  return { token, expiresAt };
}

/** The live session for a cookie token, or undefined (expired sessions are deleted on sight). */
export async function loadSession(
  db: Queryable,
  config: Config,
  token: string,
): Promise<LoadedSession | undefined> {
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash));
  if (!row) return undefined;
  const now = Date.now();
  const idleLimit = row.session.lastSeenAt.getTime() + config.SESSION_IDLE_MINUTES * 60_000;
  if (row.session.expiresAt.getTime() <= now || idleLimit <= now || row.user.status !== 'active') {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return undefined;
  }
  if (now - row.session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: sql`now()` })
      .where(eq(sessions.tokenHash, tokenHash));
  }
  const { user } = row;
  return {
    id: user.id,
    roles: user.roles,
    languagePairs: user.languagePairs,
    sessionHash: tokenHash,
    displayName: user.displayName,
    uiLanguage: user.uiLanguage,
  };
}

/** Ends one session. */
export async function endSession(db: Queryable, sessionHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, sessionHash));
}

/** Ends every session of a user; returns how many there were. */
export async function endAllSessions(db: Queryable, userId: string): Promise<number> {
  const ended = await db
    .delete(sessions)
    .where(eq(sessions.userId, userId))
    .returning({ h: sessions.tokenHash });
  return ended.length;
}

/** Deletes sessions past their absolute or idle expiry (housekeeping). */
export async function purgeExpiredSessions(db: Queryable, config: Config): Promise<number> {
  const idleCutoff = new Date(Date.now() - config.SESSION_IDLE_MINUTES * 60_000);
  const purged = await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, sql`now()`), lt(sessions.lastSeenAt, idleCutoff)))
    .returning({ h: sessions.tokenHash });
  return purged.length;
}

/** Live sessions of a user (for "signed in on N devices"). */
export async function countSessions(db: Queryable, userId: string): Promise<number> {
  const rows = await db
    .select({ h: sessions.tokenHash })
    .from(sessions)
    .where(and(eq(sessions.userId, userId)));
  return rows.length;
}
