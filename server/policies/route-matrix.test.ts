/**
 * The role matrix: EVERY route in the OpenAPI document × every kind of caller (anonymous, a
 * writer's magic-link session, and a volunteer of each role) against the explicit table below.
 * A route missing from the table fails the test — add it with the callers that may use it. A
 * caller is "denied" when the answer is 401, or 403 with code `forbidden`; anything else (200,
 * 400 for the empty body, 404 for the made-up id, 409, 429…) means authorisation let it through.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { buildWriter } from '../../test/factories';
import { buildVolunteer, volunteerCookie } from '../../test/volunteers';
import { createWriterSession, WRITER_COOKIE } from '../writer/session';
import { ROLES, type Role } from './roles';

type Caller = 'anonymous' | 'writer' | Role;
const CALLERS: readonly Caller[] = ['anonymous', 'writer', ...ROLES];

const EVERYONE = CALLERS;
const WRITER = ['writer'] as const;
const VOLUNTEERS = ROLES;

/** Who may call each route. Keys are `METHOD /path` exactly as the OpenAPI document lists them. */
const EXPECTED: Record<string, readonly Caller[]> = {
  // System and the public site.
  'GET /health': EVERYONE,
  'GET /stats': EVERYONE,
  'GET /config/public': EVERYONE,
  'GET /altcha/challenge': EVERYONE,
  'POST /language/detect': EVERYONE,
  'POST /screen': EVERYONE,
  // The writer's way in: anyone may submit and confirm; the rest needs the magic-link session.
  'POST /letters': EVERYONE,
  'POST /letters/confirm': EVERYONE,
  'POST /writer/login': EVERYONE,
  'POST /writer/session': EVERYONE,
  'POST /writer/logout': EVERYONE,
  'GET /writer/letters': WRITER,
  'POST /writer/letters/{id}/withdraw': WRITER,
  'PUT /writer/letters/{id}': WRITER,
  'GET /writer/export': WRITER,
  'DELETE /writer': WRITER,
  'GET /writer/replies': WRITER,
  'GET /writer/replies/{replyId}/scans/{fileId}': WRITER,
  'POST /writer/letters/{id}/self-post': WRITER,
  'GET /writer/letters/{id}/self-post/address': WRITER,
  'GET /writer/letters/{id}/self-post/pdf': WRITER,
  'POST /writer/letters/{id}/self-post/posted': WRITER,
  'POST /writer/letters/{id}/self-post/cancel': WRITER,
  // Volunteer sign-in is public; the account routes need a volunteer session.
  'POST /auth/login': EVERYONE,
  'POST /auth/invitation': EVERYONE,
  'POST /auth/invitation/password': EVERYONE,
  'POST /auth/invitation/complete': EVERYONE,
  'POST /auth/password-reset': EVERYONE,
  'POST /auth/password-reset/complete': EVERYONE,
  'POST /auth/logout': VOLUNTEERS,
  'POST /auth/logout-everywhere': VOLUNTEERS,
  'GET /auth/me': VOLUNTEERS,
  'PATCH /auth/me': VOLUNTEERS,
  'POST /auth/recovery-codes': VOLUNTEERS,
  // Dashboard home and leases (each queue is further limited by its own permission).
  'GET /volunteer/queues': VOLUNTEERS,
  'GET /volunteer/queues/{queue}': ['moderator'],
  'POST /volunteer/queues/{queue}/take': ['moderator'],
  'POST /volunteer/items/{kind}/{id}/take': VOLUNTEERS,
  'POST /volunteer/items/{kind}/{id}/release': VOLUNTEERS,
  'GET /volunteer/recent': VOLUNTEERS,
  // Letter work.
  'GET /volunteer/letters/{id}': ['translator', 'moderator', 'dispatcher'],
  'PUT /volunteer/letters/{id}/translation': ['translator'],
  'POST /volunteer/letters/{id}/approve': ['moderator'],
  'POST /volunteer/letters/{id}/send-back': ['moderator'],
  'POST /volunteer/letters/{id}/reject': ['moderator'],
  'POST /volunteer/writers/{pseudonym}/block': ['moderator'],
  // The translator's workbench (letters into Russian, replies out of it) and moderation.
  'GET /volunteer/letters/{id}/workbench': ['translator'],
  'POST /volunteer/letters/{id}/checks': ['translator'],
  'PUT /volunteer/letters/{id}/workbench': ['translator'],
  'GET /volunteer/replies/{id}/workbench': ['translator'],
  'POST /volunteer/replies/{id}/checks': ['translator'],
  'PUT /volunteer/replies/{id}/workbench': ['translator'],
  'GET /volunteer/moderation/letters/{id}': ['moderator'],
  'POST /volunteer/moderation/letters/{id}/decision': ['moderator'],
  'GET /volunteer/moderation/fast-approve': ['moderator'],
  'POST /volunteer/moderation/fast-approve': ['moderator'],
  // The dispatcher console; coordinators and admins set channel budgets and prices.
  'GET /volunteer/dispatch/queue': ['dispatcher'],
  'GET /volunteer/dispatch/letters/{id}/card': ['dispatcher'],
  'POST /volunteer/dispatch/letters/{id}/complete': ['dispatcher'],
  'POST /volunteer/dispatch/letters/{id}/fail': ['dispatcher'],
  'POST /volunteer/dispatch/post-batches': ['dispatcher'],
  'GET /volunteer/dispatch/post-batches/{file}': ['dispatcher'],
  'POST /volunteer/dispatch/post-batches/{id}/posted': ['dispatcher'],
  'GET /volunteer/dispatch/budgets': ['dispatcher', 'coordinator', 'admin'],
  'PUT /volunteer/dispatch/budgets/{channel}': ['coordinator', 'admin'],
  'POST /volunteer/dispatch/letters/{id}/tracking': ['dispatcher'],
  'GET /volunteer/dispatch/posted': ['dispatcher'],
  // Administration.
  // The public directory and delivery statistics.
  'GET /prisoners': EVERYONE,
  'GET /prisoners/lifeline': EVERYONE,
  'GET /prisoners/birthdays': EVERYONE,
  'GET /prisoners/{id}': EVERYONE,
  'GET /prisoners/{id}/address': EVERYONE,
  'GET /prisoners/{id}/photo': EVERYONE,
  'GET /facilities': EVERYONE,
  'GET /facilities/{id}': EVERYONE,
  'GET /stats/facilities': EVERYONE,
  'GET /volunteer/stats/facilities': ['moderator', 'dispatcher', 'coordinator', 'admin'],
  // Replies: intake by transcribers and dispatchers; each step by its role.
  'POST /volunteer/replies': ['translator', 'moderator', 'dispatcher'],
  'GET /volunteer/replies': ['translator', 'moderator', 'dispatcher'],
  'GET /volunteer/replies/letter-candidates': ['translator', 'moderator', 'dispatcher'],
  'GET /volunteer/replies/{id}': ['translator', 'moderator', 'dispatcher'],
  // The scan of a reply: a plain route (binary), outside the OpenAPI document; see UNDOCUMENTED.
  'GET /volunteer/replies/{id}/files/{fileId}': ['translator', 'moderator', 'dispatcher'],
  'POST /volunteer/replies/{id}/match': ['translator', 'moderator', 'dispatcher'],
  'PUT /volunteer/replies/{id}/transcription': ['translator', 'moderator'],
  'PUT /volunteer/replies/{id}/translation': ['translator'],
  'POST /volunteer/replies/{id}/forward': ['moderator'],
  'POST /volunteer/replies/{id}/send-back': ['moderator'],
  // Delivery news and follow-ups: dispatchers and coordinators.
  'POST /volunteer/delivery/letters/{id}/delivered': ['dispatcher', 'coordinator'],
  'POST /volunteer/delivery/letters/{id}/stopped': ['dispatcher', 'coordinator'],
  'GET /volunteer/delivery/follow-ups': ['dispatcher', 'coordinator'],
  'POST /volunteer/delivery/follow-ups/{id}': ['dispatcher', 'coordinator'],
  // Coordinators keep the directory.
  'POST /coordinator/import/prisoners': ['coordinator'],
  'GET /coordinator/prisoners': ['moderator', 'dispatcher', 'coordinator'],
  'GET /coordinator/prisoners/{id}': ['moderator', 'dispatcher', 'coordinator'],
  'PATCH /coordinator/prisoners/{id}': ['coordinator'],
  'POST /coordinator/prisoners/{id}/transfer': ['coordinator'],
  'GET /coordinator/prisoners/{id}/photo': ['moderator', 'dispatcher', 'coordinator'],
  'POST /coordinator/prisoners/{id}/photo': ['coordinator'],
  'DELETE /coordinator/prisoners/{id}/photo': ['coordinator'],
  'GET /coordinator/facilities': ['moderator', 'dispatcher', 'coordinator'],
  'GET /coordinator/facilities/{id}': ['moderator', 'dispatcher', 'coordinator'],
  'PATCH /coordinator/facilities/{id}': ['coordinator'],
  'GET /admin/users': ['admin'],
  'POST /admin/users': ['admin'],
  'PATCH /admin/users/{id}': ['admin'],
  'POST /admin/users/{id}/reinvite': ['admin'],
  'GET /admin/settings': ['admin'],
  'PUT /admin/settings/{key}': ['admin'],
  'GET /admin/audit': ['admin'],
  'GET /admin/writers/{pseudonym}': ['admin'],
  'POST /admin/writers/{pseudonym}/reveal': ['admin'],
};

