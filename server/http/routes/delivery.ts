/**
 * After dispatch, under /api/volunteer/delivery: record that a letter was delivered or stopped
 * (censor, blank reply forms, post), work the follow-up tasks of lost letters; per-facility
 * statistics for coordinators; and the anonymous public aggregates at GET /api/stats/facilities.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { DeliveryMove, FollowUpClosed, LostFollowUpList } from '../../../shared/api/delivery';
import type { FacilityStatsResponse, PublicFacilityStatsResponse } from '../../../shared/api/stats';
import { DELIVERY_SOURCES, recordDelivered, recordStopped, STOP_CAUSES } from '../../delivery/events';
import { closeLostFollowUp, listLostFollowUps } from '../../delivery/lost-follow-ups';
import { channelCosts, facilityStats, PUBLIC_MIN_LETTERS, publicFacilityStats } from '../../delivery/stats';
import type { Permission } from '../../policies';
import { errorResponses } from '../error-schema';
import { currentUser, requireAnyPermission, requirePermission } from '../middleware/auth';
import { createRouter } from '../router';

const json = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
/** Who records what happened to a sent letter: dispatchers, and coordinators who chase lost ones. */
const DELIVERY: Permission[] = ['letters.dispatch', 'letters.reroute'];
const tags = ['delivery'];
const Id = z.object({ id: z.string() });
const errors = errorResponses(400, 401, 403, 404, 409);
const Moved = z.object({ letterId: z.uuid(), status: z.string() });
const Note = z.string().trim().max(2000).optional();

const FacilityStats = z.object({
  facilityId: z.uuid(),
  shortName: z.string(),
  officialName: z.string(),
  region: z.string(),
  sent: z.number().int(),
  delivered: z.number().int(),
  stopped: z.number().int(),
  returned: z.number().int(),
  lost: z.number().int(),
  replied: z.number().int(),
  medianDaysToDelivery: z.number().nullable(),
  medianDaysToReply: z.number().nullable(),
});
const ChannelCost = z.object({
  channel: z.string(),
  currency: z.string(),
  letters: z.number().int(),
  priced: z.number().int(),
  totalMinor: z.number(),
  averageMinor: z.number().nullable(),
});

