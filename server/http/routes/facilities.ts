/** The facility registry: search by name, nickname or town, and one facility with its channels. */
import { createRoute, z } from '@hono/zod-openapi';
import { badRequest, notFound } from '../../errors';
import { facilityDetail, FacilitySearchSchema, searchFacilities } from '../../directory/queries/facilities';
import { presentFacility, PublicFacility } from '../../presenters/facility';
import { errorResponses } from '../error-schema';
import { createRouter } from '../router';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const searchRoute = createRoute({
  method: 'get',
  path: '/facilities',
  tags: ['directory'],
  summary: 'Search facilities by name, nickname or town, in any script',
  request: {
    query: z.object({
      q: z.string().max(200).optional(),
      region: z
        .string()
        .max(100)
        .optional()
        .openapi({ description: 'Region code (RU-MOW, UA-43) or registry region name' }),
      country: z.enum(['RU', 'BY']).optional(),
      channel: z
        .string()
        .max(40)
        .optional()
        .openapi({ description: 'Only facilities this channel reaches: fsin_pismo, zonatelecom, post' }),
      limit: z
        .string()
        .regex(/^\d{1,3}$/u)
        .optional(),
      offset: z
        .string()
        .regex(/^\d{1,5}$/u)
        .optional(),
    }),
  },
  responses: {
    200: json(
      z.object({ items: z.array(PublicFacility), total: z.number() }).openapi('FacilityPage'),
      'Facilities',
    ),
    ...errorResponses(400),
  },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/facilities/{id}',
  tags: ['directory'],
  summary: 'One facility with its channels and the number of listed people held there',
  request: { params: z.object({ id: z.string().min(1).max(64) }) },
  responses: { 200: json(PublicFacility, 'The facility'), ...errorResponses(404) },
});

/** The facility routes. */
export function facilityRoutes() {
  return createRouter()
    .openapi(searchRoute, async (c) => {
      const parsed = FacilitySearchSchema.safeParse(c.req.valid('query'));
      if (!parsed.success)
        throw badRequest('validation_failed', 'The search did not pass validation.', parsed.error.issues);
      const page = await searchFacilities(c.get('deps').db, parsed.data);
      return c.json({ items: page.items.map(presentFacility), total: page.total }, 200);
    })
    .openapi(detailRoute, async (c) => {
      const row = await facilityDetail(c.get('deps').db, c.req.valid('param').id);
      if (!row) throw notFound('facility');
      return c.json(presentFacility(row), 200);
    });
}
