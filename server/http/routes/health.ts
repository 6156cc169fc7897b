/** `GET /api/health`: is the database reachable and is the queue moving? */
import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { queueCounts } from '../../jobs/queue';
import { createRouter } from '../router';

const Health = z
  .object({
    status: z.enum(['ok', 'degraded']),
    database: z.object({ ok: z.boolean(), driver: z.enum(['pglite', 'postgres']) }),
    queue: z.object({ ok: z.boolean(), pending: z.number(), failed: z.number(), running: z.number() }),
  })
  .openapi('Health');

const route = createRoute({
  method: 'get',
  path: '/health',
  tags: ['system'],
  summary: 'Liveness and readiness',
  responses: {
    200: { description: 'Healthy', content: { 'application/json': { schema: Health } } },
    503: { description: 'Database unreachable', content: { 'application/json': { schema: Health } } },
  },
});

/** The health check routes. */
export function healthRoutes() {
  return createRouter().openapi(route, async (c) => {
    const { db, database } = c.get('deps');
    const driver = database.driver;
    try {
      await db.execute(sql`SELECT 1`);
      const counts = await queueCounts(db);
      const queue = {
        ok: true,
        pending: counts.pending ?? 0,
        failed: counts.failed ?? 0,
        running: counts.running ?? 0,
      };
      return c.json({ status: 'ok' as const, database: { ok: true, driver }, queue }, 200);
    } catch {
      const queue = { ok: false, pending: 0, failed: 0, running: 0 };
      return c.json({ status: 'degraded' as const, database: { ok: false, driver }, queue }, 503);
    }
  });
}
