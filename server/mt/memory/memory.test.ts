import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRow, queryRows } from '../../db/rows';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createMemoryEngine } from './engine';
import { lookupMemory } from './lookup';
import { BANDS, bandKeys, trigramSimilarity, trigrams } from './lsh';
import { forgetTranslation, rememberApproved } from './remember';
import { searchMemory } from './search';

let database: TestDatabase;
const translationId = '00000000-0000-4000-8000-000000000001';

beforeAll(async () => {
  database = await createTestDatabase();
  await rememberApproved(database.db, [
    { from: 'en', to: 'ru', source: 'I hope you are well.', target: 'Надеюсь, у Вас всё хорошо.' },
    {
      from: 'en',
      to: 'ru',
      source: 'Last summer we went to the sea with the children.',
      target: 'Прошлым летом мы с детьми ездили на море.',
      translationId,
    },
    {
      from: 'en',
      to: 'ru',
      source: 'My cat sleeps on my desk while I work.',
      target: 'Моя кошка спит у меня на столе, пока я работаю.',
    },
    { from: 'de', to: 'ru', source: 'I hope you are well.', target: 'не тот язык' },
    { from: 'en', to: 'ru', source: '   ', target: 'пусто' },
    { from: 'en', to: 'ru', source: 'Azat', target: 'Azat' },
  ]);
});

afterAll(async () => {
  await database.destroy();
});

const lookup = (texts: string[], minScore?: number) =>
  lookupMemory(database.db, {
    from: 'en',
    to: 'ru',
    segments: texts.map((text, index) => ({ index, text })),
    ...(minScore === undefined ? {} : { minScore }),
  });

describe('rememberApproved', () => {
  it('skips blank and untranslated pairs and stores band keys for the rest', async () => {
    const count = await queryRow<{ n: number; bands: number }>(
      database.db,
      sql`SELECT (SELECT count(*)::int FROM translation_memory) AS n, (SELECT count(*)::int FROM translation_memory_bands) AS bands`,
    );
    expect(count?.n).toBe(4);
    expect(count?.bands).toBeGreaterThan(3 * (BANDS - 2));
  });

  it('replaces the translation when the same source is approved again, and counts approvals', async () => {
    const written = await rememberApproved(database.db, [
      { from: 'en', to: 'ru', source: 'i hope you are well!', target: 'Надеюсь, у тебя всё хорошо.' },
      { from: 'en', to: 'ru', source: 'I hope you are well', target: 'Надеюсь, у тебя всё хорошо!' },
    ]);
    expect(written).toBe(1);
    const row = await queryRow<{ target_text: string; approvals: number }>(
      database.db,
      sql`SELECT target_text, approvals FROM translation_memory WHERE source_language = 'en' AND source_norm LIKE 'i hope%'`,
    );
    expect(row).toEqual({ target_text: 'Надеюсь, у тебя всё хорошо!', approvals: 2 });
  });
});

