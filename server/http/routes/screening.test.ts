import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { buildPrisoner } from '../../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Flag {
  ruleId: string;
  category: string;
  severity: string;
  start: number;
  end: number;
  message: string;
  suggestion?: string;
}

async function screen(body: unknown): Promise<{ status: number; flags: Flag[]; code?: string }> {
  const res = await t.call('POST', '/api/screen', body);
  const json = (await res.json()) as { flags?: Flag[]; error?: { code: string } };
  return { status: res.status, flags: json.flags ?? [], ...(json.error ? { code: json.error.code } : {}) };
}

describe('POST /api/screen', () => {
  it('returns flags with offsets into the text and messages in the UI language', async () => {
    const text = 'Ich denke jeden Tag an den KRIEG. Meine Nummer: +49 151 23456789.';
    const { status, flags } = await screen({ text, language: 'de', uiLanguage: 'fr' });
    expect(status).toBe(200);
    expect(flags.map((f) => [f.category, text.slice(f.start, f.end)])).toEqual([
      ['war', 'KRIEG'],
      ['contact', '+49 151 23456789'],
    ]);
    expect(flags[0]!.message).toMatch(/guerre/);
    expect(flags[0]!.suggestion).toBe('diese schwere Zeit');
  });

  it('returns no flags for a clean letter', async () => {
    expect(await screen({ text: 'Dear Artem, our cat had kittens!', language: 'en' })).toEqual({
      status: 200,
      flags: [],
    });
  });

  it('uses the prisoner’s articles from the directory', async () => {
    const prisoner = await buildPrisoner(t.runtime.db, {
      articles: [{ code: 'RU', article: '207.3', part: '2', raw: 'ч. 2 ст. 207.3 УК РФ' }],
    });
    const text = 'Я читала, что тебе дали срок по 207.3.';
    const without = await screen({ text, language: 'ru' });
    const withCase = await screen({ text, language: 'ru', prisonerId: prisoner.id });
    expect(without.flags.filter((f) => f.ruleId.startsWith('case.prisoner'))).toEqual([]);
    expect(withCase.flags.map((f) => [f.ruleId, f.severity, text.slice(f.start, f.end)])).toEqual([
      ['case.prisoner.article', 'block', '207.3'],
    ]);
  });

  it('screens a translation for Latin words', async () => {
    const { flags } = await screen({ text: 'С любовью, Claire', language: 'ru', stage: 'translation' });
    expect(flags.map((f) => f.ruleId)).toEqual(['foreign_words.latin']);
  });

  it('answers 404 for an unknown or unlisted prisoner', async () => {
    const hidden = await buildPrisoner(t.runtime.db, { consentToList: false });
    for (const prisonerId of ['00000000-0000-4000-8000-000000000000', hidden.id]) {
      expect(await screen({ text: 'Hello', language: 'en', prisonerId })).toMatchObject({
        status: 404,
        code: 'prisoner_not_found',
      });
    }
  });

  it('refuses bad input', async () => {
    for (const body of [
      { text: '', language: 'en' },
      { text: 'x', language: 'xx' },
      { text: 'x', language: 'en', uiLanguage: 'zz' },
      { text: 'x', language: 'en', extra: true },
      { text: 'x'.repeat(10_001), language: 'en' },
    ]) {
      expect((await screen(body)).status, JSON.stringify(body).slice(0, 60)).toBe(400);
    }
  });
});
