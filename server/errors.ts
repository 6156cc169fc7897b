/**
 * One error module: every failure a client can see has a stable string code and an HTTP status.
 * Routes throw `AppError`s; the error middleware turns them (and everything else) into
 * `{"error":{"code","message"}}` without stack traces.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An error meant for the client. `code` is stable and documented; `message` is for people. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** 400: the request is malformed or fails validation. */
export const badRequest = (code: string, message: string, details?: unknown) =>
  new AppError(400, code, message, details);
/** 401: no valid session or token. */
export const unauthorized = (message = 'Sign in first.') => new AppError(401, 'unauthorized', message);
/** 403: signed in, but the policy forbids it. */
export const forbidden = (message = 'You are not allowed to do this.') =>
  new AppError(403, 'forbidden', message);
/** 404: no such thing (or not visible to this caller). */
export const notFound = (what: string) =>
  new AppError(404, `${what}_not_found`, `No such ${what.replace(/_/g, ' ')}.`);
/** 409: the thing is not in the state the request expects. */
export const conflict = (code: string, message: string) => new AppError(409, code, message);
/** 429: too many requests. */
export const tooManyRequests = (message = 'Too many requests; try again later.') =>
  new AppError(429, 'rate_limited', message);

/** True when `error` is PostgreSQL's unique-violation (from pg or PGlite). */
export function isUniqueViolation(error: unknown): boolean {
  return pgErrorCode(error) === '23505';
}

/** The SQLSTATE of a database error from either driver, looking through drizzle's wrapper. */
export function pgErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
