import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSpelling, warmUpSpellcheck } from './spellcheck';

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
  while (warmUpSpellcheck(dictionary) === 'loading') await new Promise((r) => setTimeout(r, 20));
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
  });
});
