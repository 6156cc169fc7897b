import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { enginePlanSchema, modelMapSchema, mtEnvSchema } from './config';
import { draftTranslation } from './draft';
import { rememberApproved } from './memory/remember';
import { createEngineRegistry, MtConfigError } from './registry';

/** A DeepL-speaking local server that "translates" by tagging the text (names stay in Latin). */
const deepl = http.createServer((req, res) => {
  let raw = '';
  req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
  req.on('end', () => {
    const body = JSON.parse(raw || '{}') as { text?: string[] };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ translations: (body.text ?? []).map((t) => ({ text: `МТ: ${t}` })) }));
  });
});

let database: TestDatabase;
let deeplUrl = '';
const glossary = [{ source: ['Azat', 'Asat'], target: 'Азат' }];
const settings = mtEnvSchema.parse({});

beforeAll(async () => {
  database = await createTestDatabase();
  await new Promise<void>((resolve) => deepl.listen(0, '127.0.0.1', resolve));
  deeplUrl = `http://127.0.0.1:${(deepl.address() as AddressInfo).port}`;
  await rememberApproved(database.db, [
    {
      from: 'en',
      to: 'ru',
      source: 'Our whole class signed this card for you.',
      target: 'Весь наш класс подписал для Вас эту открытку.',
    },
  ]);
});

afterAll(async () => {
  await new Promise((resolve) => deepl.close(resolve));
  await database.destroy();
});

const letter =
  'Dear Azat,\n\nOur whole class signed this card for you. Yesterday Azat was on the radio.\n\nStay strong!';

describe('draftTranslation', () => {
  it('drafts from memory and phrasebook only when no machine engine is configured', async () => {
    const draft = await draftTranslation(database.db, { text: letter, from: 'en', to: 'ru', glossary });
    expect(draft.segments.map((s) => [s.text, s.best?.engine ?? null, s.best?.score ?? null])).toEqual([
      ['Dear Azat,', 'phrasebook', 1],
      ['Our whole class signed this card for you.', 'memory', 1],
      ['Yesterday Azat was on the radio.', null, null],
      ['Stay strong!', 'phrasebook', 1],
    ]);
    expect(draft.text).toBe(
      'Дорогой Азат!\n\nВесь наш класс подписал для Вас эту открытку. Yesterday Azat was on the radio.\n\nДержитесь!',
    );
    expect(draft.coverage).toEqual({ segments: 4, drafted: 3, byEngine: { phrasebook: 2, memory: 1 } });
    expect(draft.paragraphs).toHaveLength(3);
  });

  it('asks the configured machine engine only for the rest, falls back when one fails, and fixes names', async () => {
    const registry = createEngineRegistry({
      ...settings,
      MT_ENGINES: { 'en-ru': ['libretranslate', 'deepl'] },
      LIBRETRANSLATE_URL: 'http://127.0.0.1:9',
      DEEPL_API_KEY: 'test-key',
      DEEPL_API_URL: deeplUrl,
    });
    const draft = await draftTranslation(database.db, {
      text: letter,
      from: 'en',
      to: 'ru',
      glossary,
      registry,
    });
    expect(draft.failures).toMatchObject([{ engine: 'libretranslate', code: 'unavailable' }]);
    const third = draft.segments[2];
    expect(third?.best).toMatchObject({
      engine: 'deepl',
      text: 'МТ: Yesterday Азат was on the radio.',
      score: null,
    });
    expect(third?.best?.notes?.[0]).toContain('Azat → Азат');
    // Segments with an exact memory or phrasebook match never went to DeepL.
    expect(draft.segments[1]?.drafts.map((d) => d.engine)).toEqual(['memory']);
    expect(draft.coverage.drafted).toBe(4);
  });

  it('leaves a text already in the target language alone', async () => {
    const draft = await draftTranslation(database.db, { text: 'Привет! Как дела?', from: 'ru', to: 'ru' });
    expect(draft.text).toBe('Привет! Как дела?');
    expect(draft.segments.every((s) => s.best === null)).toBe(true);
  });
});

describe('configuration', () => {
  it('reads engines per pair with fallbacks, and model directories', () => {
    expect(enginePlanSchema.parse('uk-ru:apertium, en-ru:marian|deepl')).toEqual({
      'uk-ru': ['apertium'],
      'en-ru': ['marian', 'deepl'],
    });
    expect(enginePlanSchema.safeParse('en-ru:google').success).toBe(false);
    expect(enginePlanSchema.safeParse('english:deepl').success).toBe(false);
    expect(modelMapSchema.parse('en-ru=/srv/m/en-ru,de-ru=/srv/m/de-ru')).toEqual({
      'en-ru': '/srv/m/en-ru',
      'de-ru': '/srv/m/de-ru',
    });
    expect(settings.MT_ENGINES).toEqual({ 'uk-ru': ['apertium'], 'be-ru': ['apertium'] });
  });

  it('refuses a plan its settings cannot serve', () => {
    expect(() => createEngineRegistry({ ...settings, MT_ENGINES: { 'en-ru': ['deepl'] } })).toThrow(
      MtConfigError,
    );
    expect(() => createEngineRegistry({ ...settings, MT_ENGINES: { 'en-ru': ['marian'] } })).toThrow(
      /MT_MARIAN_MODELS/,
    );
    const registry = createEngineRegistry(settings);
    expect(registry.enginesFor('uk', 'ru').map((e) => e.id)).toEqual(['apertium']);
    expect(registry.enginesFor('en', 'ru')).toEqual([]);
  });
});
