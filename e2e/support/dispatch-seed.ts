/**
 * Work for the dispatcher console's browser test, created by the test server at start: an active
 * dispatcher, the organisation's return address (print batches cannot be printed without it), and
 * approved letters with approved Russian texts to two people who are not demo people (the dispatch
 * refuses demo people): two to a real facility of the registry that ФСИН-Письмо serves, one to a
 * real facility the post alone reaches.
 */
import { sql } from 'drizzle-orm';
import { volunteerEmailHash } from '../../server/auth/users';
import type { Queryable } from '../../server/db/database';
import { queryRow } from '../../server/db/rows';
import { facilityChannels, translations } from '../../server/db/schema';
import { findOrCreateWriter } from '../../server/letters/writers';
import type { Runtime } from '../../server/runtime';
import { changeSetting } from '../../server/settings/settings';
import { buildLetter, buildPrisoner } from '../../test/factories';
import { seedActiveVolunteer, type SeededVolunteer } from './seed-volunteers';

/** The dispatcher. */
export const DS_DISPATCHER: SeededVolunteer = {
  email: 'dispatcher.console@example.org',
  password: 'birch lantern copper tide',
  secret: 'ONSWG4TFOQQGC3DMONSWG4TFOQQGC3DM',
};

/** The facility ФСИН-Письмо serves, from the real registry. */
export const DS_FSIN_FACILITY = 'ФКУ ИК-6 УФСИН России по Рязанской области';

/** The facility as ФСИН-Письмо's own list names it (what the dispatcher picks in the form). */
export const DS_FSIN_SERVICE_NAME = 'ФКУ ИК-6 (п. Стенькино)';

/** The region as ФСИН-Письмо's list names it. */
export const DS_FSIN_SERVICE_REGION = 'Рязанская обл.';

/** The person the e-letters go to. */
export const DS_FSIN_PERSON = {
  surname: 'Соколов',
  givenName: 'Андрей',
  patronymic: 'Викторович',
  fullName: 'Соколов Андрей Викторович',
  birthYear: 1979,
} as const;

/** The e-letter the test sends, and its Russian text. */
export const DS_FSIN_REF = 'LB-D5P7WX';

/** The Russian text of the e-letter the test sends. */
export const DS_FSIN_RUSSIAN =
  'Здравствуйте, Андрей!\n\nМеня зовут Ханна, я живу в Бремене и работаю медсестрой. ' +
  'Я узнала о вас из списка людей, которым можно написать. Мы думаем о вас и ждём вашего ответа.\n\nХанна';

/** A second e-letter to the same person, left in the queue. */
export const DS_FSIN_REF_2 = 'LB-D5P7WY';

/** The facility only the post reaches, from the real registry, and its postcode. */
export const DS_POST_FACILITY = 'ФКУ ИК-3 УФСИН России по Рязанской области';

/** The post facility's postcode, as the registry has it. */
export const DS_POST_POSTCODE = '391846';

/** The person the posted letter goes to. */
export const DS_POST_PERSON = {
  surname: 'Орлова',
  givenName: 'Елена',
  patronymic: 'Сергеевна',
  fullName: 'Орлова Елена Сергеевна',
  birthYear: 1985,
  gender: 'female',
} as const;

/** The recipient line of the envelope: the person in the dative, with the year of birth. */
export const DS_POST_DATIVE = 'Орловой Елене Сергеевне, 1985 г.р.';

/** The posted letter's reference code. */
export const DS_POST_REF = 'LB-D5P7WZ';

/** The posted letter's Russian text. */
export const DS_POST_RUSSIAN =
  'Здравствуйте, Елена!\n\nПишу вам из Вильнюса. У нас идёт первый снег, и я вспоминаю о вас. ' +
  'Держитесь, пожалуйста.\n\nЙонас';

async function facilityId(db: Queryable, officialName: string): Promise<string> {
  const row = await queryRow<{ id: string }>(
    db,
    sql`SELECT id FROM facilities WHERE official_name = ${officialName} AND postcode IS NOT NULL`,
  );
  if (!row) throw new Error('the facility registry must be seeded first');
  return row.id;
}

/** Seeds the dispatcher, the return address and the approved letters. */
export async function seedDispatch(runtime: Runtime): Promise<void> {
  const { db, keys, config } = runtime;
  await seedActiveVolunteer(db, keys, DS_DISPATCHER, { roles: ['dispatcher'], displayName: 'Olga' });
  const dispatcher = await queryRow<{ id: string }>(
    db,
    sql`SELECT id FROM users WHERE email_hash = ${volunteerEmailHash(keys, DS_DISPATCHER.email)}`,
  );
  if (!dispatcher) throw new Error('the dispatcher was not seeded');
  await changeSetting(
    db,
    config,
    'post_sender',
    {
      name: 'Letterbridge e.V.',
      lines: ['Postfach 12 34 56', '10115 Berlin'],
      country: 'DE',
      countryName: 'GERMANY',
    },
    dispatcher.id,
  );

  // The registry gives every facility the post; ФСИН-Письмо is added as a coordinator would.
  const fsinFacility = await facilityId(db, DS_FSIN_FACILITY);
  await db.insert(facilityChannels).values({
    facilityId: fsinFacility,
    channel: 'fsin_pismo',
    available: true,
    serviceName: DS_FSIN_SERVICE_NAME,
    serviceRegion: DS_FSIN_SERVICE_REGION,
  });
  const postFacility = await facilityId(db, DS_POST_FACILITY);

  const fsinPerson = await buildPrisoner(db, {
    ...DS_FSIN_PERSON,
    slug: 'sokolov-andrei',
    gender: 'male',
    facilityId: fsinFacility,
    isDemo: false,
  });
  const postPerson = await buildPrisoner(db, {
    ...DS_POST_PERSON,
    slug: 'orlova-elena',
    facilityId: postFacility,
    isDemo: false,
  });
  const writer = await findOrCreateWriter(db, keys, {
    email: 'hanna.dispatch@example.org',
    language: 'en',
    uiLanguage: 'en',
  });
  const letters = [
    { refCode: DS_FSIN_REF, prisonerId: fsinPerson.id, facilityId: fsinFacility, text: DS_FSIN_RUSSIAN },
    { refCode: DS_FSIN_REF_2, prisonerId: fsinPerson.id, facilityId: fsinFacility, text: DS_FSIN_RUSSIAN },
    { refCode: DS_POST_REF, prisonerId: postPerson.id, facilityId: postFacility, text: DS_POST_RUSSIAN },
  ];
  for (const [i, seed] of letters.entries()) {
    const letter = await buildLetter(db, {
      refCode: seed.refCode,
      status: 'approved',
      writerId: writer.id,
      prisonerId: seed.prisonerId,
      facilityId: seed.facilityId,
      body: 'I am a nurse in Bremen and I think of you. We are waiting for your answer.',
      signature: 'Hanna',
      // The oldest first: the e-letter the test sends heads the ФСИН-Письмо group.
      statusChangedAt: new Date(Date.now() - (letters.length - i) * 3600_000),
    });
    await db.insert(translations).values({
      letterId: letter.id,
      direction: 'to_ru',
      sourceLanguage: 'en',
      targetLanguage: 'ru',
      text: seed.text,
      status: 'approved',
    });
  }
}
