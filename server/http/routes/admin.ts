/**
 * Admin routes under /api/admin: volunteers (invite, list, change, invite again), run-time
 * settings, the audit log viewer, and revealing a writer's email with a reason.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { inviteVolunteer, listUsers, reinviteUser, updateUser } from '../../admin/users';
import { revealWriterEmail, writerSummary } from '../../admin/reveal';
import { queryAudit } from '../../audit/query';
import { ROLES } from '../../policies';
import { changeSetting, listSettings } from '../../settings/settings';
import type { Permission } from '../../policies';
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
const guard = (permission: Permission) => ({ middleware: [requirePermission(permission)], tags: ['admin'] });
const errors = errorResponses(400, 401, 403, 404, 409);

const Role = z.enum(ROLES);
const Pair = z.string().regex(/^(?:[a-z]{2}-ru|ru-[a-z]{2})$/);
const AdminUser = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    roles: z.array(z.string()),
    languagePairs: z.array(z.string()),
    status: z.string(),
    lockedUntil: z.string().nullable(),
    lastLoginAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('AdminUser');
const InvitationOut = z.object({ userId: z.uuid(), link: z.string(), expiresAt: z.string() });
const UserId = z.object({ id: z.uuid() });
const Pseudonym = z.object({ pseudonym: z.string().max(40) });
const Setting = z.object({
  key: z.string(),
  description: z.string(),
  value: z.unknown(),
  defaultValue: z.unknown(),
  /** JSON Schema of the value, for the settings screen to draw its fields. */
  schema: z.record(z.string(), z.unknown()),
  updatedAt: z.string().nullable(),
});
const AuditLine = z
  .object({
    source: z.enum(['audit', 'letter', 'reply']),
    id: z.string(),
    at: z.string(),
    actorType: z.string(),
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    action: z.string(),
    subjectType: z.string().nullable(),
    subjectId: z.string().nullable(),
    subjectLabel: z.string().nullable(),
    reason: z.string().nullable(),
    data: z.record(z.string(), z.unknown()).nullable(),
  })
  .openapi('AuditLine');

const routes = {
  users: createRoute({
    method: 'get',
    path: '/admin/users',
    ...guard('users.manage'),
    summary: 'Every volunteer',
    responses: { 200: json('Volunteers', z.object({ users: z.array(AdminUser) })), ...errors },
  }),
  invite: createRoute({
    method: 'post',
    path: '/admin/users',
    ...guard('users.manage'),
    summary: 'Invite a volunteer (the link is emailed and returned)',
    request: body(
      z.strictObject({
        email: z.string().trim().pipe(z.email()),
        roles: z.array(Role).min(1),
        languagePairs: z.array(Pair).default([]),
        displayName: z.string().trim().max(60).optional(),
      }),
    ),
    responses: { 201: json('Invited', InvitationOut), ...errors },
  }),
  update: createRoute({
    method: 'patch',
    path: '/admin/users/{id}',
    ...guard('users.manage'),
    summary: 'Change roles, pairs, name or status',
    request: {
      params: UserId,
      ...body(
        z.strictObject({
          roles: z.array(Role).optional(),
          languagePairs: z.array(Pair).optional(),
          displayName: z.string().trim().max(60).optional(),
          status: z.enum(['active', 'disabled']).optional(),
        }),
      ),
    },
    responses: { 200: json('Changed', z.object({ ok: z.literal(true) })), ...errors },
  }),
  reinvite: createRoute({
    method: 'post',
    path: '/admin/users/{id}/reinvite',
    ...guard('users.manage'),
    summary: 'Wipe password and authenticator; issue a new invitation',
    request: { params: UserId },
    responses: { 200: json('Invited again', InvitationOut), ...errors },
  }),
  settings: createRoute({
    method: 'get',
    path: '/admin/settings',
    ...guard('settings.manage'),
    summary: 'Run-time settings',
    responses: { 200: json('Settings', z.object({ settings: z.array(Setting) })), ...errors },
  }),
  changeSetting: createRoute({
    method: 'put',
    path: '/admin/settings/{key}',
    ...guard('settings.manage'),
    summary: 'Change a setting (audited)',
    request: {
      params: z.object({ key: z.string().max(80) }),
      ...body(z.strictObject({ value: z.unknown() })),
    },
    responses: { 200: json('Changed', z.object({ ok: z.literal(true) })), ...errors },
  }),
  audit: createRoute({
    method: 'get',
    path: '/admin/audit',
    ...guard('audit.view'),
    summary: 'The audit log with every transition, filtered, newest first',
    request: {
      query: z.object({
        actorId: z.uuid().optional(),
        action: z.string().max(80).optional(),
        subjectType: z.string().max(40).optional(),
        subjectId: z.string().max(80).optional(),
        since: z.iso.datetime({ offset: true }).optional(),
        until: z.iso.datetime({ offset: true }).optional(),
        before: z.iso.datetime({ offset: true }).optional(),
        limit: z.coerce.number().int().min(1).max(500).default(100),
      }),
    },
    responses: { 200: json('Audit lines', z.object({ items: z.array(AuditLine) })), ...errors },
  }),
  writer: createRoute({
    method: 'get',
    path: '/admin/writers/{pseudonym}',
    ...guard('writers.reveal'),
    summary: 'A writer by pseudonym (no email)',
    request: { params: Pseudonym },
    responses: {
      200: json(
        'The writer',
        z.object({
          pseudonym: z.string(),
          language: z.string(),
          letters: z.number().int(),
          blocked: z.boolean(),
          createdAt: z.string(),
        }),
      ),
      ...errors,
    },
  }),
  reveal: createRoute({
    method: 'post',
    path: '/admin/writers/{pseudonym}/reveal',
    ...guard('writers.reveal'),
    summary: "Reveal a writer's email, with a reason (audited)",
    request: { params: Pseudonym, ...body(z.strictObject({ reason: z.string().trim().min(10).max(2000) })) },
    responses: { 200: json('The email', z.object({ email: z.string() })), ...errors },
  }),
};

