/**
 * The whole volunteer flow with the logger at trace level and a mail server that refuses
 * connections (so error paths log too): no email address, password, token, TOTP secret or code
 * may appear in any log line.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from '../../shared/csrf';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { testKeys } from '../../test/factories';
import { loadConfig } from '../config';
import { createApp } from '../http/app';
import { createLogger } from '../log';
import { runtimeFor } from '../runtime';
import { currentTotp } from './totp';
import { inviteUser } from './users';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

describe('logs of the volunteer flow', () => {
  it('never contain emails, passwords, tokens or TOTP secrets, even in errors', async () => {
    const lines: string[] = [];
    const log = createLogger(
      'trace',
      new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()) }),
    );
    // Port 9 (discard) is closed here: every send fails and is logged.
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: '/tmp/lb-auth-logs',
      SMTP_URL: 'smtp://127.0.0.1:9',
      LOGIN_MAX_FAILURES: '2',
    });
    const runtime = runtimeFor(database, config, log, testKeys);
    const app = createApp(runtime);
    const call = (url: string, body: unknown) =>
      app.request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [CSRF_HEADER]: CSRF_HEADER_VALUE },
        body: JSON.stringify(body),
      });

    const email = 'logged.volunteer@example.org';
    const password = 'purple monkey dishwasher';
    const { token } = await inviteUser(database.db, testKeys, config, { email, roles: ['moderator'] });
    const enrol = (await (await call('/api/auth/invitation/password', { token, password })).json()) as {
      secret: string;
    };
    const done = await call('/api/auth/invitation/complete', { token, code: currentTotp(enrol.secret) });
    expect(done.status).toBe(200);
    const { recoveryCodes } = (await done.json()) as { recoveryCodes: string[] };

    expect(
      (await call('/api/auth/login', { email, password: 'wrong wrong wrong', code: '000000' })).status,
    ).toBe(401);
    expect(
      (await call('/api/auth/login', { email, password: 'wrong wrong wrong', code: '000000' })).status,
    ).toBe(401);
    expect((await call('/api/auth/password-reset', { email })).status).toBe(202);
    expect((await call('/api/auth/invitation', { token: `${token}x` })).status).toBe(400);

    const text = lines.join('');
    expect(text).toContain('could not send the lock notice');
    expect(text).toContain('could not send the reset link');
    for (const secret of [email, 'logged.volunteer', password, token, enrol.secret, ...recoveryCodes])
      expect(text).not.toContain(secret);
  });
});
