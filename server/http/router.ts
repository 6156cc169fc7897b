/**
 * `createRouter()`: an OpenAPIHono whose validation failures become our standard 400
 * `{"error":{"code":"validation_failed", …}}`, so every route answers bad input the same way.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './app-env';

/** A router for one area of the API; mount it in routes/index.ts. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issues = result.error.issues.map((issue) => ({
          path: issue.path.join('.'),
          message: issue.message,
        }));
        return c.json(
          {
            error: {
              code: 'validation_failed',
              message: 'The request did not pass validation.',
              details: issues,
            },
          },
          400,
        );
      }
    },
  });
}
