import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../glossary';
import { runQualityChecks } from './index';
import { numberTokens } from './numbers';
import { affEncoding, checkRussianSpelling } from './spelling';

const glossary: GlossaryEntry[] = [
  { source: ['Azat', 'Asat'], target: 'Азат' },
  { source: ['Miftakhov', 'Miftachow', 'Miftahov'], target: 'Мифтахов' },
];
const checks = (source: string, target: string, from = 'en') =>
  runQualityChecks(source, target, glossary, { from }).map((i) => ({ check: i.check, severity: i.severity }));

describe('runQualityChecks', () => {
  it('finds nothing wrong with a faithful translation', () => {
    const source =
      'Dear Azat,\nI hope you are well. On 3 May 2024 we went to the sea with Anna.\nBest wishes';
    const target =
      'Дорогой Азат!\nНадеюсь, у Вас всё хорошо. 3 мая 2024 года мы с Анной ездили на море.\nС наилучшими пожеланиями,';
    expect(runQualityChecks(source, target, glossary)).toEqual([]);
  });

  it('marks Latin-script words left in the Russian, with their span, but not Roman numerals', () => {
    const target = 'Дорогой Azat! Мы читали книгу про XX век и Hamburg.';
    const issues = runQualityChecks(
      'Dear Azat! We read a book about the XX century and Hamburg.',
      target,
      glossary,
    );
    const latin = issues.filter((i) => i.check === 'latin');
    expect(latin.map((i) => [target.slice(i.target!.start, i.target!.end), i.severity])).toEqual([
      ['Azat', 'error'],
      ['Hamburg', 'warning'],
    ]);
    expect(latin[0]?.message).toContain('Азат');
  });

  it('compares numbers and dates part by part, matching month names beside numbers', () => {
    expect(checks('We met on 12.05.2024 at 10:30.', 'Мы встретились 12 мая 2024 года в 10:30.')).toEqual([]);
    const issues = runQualityChecks(
      'I am 45 years old, born on 3 March.',
      'Мне 54 года, я родилась 3 марта.',
      [],
    );
    expect(issues.map((i) => i.message)).toEqual([
      '54 is in the translation but not in the source',
      '45 is in the source but not in the translation',
    ]);
    expect(numberTokens('I may come in May 2025').map((t) => t.value)).toEqual(['5', '2025']);
  });

  it('reports missing and extra paragraphs', () => {
    expect(checks('One.\nTwo.\nThree.', 'Один.\nДва.')).toContainEqual({
      check: 'paragraphs',
      severity: 'warning',
    });
    const extra = runQualityChecks('One.', 'Один.\nДва.', []);
    expect(extra[0]).toMatchObject({ check: 'paragraphs', target: { start: 6, end: 10 } });
  });

  it('reports a paragraph much shorter than its source', () => {
    const source =
      'Yesterday we walked for hours along the river and talked about the books you like.\nSecond.';
    expect(checks(source, 'Вчера мы гуляли.\nВторой.')).toEqual([{ check: 'length', severity: 'warning' }]);
    expect(
      checks(source, 'Вчера мы долго гуляли вдоль реки и говорили о книгах, которые Вы любите.\nВторой.'),
    ).toEqual([]);
  });

  it('accepts the prisoner’s name in any case form and flags it when missing or misspelt', () => {
    expect(checks('We send greetings to Azat Miftakhov.', 'Мы передаём привет Азату Мифтахову.')).toEqual([]);
    expect(checks('We talked with Azat.', 'Мы говорили с Азатом.')).toEqual([]);
    expect(checks('Drogi Azacie, myślimy o Tobie.', 'Дорогой Азат, мы думаем о тебе.', 'pl')).toEqual([]);
    const missing = runQualityChecks('We think of Azat every day.', 'Мы думаем о нём каждый день.', glossary);
    expect(missing).toMatchObject([{ check: 'glossary', severity: 'error', source: { start: 12, end: 16 } }]);
    const target = 'Мы пишем Азату Мифтохову.';
    const misspelt = runQualityChecks('We write to Azat Miftakhov.', target, glossary);
    expect(misspelt.map((i) => [i.check, target.slice(i.target?.start, i.target?.end)])).toContainEqual([
      'glossary',
      'Мифтохову',
    ]);
  });

  it('checks the other direction for replies: no Latin check, the name back in the writer’s spelling', () => {
    const issues = runQualityChecks('Привет от Азата!', 'Greetings from Asat!', glossary, {
      from: 'ru',
      to: 'en',
    });
    expect(issues).toEqual([]);
    const wrong = runQualityChecks('Привет от Азата!', 'Greetings from him!', glossary, {
      from: 'ru',
      to: 'en',
    });
    expect(wrong.map((i) => i.check)).toEqual(['glossary']);
  });
});

describe('checkRussianSpelling', () => {
  it(
    'reports misspelt words with Debian’s hunspell-ru dictionary, skipping glossary names',
    { timeout: 120_000 },
    async () => {
      const text = 'Превет, Азат! Мы думаем о Вас.';
      const result = await checkRussianSpelling(text, glossary);
      expect(result.available).toBe(true);
      if (!result.available) return;
      expect(result.issues.map((i) => text.slice(i.target!.start, i.target!.end))).toEqual(['Превет']);
    },
  );

  it('reads a KOI8-R dictionary, decoding it in memory', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-dict-'));
    // Byte of each Cyrillic letter in KOI8-R, from the platform's own decoder.
    const koi8 = new Map(
      [...Array(256).keys()].map((b) => [new TextDecoder('koi8-r').decode(Uint8Array.of(b)), b]),
    );
    const encode = (text: string) => Uint8Array.from([...text].map((c) => koi8.get(c) ?? c.charCodeAt(0)));
    fs.writeFileSync(path.join(dir, 'tiny.aff'), encode('SET KOI8-R\nTRY оеаи\n'));
    fs.writeFileSync(path.join(dir, 'tiny.dic'), encode('2\nпривет\nмир\n'));
    expect(affEncoding(fs.readFileSync(path.join(dir, 'tiny.aff')))).toBe('KOI8-R');
    const result = await checkRussianSpelling('привет, мирр', [], path.join(dir, 'tiny'));
    expect(result.available && result.issues.map((i) => i.message)).toEqual([
      '«мирр» is not in the Russian dictionary',
    ]);
    fs.rmSync(dir, { recursive: true });
  });

  it('reports itself unavailable when the dictionary is missing', async () => {
    const result = await checkRussianSpelling('привет', [], '/nonexistent/ru_RU');
    expect(result).toMatchObject({ available: false });
    expect(!result.available && result.reason).toContain('hunspell-ru');
  });
});
