/**
 * Work for the self-post browser test, created by the test server at start: a writer whose letter
 * is approved, with an approved Russian translation, to a listed person who is not a demo person
 * (the dispatch refuses demo people) at a real facility with a postal address. The writer signs in
 * by an emailed link, as on any new device.
 */
import { sql } from 'drizzle-orm';
import { SAMPLE_RUSSIAN_LETTER } from '../../server/channels/fixtures';
import { queryRow } from '../../server/db/rows';
import { translations } from '../../server/db/schema';
import { findOrCreateWriter } from '../../server/letters/writers';
import type { Runtime } from '../../server/runtime';
import { buildLetter, buildPrisoner } from '../../test/factories';

/** The writer's email. */
export const SP_WRITER_EMAIL = 'e2e.selfpost@example.org';

/** The person written to, as the public directory lists them. */
export const SP_PERSON = 'Петров Сергей Николаевич';

/** The envelope's first line: the person in the dative, with the year of birth. */
export const SP_DATIVE_LINE = 'Петрову Сергею Николаевичу, 1987 г.р.';

/** The facility, from the real registry the server seeds. */
export const SP_FACILITY = 'ФКУ ИК-2 УФСИН России по Владимирской области';

/** How the writer signs the letter. */
export const SP_SIGNATURE = 'Мария Л.';

/** The Russian text that reaches the prison. */
export const SP_RUSSIAN = SAMPLE_RUSSIAN_LETTER;

/** Seeds the person, the writer and the approved, translated letter. */
export async function seedSelfPost(runtime: Runtime): Promise<void> {
  const { db, keys } = runtime;
  const facility = await queryRow<{ id: string }>(
    db,
    sql`SELECT id FROM facilities WHERE official_name = ${SP_FACILITY} AND postcode IS NOT NULL`,
  );
  if (!facility) throw new Error('the facility registry must be seeded first');
  const person = await buildPrisoner(db, {
    surname: 'Петров',
    givenName: 'Сергей',
    patronymic: 'Николаевич',
    fullName: SP_PERSON,
    birthYear: 1987,
    facilityId: facility.id,
    isDemo: false,
  });
  const writer = await findOrCreateWriter(db, keys, {
    email: SP_WRITER_EMAIL,
    language: 'en',
    uiLanguage: 'en',
  });
  const letter = await buildLetter(db, {
    status: 'approved',
    writerId: writer.id,
    prisonerId: person.id,
    facilityId: facility.id,
    body: 'Dear Sergei, I am a librarian in the north of Germany and I think of you.',
    signature: SP_SIGNATURE,
  });
  await db.insert(translations).values({
    letterId: letter.id,
    direction: 'to_ru',
    sourceLanguage: 'en',
    targetLanguage: 'ru',
    text: SP_RUSSIAN,
    status: 'approved',
  });
}
