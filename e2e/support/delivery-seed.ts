/**
 * Work for the delivery browser test, created by the test server at start: a dispatcher, and two
 * translated letters to a real facility the post reaches (dispatch refuses demo people), taken
 * there by the server's own steps — each begun and completed as a posted dispatch; then one is
 * marked lost, as the stuck-letter sweep does, and the follow-up job opens its task.
 */
import { sql } from 'drizzle-orm';
import { volunteerEmailHash } from '../../server/auth/users';
import { beginDispatch, completeDispatch } from '../../server/channels/dispatch';
import { queryRow } from '../../server/db/rows';
import { translations } from '../../server/db/schema';
import { openLostFollowUps } from '../../server/delivery/lost-follow-ups';
import { systemActor } from '../../server/letters/actor';
import { markLetterLost } from '../../server/letters/commands';
import { findOrCreateWriter } from '../../server/letters/writers';
import type { Runtime } from '../../server/runtime';
import { buildLetter, buildPrisoner } from '../../test/factories';
import { seedActiveVolunteer, type SeededVolunteer } from './seed-volunteers';

/** The dispatcher who records the news. */
export const DL_DISPATCHER: SeededVolunteer = {
  email: 'dispatcher.delivery@example.org',
  password: 'harbour linen quiet spruce',
  secret: 'MRSWY2LWMVZHSIDOMV3XGIDMN5ZXIIDM',
};

/** The facility the letters went to, from the real registry, as the dashboard names it. */
export const DL_FACILITY = 'ФКУ ИК-3 УФСИН России по Рязанской области';

/** Its short name and region, as the lost-letters screen shows them. */
export const DL_FACILITY_SHOWN = 'ИК-3, Рязанская область';

/** The person both letters are for. */
export const DL_PERSON = 'Лебедев Игорь Николаевич';

/** The letter that arrives: dispatched, its delivery recorded from the letter page. */
export const DL_DISPATCHED_REF = 'LB-DLV7K2';

/** The letter that went quiet: lost, with an open follow-up. */
export const DL_LOST_REF = 'LB-DLV7K3';

/** The tracking number of the lost letter's dispatch. */
export const DL_LOST_TRACKING = 'RA123456785RU';

/** How long ago the lost letter was posted. */
export const DL_LOST_DAYS = 75;

/** Seeds the dispatcher and the two letters. */
export async function seedDelivery(runtime: Runtime): Promise<void> {
  const { db, keys } = runtime;
  await seedActiveVolunteer(db, keys, DL_DISPATCHER, { roles: ['dispatcher'], displayName: 'Marta' });
  const dispatcher = await queryRow<{ id: string }>(
    db,
    sql`SELECT id FROM users WHERE email_hash = ${volunteerEmailHash(keys, DL_DISPATCHER.email)}`,
  );
  const facility = await queryRow<{ id: string }>(
    db,
    sql`SELECT id FROM facilities WHERE official_name = ${DL_FACILITY} AND postcode IS NOT NULL`,
  );
  if (!dispatcher || !facility) throw new Error('the dispatcher and the facility registry must be seeded');
  const actor = { type: 'volunteer' as const, id: dispatcher.id };

  const person = await buildPrisoner(db, {
    fullName: DL_PERSON,
    surname: 'Лебедев',
    givenName: 'Игорь',
    patronymic: 'Николаевич',
    birthYear: 1982,
    gender: 'male',
    slug: 'lebedev-igor',
    facilityId: facility.id,
    isDemo: false,
  });
  const writer = await findOrCreateWriter(db, keys, {
    email: 'ines.delivery@example.org',
    language: 'en',
    uiLanguage: 'en',
  });
  const sent = async (refCode: string, trackingNumber: string, daysAgo: number) => {
    const letter = await buildLetter(db, {
      refCode,
      status: 'approved',
      writerId: writer.id,
      prisonerId: person.id,
      facilityId: facility.id,
      body: 'I live in Porto and I think of you often. Stay strong.',
      signature: 'Inês',
    });
    await db.insert(translations).values({
      letterId: letter.id,
      direction: 'to_ru',
      sourceLanguage: 'en',
      targetLanguage: 'ru',
      text: 'Я живу в Порту и часто думаю о вас. Держитесь.\n\nИнеш',
      status: 'approved',
    });
    const { attempt } = await beginDispatch(db, letter.id, 'post', actor);
    await completeDispatch(db, attempt.id, {
      actor,
      externalRef: trackingNumber,
      dispatchedAt: new Date(Date.now() - daysAgo * 86_400_000),
    });
    return letter.id;
  };

  await sent(DL_DISPATCHED_REF, 'RA123456771RU', 3);
  const lost = await sent(DL_LOST_REF, DL_LOST_TRACKING, DL_LOST_DAYS);
  // What the sweep does to a letter with no news for LOST_AFTER_DAYS, and the task its job opens.
  await markLetterLost(db, lost, systemActor('sweep-stuck-letters'), {
    reason: 'no news 60 days after dispatch',
  });
  await openLostFollowUps(db);
}
