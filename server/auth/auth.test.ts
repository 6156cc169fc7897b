import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { buildVolunteer, volunteerCookie, type TestVolunteer } from '../../test/volunteers';
import { auditLog, sessions, users } from '../db/schema';
import { currentTotp } from './totp';
import { inviteUser } from './users';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const STEP = 30_000;
/** A valid code for a later time step than any used before (each code is accepted once). */
let stepOffset = 0;
const freshCode = async (v: TestVolunteer) => {
  await t.runtime.db.update(users).set({ totpLastStep: null }).where(eq(users.id, v.id));
  return currentTotp(v.totpSecret, Date.now() + (stepOffset++ % 2) * STEP);
};
const cookieFrom = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0]!;
const loginBody = (v: TestVolunteer, code: string, password = v.password) => ({
  email: v.email,
  password,
  code,
});

describe('invitation', () => {
  it('sets a password, enrols TOTP, then activates and signs in; the link works once', async () => {
    const { db, keys, config } = t.runtime;
    const invitation = await inviteUser(db, keys, config, {
      email: 'New.Volunteer@Example.org',
      roles: ['translator'],
      languagePairs: ['de-ru'],
    });
    expect(invitation.link).toBe(`http://localhost:3000/volunteer/invitation#${invitation.token}`);
    const token = invitation.token;

    expect((await t.call('POST', '/api/auth/invitation', { token })).status).toBe(200);
    const weak = await t.call('POST', '/api/auth/invitation/password', { token, password: 'short' });
    expect(await weak.json()).toMatchObject({ error: { code: 'password_too_weak' } });
    const early = await t.call('POST', '/api/auth/invitation/complete', { token, code: '123456' });
    expect(early.status).toBe(409);

    const enrol = await t.call('POST', '/api/auth/invitation/password', {
      token,
      password: 'a long pass phrase here',
      displayName: 'Anna',
    });
    const { secret, otpauthUri } = (await enrol.json()) as { secret: string; otpauthUri: string };
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Letterbridge:Anna\?secret=/);
    expect(otpauthUri).not.toContain('example.org');

    const wrong = await t.call('POST', '/api/auth/invitation/complete', { token, code: '000000' });
    expect(await wrong.json()).toMatchObject({ error: { code: 'totp_invalid' } });
    const done = await t.call('POST', '/api/auth/invitation/complete', { token, code: currentTotp(secret) });
    expect(done.status).toBe(200);
    const { user, recoveryCodes } = (await done.json()) as {
      user: { roles: string[]; permissions: string[] };
      recoveryCodes: string[];
    };
    expect(recoveryCodes).toHaveLength(10);
    expect(user.permissions).toContain('letters.translate');
    const setCookie = done.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);

    const me = await t.call('GET', '/api/auth/me', undefined, { cookie: cookieFrom(done) });
    expect(await me.json()).toMatchObject({
      displayName: 'Anna',
      roles: ['translator'],
      languagePairs: ['de-ru'],
    });
    expect((await t.call('POST', '/api/auth/invitation', { token })).status).toBe(410);

    const [row] = await db.select().from(users).where(eq(users.id, invitation.userId));
    expect(row!.email).not.toContain('@');
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
  });
});

