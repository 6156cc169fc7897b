import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { buildLetter } from '../../test/factories';
import { buildVolunteer, volunteerCookie } from '../../test/volunteers';
import { auditLog, letters } from '../db/schema';
import { releaseExpiredClaims } from './lease';

let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const { db, config } = t.runtime;
  const make = async (name: string, roles: string[], languagePairs: string[] = []) => {
    const v = await buildVolunteer(db, { roles, languagePairs, displayName: name });
    ids[name] = v.id;
    cookies[name] = await volunteerCookie(db, config, v.id);
  };
  await make('anna', ['translator'], ['de-ru']);
  await make('boris', ['translator'], ['de-ru', 'ru-de']);
  await make('fatima', ['translator'], ['fr-ru']);
  await make('mila', ['moderator']);
  await make('oleg', ['moderator']);
  await make('admin', ['admin']);
});
afterAll(() => t.close());

const as = (who: string, method: string, url: string, body?: unknown) =>
  t.call(method, url, body, { cookie: cookies[who]! });
const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe('queues', () => {
  it('shows each volunteer the queues of their roles, filtered by language pair, with the oldest item', async () => {
    const { db } = t.runtime;
    await buildLetter(db, { status: 'translating', language: 'de', statusChangedAt: ago(300) });
    await buildLetter(db, { status: 'translating', language: 'de', statusChangedAt: ago(60) });
    await buildLetter(db, { status: 'translating', language: 'fr', statusChangedAt: ago(30) });
    const res = await as('anna', 'GET', '/api/volunteer/queues');
    const { queues } = (await res.json()) as { queues: { id: string; count: number; oldestSince: string }[] };
    expect(queues.map((q) => q.id)).toEqual(['letters.translate', 'replies.transcribe', 'replies.translate']);
    const translate = queues.find((q) => q.id === 'letters.translate')!;
    expect(translate.count).toBe(2);
    expect(Date.now() - Date.parse(translate.oldestSince)).toBeGreaterThanOrEqual(299 * 60_000);
    const fatima = (await (
      await as('fatima', 'GET', '/api/volunteer/queues')
    ).json()) as typeof queues extends infer Q ? { queues: Q } : never;
    expect(fatima.queues.find((q) => q.id === 'letters.translate')!.count).toBe(1);
    expect((await as('anna', 'GET', '/api/volunteer/queues/letters.review')).status).toBe(403);
  });

  it('gives two volunteers pressing "take next" different items, and the same one on a second press', async () => {
    const [a, b] = await Promise.all([
      as('anna', 'POST', '/api/volunteer/queues/letters.translate/take').then(
        (r) => r.json() as Promise<{ claim: { id: string } }>,
      ),
      as('boris', 'POST', '/api/volunteer/queues/letters.translate/take').then(
        (r) => r.json() as Promise<{ claim: { id: string } }>,
      ),
    ]);
    expect(a.claim.id).not.toBe(b.claim.id);
    const again = (await (
      await as('anna', 'POST', '/api/volunteer/queues/letters.translate/take')
    ).json()) as { claim: { id: string } };
    expect(again.claim.id).toBe(a.claim.id);

    const page = (await (await as('fatima', 'GET', '/api/volunteer/queues/letters.translate')).json()) as {
      items: unknown[];
    };
    expect(page.items).toHaveLength(1);
    const list = (await (
      await as('boris', 'GET', '/api/volunteer/queues/letters.translate?limit=10')
    ).json()) as {
      total: number;
      items: { id: string; takenBy: { displayName: string } | null; writer: string }[];
    };
    expect(list.total).toBe(2);
    expect(list.items.find((i) => i.id === a.claim.id)!.takenBy!.displayName).toBe('anna');
    expect(list.items[0]!.writer).toMatch(/^W-/);
    expect(JSON.stringify(list)).not.toContain('@');

    const steal = await as('boris', 'POST', `/api/volunteer/items/letter/${a.claim.id}/take`);
    expect(await steal.json()).toMatchObject({ error: { code: 'item_taken' } });
    expect((await as('boris', 'POST', `/api/volunteer/items/letter/${a.claim.id}/release`)).status).toBe(409);
    expect((await as('anna', 'POST', `/api/volunteer/items/letter/${a.claim.id}/release`)).status).toBe(200);
    expect((await as('boris', 'POST', `/api/volunteer/items/letter/${a.claim.id}/take`)).status).toBe(200);
  });

  it('frees an item when its lease runs out, and the sweep tidies and audits it', async () => {
    const { db } = t.runtime;
    const letter = await buildLetter(db, {
      status: 'reviewing',
      claimedBy: ids.oleg,
      claimExpiresAt: ago(1),
    });
    const taken = (await (await as('mila', 'POST', '/api/volunteer/queues/letters.review/take')).json()) as {
      claim: { id: string };
    };
    expect(taken.claim.id).toBe(letter.id);

    await db
      .update(letters)
      .set({ claimExpiresAt: ago(1) })
      .where(eq(letters.id, letter.id));
    const swept = await releaseExpiredClaims(db);
    expect(swept.letters).toBeGreaterThanOrEqual(1);
    const [row] = await db.select().from(letters).where(eq(letters.id, letter.id));
    expect(row!.claimedBy).toBeNull();
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'queue.lease_expired'));
    expect(audit.length).toBe(1);
  });

  it('uses the lease time an admin sets', async () => {
    const { db } = t.runtime;
    expect((await as('admin', 'PUT', '/api/admin/settings/claim_lease_minutes', { value: 2 })).status).toBe(
      400,
    );
    expect((await as('admin', 'PUT', '/api/admin/settings/claim_lease_minutes', { value: 10 })).status).toBe(
      200,
    );
    const letter = await buildLetter(db, { status: 'reviewing', statusChangedAt: ago(10_000) });
    const { claim } = (await (
      await as('oleg', 'POST', '/api/volunteer/queues/letters.review/take')
    ).json()) as { claim: { id: string; until: string } };
    expect(claim.id).toBe(letter.id);
    const minutes = (Date.parse(claim.until) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(9);
    expect(minutes).toBeLessThanOrEqual(10);
    await as('oleg', 'POST', `/api/volunteer/items/letter/${letter.id}/release`);
  });
});

