/**
 * Working a letter from the dashboard, under /api/volunteer/letters: open it, save or submit the
 * Russian translation, approve, send back, reject; and block an abusive writer by pseudonym.
 * Authorisation is by permission here; the commands also refuse when another volunteer holds the
 * lease and when the letter is not in the state the action needs.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { Permission } from '../../policies';
import { volunteerLetterView } from '../../volunteer/letter-view';
import {
  approveLetterAsVolunteer,
  rejectLetterAsVolunteer,
  saveLetterTranslation,
  sendLetterBack,
} from '../../volunteer/letter-work';
import { setWriterBlocked } from '../../volunteer/writer-block';
import { errorResponses } from '../error-schema';
import { currentUser, requirePermission } from '../middleware/auth';
import { createRouter } from '../router';

const json = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
const guard = (permission: Permission) => ({
  middleware: [requirePermission(permission)],
  tags: ['volunteer'],
});
const Id = z.object({ id: z.string() });
const Done = z.object({ ok: z.literal(true) });
const Reason = z.strictObject({ reason: z.string().trim().min(3).max(2000) });
const errors = errorResponses(400, 401, 403, 404, 409);

const LetterView = z
  .object({
    id: z.uuid(),
    refCode: z.string(),
    status: z.string(),
    language: z.string(),
    body: z.string().nullable(),
    signature: z.string(),
    charCount: z.number().int(),
    purged: z.boolean(),
    writer: z.object({ pseudonym: z.string(), language: z.string(), blocked: z.boolean() }),
    prisoner: z.object({ id: z.uuid(), name: z.string(), facility: z.string().nullable() }),
    translation: z
      .object({
        id: z.uuid(),
        text: z.string().nullable(),
        status: z.string(),
        engine: z.string().nullable(),
        updatedAt: z.string(),
      })
      .nullable(),
    flags: z.array(
      z
        .object({
          ruleId: z.string(),
          category: z.string(),
          severity: z.string(),
          start: z.number(),
          end: z.number(),
          message: z.string(),
        })
        .loose(),
    ),
    history: z.array(
      z.object({
        name: z.string(),
        from: z.string().nullable(),
        to: z.string().nullable(),
        actorType: z.string(),
        reason: z.string().nullable(),
        at: z.string(),
      }),
    ),
    claim: z.object({ userId: z.uuid(), displayName: z.string(), until: z.string() }).nullable(),
    dispatch: z
      .object({
        channel: z.string(),
        status: z.string(),
        externalRef: z.string().nullable(),
        at: z.string(),
      })
      .nullable(),
  })
  .openapi('VolunteerLetter');

const routes = {
  view: createRoute({
    method: 'get',
    path: '/volunteer/letters/{id}',
    ...guard('letters.read'),
    summary: 'Open a letter (writer shown by pseudonym only)',
    request: { params: Id },
    responses: { 200: json('The letter', LetterView), ...errors },
  }),
  translation: createRoute({
    method: 'put',
    path: '/volunteer/letters/{id}/translation',
    ...guard('letters.translate'),
    summary: 'Save (or submit for review) the Russian translation',
    request: {
      params: Id,
      ...body(
        z.strictObject({
          text: z.string().min(1).max(20_000),
          submit: z.boolean().default(false),
          engine: z.string().max(40).optional(),
        }),
      ),
    },
    responses: { 200: json('Saved', z.object({ translationId: z.uuid(), status: z.string() })), ...errors },
  }),
  approve: createRoute({
    method: 'post',
    path: '/volunteer/letters/{id}/approve',
    ...guard('letters.review'),
    summary: 'Approve the Russian text for sending',
    request: { params: Id },
    responses: { 200: json('Approved', Done), ...errors },
  }),
  sendBack: createRoute({
    method: 'post',
    path: '/volunteer/letters/{id}/send-back',
    ...guard('letters.review'),
    summary: 'Ask the writer for changes',
    request: { params: Id, ...body(Reason) },
    responses: { 200: json('Sent back', Done), ...errors },
  }),
  reject: createRoute({
    method: 'post',
    path: '/volunteer/letters/{id}/reject',
    ...guard('letters.review'),
    summary: 'Refuse the letter',
    request: { params: Id, ...body(Reason) },
    responses: { 200: json('Rejected', Done), ...errors },
  }),
  block: createRoute({
    method: 'post',
    path: '/volunteer/writers/{pseudonym}/block',
    ...guard('writers.block'),
    summary: 'Block or unblock a writer by pseudonym',
    request: {
      params: z.object({ pseudonym: z.string().max(40) }),
      ...body(z.strictObject({ blocked: z.boolean(), reason: z.string().trim().min(3).max(2000) })),
    },
    responses: { 200: json('Done', Done), ...errors },
  }),
};

/** Routes under /api/volunteer/letters and /api/volunteer/writers. */
export function volunteerLetterRoutes() {
  return createRouter()
    .openapi(routes.view, async (c) =>
      c.json(await volunteerLetterView(c.get('deps').db, c.req.valid('param').id), 200),
    )
    .openapi(routes.translation, async (c) => {
      const saved = await saveLetterTranslation(
        c.get('deps').db,
        currentUser(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json(saved, 200);
    })
    .openapi(routes.approve, async (c) => {
      await approveLetterAsVolunteer(c.get('deps').db, currentUser(c), c.req.valid('param').id);
      return c.json({ ok: true as const }, 200);
    })
    .openapi(routes.sendBack, async (c) => {
      await sendLetterBack(
        c.get('deps').db,
        currentUser(c),
        c.req.valid('param').id,
        c.req.valid('json').reason,
      );
      return c.json({ ok: true as const }, 200);
    })
    .openapi(routes.reject, async (c) => {
      await rejectLetterAsVolunteer(
        c.get('deps').db,
        currentUser(c),
        c.req.valid('param').id,
        c.req.valid('json').reason,
      );
      return c.json({ ok: true as const }, 200);
    })
    .openapi(routes.block, async (c) => {
      const { blocked, reason } = c.req.valid('json');
      await setWriterBlocked(
        c.get('deps').db,
        currentUser(c).id,
        c.req.valid('param').pseudonym,
        blocked,
        reason,
      );
      return c.json({ ok: true as const }, 200);
    });
}
