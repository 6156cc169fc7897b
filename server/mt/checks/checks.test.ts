import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../glossary';
import { runQualityChecks } from './index';
import { numberTokens } from './numbers';

const glossary: GlossaryEntry[] = [
  { source: ['Azat', 'Asat'], target: 'Азат' },
  { source: ['Miftakhov', 'Miftachow', 'Miftahov'], target: 'Мифтахов' },
];
const checks = (source: string, target: string, from = 'en') =>
  runQualityChecks(source, target, glossary, { from }).map((i) => ({ code: i.code, severity: i.severity }));

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
    const left = issues.filter((i) => i.code === 'script_left');
    expect(left.map((i) => [target.slice(i.target!.start, i.target!.end), i.params.name])).toEqual([
      ['Azat', 'Азат'],
      ['Hamburg', undefined],
    ]);
    expect(left[0]?.message).toContain('Азат');
  });

  it('marks a word mixing Latin and Cyrillic letters, and Cyrillic left in a reply', () => {
    // "Aзат" starts with a Latin A: it looks right and is not.
    const mixed = runQualityChecks('Dear Azat!', 'Дорогой Aзат!', glossary);
    expect(mixed.map((i) => [i.code, i.params.word])).toContainEqual(['script_left', 'Aзат']);
    const reply = runQualityChecks('Спасибо за письмо.', 'Thank you for the письмо.', [], {
      from: 'ru',
      to: 'en',
    });
    expect(reply.map((i) => [i.code, i.params.word, i.params.script])).toEqual([
      ['script_left', 'письмо', 'Cyrillic'],
    ]);
  });

  it('compares numbers and dates part by part, matching month names beside numbers', () => {
    expect(checks('We met on 12.05.2024 at 10:30.', 'Мы встретились 12 мая 2024 года в 10:30.')).toEqual([]);
    expect(checks('El 3 de mayo cumplí 40.', '3 мая мне исполнилось 40.', 'es')).toEqual([]);
    const issues = runQualityChecks(
      'I am 45 years old, born on 3 March.',
      'Мне 54 года, я родилась 3 марта.',
      [],
    );
    expect(issues.map((i) => [i.code, i.params.number])).toEqual([
      ['number_extra', '54'],
      ['number_missing', '45'],
    ]);
    expect(numberTokens('I may come in May 2025').map((t) => t.value)).toEqual(['5', '2025']);
    // "may" is a verb here: a real word stands between it and the number.
    expect(numberTokens('You may have 3 cats').map((t) => t.value)).toEqual(['3']);
    expect(checks('It cost 1,000 euros on 05.06.', 'Это стоило 1 000 евро 5.06.')).toEqual([]);
  });

  it('reports missing and extra paragraphs once, at the first one', () => {
    expect(checks('One.\nTwo.\nThree.', 'Один.\nДва.')).toEqual([
      { code: 'paragraph_count', severity: 'warning' },
    ]);
    const extra = runQualityChecks('One.', 'Один.\nДва.\nТри.', []);
    expect(extra).toMatchObject([
      { code: 'paragraph_count', params: { expected: 1, actual: 3 }, target: { start: 6, end: 10 } },
    ]);
  });

  it('reports a paragraph much shorter than its source', () => {
    const source =
      'Yesterday we walked for hours along the river and talked about the books you like.\nSecond.';
    expect(checks(source, 'Вчера мы гуляли.\nВторой.')).toEqual([
      { code: 'length_ratio', severity: 'warning' },
    ]);
    expect(
      checks(source, 'Вчера мы долго гуляли вдоль реки и говорили о книгах, которые Вы любите.\nВторой.'),
    ).toEqual([]);
  });

  it('accepts the prisoner’s name in any case form and flags it when missing or misspelt', () => {
    expect(checks('We send greetings to Azat Miftakhov.', 'Мы передаём привет Азату Мифтахову.')).toEqual([]);
    expect(checks('We talked with Azat.', 'Мы говорили с Азатом.')).toEqual([]);
    expect(checks('Drogi Azacie, myślimy o Tobie.', 'Дорогой Азат, мы думаем о тебе.', 'pl')).toEqual([]);
    const missing = runQualityChecks('We think of Azat every day.', 'Мы думаем о нём каждый день.', glossary);
    expect(missing).toMatchObject([
      { code: 'name_missing', severity: 'warning', params: { name: 'Азат' }, source: { start: 12, end: 16 } },
    ]);
    const target = 'Мы пишем Азату Мифтохову.';
    const misspelt = runQualityChecks('We write to Azat Miftakhov.', target, glossary);
    // Reported once, as the misspelling, not also as a missing name.
    expect(misspelt.map((i) => [i.code, target.slice(i.target?.start, i.target?.end)])).toEqual([
      ['name_misspelled', 'Мифтохову'],
    ]);
    // Spelled by ear from another transliteration: the same sounds, a wrong letter.
    expect(checks('Greetings to Miftakhov.', 'Привет Мифтахофу.')).toEqual([
      { code: 'name_misspelled', severity: 'error' },
    ]);
  });

  it('checks the other direction for replies: the name back in the writer’s spelling', () => {
    const reply = (target: string) =>
      runQualityChecks('Привет от Азата!', target, glossary, { from: 'ru', to: 'en' }).map((i) => i.code);
    expect(reply('Greetings from Asat!')).toEqual([]);
    expect(reply('Greetings from him!')).toEqual(['name_missing']);
    expect(reply('Greetings from Azad!')).toEqual(['name_misspelled']);
  });
});
