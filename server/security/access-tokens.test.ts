import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { buildWriter } from '../../test/factories';
import { accessTokens } from '../db/schema';
import { AppError } from '../errors';
import { spendAccessToken } from './access-tokens';
import { hashToken, newToken } from './tokens';

let database: TestDatabase;
let writerId: string;
const messages = { used: 'Already used.', expired: 'Expired.' };

beforeAll(async () => {
  database = await createTestDatabase();
  writerId = (await buildWriter(database.db)).id;
}, 180_000);
afterAll(() => database?.destroy());

async function issue(purpose: string, expiresInMs = 60_000): Promise<string> {
  const token = newToken();
  await database.db.insert(accessTokens).values({
    tokenHash: hashToken(token),
    purpose,
    writerId,
    expiresAt: new Date(Date.now() + expiresInMs),
  });
  return token;
}

async function failure(
  promise: Promise<unknown>,
): Promise<{ status: number; code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('spendAccessToken', () => {
  it('spends a live token once; the second click is told it was used', async () => {
    const token = await issue('writer_login');
    const row = await spendAccessToken(database.db, token, 'writer_login', messages);
    expect(row.writerId).toBe(writerId);
    expect(row.usedAt).not.toBeNull();
    expect(await failure(spendAccessToken(database.db, token, 'writer_login', messages))).toEqual({
      status: 410,
      code: 'token_used',
      message: 'Already used.',
    });
  });

  it('lets exactly one of two racing clicks spend the token', async () => {
    const token = await issue('confirm_letter');
    const results = await Promise.allSettled([
      spendAccessToken(database.db, token, 'confirm_letter', messages),
      spendAccessToken(database.db, token, 'confirm_letter', messages),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('refuses an expired token, another purpose and an unknown one with distinct codes', async () => {
    const expired = await issue('writer_login', -1000);
    expect((await failure(spendAccessToken(database.db, expired, 'writer_login', messages))).code).toBe(
      'token_expired',
    );
    const confirmation = await issue('confirm_letter');
    expect((await failure(spendAccessToken(database.db, confirmation, 'writer_login', messages))).code).toBe(
      'token_invalid',
    );
    expect((await failure(spendAccessToken(database.db, newToken(), 'writer_login', messages))).status).toBe(
      400,
    );
  });
});
