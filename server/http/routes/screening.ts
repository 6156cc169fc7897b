/**
 * `POST /api/screen`: what in a text the censor will stop or will hurt the prisoner, for the
 * writer as they type (in their language) and for translators and moderators (the Russian text).
 * Nothing is stored: the text lives only for the request.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { UI_LANGUAGES, WRITER_LANGUAGES } from '../../../shared/limits';
import { notFound } from '../../errors';
import { screenText } from '../../screening';
import { loadPrisonerContext } from '../../screening/prisoner-context';
import { errorResponses } from '../error-schema';
import { createRouter } from '../router';

/** Longest text screened in one request: a letter, or its (longer) Russian translation, with room to spare. */
export const SCREEN_MAX_CHARS = 10_000;

const ScreenRequest = z
  .strictObject({
    text: z.string().min(1).max(SCREEN_MAX_CHARS),
    language: z.enum(WRITER_LANGUAGES),
    stage: z.enum(['source', 'translation']).default('source'),
    prisonerId: z.uuid().optional(),
    uiLanguage: z.enum(UI_LANGUAGES).default('en'),
  })
  .openapi('ScreenRequest');

const Flag = z
  .object({
    ruleId: z.string(),
    category: z.string(),
    severity: z.enum(['block', 'warn', 'info']),
    start: z.number().int().describe('UTF-16 offset into `text`'),
    end: z.number().int(),
    message: z.string(),
    suggestion: z.string().optional(),
  })
  .openapi('ScreeningFlag');

const route = createRoute({
  method: 'post',
  path: '/screen',
  tags: ['screening'],
  summary: 'Screen a text for what the censor stops or what would hurt the prisoner',
  request: { body: { required: true, content: { 'application/json': { schema: ScreenRequest } } } },
  responses: {
    200: {
      description: 'Flags sorted by position; offsets are into the text as sent',
      content: { 'application/json': { schema: z.object({ flags: z.array(Flag) }) } },
    },
    ...errorResponses(400, 404, 413),
  },
});

/** The screening route. */
export function screeningRoutes() {
  return createRouter().openapi(route, async (c) => {
    const { text, language, stage, prisonerId, uiLanguage } = c.req.valid('json');
    const prisoner = prisonerId ? await loadPrisonerContext(c.get('deps').db, prisonerId) : undefined;
    if (prisoner === null) throw notFound('prisoner');
    return c.json(screenText({ text, language, stage, uiLanguage, ...(prisoner ? { prisoner } : {}) }), 200);
  });
}
