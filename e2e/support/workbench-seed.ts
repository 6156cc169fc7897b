/**
 * Work for the workbench browser test, created by the test server at start: a translator (en-ru,
 * de-ru) and a moderator with known passwords and authenticator keys, two letters waiting for
 * translation to a demo person, and one approved sentence pair in the translation memory. Nothing
 * is put in the review queue, which another browser test counts.
 */
import { findOrCreateWriter } from '../../server/letters/writers';
import { rememberApproved } from '../../server/mt/memory/remember';
import type { Runtime } from '../../server/runtime';
import { buildLetter } from '../../test/factories';
import { listedPrisoner, seedActiveVolunteer, type SeededVolunteer } from './seed-volunteers';

/** The translator. */
export const WB_TRANSLATOR: SeededVolunteer = {
  email: 'translator.workbench@example.org',
  password: 'quiet river paper lantern',
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
};

/** The moderator. */
export const WB_MODERATOR: SeededVolunteer = {
  email: 'reviewer.workbench@example.org',
  password: 'amber window salt meadow',
  secret: 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU',
};

/** The first letter to translate: greetings the phrasebook knows, one sentence the memory knows. */
export const WB_LETTER =
  'Dear Rinat,\n\nMy name is Claire and I am a teacher from Lyon. I think of you often.\n\n' +
  'We think of you every day. Stay strong!';

/** The second letter, in German. */
export const WB_LETTER_DE = 'Lieber Rinat,\n\nich heiße Jonas und wohne in Hamburg. Wir denken an dich!';

/** Seeds the volunteers, the memory and the translation queue. */
export async function seedWorkbench(runtime: Runtime): Promise<void> {
  const { db, keys } = runtime;
  await seedActiveVolunteer(db, keys, WB_TRANSLATOR, {
    roles: ['translator'],
    languagePairs: ['en-ru', 'de-ru'],
    displayName: 'Tanya',
  });
  await seedActiveVolunteer(db, keys, WB_MODERATOR, { roles: ['moderator'], displayName: 'Max' });
  await rememberApproved(db, [
    { from: 'en', to: 'ru', source: 'I think of you often.', target: 'Я часто думаю о вас.' },
  ]);
  const prisoner = await listedPrisoner(db, 'Галиев Ринат Ильдарович');
  const writer = await findOrCreateWriter(db, keys, {
    email: 'claire.workbench@example.org',
    language: 'en',
    uiLanguage: 'fr',
  });
  const german = await findOrCreateWriter(db, keys, {
    email: 'jonas.workbench@example.org',
    language: 'de',
    uiLanguage: 'de',
  });
  const letters = [
    { writerId: writer.id, body: WB_LETTER, language: 'en', signature: 'Claire' },
    { writerId: german.id, body: WB_LETTER_DE, language: 'de', signature: 'Jonas' },
  ];
  for (const [i, letter] of letters.entries()) {
    await buildLetter(db, {
      ...letter,
      status: 'translating',
      prisonerId: prisoner.id,
      statusChangedAt: new Date(Date.now() - (letters.length - i) * 60_000),
    });
  }
}
