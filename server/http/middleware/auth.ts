/**
 * Authentication and authorisation for volunteer routes: `requireUser()` loads the session from
 * its cookie (401 without one), `requirePermission(...)` also asks the policy (403 when a
 * permission is missing). Put them in createRoute's `middleware`, so they run before validation:
 * an anonymous caller learns nothing about a route's inputs.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { loadSession, sessionCookieName, type LoadedSession } from '../../auth/sessions';
import { forbidden, unauthorized } from '../../errors';
import { can, type Permission } from '../../policies';
import type { AppEnv, SessionUser } from '../app-env';

/** Loads the volunteer session of this request once; undefined when there is none. */
export async function sessionOf(c: Context<AppEnv>): Promise<LoadedSession | undefined> {
  const known = c.get('user') as LoadedSession | undefined;
  if (known) return known;
  const { db, config } = c.get('deps');
  const token = getCookie(c, sessionCookieName(config));
  const session = token ? await loadSession(db, config, token) : undefined;
  if (session) c.set('user', session);
  return session;
}

/** The signed-in user of a route behind `requireUser` (throws if the middleware was forgotten). */
export function currentUser(c: Context<AppEnv>): LoadedSession {
  const user = c.get('user') as LoadedSession | undefined;
  if (!user) throw unauthorized();
  return user;
}

/** Middleware: a signed-in volunteer is required. @throws AppError 401 `unauthorized`. */
export function requireUser(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!(await sessionOf(c))) throw unauthorized('Sign in as a volunteer first.');
    await next();
  };
}

/**
 * Middleware: a signed-in volunteer holding every permission named.
 * @throws AppError 401 `unauthorized`, 403 `forbidden`.
 */
export function requirePermission(...permissions: Permission[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = await sessionOf(c);
    if (!user) throw unauthorized('Sign in as a volunteer first.');
    if (!permissions.every((permission) => can(user, permission))) throw forbidden();
    await next();
  };
}

/** Middleware: a signed-in volunteer holding at least one of the permissions named. */
export function requireAnyPermission(...permissions: Permission[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = await sessionOf(c);
    if (!user) throw unauthorized('Sign in as a volunteer first.');
    if (!permissions.some((permission) => can(user, permission))) throw forbidden();
    await next();
  };
}

/** Throws 403 unless `user` holds `permission` (for checks inside a handler). */
export function assertCan(user: SessionUser, permission: Permission): void {
  if (!can(user, permission)) throw forbidden();
}
