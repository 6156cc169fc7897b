/**
 * Work for the reply browser test, created by the test server at start: a translator who
 * transcribes and translates replies into English (ru-en), a moderator who checks them, and one
 * letter sent to a demo person under a known reference code, from a writer who reads English.
 * Nothing here enters the letter queues other browser tests count.
 */
import { findOrCreateWriter } from '../../server/letters/writers';
import type { Runtime } from '../../server/runtime';
import { buildLetter } from '../../test/factories';
import { listedPrisoner, seedActiveVolunteer, type SeededVolunteer } from './seed-volunteers';

/** Transcribes and translates replies (translator, ru-en). */
export const RP_TRANSLATOR: SeededVolunteer = {
  email: 'translator.replies@example.org',
  password: 'pale harbour tin compass',
  secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
};

/** Checks and forwards replies (moderator). */
export const RP_REVIEWER: SeededVolunteer = {
  email: 'reviewer.replies@example.org',
  password: 'slow orchard violet kettle',
  secret: 'MFRGGZDFMZTWQ2LKMFRGGZDFMZTWQ2LK',
};

/** The writer who receives the reply (never shown to volunteers). */
export const RP_WRITER_EMAIL = 'marie.replies@example.org';

/** The reference code of the letter the reply answers. */
export const RP_REF_CODE = 'LB-7K3M9Q';

/** The demo person the letter went to. */
export const RP_PRISONER = 'Галиев Ринат Ильдарович';

/** Seeds the two volunteers and the sent letter. */
export async function seedReplies(runtime: Runtime): Promise<void> {
  const { db, keys } = runtime;
  await seedActiveVolunteer(db, keys, RP_TRANSLATOR, {
    roles: ['translator'],
    languagePairs: ['ru-en'],
    displayName: 'Pavel',
  });
  await seedActiveVolunteer(db, keys, RP_REVIEWER, { roles: ['moderator'], displayName: 'Irina' });
  const prisoner = await listedPrisoner(db, RP_PRISONER);
  const writer = await findOrCreateWriter(db, keys, {
    email: RP_WRITER_EMAIL,
    language: 'en',
    uiLanguage: 'en',
  });
  await buildLetter(db, {
    refCode: RP_REF_CODE,
    status: 'dispatched',
    writerId: writer.id,
    prisonerId: prisoner.id,
    facilityId: prisoner.facility_id,
    body: 'Dear Rinat, I am Marie from Lyon. I hope the autumn is kind to you.',
    signature: 'Marie',
    statusChangedAt: new Date(Date.now() - 10 * 24 * 3600_000),
  });
}
