/** The error body every route documents and returns. */
import { z } from '@hono/zod-openapi';

/** `{"error":{"code","message"}}`. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'letter_is_withdrawn' }),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');

/** Standard error responses for createRoute's `responses`. */
export function errorResponses(...statuses: (400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 429)[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: 'Error', content: { 'application/json': { schema: ErrorBody } } },
    ]),
  );
}
