/**
 * Turns anything thrown in a route into `{"error":{"code","message"}}`: AppErrors keep their
 * status and code, HTTP exceptions (malformed JSON, body too large) get stable codes, and anything
 * else is a 500 whose details go to the log only — never a stack trace to the client.
 */
import type { ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from '../../errors';
import type { AppEnv } from '../app-env';

function body(code: string, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** The app's onError handler. */
export const handleError: ErrorHandler<AppEnv> = (error, c) => {
  if (error instanceof AppError) return c.json(body(error.code, error.message, error.details), error.status);
  if (error instanceof HTTPException) {
    const status: ContentfulStatusCode = error.status;
    const code =
      status === 413
        ? 'payload_too_large'
        : /json/i.test(error.message)
          ? 'malformed_json'
          : `http_${status}`;
    return c.json(body(code, status === 413 ? 'The request body is too large.' : error.message), status);
  }
  c.get('deps')?.log.error(
    { err: error, requestId: c.get('requestId'), path: c.req.path },
    'unhandled error',
  );
  return c.json(body('internal_error', 'Something went wrong on our side. Please try again.'), 500);
};

/** 404 for API paths nobody serves. */
export const handleNotFound: NotFoundHandler<AppEnv> = (c) =>
  c.json(body('route_not_found', 'No such endpoint.'), 404);
