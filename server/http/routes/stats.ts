/**
 * Public, anonymous routes the web app needs before anyone writes: the home page counters, the
 * settings the editor must agree with, a proof-of-work challenge, and the language guess.
 */
import { createRoute, z } from '@hono/zod-openapi';
import {
  CHARS_PER_PRINTED_PAGE,
  SIGNATURE_MAX_CHARS,
  UI_LANGUAGES,
  WRITER_LANGUAGES,
} from '../../../shared/limits';
import { newAltchaChallenge } from '../../writer/altcha';
import { detectLanguage } from '../../writer/language';
import { publicStats } from '../../writer/public-stats';
import { errorResponses } from '../error-schema';
import { createRouter } from '../router';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const statsRoute = createRoute({
  method: 'get',
  path: '/stats',
  tags: ['public'],
  summary: 'Home page counters',
  responses: {
    200: json(
      z
        .object({ waitingForLetter: z.number(), lettersWritten: z.number(), repliesReceived: z.number() })
        .openapi('PublicStats'),
      'Counters',
    ),
  },
});

const configRoute = createRoute({
  method: 'get',
  path: '/config/public',
  tags: ['public'],
  summary: 'Settings the web app must agree with',
  responses: {
    200: json(
      z
        .object({
          letterMaxChars: z.number(),
          charsPerPage: z.number(),
          signatureMaxChars: z.number(),
          uiLanguages: z.array(z.string()),
          writerLanguages: z.array(z.string()),
          proofOfWork: z.boolean(),
        })
        .openapi('PublicConfig'),
      'Settings',
    ),
  },
});

const challengeRoute = createRoute({
  method: 'get',
  path: '/altcha/challenge',
  tags: ['public'],
  summary: 'A proof-of-work challenge for the ALTCHA widget',
  responses: {
    200: json(
      z.object({
        algorithm: z.string(),
        challenge: z.string(),
        maxnumber: z.number().optional(),
        salt: z.string(),
        signature: z.string(),
      }),
      'Challenge',
    ),
  },
});

const detectRoute = createRoute({
  method: 'post',
  path: '/language/detect',
  tags: ['public'],
  summary: 'Guess the language of a letter (the text is not stored)',
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: z.strictObject({ text: z.string().max(20_000) }) } },
    },
  },
  responses: {
    200: json(
      z.object({
        guesses: z.array(z.object({ language: z.enum(WRITER_LANGUAGES), confidence: z.number() })),
      }),
      'Most likely first; empty for very short texts',
    ),
    ...errorResponses(400),
  },
});

/** Routes /api/stats, /api/config/public, /api/altcha/challenge, /api/language/detect. */
export function statsRoutes() {
  return createRouter()
    .openapi(statsRoute, async (c) => c.json(await publicStats(c.get('deps').db), 200))
    .openapi(configRoute, (c) => {
      const { config } = c.get('deps');
      return c.json(
        {
          letterMaxChars: config.LETTER_MAX_CHARS,
          charsPerPage: CHARS_PER_PRINTED_PAGE,
          signatureMaxChars: SIGNATURE_MAX_CHARS,
          uiLanguages: [...UI_LANGUAGES],
          writerLanguages: [...WRITER_LANGUAGES],
          proofOfWork: config.PROOF_OF_WORK,
        },
        200,
      );
    })
    .openapi(challengeRoute, async (c) => c.json(await newAltchaChallenge(c.get('deps').keys), 200))
    .openapi(detectRoute, async (c) =>
      c.json({ guesses: await detectLanguage(c.req.valid('json').text) }, 200),
    );
}
