/**
 * The writer's "My letters" session: an httpOnly cookie holding a random token whose hash is an
 * `access_tokens` row with purpose `writer_session`. No password, no account: the session comes
 * from a link emailed to the writer (a confirmation or a sign-in link).
 */
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Queryable } from '../db/database';
import { accessTokens, writers } from '../db/schema';
import { unauthorized } from '../errors';
import type { AppEnv } from '../http/app-env';
import { WRITER_SESSION_TTL_MS } from '../letters/confirm-letter';
import { hashToken, newToken } from '../security/tokens';

/** Cookie holding the writer's session (the same name the confirmation route sets). */
export const WRITER_COOKIE = 'lb_writer';

/** Creates a session for `writerId` and returns its token (for the cookie). */
export async function createWriterSession(db: Queryable, writerId: string): Promise<string> {
  const token = newToken();
  await db.insert(accessTokens).values({
    tokenHash: hashToken(token),
    purpose: 'writer_session',
    writerId,
    expiresAt: new Date(Date.now() + WRITER_SESSION_TTL_MS),
  });
  return token;
}

/** The writer a session token belongs to, if it is valid and the writer still exists. */
export async function writerForSession(db: Queryable, token: string): Promise<string | undefined> {
  const [row] = await db
    .select({ writerId: accessTokens.writerId })
    .from(accessTokens)
    .innerJoin(writers, eq(writers.id, accessTokens.writerId))
    .where(
      and(
        eq(accessTokens.tokenHash, hashToken(token)),
        eq(accessTokens.purpose, 'writer_session'),
        isNull(accessTokens.usedAt),
        gt(accessTokens.expiresAt, sql`now()`),
      ),
    );
  return row?.writerId ?? undefined;
}

/** Sets the session cookie: httpOnly, SameSite=Strict, Secure on https. */
export function setWriterCookie(c: Context<AppEnv>, token: string): void {
  setCookie(c, WRITER_COOKIE, token, {
    httpOnly: true,
    secure: c.get('deps').config.PUBLIC_URL.startsWith('https:'),
    sameSite: 'Strict',
    path: '/',
    maxAge: Math.floor(WRITER_SESSION_TTL_MS / 1000),
  });
}

/** Ends the session of this request: the token row is deleted and the cookie cleared. */
export async function endWriterSession(c: Context<AppEnv>): Promise<void> {
  const token = getCookie(c, WRITER_COOKIE);
  if (token)
    await c
      .get('deps')
      .db.delete(accessTokens)
      .where(eq(accessTokens.tokenHash, hashToken(token)));
  deleteCookie(c, WRITER_COOKIE, { path: '/' });
}

/** Middleware: requires a writer session and sets `writerId`. @throws AppError 401 `unauthorized`. */
export function requireWriter(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, WRITER_COOKIE);
    const writerId = token ? await writerForSession(c.get('deps').db, token) : undefined;
    if (!writerId) throw unauthorized('Open the link from your email to see your letters.');
    c.set('writerId', writerId);
    await next();
  };
}
