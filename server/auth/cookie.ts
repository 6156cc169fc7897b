/** Setting and clearing the volunteer session cookie. */
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../http/app-env';
import { sessionCookieName } from './sessions';

/** Sets the session cookie: httpOnly, SameSite=Strict, Secure (and `__Host-`) on https. */
export function setSessionCookie(c: Context<AppEnv>, token: string, expiresAt: Date): void {
  const { config } = c.get('deps');
  const secure = config.PUBLIC_URL.startsWith('https:');
  setCookie(c, sessionCookieName(config), token, {
    httpOnly: true,
    secure,
    sameSite: 'Strict',
    path: '/',
    expires: expiresAt,
  });
}

/** Clears the session cookie. */
export function clearSessionCookie(c: Context<AppEnv>): void {
  const { config } = c.get('deps');
  const secure = config.PUBLIC_URL.startsWith('https:');
  deleteCookie(c, sessionCookieName(config), { path: '/', secure, httpOnly: true, sameSite: 'Strict' });
}
