/**
 * The moderation screen's API under /api/volunteer/moderation: open a letter with both texts,
 * flags and signals; decide (approve, ask for changes, refuse) with ready-made reasons in the
 * writer's language; list and fast-approve letters with nothing above `info`. Moderators only.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { decideLetter, fastApprove } from '../../moderation/decide';
import { fastApprovable } from '../../moderation/fast-list';
import { moderationView } from '../../moderation/view';
import { errorResponses } from '../error-schema';
import { currentUser, requirePermission } from '../middleware/auth';
import { createRouter } from '../router';
import { DecisionBody, FastApprovableList, ModerationView } from './moderation-schemas';

const json = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
const guard = { middleware: [requirePermission('letters.review')], tags: ['moderation'] };
const Id = z.object({ id: z.string() });
const errors = errorResponses(400, 401, 403, 404, 409);

const routes = {
  view: createRoute({
    method: 'get',
    path: '/volunteer/moderation/letters/{id}',
    ...guard,
    summary: 'Open a letter for moderation: both texts, flags with notes, signals, reasons',
    request: { params: Id },
    responses: { 200: json('The letter', ModerationView), ...errors },
  }),
  decide: createRoute({
    method: 'post',
    path: '/volunteer/moderation/letters/{id}/decision',
    ...guard,
    summary: 'Approve, ask the writer for changes, or refuse (the writer is told in their language)',
    request: { params: Id, ...body(DecisionBody) },
    responses: { 200: json('Decided', z.object({ status: z.string() })), ...errors },
  }),
  fastList: createRoute({
    method: 'get',
    path: '/volunteer/moderation/fast-approve',
    ...guard,
    summary: 'Letters in review with no flag above info, oldest first',
    responses: { 200: json('Letters', FastApprovableList), ...errorResponses(401, 403) },
  }),
  fastApprove: createRoute({
    method: 'post',
    path: '/volunteer/moderation/fast-approve',
    ...guard,
    summary: 'Approve the given letters that still qualify; the rest are returned with why',
    request: { ...body(z.strictObject({ letterIds: z.array(z.uuid()).min(1).max(100) })) },
    responses: {
      200: json(
        'Result',
        z.object({
          approved: z.array(z.uuid()),
          skipped: z.array(z.object({ id: z.string(), code: z.string() })),
        }),
      ),
      ...errorResponses(400, 401, 403),
    },
  }),
};

/** Routes under /api/volunteer/moderation. */
export function moderationRoutes() {
  return createRouter()
    .openapi(routes.view, async (c) =>
      c.json(await moderationView(c.get('deps').db, currentUser(c).id, c.req.valid('param').id), 200),
    )
    .openapi(routes.decide, async (c) => {
      const status = await decideLetter(
        c.get('deps').db,
        currentUser(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json({ status }, 200);
    })
    .openapi(routes.fastList, async (c) =>
      c.json({ letters: await fastApprovable(c.get('deps').db, currentUser(c).id) }, 200),
    )
    .openapi(routes.fastApprove, async (c) =>
      c.json(await fastApprove(c.get('deps').db, currentUser(c), c.req.valid('json').letterIds), 200),
    );
}
