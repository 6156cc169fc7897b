/**
 * The public directory: search, the lifeline, upcoming birthdays, one person, and the postal block
 * for a letter. Anonymous and read-only; only people who consented to be listed are visible.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import { prisoners } from '../../db/schema';
import { badRequest, notFound, conflict } from '../../errors';
import { prisonerAddress } from '../../directory/queries/address';
import { upcomingBirthdays } from '../../directory/queries/birthdays';
import { pickLifeline } from '../../directory/queries/lifeline';
import { getPublicPrisoner } from '../../directory/queries/prisoner-detail';
import {
  BadCursorError,
  PRISONER_SORTS,
  PrisonerSearchSchema,
  searchPrisoners,
} from '../../directory/queries/search-prisoners';
import { PRISONER_STATUSES } from '../../directory/prisoners/status';
import {
  presentAddress,
  presentBirthday,
  presentPrisoner,
  PublicAddress,
  PublicBirthday,
  PublicPrisoner,
} from '../../presenters/prisoner';
import { errorResponses } from '../error-schema';
import { createRouter } from '../router';
import { photoResponse, PhotoContent } from './photo-response';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const Lang = z
  .string()
  .regex(/^[a-z]{2}$/u)
  .default('en')
  .openapi({ description: 'Preferred summary language' });

const SearchQuery = z.object({
  q: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'Name in any script or transliteration, words from summaries or interests' }),
  region: z
    .string()
    .max(100)
    .optional()
    .openapi({ description: 'Region code (RU-MOW, UA-43, BY-HM) or registry region name' }),
  status: z.enum(PRISONER_STATUSES).optional(),
  interest: z.string().max(60).optional(),
  birthdayMonth: z
    .string()
    .regex(/^(1[0-2]|[1-9])$/u)
    .optional(),
  birthdayWithinDays: z
    .string()
    .regex(/^\d{1,3}$/u)
    .optional()
    .openapi({ description: 'Next birthday within this many days (0–366)' }),
  canReceiveLetters: z.enum(['true', 'false']).optional(),
  sort: z.enum(PRISONER_SORTS).optional(),
  cursor: z.string().max(500).optional(),
  limit: z
    .string()
    .regex(/^\d{1,3}$/u)
    .optional(),
  lang: Lang,
});

const Id = z.object({ id: z.string().min(1).max(100).openapi({ description: 'Id or slug' }) });

const searchRoute = createRoute({
  method: 'get',
  path: '/prisoners',
  tags: ['directory'],
  summary: 'Search the directory',
  request: { query: SearchQuery },
  responses: {
    200: json(
      z
        .object({ items: z.array(PublicPrisoner), total: z.number(), nextCursor: z.string().nullable() })
        .openapi('PrisonerPage'),
      'A page of people',
    ),
    ...errorResponses(400),
  },
});

const lifelineRoute = createRoute({
  method: 'get',
  path: '/prisoners/lifeline',
  tags: ['directory'],
  summary: 'One person who can receive letters, weighted toward those who got the fewest recently',
  request: {
    query: z.object({
      windowDays: z
        .string()
        .regex(/^\d{1,3}$/u)
        .optional()
        .openapi({ description: 'Days of letters counted (default 30)' }),
      goal: z
        .string()
        .regex(/^\d{1,2}$/u)
        .optional()
        .openapi({ description: 'Letters each person should get (default 5)' }),
      lang: Lang,
    }),
  },
  responses: {
    200: json(PublicPrisoner.extend({ recentLetters: z.number() }).openapi('LifelinePrisoner'), 'The person'),
    ...errorResponses(404),
  },
});

const birthdaysRoute = createRoute({
  method: 'get',
  path: '/prisoners/birthdays',
  tags: ['directory'],
  summary: 'Birthdays in the coming days, soonest first',
  request: {
    query: z.object({
      within: z
        .string()
        .regex(/^\d{1,3}d?$/u)
        .default('30d')
        .openapi({ description: 'Days ahead, e.g. 30d' }),
      lang: Lang,
    }),
  },
  responses: {
    200: json(z.object({ items: z.array(PublicBirthday) }), 'People with birthdays'),
    ...errorResponses(400),
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/prisoners/{id}',
  tags: ['directory'],
  summary: 'One person',
  request: { params: Id, query: z.object({ lang: Lang }) },
  responses: {
    200: json(
      PublicPrisoner.extend({ summaries: z.record(z.string(), z.string()) }).openapi('PrisonerDetail'),
      'The person',
    ),
    ...errorResponses(404),
  },
});

const addressRoute = createRoute({
  method: 'get',
  path: '/prisoners/{id}/address',
  tags: ['directory'],
  summary: 'The postal block: facility, address, recipient in the dative case with year of birth',
  request: { params: Id },
  responses: {
    200: json(PublicAddress, 'The block; needsReview means a human must confirm the recipient line'),
    ...errorResponses(404, 409),
  },
});

const photoRoute = createRoute({
  method: 'get',
  path: '/prisoners/{id}/photo',
  tags: ['directory'],
  summary: "A listed person's photo (404 for anyone not listed); cacheable, versioned by `?v=`",
  request: { params: z.object({ id: z.uuid() }), query: z.object({ v: z.string().max(64).optional() }) },
  responses: { 200: PhotoContent, 304: { description: 'Unchanged' }, ...errorResponses(400, 404) },
});

/** How long browsers and shared caches keep a photo: short, so a withdrawn consent takes effect. */
const PHOTO_CACHE = 'public, max-age=3600';