/** Routes the OpenAPI document leaves out (binary answers), walked like the others. */
const UNDOCUMENTED = [{ method: 'GET', path: '/volunteer/replies/{id}/files/{fileId}' }];

/** Values for path parameters: a queue only moderators work, unknown ids elsewhere. */
const PARAMS: Record<string, string> = {
  queue: 'letters.review',
  kind: 'letter',
  pseudonym: 'W-NOBODY',
  key: 'claim_lease_minutes',
};
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

let t: TestApp;
const volunteers = new Map<Role, string>();
let routes: { method: string; path: string }[] = [];

beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) {
    const v = await buildVolunteer(t.runtime.db, {
      roles: [role],
      languagePairs: role === 'translator' ? ['de-ru', 'ru-de'] : [],
    });
    volunteers.set(role, v.id);
  }
  const doc = (await (await t.call('GET', '/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  routes = [
    ...Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })),
    ),
    ...UNDOCUMENTED,
  ];
});
afterAll(() => t.close());

/** A fresh session per call: sign-out, "log out everywhere" and "delete my data" end the one they use. */
async function cookieFor(caller: Caller): Promise<string | undefined> {
  const { db, config } = t.runtime;
  if (caller === 'anonymous') return undefined;
  if (caller === 'writer')
    return `${WRITER_COOKIE}=${await createWriterSession(db, (await buildWriter(db)).id)}`;
  return volunteerCookie(db, config, volunteers.get(caller)!);
}

