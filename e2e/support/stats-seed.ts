/**
 * Delivery history for the statistics browser test, created by the test server at start: a
 * coordinator, and five letters to a real facility of the registry, each sent as an e-letter through
 * Zonatelecom (which no other browser test uses, so the channel's cost line is this seed's alone)
 * with the real dispatch service and a recorded cost and then recorded delivered — 4, 6, 8, 10 and 12 days
 * after sending — so the facility reaches the public threshold and its median is 8 days. The
 * sending is dated months back, so nothing lands in this month's budgets or the console's
 * "posted lately" panel that other browser tests read.
 */
import { and, eq, sql } from 'drizzle-orm';
import { beginDispatch, completeDispatch } from '../../server/channels/dispatch';
import type { Queryable } from '../../server/db/database';
import { queryRow } from '../../server/db/rows';
import { dispatchAttempts, facilityChannels, letterEvents, translations } from '../../server/db/schema';
import { recordDelivered } from '../../server/delivery/events';
import { PUBLIC_MIN_LETTERS } from '../../server/delivery/stats';
import { findOrCreateWriter } from '../../server/letters/writers';
import type { Runtime } from '../../server/runtime';
import { buildLetter, buildPrisoner } from '../../test/factories';
import { seedActiveVolunteer, type SeededVolunteer } from './seed-volunteers';

/** The coordinator who reads the statistics. */
export const ST_COORDINATOR: SeededVolunteer = {
  email: 'coordinator.stats@example.org',
  password: 'harbour lichen ember quill',
  secret: 'MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U',
};

/** The facility the letters went to, from the real registry (no other browser test writes to it). */
export const ST_FACILITY = 'ФКУ СИЗО-1 УФСИН России по г. Санкт-Петербургу и Ленинградской области';

/** Days from sending to delivery of each letter; the median is 8. */
export const ST_DELIVERY_DAYS = [4, 6, 8, 10, 12] as const;

/** What sending each letter cost, in kopecks: 110 ₽ each. */
export const ST_COST_MINOR = 11_000;

/** How many days ago the letters were sent. */
const SENT_DAYS_AGO = 90;

const actor = { type: 'volunteer' as const, id: 'stats-seed' };

/** Seeds the coordinator and the delivered letters. */
export async function seedStats(runtime: Runtime): Promise<void> {
  const { db, keys } = runtime;
  if (ST_DELIVERY_DAYS.length < PUBLIC_MIN_LETTERS) throw new Error('too few letters for the public figures');
  await seedActiveVolunteer(db, keys, ST_COORDINATOR, { roles: ['coordinator'], displayName: 'Irina' });
  const facility = await queryRow<{ id: string }>(
    db,
    sql`SELECT id FROM facilities WHERE official_name = ${ST_FACILITY} AND postcode IS NOT NULL`,
  );
  if (!facility) throw new Error('the facility registry must be seeded first');
  await db
    .insert(facilityChannels)
    .values({ facilityId: facility.id, channel: 'zonatelecom', available: true });
  const prisoner = await buildPrisoner(db, {
    surname: 'Кузнецов',
    givenName: 'Павел',
    patronymic: 'Игоревич',
    fullName: 'Кузнецов Павел Игоревич',
    birthYear: 1983,
    slug: 'kuznetsov-pavel',
    gender: 'male',
    facilityId: facility.id,
    isDemo: false,
  });
  const writer = await findOrCreateWriter(db, keys, {
    email: 'marta.stats@example.org',
    language: 'de',
    uiLanguage: 'de',
  });
  for (const days of ST_DELIVERY_DAYS) {
    const letter = await buildLetter(db, {
      status: 'approved',
      writerId: writer.id,
      prisonerId: prisoner.id,
      facilityId: facility.id,
      body: 'Ich denke an Sie und warte auf Ihre Antwort.',
      signature: 'Marta',
    });
    await db.insert(translations).values({
      letterId: letter.id,
      direction: 'to_ru',
      sourceLanguage: 'de',
      targetLanguage: 'ru',
      text: 'Я думаю о вас и жду вашего ответа.\n\nМарта',
      status: 'approved',
    });
    const { attempt } = await beginDispatch(db, letter.id, 'zonatelecom', actor);
    await completeDispatch(db, attempt.id, {
      externalRef: `ZT-STATS-${days}`,
      costMinor: ST_COST_MINOR,
      currency: 'RUB',
      actor,
    });
    await recordDelivered(db, letter.id, actor, { source: 'confirmation' });
    // Dated back after the fact: the services stamp now(), and the statistics read these times.
    await backdate(db, letter.id, 'dispatched', SENT_DAYS_AGO);
    await backdate(db, letter.id, 'delivered', SENT_DAYS_AGO - days);
    await db
      .update(dispatchAttempts)
      .set({ completedAt: sql`now() - ${SENT_DAYS_AGO} * interval '1 day'` })
      .where(eq(dispatchAttempts.id, attempt.id));
  }
}

function backdate(db: Queryable, letterId: string, toStatus: string, daysAgo: number) {
  return db
    .update(letterEvents)
    .set({ createdAt: sql`now() - ${daysAgo} * interval '1 day'` })
    .where(and(eq(letterEvents.letterId, letterId), eq(letterEvents.toStatus, toStatus)));
}
