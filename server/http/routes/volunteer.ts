/**
 * The dashboard home under /api/volunteer: the queues a volunteer's roles open (counts, taken,
 * oldest), a page of one queue, "take next", taking or releasing one item, and "my recent work".
 */
import { createRoute, z } from '@hono/zod-openapi';
import { forbidden } from '../../errors';
import { can } from '../../policies';
import { QUEUE_IDS, queueById } from '../../queues/definitions';
import { releaseItem, takeItem, takeNext } from '../../queues/lease';
import { listQueue, queueSummaries } from '../../queues/listing';
import { recentWork } from '../../queues/recent';
import { errorResponses } from '../error-schema';
import { currentUser, requirePermission } from '../middleware/auth';
import { createRouter } from '../router';

const json = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});
const guard = () => ({ middleware: [requirePermission('dashboard.view')], tags: ['volunteer'] });

const Kind = z.enum(['letter', 'reply']);
const Claim = z.object({ kind: Kind, id: z.uuid(), until: z.string() }).openapi('Claim');
const Summary = z
  .object({
    id: z.enum(QUEUE_IDS),
    kind: Kind,
    count: z.number().int(),
    taken: z.number().int(),
    oldestSince: z.string().nullable(),
    mine: z.string().nullable(),
  })
  .openapi('QueueSummary');
const Item = z
  .object({
    id: z.uuid(),
    kind: Kind,
    refCode: z.string().nullable(),
    status: z.string(),
    language: z.string().nullable(),
    writer: z.string().nullable(),
    waitingSince: z.string(),
    takenBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
    takenUntil: z.string().nullable(),
  })
  .openapi('QueueItem');
const QueueParam = z.object({ queue: z.enum(QUEUE_IDS) });
const ItemParam = z.object({ kind: Kind, id: z.string() });

const routes = {
  queues: createRoute({
    method: 'get',
    path: '/volunteer/queues',
    ...guard(),
    summary: 'The queues this volunteer works, with counts and the oldest item',
    responses: { 200: json('Queues', z.object({ queues: z.array(Summary) })), ...errorResponses(401, 403) },
  }),
  list: createRoute({
    method: 'get',
    path: '/volunteer/queues/{queue}',
    ...guard(),
    summary: 'A page of one queue, oldest first',
    request: {
      params: QueueParam,
      query: z.object({
        limit: z.coerce.number().int().min(1).max(200).default(50),
        offset: z.coerce.number().int().min(0).default(0),
      }),
    },
    responses: {
      200: json('Items', z.object({ total: z.number().int(), items: z.array(Item) })),
      ...errorResponses(400, 401, 403),
    },
  }),
  takeNext: createRoute({
    method: 'post',
    path: '/volunteer/queues/{queue}/take',
    ...guard(),
    summary: 'Take the oldest free item (a lease); null when the queue is empty',
    request: { params: QueueParam },
    responses: {
      200: json('The claim', z.object({ claim: Claim.nullable() })),
      ...errorResponses(400, 401, 403),
    },
  }),
  take: createRoute({
    method: 'post',
    path: '/volunteer/items/{kind}/{id}/take',
    ...guard(),
    summary: 'Take one particular item',
    request: { params: ItemParam },
    responses: {
      200: json('The claim', z.object({ claim: Claim })),
      ...errorResponses(400, 401, 403, 404, 409),
    },
  }),
  release: createRoute({
    method: 'post',
    path: '/volunteer/items/{kind}/{id}/release',
    ...guard(),
    summary: 'Give an item back to its queue',
    request: { params: ItemParam },
    responses: {
      200: json('Released', z.object({ ok: z.literal(true) })),
      ...errorResponses(400, 401, 403, 404, 409),
    },
  }),
  recent: createRoute({
    method: 'get',
    path: '/volunteer/recent',
    ...guard(),
    summary: 'My recent work',
    responses: {
      200: json(
        'Recent actions',
        z.object({
          items: z.array(
            z.object({
              kind: Kind,
              id: z.string(),
              refCode: z.string().nullable(),
              action: z.string(),
              to: z.string().nullable(),
              at: z.string(),
            }),
          ),
        }),
      ),
      ...errorResponses(401, 403),
    },
  }),
};

/** Routes under /api/volunteer (queues and leases). */
export function volunteerRoutes() {
  return createRouter()
    .openapi(routes.queues, async (c) =>
      c.json({ queues: await queueSummaries(c.get('deps').db, currentUser(c)) }, 200),
    )
    .openapi(routes.list, async (c) => {
      const user = currentUser(c);
      const queue = queueById(c.req.valid('param').queue);
      if (!can(user, queue.permission)) throw forbidden();
      return c.json(await listQueue(c.get('deps').db, user, queue, c.req.valid('query')), 200);
    })
    .openapi(routes.takeNext, async (c) => {
      const { db, config } = c.get('deps');
      const claim = await takeNext(db, config, currentUser(c), queueById(c.req.valid('param').queue));
      return c.json({ claim: claim ?? null }, 200);
    })
    .openapi(routes.take, async (c) => {
      const { db, config } = c.get('deps');
      const { kind, id } = c.req.valid('param');
      return c.json({ claim: await takeItem(db, config, currentUser(c), kind, id) }, 200);
    })
    .openapi(routes.release, async (c) => {
      const { kind, id } = c.req.valid('param');
      await releaseItem(c.get('deps').db, currentUser(c), kind, id);
      return c.json({ ok: true as const }, 200);
    })
    .openapi(routes.recent, async (c) =>
      c.json({ items: await recentWork(c.get('deps').db, currentUser(c).id) }, 200),
    );
}
