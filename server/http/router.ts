/**
 * `createRouter()`: an OpenAPIHono whose validation failures become our standard 400
 * `{"error":{"code":"validation_failed", …}}`, so every route answers bad input the same way.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { badRequest, type AppError } from '../errors';
import type { AppEnv } from './app-env';

/**
 * The standard validation failure as an error: for routes with their own validation hook, which
 * replaces the router's default, to fall back on.
 */
export function validationError(issues: readonly { path: PropertyKey[]; message: string }[]): AppError {
  return badRequest(
    'validation_failed',
    'The request did not pass validation.',
    issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  );
}

/** A router for one area of the API; mount it in routes/index.ts. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const { code, message, details } = validationError(result.error.issues);
        return c.json({ error: { code, message, details } }, 400);
      }
    },
  });
}
