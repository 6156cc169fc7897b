/**
 * Coordinator routes for keeping the directory: everyone in it (listed or not) with the letters
 * waiting for them, one person's full record, editing it, recording a transfer; the facility
 * registry with everyone held, editing a facility's address, channels and closing. Reading needs
 * `directory.read`, changing `directory.edit`; every change is audited by the command.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { editFacility } from '../../coordinator/facility-edit';
import { CoordinatorSearchSchema, listPrisonersForCoordinator } from '../../coordinator/prisoner-list';
import { editPrisoner } from '../../coordinator/prisoner-edit';
import { loadPrisonerRecord } from '../../coordinator/prisoner-record';
import { transferPrisoner } from '../../coordinator/prisoner-transfer';
import { FacilityEditSchema, PrisonerEditSchema, TransferSchema } from '../../coordinator/schemas';
import { facilityDetail, FacilitySearchSchema, searchFacilities } from '../../directory/queries/facilities';
import { BadCursorError } from '../../directory/queries/search-prisoners';
import { badRequest, notFound } from '../../errors';
import {
  CoordinatorFacility,
  CoordinatorPrisoner,
  presentCoordinatorFacility,
  presentCoordinatorPrisoner,
  presentPrisonerRecord,
  PrisonerRecordOut,
} from '../../presenters/coordinator';
import { errorResponses } from '../error-schema';
import { currentUser, requirePermission } from '../middleware/auth';
import { createRouter, validationError } from '../router';

const json = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
const reader = { middleware: [requirePermission('directory.read')], tags: ['coordinator'] };
const editor = { middleware: [requirePermission('directory.edit')], tags: ['coordinator'] };
const Id = z.object({ id: z.uuid('The id is not one this directory hands out.') });
const Changes = z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() }));
const flag = z.enum(['true', 'false']).optional();
const number = (digits: number) =>
  z
    .string()
    .regex(new RegExp(`^\\d{1,${digits}}$`, 'u'))
    .optional();

const routes = {
  prisoners: createRoute({
    method: 'get',
    path: '/coordinator/prisoners',
    ...reader,
    summary: 'Everyone in the directory, listed or not, with letters waiting; searched in any script',
    request: {
      query: z.object({
        q: z.string().max(200).optional(),
        status: z.string().max(40).optional(),
        region: z.string().max(100).optional(),
        listed: flag,
        canReceiveLetters: flag,
        sort: z.string().max(20).optional(),
        cursor: z.string().max(500).optional(),
        limit: number(3),
        lang: z.string().max(2).optional(),
      }),
    },
    responses: {
      200: json(
        'A page of people',
        z.object({
          items: z.array(CoordinatorPrisoner),
          total: z.number(),
          nextCursor: z.string().nullable(),
        }),
      ),
      ...errorResponses(400, 401, 403),
    },
  }),
  prisoner: createRoute({
    method: 'get',
    path: '/coordinator/prisoners/{id}',
    ...reader,
    summary: "One person's full record: every field, summaries, facility history, letters waiting",
    request: { params: Id },
    responses: { 200: json('The record', PrisonerRecordOut), ...errorResponses(400, 401, 403, 404) },
  }),
  editPrisoner: createRoute({
    method: 'patch',
    path: '/coordinator/prisoners/{id}',
    ...editor,
    summary: 'Edit a person: only the fields sent change (moves are transfers); audited',
    request: { params: Id, ...body(PrisonerEditSchema) },
    responses: {
      200: json(
        'The record after the edit, and what changed',
        z.object({ record: PrisonerRecordOut, changes: Changes }),
      ),
      ...errorResponses(400, 401, 403, 404, 409),
    },
  }),
  transfer: createRoute({
    method: 'post',
    path: '/coordinator/prisoners/{id}/transfer',
    ...editor,
    summary: 'Record a move to another facility (letters are re-routed) or into transit (letters wait)',
    request: { params: Id, ...body(TransferSchema) },
    responses: {
      200: json(
        'The record after the move',
        z.object({
          record: PrisonerRecordOut,
          transfer: z.object({
            fromFacilityId: z.string().nullable(),
            toFacilityId: z.string().nullable(),
            status: z.string(),
            on: z.string(),
            lettersHeld: z.number().int(),
            rerouting: z.boolean(),
          }),
        }),
      ),
      ...errorResponses(400, 401, 403, 404, 409),
    },
  }),
  facilities: createRoute({
    method: 'get',
    path: '/coordinator/facilities',
    ...reader,
    summary: 'The facility registry with everyone held there counted, closed ones included',
    request: {
      query: z.object({
        q: z.string().max(200).optional(),
        region: z.string().max(100).optional(),
        country: z.string().max(2).optional(),
        channel: z.string().max(40).optional(),
        closed: flag,
        limit: number(3),
        offset: number(5),
      }),
    },
    responses: {
      200: json('Facilities', z.object({ items: z.array(CoordinatorFacility), total: z.number() })),
      ...errorResponses(400, 401, 403),
    },
  }),
  facility: createRoute({
    method: 'get',
    path: '/coordinator/facilities/{id}',
    ...reader,
    summary: 'One facility with its channels and everyone held there counted',
    request: { params: Id },
    responses: { 200: json('The facility', CoordinatorFacility), ...errorResponses(400, 401, 403, 404) },
  }),
  editFacility: createRoute({
    method: 'patch',
    path: '/coordinator/facilities/{id}',
    ...editor,
    summary: "Edit a facility's postal address, nicknames, channels or closing; audited",
    request: { params: Id, ...body(FacilityEditSchema) },
    responses: {
      200: json(
        'The facility after the edit, what changed, and how many people are still recorded there',
        z.object({ facility: CoordinatorFacility, changes: Changes, peopleHeld: z.number().int() }),
      ),
      ...errorResponses(400, 401, 403, 404, 409),
    },
  }),
};

async function loadFacility(db: Parameters<typeof facilityDetail>[0], id: string) {
  const row = await facilityDetail(db, id, 'all');
  if (!row) throw notFound('facility');
  return presentCoordinatorFacility(row);
}

/** Routes under /api/coordinator for the directory's keepers. */
export function coordinatorDirectoryRoutes() {
  return createRouter()
    .openapi(routes.prisoners, async (c) => {
      const parsed = CoordinatorSearchSchema.safeParse(c.req.valid('query'));
      if (!parsed.success) throw validationError(parsed.error.issues);
      try {
        const page = await listPrisonersForCoordinator(c.get('deps').db, parsed.data);
        return c.json({ ...page, items: page.items.map(presentCoordinatorPrisoner) }, 200);
      } catch (error) {
        if (error instanceof BadCursorError) throw badRequest('bad_cursor', error.message);
        throw error;
      }
    })
    .openapi(routes.prisoner, async (c) => {
      const record = await loadPrisonerRecord(c.get('deps').db, c.req.valid('param').id);
      return c.json(presentPrisonerRecord(record), 200);
    })
    .openapi(routes.editPrisoner, async (c) => {
      const { db } = c.get('deps');
      const { id } = c.req.valid('param');
      const { changes } = await editPrisoner(db, currentUser(c).id, id, c.req.valid('json'));
      return c.json({ record: presentPrisonerRecord(await loadPrisonerRecord(db, id)), changes }, 200);
    })
    .openapi(routes.transfer, async (c) => {
      const { db } = c.get('deps');
      const { id } = c.req.valid('param');
      const transfer = await transferPrisoner(db, currentUser(c).id, id, c.req.valid('json'));
      return c.json({ record: presentPrisonerRecord(await loadPrisonerRecord(db, id)), transfer }, 200);
    })
    .openapi(routes.facilities, async (c) => {
      const parsed = FacilitySearchSchema.safeParse(c.req.valid('query'));
      if (!parsed.success) throw validationError(parsed.error.issues);
      const page = await searchFacilities(c.get('deps').db, parsed.data, 'all');
      return c.json({ items: page.items.map(presentCoordinatorFacility), total: page.total }, 200);
    })
    .openapi(routes.facility, async (c) =>
      c.json(await loadFacility(c.get('deps').db, c.req.valid('param').id), 200),
    )
    .openapi(routes.editFacility, async (c) => {
      const { db } = c.get('deps');
      const { id } = c.req.valid('param');
      const result = await editFacility(db, currentUser(c).id, id, c.req.valid('json'));
      return c.json({ facility: await loadFacility(db, id), ...result }, 200);
    });
}