describe('lookupMemory', () => {
  it('finds exact matches regardless of case and punctuation, scoring 1', async () => {
    const [match] = await lookup(['I HOPE YOU ARE WELL?!'.replace('?', '')]);
    expect(match).toMatchObject({
      index: 0,
      exact: true,
      score: 1,
      targetText: 'Надеюсь, у тебя всё хорошо!',
    });
  });

  it('finds near matches with their pg_trgm similarity, below 1, and nothing for unrelated text', async () => {
    const matches = await lookup([
      'Last summer we went to the sea with the kids.',
      'Yesterday the post office was closed.',
      'We went to the sea with the children last summer.',
    ]);
    expect(matches.map((m) => m.index)).toEqual([0, 2]);
    expect(matches[0]?.score).toBeGreaterThan(0.6);
    expect(matches[0]?.score).toBeLessThan(1);
    // Same words in another order: the trigram sets are equal, but only an identical segment scores 1.
    expect(matches[1]).toMatchObject({ exact: false, score: 0.99 });
  });

  it('keeps language pairs apart and honours the minimum score', async () => {
    const de = await lookupMemory(database.db, {
      from: 'de',
      to: 'ru',
      segments: [{ index: 5, text: 'I hope you are well.' }],
    });
    expect(de).toMatchObject([{ index: 5, targetText: 'не тот язык' }]);
    expect(await lookup(['My cat sleeps on the sofa while I read.'], 0.95)).toEqual([]);
    expect((await lookup(['My cat sleeps on the sofa while I read.'], 0.3)).length).toBe(1);
  });

  it('scores exactly as PostgreSQL does, and our trigrams are pg_trgm’s', async () => {
    const pairs: [string, string][] = [
      ['last summer we went to the sea.', 'last summer we went to the lake.'],
      ['мы думаем о вас каждый день', 'мы думаем о тебе каждый день'],
      ['ich hoffe, es geht ihnen gut', 'ich hoffe, es geht dir gut'],
    ];
    for (const [a, b] of pairs) {
      const row = await queryRow<{ s: number; n: number }>(
        database.db,
        sql`SELECT similarity(${a}, ${b}) AS s, array_length(show_trgm(${a}), 1) AS n`,
      );
      expect(trigramSimilarity(a, b)).toBeCloseTo(Number(row?.s), 5);
      expect(trigrams(a).size).toBe(Number(row?.n));
    }
  });
});

describe('memory engine, concordance and forgetting', () => {
  it('drafts matched segments with score and source, carrying an exclamation mark', async () => {
    const engine = createMemoryEngine(database.db);
    const drafts = await engine.translate(
      [
        { index: 3, text: 'My cat sleeps on my desk while I work!' },
        { index: 4, text: 'Completely new sentence here.' },
      ],
      'en',
      'ru',
    );
    expect(drafts).toEqual([
      {
        index: 3,
        text: 'Моя кошка спит у меня на столе, пока я работаю!',
        engine: 'memory',
        score: 1,
        matchedSource: 'My cat sleeps on my desk while I work.',
      },
    ]);
    expect(await engine.health()).toMatchObject({ ok: true, detail: '4 approved segment pairs' });
  });

  it('finds earlier segments containing a phrase', async () => {
    const hits = await searchMemory(database.db, { from: 'en', to: 'ru', phrase: 'THE SEA' });
    expect(hits.map((h) => h.targetText)).toEqual(['Прошлым летом мы с детьми ездили на море.']);
  });

  it('forgets the pairs of a translation, with their band keys', async () => {
    expect(await forgetTranslation(database.db, translationId)).toBe(1);
    expect(await lookup(['Last summer we went to the sea with the children.'])).toEqual([]);
    const orphans = await queryRows(
      database.db,
      sql`SELECT 1 FROM translation_memory_bands b LEFT JOIN translation_memory t ON t.id = b.memory_id WHERE t.id IS NULL`,
    );
    expect(orphans).toEqual([]);
    expect(bandKeys('!!!', 'en', 'ru')).toHaveLength(1);
  });
});

describe('stop keys', () => {
  it('skips band keys hundreds of stored segments share, and gives a verbatim segment its exact match alone', async () => {
    // 300 sentences differing in one number: most band keys are shared by all of them.
    const written = await rememberApproved(
      database.db,
      Array.from({ length: 300 }, (_, i) => ({
        from: 'en',
        to: 'ru',
        source: `Room ${i + 1} of the old school has a piano and forty chairs.`,
        target: `В комнате ${i + 1} старой школы есть пианино и сорок стульев.`,
      })),
    );
    expect(written).toBe(300);
    const stop = await queryRow<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM translation_memory_stop_keys`,
    );
    expect(stop!.n).toBeGreaterThan(0);
    const exact = await lookup(['Room 7 of the old school has a piano and forty chairs.']);
    expect(exact).toMatchObject([
      { exact: true, score: 1, targetText: 'В комнате 7 старой школы есть пианино и сорок стульев.' },
    ]);
    // A near variant is still found through the keys its own words give it.
    const near = await lookup(['Room 7 of the old school has a piano and forty benches.']);
    expect(near.length).toBeGreaterThan(0);
    expect(near[0]!.score).toBeGreaterThan(0.6);
  });
});