async function isDenied(method: string, path: string, caller: Caller): Promise<boolean> {
  const url = '/api' + path.replace(/\{(\w+)\}/g, (_m, name: string) => PARAMS[name] ?? UNKNOWN_ID);
  const cookie = await cookieFor(caller);
  const res = await t.call(method, url, method === 'GET' ? undefined : {}, cookie ? { cookie } : {});
  if (res.status === 401) return true;
  if (res.status !== 403) return false;
  const body = (await res.json()) as { error?: { code?: string } };
  return body.error?.code === 'forbidden';
}

describe('role matrix', () => {
  it('lists every route (the OpenAPI document and the undocumented ones) in the expectation table, and nothing else', () => {
    const documented = routes.map((r) => `${r.method} ${r.path}`).sort();
    expect(documented.length).toBeGreaterThan(40);
    expect(documented.filter((key) => !(key in EXPECTED))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((key) => !documented.includes(key))).toEqual([]);
  });

  it('allows exactly the expected callers on every route', async () => {
    const mismatches: string[] = [];
    for (const { method, path } of routes) {
      const allowed = EXPECTED[`${method} ${path}`] ?? [];
      for (const caller of CALLERS) {
        const denied = await isDenied(method, path, caller);
        if (denied === allowed.includes(caller)) {
          mismatches.push(
            `${method} ${path} as ${caller}: ${denied ? 'denied' : 'allowed'}, expected ${denied ? 'allowed' : 'denied'}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