describe('login', () => {
  it('needs password and a TOTP code, and never accepts the same code twice', async () => {
    const v = await buildVolunteer(t.runtime.db, { roles: ['moderator'] });
    const code = await freshCode(v);
    const res = await t.call('POST', '/api/auth/login', loginBody(v, code));
    expect(res.status).toBe(200);
    expect((await t.call('GET', '/api/auth/me', undefined, { cookie: cookieFrom(res) })).status).toBe(200);
    const replay = await t.call('POST', '/api/auth/login', loginBody(v, code));
    expect(replay.status).toBe(401);
  });

  it('answers a wrong password, a wrong code and an unknown email the same way', async () => {
    const v = await buildVolunteer(t.runtime.db, { roles: ['moderator'] });
    const bodies = await Promise.all([
      t.call('POST', '/api/auth/login', loginBody(v, await freshCode(v), 'wrong password entirely')),
      t.call('POST', '/api/auth/login', loginBody(v, '000000')),
      t.call('POST', '/api/auth/login', {
        email: 'nobody@example.org',
        password: 'whatever it is',
        code: '123456',
      }),
    ]);
    const answers = await Promise.all(bodies.map(async (r) => [r.status, await r.text()]));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]![0]).toBe(401);
  });

  it('accepts each recovery code once', async () => {
    const v = await buildVolunteer(t.runtime.db, { roles: ['dispatcher'] });
    const first = await t.call('POST', '/api/auth/login', loginBody(v, v.recoveryCodes[0]!.toUpperCase()));
    expect(await first.json()).toMatchObject({ usedRecoveryCode: true, user: { recoveryCodesLeft: 9 } });
    expect((await t.call('POST', '/api/auth/login', loginBody(v, v.recoveryCodes[0]!))).status).toBe(401);
  });

  it('locks the account after repeated failures, tells the owner, and unlocks later', async () => {
    const v = await buildVolunteer(t.runtime.db, {
      roles: ['coordinator'],
      email: 'locked.owner@example.org',
    });
    const { config, db } = t.runtime;
    for (let i = 0; i < config.LOGIN_MAX_FAILURES; i++) {
      expect((await t.call('POST', '/api/auth/login', loginBody(v, '000000'))).status).toBe(401);
    }
    expect((await t.call('POST', '/api/auth/login', loginBody(v, await freshCode(v)))).status).toBe(401);
    expect(t.outbox().some((m) => m.includes('To: locked.owner@example.org') && m.includes('locked'))).toBe(
      true,
    );
    const actions = (await db.select().from(auditLog).where(eq(auditLog.subjectId, v.id))).map(
      (r) => r.action,
    );
    expect(actions).toContain('auth.locked');

    await db
      .update(users)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(users.id, v.id));
    expect((await t.call('POST', '/api/auth/login', loginBody(v, await freshCode(v)))).status).toBe(200);
  });
});

describe('sessions', () => {
  it('end when idle, at the absolute limit, on logout and everywhere at once', async () => {
    const { db, config } = t.runtime;
    const v = await buildVolunteer(db, { roles: ['admin'] });
    const [idle, absolute, here, elsewhere] = await Promise.all(
      [1, 2, 3, 4].map(() => volunteerCookie(db, config, v.id)),
    );
    const me = (cookie: string) => t.call('GET', '/api/auth/me', undefined, { cookie }).then((r) => r.status);
    expect(await me(idle!)).toBe(200);

    const hashOf = async (cookie: string) =>
      (await import('../security/tokens')).hashToken(cookie.split('=')[1]!);
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - (config.SESSION_IDLE_MINUTES + 1) * 60_000) })
      .where(eq(sessions.tokenHash, await hashOf(idle!)));
    await db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.tokenHash, await hashOf(absolute!)));
    expect(await me(idle!)).toBe(401);
    expect(await me(absolute!)).toBe(401);

    expect((await t.call('POST', '/api/auth/logout', undefined, { cookie: here! })).status).toBe(200);
    expect(await me(here!)).toBe(401);
    expect(await me(elsewhere!)).toBe(200);
    const other = await volunteerCookie(db, config, v.id);
    const all = await t.call('POST', '/api/auth/logout-everywhere', undefined, { cookie: other });
    expect(await all.json()).toEqual({ ended: 2 });
    expect(await me(elsewhere!)).toBe(401);
  });

  it('end when the account is disabled', async () => {
    const { db, config } = t.runtime;
    const v = await buildVolunteer(db, { roles: ['translator'] });
    const cookie = await volunteerCookie(db, config, v.id);
    await db.update(users).set({ status: 'disabled' }).where(eq(users.id, v.id));
    expect((await t.call('GET', '/api/auth/me', undefined, { cookie })).status).toBe(401);
  });
});

