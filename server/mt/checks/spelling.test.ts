import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSpelling, spellcheckReady, warmUpSpellcheck } from './spelling';

// A small dictionary in hunspell's own format (the real hunspell-ru takes seconds to load): the
// stems with one suffix class, so the worker runs nspell's real affix expansion.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-spell-'));
const dictionary = path.join(dir, 'ru_TEST');
fs.writeFileSync(
  `${dictionary}.aff`,
  [
    'SET UTF-8',
    'TRY оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё',
    '',
    'SFX A Y 2',
    'SFX A 0 а .',
    'SFX A 0 у .',
    '',
  ].join('\n'),
);
fs.writeFileSync(`${dictionary}.dic`, ['7', 'письмо', 'привет/A', 'я', 'думаю', 'о', 'вас', 'от'].join('\n'));

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function ready(): Promise<void> {
  expect(await spellcheckReady(dictionary)).toBe('ready');
}

describe('checkSpelling', () => {
  it('answers "loading" at once while the dictionary loads, then reports unknown words with offsets', async () => {
    const first = await checkSpelling('Превет', () => false, dictionary);
    expect(['loading', 'ready']).toContain(first.state);
    await ready();
    const text = 'Привет! Я думаю о вас, превет от СИЗО.';
    const result = await checkSpelling(text, () => false, dictionary);
    expect(result.state).toBe('ready');
    expect(result.issues.map((i) => [i.word, text.slice(i.start, i.end)])).toEqual([['превет', 'превет']]);
    expect(result.issues[0]!.suggestions).toContain('привет');
  });

  it('knows the affixed forms and leaves words the caller accepts (the prisoner’s name)', async () => {
    await ready();
    const result = await checkSpelling('Привета Ринату', (w) => w.startsWith('Ринат'), dictionary);
    expect(result.issues).toEqual([]);
  });

  it('says "unavailable" and why when the dictionary is not installed', async () => {
    const result = await checkSpelling('привет', () => false, path.join(dir, 'missing'));
    expect(result.state).toBe('unavailable');
    expect(result.detail).toMatch(/hunspell-ru/);
    expect(await spellcheckReady(path.join(dir, 'missing'))).toBe('unavailable');
  });

  it('accepts a hyphenated word whose parts are words, and reads a KOI8-R dictionary', async () => {
    const koi8 = path.join(dir, 'ru_KOI8');
    // Byte of each Cyrillic letter in KOI8-R, from the platform's own decoder.
    const bytes = new Map(
      [...Array(256).keys()].map((b) => [new TextDecoder('koi8-r').decode(Uint8Array.of(b)), b]),
    );
    const encode = (text: string) => Uint8Array.from([...text].map((c) => bytes.get(c) ?? c.charCodeAt(0)));
    fs.writeFileSync(`${koi8}.aff`, encode('SET KOI8-R\nTRY оеаи\n'));
    fs.writeFileSync(`${koi8}.dic`, encode('4\nпривет\nмир\nкто\nнибудь\n'));
    expect(warmUpSpellcheck(koi8)).toBe('loading');
    expect(await spellcheckReady(koi8)).toBe('ready');
    const text = 'Привет, мирр! Кто-нибудь';
    const result = await checkSpelling(text, () => false, koi8);
    expect(result.issues.map((i) => text.slice(i.start, i.end))).toEqual(['мирр']);
    expect(result.issues[0]!.suggestions).toContain('мир');
  });

  it('finds the misspelt words of a letter with Debian’s hunspell-ru', { timeout: 120_000 }, async () => {
    expect(await spellcheckReady()).toBe('ready');
    const text = 'Превет, Азат! Мы думаем о Вас каждый день, СИЗО не помешает.';
    const result = await checkSpelling(text, (w) => w.startsWith('Азат'));
    expect(result.issues.map((i) => i.word)).toEqual(['Превет']);
  });
});
