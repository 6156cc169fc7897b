/**
 * Tracking numbers after posting, over HTTP: a dispatcher adds, corrects and removes the number
 * of a posted letter (normalised, audited, reply matching follows it); malformed numbers and bad
 * S10 check digits are refused with a sentence saying what is wrong; other roles are refused;
 * letters not posted, still in an open batch, or a number another letter holds are conflicts.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, dispatchAttempts, letters } from '../db/schema';
import { letterByOrderNumber } from '../replies/match';
import { createConsoleTestApp, seedApprovedLetter, seedRealFacility, type ConsoleTestApp } from './fixtures';

type Change = { trackingNumber: string | null; previous: string | null; changed: boolean };
type ErrorBody = { error: { code: string; message: string } };
type PostedList = {
  days: number;
  letters: { letterId: string; refCode: string; trackingNumber: string | null }[];
};

let app: ConsoleTestApp;
let posted: string;
let other: string;
let inBatch: string;
let eLetter: string;
let approved: string;
const url = (id: string) => `/api/volunteer/dispatch/letters/${id}/tracking`;
const batches = '/api/volunteer/dispatch/post-batches';

async function makeBatch(letterIds: string[]): Promise<string> {
  const made = await app.as<{ batchId: string }>('dispatcher', 'POST', batches, { letterIds });
  expect(made.status).toBe(201);
  return made.body.batchId;
}

beforeAll(async () => {
  app = await createConsoleTestApp();
  const { db } = app.t.runtime;
  const ik6 = await seedRealFacility(db, 'ФКУ ИК-6 УФСИН России по Владимирской области');
  const withFsin = await seedRealFacility(db, 'ФКУ ИК-2 УФСИН России по Владимирской области', [
    { channel: 'fsin_pismo', priceMinor: 5500 },
  ]);
  const seed = async (facilityId: string) => (await seedApprovedLetter(db, { facilityId })).letter.id;
  [posted, other, inBatch, eLetter, approved] = [
    await seed(ik6.id),
    await seed(ik6.id),
    await seed(ik6.id),
    await seed(withFsin.id),
    await seed(ik6.id),
  ];
  // Posted without numbers: the receipt comes home later.
  const batchId = await makeBatch([posted, other]);
  const done = await app.as('dispatcher', 'POST', `${batches}/${batchId}/posted`, {});
  expect(done.status).toBe(200);
  await makeBatch([inBatch]);
  // An e-letter sent through ФСИН-Письмо, with the service's order number.
  expect(
    (await app.as('dispatcher', 'GET', `/api/volunteer/dispatch/letters/${eLetter}/card?channel=fsin_pismo`))
      .status,
  ).toBe(200);
  const sent = await app.as('dispatcher', 'POST', `/api/volunteer/dispatch/letters/${eLetter}/complete`, {
    externalRef: '12345678',
  });
  expect(sent.status).toBe(200);
}, 180_000);
afterAll(() => app?.t.close());

async function trackingAudits(letterId: string) {
  return app.t.runtime.db
    .select({ data: auditLog.data, actorId: auditLog.actorId })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'dispatch.tracking'), eq(auditLog.subjectId, letterId)))
    .orderBy(auditLog.id);
}

async function storedNumber(letterId: string): Promise<string | null> {
  const [row] = await app.t.runtime.db
    .select({ ref: dispatchAttempts.externalRef })
    .from(dispatchAttempts)
    .where(eq(dispatchAttempts.letterId, letterId));
  return row!.ref;
}

describe('tracking numbers after posting', () => {
  it('adds a Почта России number typed with spaces, stored plain and audited; a repeat changes nothing', async () => {
    const res = await app.as<Change>('dispatcher', 'POST', url(posted), {
      trackingNumber: '601967 01 23456 7',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ trackingNumber: '60196701234567', previous: null, changed: true });
    expect(await storedNumber(posted)).toBe('60196701234567');
    const again = await app.as<Change>('dispatcher', 'POST', url(posted), {
      trackingNumber: '60196701234567',
    });
    expect(again.body.changed).toBe(false);
    const audits = await trackingAudits(posted);
    expect(audits).toHaveLength(1);
    expect(audits[0]!.actorId).toBe(app.userIds.dispatcher);
    expect(audits[0]!.data).toMatchObject({ from: null, to: '60196701234567' });
  });

  it('corrects it to an international number, and a reply is matched by the corrected one', async () => {
    const res = await app.as<Change>('dispatcher', 'POST', url(posted), {
      trackingNumber: 'ra 123456785 ru',
    });
    expect(res.body).toMatchObject({
      trackingNumber: 'RA123456785RU',
      previous: '60196701234567',
      changed: true,
    });
    expect((await trackingAudits(posted)).at(-1)!.data).toMatchObject({
      from: '60196701234567',
      to: 'RA123456785RU',
    });
    expect(await letterByOrderNumber(app.t.runtime.db, 'RA123456785RU')).toEqual({ id: posted });
    expect(await letterByOrderNumber(app.t.runtime.db, '60196701234567')).toBeUndefined();
    const view = await app.as<{ dispatch: unknown }>('dispatcher', 'GET', `/api/volunteer/letters/${posted}`);
    expect(view.body.dispatch).toMatchObject({
      channel: 'post',
      status: 'succeeded',
      externalRef: 'RA123456785RU',
    });
  });

  it('refuses a malformed number or a wrong check digit with a sentence saying so, and keeps the old one', async () => {
    for (const [trackingNumber, words] of [
      ['RA12345678RU', /14 digits .* 13-character international/],
      ['6019670123456', /not a tracking number/],
      ['RA123456789RU', /check digit of "RA123456789RU" does not match/],
    ] as const) {
      const res = await app.as<ErrorBody>('dispatcher', 'POST', url(posted), { trackingNumber });
      expect([res.status, res.body.error.code]).toEqual([400, 'invalid_tracking_number']);
      expect(res.body.error.message).toMatch(words);
    }
    expect(await storedNumber(posted)).toBe('RA123456785RU');
  });

  it('is for dispatchers only', async () => {
    for (const caller of ['translator', 'coordinator', 'admin'] as const) {
      const res = await app.as<ErrorBody>(caller, 'POST', url(posted), { trackingNumber: 'RA123456785RU' });
      expect([res.status, res.body.error.code]).toEqual([403, 'forbidden']);
    }
    expect((await app.as('anonymous', 'POST', url(posted), { trackingNumber: null })).status).toBe(401);
    expect((await app.as('translator', 'GET', '/api/volunteer/dispatch/posted')).status).toBe(403);
  });

  it('refuses a number another letter holds, naming that letter', async () => {
    const [holder] = await app.t.runtime.db
      .select({ refCode: letters.refCode })
      .from(letters)
      .where(eq(letters.id, posted));
    const res = await app.as<ErrorBody>('dispatcher', 'POST', url(other), {
      trackingNumber: 'RA123456785RU',
    });
    expect([res.status, res.body.error.code]).toEqual([409, 'external_ref_taken']);
    expect(res.body.error.message).toContain(holder!.refCode);
    expect(await storedNumber(other)).toBeNull();
  });

  it('is a conflict for letters that were not posted or whose batch is still open', async () => {
    for (const id of [eLetter, approved, inBatch]) {
      const res = await app.as<ErrorBody>('dispatcher', 'POST', url(id), { trackingNumber: 'RA123456785RU' });
      expect([res.status, res.body.error.code]).toEqual([409, 'not_posted']);
    }
    const open = await app.as<ErrorBody>('dispatcher', 'POST', url(inBatch), { trackingNumber: null });
    expect(open.body.error.message).toMatch(/print batch that is not marked posted/);
    const unknown = await app.as<ErrorBody>(
      'dispatcher',
      'POST',
      url('00000000-0000-4000-8000-000000000000'),
      {
        trackingNumber: null,
      },
    );
    expect(unknown.status).toBe(404);
    expect(await storedNumber(eLetter)).toBe('12345678');
  });

  it('removes a wrong number with null, freeing it for the right letter', async () => {
    const removed = await app.as<Change>('dispatcher', 'POST', url(posted), { trackingNumber: null });
    expect(removed.body).toMatchObject({ trackingNumber: null, previous: 'RA123456785RU', changed: true });
    const moved = await app.as<Change>('dispatcher', 'POST', url(other), { trackingNumber: 'RA123456785RU' });
    expect(moved.body.changed).toBe(true);
  });

  it('lists the letters posted lately with their numbers, and nothing sent another way', async () => {
    const res = await app.as<PostedList>('dispatcher', 'GET', '/api/volunteer/dispatch/posted');
    expect(res.status).toBe(200);
    expect(res.body.days).toBe(90);
    const numbers = Object.fromEntries(res.body.letters.map((l) => [l.letterId, l.trackingNumber]));
    expect(numbers).toEqual({ [posted]: null, [other]: 'RA123456785RU' });
  });

  it('checks the numbers given when a batch is marked posted in the same way', async () => {
    const [open] = await app.t.runtime.db
      .select({ batchId: dispatchAttempts.batchId })
      .from(dispatchAttempts)
      .where(eq(dispatchAttempts.letterId, inBatch));
    const res = await app.as<ErrorBody>('dispatcher', 'POST', `${batches}/${open!.batchId}/posted`, {
      trackingNumbers: [{ letterId: inBatch, trackingNumber: 'RR123456786DE' }],
    });
    expect([res.status, res.body.error.code]).toEqual([400, 'invalid_tracking_number']);
    expect(res.body.error.message).toMatch(/check digit/);
    const ok = await app.as('dispatcher', 'POST', `${batches}/${open!.batchId}/posted`, {
      trackingNumbers: [{ letterId: inBatch, trackingNumber: 'rr 123456785 de' }],
    });
    expect(ok.status).toBe(200);
    expect(await storedNumber(inBatch)).toBe('RR123456785DE');
  });
});
