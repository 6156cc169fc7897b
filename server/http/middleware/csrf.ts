/**
 * CSRF protection for every state-changing API request, with or without a session — one rule,
 * so no route can forget it. Three checks, any failure is a 403 `csrf_failed`:
 *  1. the custom header `x-letterbridge-csrf: 1` (a cross-site form cannot send it, a cross-site
 *     fetch would need a CORS preflight we never grant);
 *  2. Fetch Metadata: a browser's `Sec-Fetch-Site: cross-site` / `same-site` is refused;
 *  3. an `Origin` header, when present, must be our own (PUBLIC_URL's or the request's origin).
 * Chosen over a double-submit token because it needs no state, no token in the page (CSP forbids
 * inline scripts anyway) and works the same for the writer's magic-link session and volunteer
 * sessions; the session cookies are SameSite=Strict on top.
 */
import type { MiddlewareHandler } from 'hono';
import { CSRF_HEADER, CSRF_HEADER_VALUE, SAFE_METHODS } from '../../../shared/csrf';
import { AppError } from '../../errors';
import type { AppEnv } from '../app-env';

const csrfFailed = (why: string) =>
  new AppError(403, 'csrf_failed', `Request refused: ${why}. Reload the page and try again.`);

/** Middleware for the API router: refuses state-changing requests that could be cross-site. */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.includes(c.req.method)) return next();
    if (c.req.header(CSRF_HEADER) !== CSRF_HEADER_VALUE) throw csrfFailed('missing anti-forgery header');
    const site = c.req.header('sec-fetch-site');
    if (site !== undefined && site !== 'same-origin' && site !== 'none')
      throw csrfFailed('cross-site request');
    const origin = c.req.header('origin');
    if (origin !== undefined) {
      const allowed = [new URL(c.get('deps').config.PUBLIC_URL).origin, new URL(c.req.url).origin];
      if (!allowed.includes(origin)) throw csrfFailed('foreign origin');
    }
    return next();
  };
}
