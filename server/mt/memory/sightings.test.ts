import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { buildLetter, buildWriter } from '../../../test/factories';
import { translationMemory, translationMemorySightings, translations } from '../../db/schema';
import { lookupMemory } from './lookup';
import { forgetTranslation } from './remember';
import { releaseLetters, rememberFromLetter } from './sightings';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

const SHARED = { source: 'We think of you every day.', target: 'Мы думаем о Вас каждый день.' };
const PRIVATE = {
  source: 'My sister Anna had her operation in Lyon on 3 May.',
  target: 'Моей сестре Анне сделали операцию в Лионе 3 мая.',
};

/** An approved letter of `writerId` and its translation. */
async function approved(writerId: string) {
  const letter = await buildLetter(database.db, { writerId, status: 'approved' });
  const [translation] = await database.db
    .insert(translations)
    .values({
      letterId: letter.id,
      direction: 'to_ru',
      sourceLanguage: 'en',
      targetLanguage: 'ru',
      text: '…',
      status: 'approved',
    })
    .returning();
  return { letterId: letter.id, translationId: translation!.id };
}

const remember = (writerId: string, translationId: string, pairs: { source: string; target: string }[]) =>
  rememberFromLetter(database.db, { from: 'en', to: 'ru', writerId, translationId, approvedBy: null, pairs });

const found = async (text: string) =>
  (await lookupMemory(database.db, { from: 'en', to: 'ru', segments: [{ index: 0, text }] })).map(
    (m) => m.targetText,
  );

describe('rememberFromLetter', () => {
  it('stores a sentence once letters of two writers had it, never a sentence one writer wrote', async () => {
    const anna = (await buildWriter(database.db)).id;
    const ben = (await buildWriter(database.db)).id;
    const first = await approved(anna);
    expect(await remember(anna, first.translationId, [SHARED, PRIVATE])).toEqual({ stored: 0, pending: 2 });
    expect(await found(SHARED.source)).toEqual([]);
    // Sightings hold the hash, the translation and the writer: no text.
    const sightings = await database.db.select().from(translationMemorySightings);
    expect(sightings).toHaveLength(2);
    expect(JSON.stringify(sightings)).not.toMatch(/sister|think|Анне/);

    // The same writer again does not count twice.
    const again = await approved(anna);
    expect(await remember(anna, again.translationId, [SHARED])).toEqual({ stored: 0, pending: 1 });
    expect(await found(SHARED.source)).toEqual([]);

    const other = await approved(ben);
    expect(await remember(ben, other.translationId, [SHARED])).toEqual({ stored: 1, pending: 0 });
    expect(await found(SHARED.source)).toEqual([SHARED.target]);
    expect(await found('We think of you every single day.')).toEqual([SHARED.target]);
    expect(await found(PRIVATE.source)).toEqual([]);
    // The stored sentence needs no sightings any more; the private one still waits.
    expect(await database.db.select().from(translationMemorySightings)).toHaveLength(1);

    // Once in the memory, a sentence is approved again by anyone (the latest wording wins).
    const third = await approved((await buildWriter(database.db)).id);
    const wording = { source: SHARED.source, target: 'Мы каждый день думаем о Вас.' };
    expect(await remember(anna, third.translationId, [wording])).toEqual({ stored: 1, pending: 0 });
    expect(await found(SHARED.source)).toEqual([wording.target]);
  });

  it('lets the purge of a letter drop its sightings and unlink the pairs last approved in it', async () => {
    const [cara, dan] = [(await buildWriter(database.db)).id, (await buildWriter(database.db)).id];
    const sentence = { source: 'Stay strong, the spring is coming.', target: 'Держитесь, скоро весна.' };
    const first = await approved(cara);
    const own = {
      source: 'Our dog Bruno sleeps under my desk at 14 Elm Road.',
      target: 'Наш пёс Бруно спит у меня под столом.',
    };
    await remember(cara, first.translationId, [sentence, own]);
    const second = await approved(dan);
    await remember(dan, second.translationId, [sentence]);

    expect(await releaseLetters(database.db, [first.letterId, second.letterId])).toBe(1);
    const sightings = await database.db
      .select()
      .from(translationMemorySightings)
      .where(eq(translationMemorySightings.translationId, first.translationId));
    expect(sightings).toEqual([]);
    // The shared sentence stays, pointing at no letter.
    const [row] = await database.db
      .select()
      .from(translationMemory)
      .where(eq(translationMemory.sourceText, sentence.source));
    expect(row).toMatchObject({ targetText: sentence.target, translationId: null });
  });

  it('forgets a translation: its pairs and its sightings', async () => {
    const [eve, finn] = [(await buildWriter(database.db)).id, (await buildWriter(database.db)).id];
    const sentence = { source: 'Happy birthday from all of us!', target: 'С днём рождения от всех нас!' };
    const first = await approved(eve);
    const own = {
      source: 'I start my new job at the bakery on Monday.',
      target: 'В понедельник я выхожу на новую работу в пекарне.',
    };
    await remember(eve, first.translationId, [sentence, own]);
    const second = await approved(finn);
    await remember(finn, second.translationId, [sentence]);
    expect(await forgetTranslation(database.db, second.translationId)).toBe(1);
    expect(await forgetTranslation(database.db, first.translationId)).toBe(0);
    expect(await found(sentence.source)).toEqual([]);
    const left = await database.db
      .select()
      .from(translationMemorySightings)
      .where(eq(translationMemorySightings.translationId, first.translationId));
    expect(left).toEqual([]);
  });
});