const invitationOut = (i: { userId: string; link: string; expiresAt: Date }) => ({
  userId: i.userId,
  link: i.link,
  expiresAt: i.expiresAt.toISOString(),
});
const date = (value: string | undefined) => (value ? new Date(value) : undefined);

/** Routes under /api/admin. */
export function adminRoutes() {
  return createRouter()
    .openapi(routes.users, async (c) => c.json({ users: await listUsers(c.get('deps')) }, 200))
    .openapi(routes.invite, async (c) => {
      const actor = { type: 'volunteer' as const, id: currentUser(c).id };
      return c.json(
        invitationOut(await inviteVolunteer(c.get('deps'), actor, c.req.valid('json'), { mail: true })),
        201,
      );
    })
    .openapi(routes.update, async (c) => {
      await updateUser(c.get('deps').db, currentUser(c).id, c.req.valid('param').id, c.req.valid('json'));
      return c.json({ ok: true as const }, 200);
    })
    .openapi(routes.reinvite, async (c) =>
      c.json(
        invitationOut(await reinviteUser(c.get('deps'), currentUser(c).id, c.req.valid('param').id)),
        200,
      ),
    )
    .openapi(routes.settings, async (c) => {
      const { db, config } = c.get('deps');
      return c.json({ settings: await listSettings(db, config) }, 200);
    })
    .openapi(routes.changeSetting, async (c) => {
      const { db, config } = c.get('deps');
      await changeSetting(db, config, c.req.valid('param').key, c.req.valid('json').value, currentUser(c).id);
      return c.json({ ok: true as const }, 200);
    })
    .openapi(routes.audit, async (c) => {
      const q = c.req.valid('query');
      const filter = { ...q, since: date(q.since), until: date(q.until), before: date(q.before) };
      return c.json({ items: await queryAudit(c.get('deps').db, filter) }, 200);
    })
    .openapi(routes.writer, async (c) =>
      c.json(await writerSummary(c.get('deps').db, c.req.valid('param').pseudonym), 200),
    )
    .openapi(routes.reveal, async (c) => {
      const { db, keys } = c.get('deps');
      const email = await revealWriterEmail(
        db,
        keys,
        currentUser(c).id,
        c.req.valid('param').pseudonym,
        c.req.valid('json').reason,
      );
      return c.json({ email }, 200);
    });
}