describe('working a letter', () => {
  it('translates, reviews and approves, with leases respected and the history recorded', async () => {
    const { db } = t.runtime;
    await db.execute(
      sql`UPDATE letters SET status = 'delivered' WHERE status IN ('translating', 'reviewing')`,
    );
    const letter = await buildLetter(db, {
      status: 'translating',
      language: 'de',
      body: 'Hallo! Ich denke an dich.',
    });
    const { claim } = (await (
      await as('anna', 'POST', '/api/volunteer/queues/letters.translate/take')
    ).json()) as { claim: { id: string } };
    expect(claim.id).toBe(letter.id);

    expect(
      (await as('fatima', 'PUT', `/api/volunteer/letters/${letter.id}/translation`, { text: 'Привет!' }))
        .status,
    ).toBe(409);
    const draft = await as('anna', 'PUT', `/api/volunteer/letters/${letter.id}/translation`, {
      text: 'Привет! Я думаю о тебе.',
    });
    expect(await draft.json()).toMatchObject({ status: 'draft' });
    const submitted = await as('anna', 'PUT', `/api/volunteer/letters/${letter.id}/translation`, {
      text: 'Привет! Я думаю о тебе.',
      submit: true,
    });
    expect(submitted.status).toBe(200);

    const taken = (await (await as('mila', 'POST', '/api/volunteer/queues/letters.review/take')).json()) as {
      claim: { id: string };
    };
    expect(taken.claim.id).toBe(letter.id);
    const view = (await (await as('mila', 'GET', `/api/volunteer/letters/${letter.id}`)).json()) as {
      status: string;
      body: string;
      translation: { text: string };
      claim: { displayName: string };
      writer: Record<string, unknown>;
    };
    expect(view).toMatchObject({
      status: 'reviewing',
      body: 'Hallo! Ich denke an dich.',
      translation: { text: 'Привет! Я думаю о тебе.' },
    });
    expect(view.claim.displayName).toBe('mila');
    expect(Object.keys(view.writer).sort()).toEqual(['blocked', 'language', 'pseudonym']);

    expect(
      await (await as('oleg', 'POST', `/api/volunteer/letters/${letter.id}/approve`)).json(),
    ).toMatchObject({ error: { code: 'item_taken' } });
    expect((await as('anna', 'POST', `/api/volunteer/letters/${letter.id}/approve`)).status).toBe(403);
    expect((await as('mila', 'POST', `/api/volunteer/letters/${letter.id}/approve`)).status).toBe(200);
    expect(
      await (await as('mila', 'POST', `/api/volunteer/letters/${letter.id}/approve`)).json(),
    ).toMatchObject({ error: { code: 'letter_is_approved' } });

    const [row] = await db.select().from(letters).where(eq(letters.id, letter.id));
    expect(row).toMatchObject({ status: 'approved', claimedBy: null });
    const recent = (await (await as('mila', 'GET', '/api/volunteer/recent')).json()) as {
      items: { action: string; refCode: string }[];
    };
    expect(recent.items[0]).toMatchObject({ action: 'approve', refCode: letter.refCode });
  });

  it('sends a letter back with a reason the writer will see', async () => {
    const { db } = t.runtime;
    const letter = await buildLetter(db, { status: 'reviewing' });
    expect(
      (await as('oleg', 'POST', `/api/volunteer/letters/${letter.id}/send-back`, { reason: 'no' })).status,
    ).toBe(400);
    const res = await as('oleg', 'POST', `/api/volunteer/letters/${letter.id}/send-back`, {
      reason: 'Please leave out the details of the case.',
    });
    expect(res.status).toBe(200);
    const [row] = await db.select().from(letters).where(eq(letters.id, letter.id));
    expect(row!.status).toBe('changes_requested');
  });
});
