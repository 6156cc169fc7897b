/**
 * The writer's entry points into the pipeline: submit a letter (stored, not yet in the pipeline)
 * and confirm it from the emailed link. Rate limits and the proof-of-work check wrap these in the
 * writer-facing layer.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { setCookie } from 'hono/cookie';
import { SIGNATURE_MAX_CHARS, UI_LANGUAGES, WRITER_LANGUAGES } from '../../../shared/limits';
import { badRequest } from '../../errors';
import { confirmLetterByToken, WRITER_SESSION_TTL_MS } from '../../letters/confirm-letter';
import { submitLetter } from '../../letters/submit-letter';
import { errorResponses } from '../error-schema';
import { createRouter } from '../router';

/** Cookie holding the writer's "My letters" session. */
export const WRITER_SESSION_COOKIE = 'lb_writer';

/** A new letter as the writer sends it. Unknown fields are refused. */
export const LetterSubmissionBody = z
  .strictObject({
    prisonerId: z.uuid(),
    email: z.string().trim().pipe(z.email().max(254)),
    language: z.enum(WRITER_LANGUAGES),
    uiLanguage: z.enum(UI_LANGUAGES).default('en'),
    body: z.string().trim().min(20, 'A letter needs at least a few sentences.'),
    signature: z.string().trim().max(SIGNATURE_MAX_CHARS).default(''),
    allowPublish: z.boolean().default(false),
    inReplyToReplyId: z.uuid().optional(),
  })
  .openapi('LetterSubmission');

const submitRoute = createRoute({
  method: 'post',
  path: '/letters',
  tags: ['letters'],
  summary: 'Submit a letter; a confirmation link is emailed',
  request: { body: { required: true, content: { 'application/json': { schema: LetterSubmissionBody } } } },
  responses: {
    202: {
      description: 'Stored; waiting for the writer to confirm by email',
      content: {
        'application/json': { schema: z.object({ refCode: z.string(), status: z.literal('submitted') }) },
      },
    },
    ...errorResponses(400, 403, 404, 409, 413, 429),
  },
});

const confirmRoute = createRoute({
  method: 'post',
  path: '/letters/confirm',
  tags: ['letters'],
  summary: 'Confirm a letter with the token from the email',
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: z.strictObject({ token: z.string().min(20).max(200) }) } },
    },
  },
  responses: {
    200: {
      description: 'Confirmed; the writer session cookie is set',
      content: {
        'application/json': { schema: z.object({ letterId: z.uuid(), status: z.literal('screening') }) },
      },
    },
    ...errorResponses(400, 409, 410),
  },
});

/** Routes under /api/letters. */
export function letterRoutes() {
  return createRouter()
    .openapi(submitRoute, async (c) => {
      const { db, keys, config } = c.get('deps');
      const input = c.req.valid('json');
      if ([...input.body].length > config.LETTER_MAX_CHARS) {
        throw badRequest(
          'letter_too_long',
          `A letter may have at most ${config.LETTER_MAX_CHARS} characters.`,
        );
      }
      const { refCode } = await submitLetter(db, keys, input);
      return c.json({ refCode, status: 'submitted' as const }, 202);
    })
    .openapi(confirmRoute, async (c) => {
      const { db, config } = c.get('deps');
      const { letterId, sessionToken } = await confirmLetterByToken(db, c.req.valid('json').token);
      setCookie(c, WRITER_SESSION_COOKIE, sessionToken, {
        httpOnly: true,
        secure: config.PUBLIC_URL.startsWith('https:'),
        sameSite: 'Strict',
        path: '/',
        maxAge: Math.floor(WRITER_SESSION_TTL_MS / 1000),
      });
      return c.json({ letterId, status: 'screening' as const }, 200);
    });
}
