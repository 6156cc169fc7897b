import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { buildLetter, buildWriter } from '../../test/factories';
import { buildVolunteer, volunteerCookie } from '../../test/volunteers';
import { auditLog, users } from '../db/schema';
import { approveLetter } from '../letters/commands';

let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const { db, config } = t.runtime;
  for (const [name, roles] of [
    ['root', ['admin']],
    ['mod', ['moderator']],
  ] as const) {
    const v = await buildVolunteer(db, { roles: [...roles], displayName: name });
    ids[name] = v.id;
    cookies[name] = await volunteerCookie(db, config, v.id);
  }
});
afterAll(() => t.close());

const as = (who: string, method: string, url: string, body?: unknown) =>
  t.call(method, url, body, { cookie: cookies[who]! });

describe('revealing a writer', () => {
  it('needs the admin role and a reason, and is audited with it', async () => {
    const writer = await buildWriter(t.runtime.db, 'secret.writer@example.org');
    const url = `/api/admin/writers/${writer.pseudonym}/reveal`;
    expect((await as('mod', 'POST', url, { reason: 'Police request for the sender' })).status).toBe(403);
    expect((await as('root', 'POST', url, { reason: 'why' })).status).toBe(400);
    const summary: unknown = await (await as('root', 'GET', `/api/admin/writers/${writer.pseudonym}`)).json();
    expect(JSON.stringify(summary)).not.toContain('@');
    const res = await as('root', 'POST', url, {
      reason: 'The writer asked us to confirm their address by phone.',
    });
    expect(await res.json()).toEqual({ email: 'secret.writer@example.org' });

    const audit = (await (await as('root', 'GET', '/api/admin/audit?action=writer.reveal')).json()) as {
      items: { actorName: string; subjectId: string; reason: string }[];
    };
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({
      actorName: 'root',
      subjectId: writer.pseudonym,
      reason: 'The writer asked us to confirm their address by phone.',
    });
    expect(JSON.stringify(audit)).not.toContain('secret.writer@');
  });
});

describe('audit viewer', () => {
  it('shows letter transitions next to audit rows and filters by action prefix, actor and subject', async () => {
    const { db } = t.runtime;
    const letter = await buildLetter(db, { status: 'reviewing' });
    await approveLetter(db, letter.id, { type: 'volunteer', id: ids.mod! });
    const byPrefix = (await (await as('root', 'GET', '/api/admin/audit?action=letter.')).json()) as {
      items: { action: string; subjectLabel: string; actorName: string }[];
    };
    expect(byPrefix.items).toEqual([
      expect.objectContaining({ action: 'letter.approve', subjectLabel: letter.refCode, actorName: 'mod' }),
    ]);
    const byActor = (await (await as('root', 'GET', `/api/admin/audit?actorId=${ids.mod}`)).json()) as {
      items: unknown[];
    };
    expect(byActor.items).toHaveLength(1);
    const bySubject = (await (
      await as('root', 'GET', `/api/admin/audit?subjectId=${letter.refCode}`)
    ).json()) as { items: unknown[] };
    expect(bySubject.items).toHaveLength(1);
    const future = (await (
      await as(
        'root',
        'GET',
        `/api/admin/audit?since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`,
      )
    ).json()) as { items: unknown[] };
    expect(future.items).toHaveLength(0);
    expect((await as('mod', 'GET', '/api/admin/audit')).status).toBe(403);
  });
});

describe('managing volunteers', () => {
  it('invites by email, changes roles, disables (ending sessions) and refuses to lock the admin out', async () => {
    const { db, config } = t.runtime;
    const invited = await as('root', 'POST', '/api/admin/users', {
      email: 'new.person@example.org',
      roles: ['translator'],
      languagePairs: ['uk-ru'],
    });
    expect(invited.status).toBe(201);
    const { link, userId } = (await invited.json()) as { link: string; userId: string };
    expect(
      t
        .outbox()
        .at(-1)!
        .replace(/=\r?\n/g, ''),
    ).toContain(link);
    expect(
      (await as('root', 'POST', '/api/admin/users', { email: 'x@example.org', roles: ['pope'] })).status,
    ).toBe(400);

    const list = (await (await as('root', 'GET', '/api/admin/users')).json()) as {
      users: { id: string; email: string; status: string }[];
    };
    expect(list.users.find((u) => u.id === userId)).toMatchObject({
      email: 'new.person@example.org',
      status: 'invited',
    });

    const modCookie = await volunteerCookie(db, config, ids.mod!);
    expect(
      (await as('root', 'PATCH', `/api/admin/users/${ids.mod}`, { roles: ['moderator', 'dispatcher'] }))
        .status,
    ).toBe(200);
    expect(
      await (await t.call('GET', '/api/auth/me', undefined, { cookie: modCookie })).json(),
    ).toMatchObject({ roles: ['moderator', 'dispatcher'] });
    expect((await as('root', 'PATCH', `/api/admin/users/${ids.mod}`, { status: 'disabled' })).status).toBe(
      200,
    );
    expect((await t.call('GET', '/api/auth/me', undefined, { cookie: modCookie })).status).toBe(401);

    expect(
      await (await as('root', 'PATCH', `/api/admin/users/${ids.root}`, { roles: ['moderator'] })).json(),
    ).toMatchObject({ error: { code: 'cannot_demote_self' } });
    expect(
      await (await as('root', 'PATCH', `/api/admin/users/${ids.root}`, { status: 'disabled' })).json(),
    ).toMatchObject({ error: { code: 'cannot_disable_self' } });
    const [changes] = await db.select().from(auditLog).where(eq(auditLog.action, 'user.updated')).limit(1);
    expect(changes!.data).toMatchObject({
      from: { roles: ['moderator'] },
      to: { roles: ['moderator', 'dispatcher'] },
    });
  });

  it('invites again someone who lost both password and authenticator', async () => {
    const { db, config } = t.runtime;
    const v = await buildVolunteer(db, { roles: ['translator'] });
    const cookie = await volunteerCookie(db, config, v.id);
    const res = await as('root', 'POST', `/api/admin/users/${v.id}/reinvite`);
    expect(res.status).toBe(200);
    const [row] = await db.select().from(users).where(eq(users.id, v.id));
    expect(row).toMatchObject({ status: 'invited', passwordHash: null, totpSecretCiphertext: null });
    expect((await t.call('GET', '/api/auth/me', undefined, { cookie })).status).toBe(401);
  });
});