const routes = {
  delivered: createRoute({
    method: 'post',
    path: '/volunteer/delivery/letters/{id}/delivered',
    middleware: [requireAnyPermission(...DELIVERY)],
    tags,
    summary: "Record that the letter reached the prisoner (the service's status, or a confirmation)",
    request: {
      params: Id,
      ...body(
        z.strictObject({
          source: z.enum(DELIVERY_SOURCES).exclude(['reply']),
          note: Note,
          deliveredOn: z.iso.date().optional(),
        }),
      ),
    },
    responses: { 200: json('Delivered', Moved), ...errors },
  }),
  stopped: createRoute({
    method: 'post',
    path: '/volunteer/delivery/letters/{id}/stopped',
    middleware: [requireAnyPermission(...DELIVERY)],
    tags,
    summary: 'Record that the censor stopped the letter (or blank forms came back), or the post returned it',
    request: { params: Id, ...body(z.strictObject({ cause: z.enum(STOP_CAUSES), note: Note })) },
    responses: { 200: json('Returned', Moved), ...errors },
  }),
  followUps: createRoute({
    method: 'get',
    path: '/volunteer/delivery/follow-ups',
    middleware: [requireAnyPermission(...DELIVERY)],
    tags,
    summary: 'Open follow-up tasks of lost letters, oldest first',
    responses: {
      200: json(
        'Tasks',
        z.object({
          followUps: z.array(
            z.object({
              letterId: z.uuid(),
              refCode: z.string(),
              prisonerName: z.string(),
              facility: z.string().nullable(),
              region: z.string().nullable(),
              channel: z.string().nullable(),
              externalRef: z.string().nullable(),
              dispatchedAt: z.string().nullable(),
              lostAt: z.string(),
              openedAt: z.string(),
            }),
          ),
        }),
      ),
      ...errors,
    },
  }),
  closeFollowUp: createRoute({
    method: 'post',
    path: '/volunteer/delivery/follow-ups/{id}',
    middleware: [requireAnyPermission(...DELIVERY)],
    tags,
    summary: 'Close the task of a lost letter: delivered after all, stopped, send again, or give up',
    request: {
      params: Id,
      ...body(
        z.discriminatedUnion('outcome', [
          z.strictObject({ outcome: z.literal('delivered'), note: Note }),
          z.strictObject({ outcome: z.literal('stopped'), cause: z.enum(STOP_CAUSES), note: Note }),
          z.strictObject({ outcome: z.literal('resend'), note: Note }),
          z.strictObject({ outcome: z.literal('give_up'), note: z.string().trim().min(3).max(2000) }),
        ]),
      ),
    },
    responses: { 200: json('Closed', z.object({ ok: z.literal(true) })), ...errors },
  }),
  stats: createRoute({
    method: 'get',
    path: '/volunteer/stats/facilities',
    middleware: [requirePermission('stats.view')],
    tags,
    summary: 'Per-facility delivery statistics with costs per channel',
    request: { query: z.object({ sinceDays: z.coerce.number().int().min(1).max(3650).optional() }) },
    responses: {
      200: json(
        'Statistics',
        z.object({
          facilities: z.array(FacilityStats.extend({ costs: z.array(ChannelCost) })),
          channels: z.array(ChannelCost),
        }),
      ),
      ...errors,
    },
  }),
  publicStats: createRoute({
    method: 'get',
    path: '/stats/facilities',
    tags: ['public'],
    summary: `Anonymous delivery statistics of facilities with at least ${PUBLIC_MIN_LETTERS} letters`,
    responses: {
      200: json(
        'Statistics',
        z
          .object({ minLetters: z.number().int(), facilities: z.array(FacilityStats) })
          .openapi('PublicFacilityStats'),
      ),
    },
  }),
};

const volunteer = (id: string) => ({ type: 'volunteer' as const, id });

/** Routes under /api/volunteer/delivery, /api/volunteer/stats and /api/stats/facilities. */
export function deliveryRoutes() {
  return createRouter()
    .openapi(routes.delivered, async (c) => {
      const id = c.req.valid('param').id;
      const moved = await recordDelivered(
        c.get('deps').db,
        id,
        volunteer(currentUser(c).id),
        c.req.valid('json'),
      );
      const result: DeliveryMove = { letterId: moved.letterId, status: moved.to };
      return c.json(result, 200);
    })
    .openapi(routes.stopped, async (c) => {
      const id = c.req.valid('param').id;
      const moved = await recordStopped(
        c.get('deps').db,
        id,
        volunteer(currentUser(c).id),
        c.req.valid('json'),
      );
      const result: DeliveryMove = { letterId: moved.letterId, status: moved.to };
      return c.json(result, 200);
    })
    .openapi(routes.followUps, async (c) => {
      const result: LostFollowUpList = { followUps: await listLostFollowUps(c.get('deps').db) };
      return c.json(result, 200);
    })
    .openapi(routes.closeFollowUp, async (c) => {
      await closeLostFollowUp(
        c.get('deps').db,
        c.req.valid('param').id,
        volunteer(currentUser(c).id),
        c.req.valid('json'),
      );
      const result: FollowUpClosed = { ok: true };
      return c.json(result, 200);
    })
    .openapi(routes.stats, async (c) => {
      const { sinceDays } = c.req.valid('query');
      const filter = sinceDays ? { since: new Date(Date.now() - sinceDays * 86_400_000) } : {};
      const db = c.get('deps').db;
      const [facilities, channels] = await Promise.all([facilityStats(db, filter), channelCosts(db, filter)]);
      const result: FacilityStatsResponse = { facilities, channels };
      return c.json(result, 200);
    })
    .openapi(routes.publicStats, async (c) => {
      const result: PublicFacilityStatsResponse = {
        minLetters: PUBLIC_MIN_LETTERS,
        facilities: await publicFacilityStats(c.get('deps').db),
      };
      return c.json(result, 200);
    });
}
