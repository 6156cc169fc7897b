import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { buildLetter, buildPrisoner, buildWriter } from '../../../test/factories';
import { letters } from '../../db/schema';
import { openLostFollowUps } from '../../delivery/lost-follow-ups';
import { markLetterDispatched, markLetterLost, startLetterDispatch } from '../../letters/commands';
import { buildRealFacility, signInVolunteer, type SignedInVolunteer } from '../../replies/fixtures';

const KRESTY = 'ФКУ СИЗО-1 УФСИН России по г. Санкт-Петербургу и Ленинградской области';

let app: TestApp;
let dispatcher: SignedInVolunteer;
let coordinator: SignedInVolunteer;
let translator: SignedInVolunteer;
let base: { prisonerId: string; writerId: string; facilityId: string };

beforeAll(async () => {
  app = await createTestApp();
  const { db, keys, config } = app.runtime;
  dispatcher = await signInVolunteer(db, keys, config, ['dispatcher']);
  coordinator = await signInVolunteer(db, keys, config, ['coordinator']);
  translator = await signInVolunteer(db, keys, config, ['translator'], ['ru-de']);
  const facilityId = (await buildRealFacility(db, KRESTY, ['fsin_pismo'])).id;
  const prisoner = await buildPrisoner(db, { facilityId });
  base = { prisonerId: prisoner.id, writerId: (await buildWriter(db)).id, facilityId };
}, 180_000);
afterAll(() => app.close());

async function call(who: SignedInVolunteer | undefined, method: string, url: string, body?: unknown) {
  const res = await app.call(method, url, body, who?.headers ?? {});
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function statusOf(id: string) {
  const [row] = await app.runtime.db
    .select({ status: letters.status })
    .from(letters)
    .where(eq(letters.id, id));
  return row!.status;
}

describe('delivery events over HTTP', () => {
  it('records delivered and stopped for dispatchers, not translators', async () => {
    const delivered = await buildLetter(app.runtime.db, { ...base, status: 'dispatched' });
    const stopped = await buildLetter(app.runtime.db, { ...base, status: 'dispatched' });
    const url = (id: string, event: string) => `/api/volunteer/delivery/letters/${id}/${event}`;
    expect(
      (await call(translator, 'POST', url(delivered.id, 'delivered'), { source: 'service' })).status,
    ).toBe(403);
    expect(
      await call(dispatcher, 'POST', url(delivered.id, 'delivered'), { source: 'service', note: 'вручено' }),
    ).toMatchObject({
      status: 200,
      json: { status: 'delivered' },
    });
    expect(await call(dispatcher, 'POST', url(stopped.id, 'stopped'), { cause: 'censor' })).toMatchObject({
      status: 200,
      json: { status: 'returned' },
    });
    expect(await call(dispatcher, 'POST', url(stopped.id, 'stopped'), { cause: 'censor' })).toMatchObject({
      status: 409,
      json: { error: { code: 'letter_is_returned' } },
    });
    // A reply is recorded through reply intake, never typed in as a delivery source.
    expect((await call(dispatcher, 'POST', url(stopped.id, 'delivered'), { source: 'reply' })).status).toBe(
      400,
    );
  });

  it('lists lost-letter tasks and closes them', async () => {
    const letter = await buildLetter(app.runtime.db, { ...base, status: 'dispatched' });
    await markLetterLost(app.runtime.db, letter.id, { type: 'system', id: 'sweep-stuck-letters' });
    await openLostFollowUps(app.runtime.db);
    const list = await call(coordinator, 'GET', '/api/volunteer/delivery/follow-ups');
    expect(list.json.followUps).toEqual(
      expect.arrayContaining([expect.objectContaining({ letterId: letter.id, facility: 'СИЗО-1' })]),
    );
    expect(
      await call(coordinator, 'POST', `/api/volunteer/delivery/follow-ups/${letter.id}`, {
        outcome: 'give_up',
      }),
    ).toMatchObject({ status: 400 });
    expect(
      await call(coordinator, 'POST', `/api/volunteer/delivery/follow-ups/${letter.id}`, {
        outcome: 'resend',
      }),
    ).toMatchObject({
      status: 200,
    });
    expect(await statusOf(letter.id)).toBe('approved');
  });
});

describe('statistics over HTTP', () => {
  it('gives coordinators everything and the public only facilities with five letters or more', async () => {
    const { db } = app.runtime;
    const before = await call(undefined, 'GET', '/api/stats/facilities');
    expect(before).toMatchObject({ status: 200, json: { minLetters: 5 } });
    const known = (before.json.facilities as { facilityId: string }[]).some(
      (f) => f.facilityId === base.facilityId,
    );

    for (let i = 0; i < 5; i++) {
      const letter = await buildLetter(db, { ...base, status: 'approved' });
      await startLetterDispatch(db, letter.id, { type: 'volunteer', id: dispatcher.id });
      await markLetterDispatched(db, letter.id, { type: 'volunteer', id: dispatcher.id });
    }
    const after = await call(undefined, 'GET', '/api/stats/facilities');
    const row = (after.json.facilities as { facilityId: string; sent: number }[]).find(
      (f) => f.facilityId === base.facilityId,
    );
    expect(known).toBe(false);
    expect(row).toMatchObject({ shortName: 'СИЗО-1' });
    expect(row).not.toHaveProperty('costs');

    expect((await call(translator, 'GET', '/api/volunteer/stats/facilities')).status).toBe(403);
    const full = await call(coordinator, 'GET', '/api/volunteer/stats/facilities?sinceDays=30');
    expect(full.status).toBe(200);
    expect(full.json).toHaveProperty('channels');
    expect((full.json.facilities as { costs: unknown[] }[])[0]).toHaveProperty('costs');
  });
});
