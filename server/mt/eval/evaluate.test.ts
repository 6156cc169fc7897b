import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createPhrasebookEngine } from '../phrasebook/engine';
import { evaluateMt } from './evaluate';
import { EVAL_LANGUAGES } from './load';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.destroy();
});

describe('evaluateMt', () => {
  it('reports coverage and chrF per language, scoring each engine over every sentence', async () => {
    const results = await evaluateMt(database.db, () => [createPhrasebookEngine()]);
    expect(results.map((r) => r.language)).toEqual([...EVAL_LANGUAGES]);
    for (const r of results) {
      expect(r.sentences).toBeGreaterThanOrEqual(100);
      expect(r.phrasebook.drafted).toBeGreaterThan(0);
      expect(r.phrasebook.chrf).toBeGreaterThan(80);
      // Sentences the phrasebook does not know are scored as the untranslated source.
      expect(r.engines.phrasebook).toBeLessThan(r.phrasebook.chrf!);
      expect(r.memory.asked).toBe(Math.floor(r.sentences / 2));
    }
    const uk = results.find((r) => r.language === 'uk')!;
    const en = results.find((r) => r.language === 'en')!;
    // Ukrainian shares much of its spelling with Russian; English shares nothing.
    expect(uk.copySource).toBeGreaterThan(20);
    expect(en.copySource).toBeLessThan(5);
  });
});