/** The directory routes. */
export function prisonerRoutes() {
  return (
    createRouter()
      // Fixed paths before /prisoners/{id}, which would otherwise take "lifeline" for an id.
      .openapi(lifelineRoute, async (c) => {
        const q = c.req.valid('query');
        const row = await pickLifeline(c.get('deps').db, {
          windowDays: Math.min(365, Math.max(1, Number(q.windowDays ?? 30))),
          goal: Math.min(50, Math.max(1, Number(q.goal ?? 5))),
          lang: q.lang,
        });
        if (!row) throw notFound('prisoner');
        return c.json({ ...presentPrisoner(row), recentLetters: row.recent_letters }, 200);
      })
      .openapi(birthdaysRoute, async (c) => {
        const q = c.req.valid('query');
        const withinDays = Number(q.within.replace('d', ''));
        if (withinDays > 366) throw badRequest('within_too_long', 'Ask for at most 366 days.');
        const rows = await upcomingBirthdays(c.get('deps').db, { withinDays, lang: q.lang });
        return c.json({ items: rows.map(presentBirthday) }, 200);
      })
      .openapi(searchRoute, async (c) => {
        const parsed = PrisonerSearchSchema.safeParse(c.req.valid('query'));
        if (!parsed.success)
          throw badRequest('validation_failed', 'The search did not pass validation.', parsed.error.issues);
        try {
          const page = await searchPrisoners(c.get('deps').db, parsed.data);
          return c.json(
            { items: page.items.map(presentPrisoner), total: page.total, nextCursor: page.nextCursor },
            200,
          );
        } catch (error) {
          if (error instanceof BadCursorError) throw badRequest('bad_cursor', error.message);
          throw error;
        }
      })
      .openapi(detailRoute, async (c) => {
        const row = await getPublicPrisoner(
          c.get('deps').db,
          c.req.valid('param').id,
          c.req.valid('query').lang,
        );
        if (!row) throw notFound('prisoner');
        return c.json({ ...presentPrisoner(row), summaries: row.summaries }, 200);
      })
      .openapi(photoRoute, async (c) => {
        const { db, config } = c.get('deps');
        const [row] = await db
          .select({ photoPath: prisoners.photoPath })
          .from(prisoners)
          .where(and(eq(prisoners.id, c.req.valid('param').id), eq(prisoners.consentToList, true)));
        return photoResponse(c, config.dataDir, row?.photoPath ?? null, PHOTO_CACHE);
      })
      .openapi(addressRoute, async (c) => {
        const block = await prisonerAddress(c.get('deps').db, c.req.valid('param').id);
        if (block === 'not_found') throw notFound('prisoner');
        if (block === 'no_facility')
          throw conflict('prisoner_has_no_facility', 'Where this person is held is not known.');
        return c.json(presentAddress(block), 200);
      })
  );
}
