import { sql } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { buildPrisoner } from '../../test/factories';
import { queryRows } from '../db/rows';
import { countHit } from './rate-limit';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ PROOF_OF_WORK: 'true' });
});
afterAll(() => t.close());

/** Fetches a challenge and solves it as the widget does (synchronous hashing: Node's WebCrypto is slow per call). */
async function solved(): Promise<string> {
  const challenge = (await (await t.call('GET', '/api/altcha/challenge')).json()) as {
    algorithm: string;
    challenge: string;
    salt: string;
    signature: string;
    maxnumber: number;
  };
  let number = 0;
  while (createHash('sha256').update(`${challenge.salt}${number}`).digest('hex') !== challenge.challenge)
    number++;
  expect(number).toBeLessThanOrEqual(challenge.maxnumber);
  const payload = { ...challenge, number };
  return Buffer.from(JSON.stringify(payload)).toString('base64');
}

const letter = (prisonerId: string, email: string) => ({
  prisonerId,
  email,
  language: 'en',
  body: 'Hello from Lyon! I am reading a book about birds and thinking of you.',
});

describe('proof of work', () => {
  it('refuses a letter without a solved challenge', async () => {
    const prisoner = await buildPrisoner(t.runtime.db);
    const res = await t.call('POST', '/api/letters', letter(prisoner.id, 'pow@example.org'));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'altcha_required' } });
  });

  it('accepts a solved challenge once, and refuses a forged or replayed one', async () => {
    const prisoner = await buildPrisoner(t.runtime.db);
    const payload = await solved();
    const ok = await t.call('POST', '/api/letters', letter(prisoner.id, 'pow@example.org'), {
      'x-altcha': payload,
    });
    expect(ok.status).toBe(202);
    const replay = await t.call('POST', '/api/letters', letter(prisoner.id, 'pow@example.org'), {
      'x-altcha': payload,
    });
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ error: { code: 'altcha_invalid' } });

    const forged = JSON.parse(Buffer.from(await solved(), 'base64').toString()) as { number: number };
    forged.number += 1;
    const res = await t.call('POST', '/api/letters', letter(prisoner.id, 'pow@example.org'), {
      'x-altcha': Buffer.from(JSON.stringify(forged)).toString('base64'),
    });
    expect(res.status).toBe(400);
  });

  it('guards the sign-in form too', async () => {
    expect((await t.call('POST', '/api/writer/login', { email: 'a@example.org' })).status).toBe(400);
    const res = await t.call(
      'POST',
      '/api/writer/login',
      { email: 'a@example.org' },
      { 'x-altcha': await solved() },
    );
    expect(res.status).toBe(202);
  });
});

describe('rate limits', () => {
  it('limits sign-in requests per email, whatever the case of the address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const email = i % 2 ? 'Limit@Example.org' : 'limit@example.org';
      statuses.push(
        (await t.call('POST', '/api/writer/login', { email }, { 'x-altcha': await solved() })).status,
      );
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
  });

  it('counts in fixed windows that start again once they end', async () => {
    expect(await countHit(t.runtime.db, 'test:window', 60_000)).toBe(1);
    expect(await countHit(t.runtime.db, 'test:window', 60_000)).toBe(2);
    await t.runtime.db.execute(
      // Let the window end without waiting for it.
      sql`UPDATE rate_limits SET expires_at = now() - interval '1 second' WHERE key = 'test:window'`,
    );
    expect(await countHit(t.runtime.db, 'test:window', 60_000)).toBe(1);
  });

  it('keeps exact counts under concurrent hits', async () => {
    const counts = await Promise.all(
      Array.from({ length: 10 }, () => countHit(t.runtime.db, 'test:concurrent', 60_000)),
    );
    expect(counts.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('stores no address or email in clear', async () => {
    const rows = await queryRows<{ key: string }>(t.runtime.db, sql`SELECT key FROM rate_limits`);
    expect(rows.length).toBeGreaterThan(0);
    for (const { key } of rows) expect(key).not.toMatch(/@|127\.0|unknown/);
  });
});