describe('password reset', () => {
  it('emails a link; the new password needs a second factor and ends every session', async () => {
    const { db, config } = t.runtime;
    const v = await buildVolunteer(db, { roles: ['moderator'], email: 'resetting@example.org' });
    const cookie = await volunteerCookie(db, config, v.id);
    const before = t.outbox().length;
    expect(
      (await t.call('POST', '/api/auth/password-reset', { email: 'nobody.here@example.org' })).status,
    ).toBe(202);
    expect(t.outbox()).toHaveLength(before);
    expect((await t.call('POST', '/api/auth/password-reset', { email: v.email })).status).toBe(202);
    // Mail bodies are quoted-printable: undo the soft line breaks.
    const mail = t
      .outbox()
      .at(-1)!
      .replace(/=\r?\n/g, '');
    const token = /volunteer\/reset#([A-Za-z0-9_-]{43})/.exec(mail)![1]!;

    const noCode = await t.call('POST', '/api/auth/password-reset/complete', {
      token,
      password: 'another long passphrase',
      code: '000000',
    });
    expect(await noCode.json()).toMatchObject({ error: { code: 'code_invalid' } });
    const done = await t.call('POST', '/api/auth/password-reset/complete', {
      token,
      password: 'another long passphrase',
      code: await freshCode(v),
    });
    expect(done.status).toBe(200);
    expect((await t.call('GET', '/api/auth/me', undefined, { cookie })).status).toBe(401);
    const again = await t.call('POST', '/api/auth/login', {
      email: v.email,
      password: 'another long passphrase',
      code: await freshCode(v),
    });
    expect(again.status).toBe(200);
    expect(
      (
        await t.call('POST', '/api/auth/password-reset/complete', {
          token,
          password: 'x'.repeat(20),
          code: '123456',
        })
      ).status,
    ).toBe(410);
  });
});

describe('CSRF', () => {
  const post = (headers: Record<string, string>) =>
    t.app.request('/api/auth/logout-everywhere', { method: 'POST', headers });

  it('refuses state-changing requests without the header, cross-site, or from a foreign origin', async () => {
    const { db, config } = t.runtime;
    const v = await buildVolunteer(db, { roles: ['admin'] });
    const cookie = await volunteerCookie(db, config, v.id);
    const attempts: Record<string, string>[] = [
      { cookie },
      { cookie, 'x-letterbridge-csrf': '1', 'sec-fetch-site': 'cross-site' },
      { cookie, 'x-letterbridge-csrf': '1', origin: 'https://evil.example' },
    ];
    for (const headers of attempts) {
      const res = await post(headers);
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'csrf_failed' } });
    }
    expect((await t.call('GET', '/api/auth/me', undefined, { cookie })).status).toBe(200);
    const ok = await post({
      cookie,
      'x-letterbridge-csrf': '1',
      'sec-fetch-site': 'same-origin',
      origin: 'http://localhost:3000',
    });
    expect(ok.status).toBe(200);
  });
});

describe('on https', () => {
  it('marks the cookie Secure with the __Host- prefix', async () => {
    const https = await createTestApp({ PUBLIC_URL: 'https://letters.example.org' });
    try {
      const v = await buildVolunteer(https.runtime.db, { roles: ['moderator'] });
      const res = await https.call('POST', '/api/auth/login', loginBody(v, currentTotp(v.totpSecret)));
      const setCookie = res.headers.get('set-cookie') ?? '';
      expect(setCookie).toMatch(/^__Host-lb_session=/);
      expect(setCookie).toMatch(/; Secure/i);
      expect(setCookie).toMatch(/HttpOnly/i);
    } finally {
      await https.close();
    }
  });
});
