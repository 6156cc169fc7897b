import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../glossary';
import { compilePhrasebook } from './compile';
import { createPhrasebookEngine } from './engine';
import { editDistance, matchPhrase, russianPlural } from './match';
import { PHRASEBOOK_LANGUAGES } from './schema';

const book = compilePhrasebook();
const glossary: GlossaryEntry[] = [
  { source: ['Azat', 'Asat'], target: 'Азат' },
  { source: ['Miftakhov', 'Miftachow'], target: 'Мифтахов' },
];
const match = (language: (typeof PHRASEBOOK_LANGUAGES)[number], text: string) =>
  matchPhrase(book, text, language, glossary);

describe('phrasebook data', () => {
  it('has a Russian form for every phrase and variants in all seven languages', () => {
    expect(book.phrases.length).toBeGreaterThanOrEqual(100);
    for (const language of PHRASEBOOK_LANGUAGES) {
      expect(book.exact.get(language)?.size ?? 0).toBeGreaterThan(150);
    }
  });

  it('writes Russian in Cyrillic only, and uses in Russian exactly the slots the sources have', () => {
    const problems: string[] = [];
    for (const phrase of book.phrases) {
      const forms = typeof phrase.ru === 'string' ? [phrase.ru] : Object.values(phrase.ru);
      for (const form of forms) {
        const withoutSlots = form.replace(/\{[^}]+\}/g, '');
        if (/[A-Za-z]/.test(withoutSlots) || !/[а-яё]/i.test(withoutSlots))
          problems.push(`${phrase.id}: ${form}`);
        const ruSlots = [...new Set([...form.matchAll(/\{(\w+)/g)].map((m) => m[1]))].sort().join();
        for (const variant of Object.values(phrase.src).flat()) {
          const srcSlots = [...new Set([...variant.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort().join();
          if (srcSlots !== ruSlots)
            problems.push(`${phrase.id}: "${variant}" has {${srcSlots}}, Russian {${ruSlots}}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps every place with Russian forms that start with the right preposition', () => {
    expect(book.places.size).toBeGreaterThan(300);
    for (const place of new Set(book.places.values())) {
      expect(place.from).toMatch(/^из /);
      expect(place.in).toMatch(/^(в|во) /);
    }
  });
});

describe('matchPhrase', () => {
  it('matches regardless of case, punctuation, apostrophes and diacritics', () => {
    expect(match('en', 'I hope you’re well!')?.text).toBe('Надеюсь, у Вас всё хорошо!');
    expect(match('en', 'i hope you are well')?.score).toBe(1);
    expect(match('es', 'feliz cumpleanos')?.text).toBe('С днём рождения!');
    expect(match('pl', 'Wesolych Swiat Bozego Narodzenia')?.text).toBe('С Рождеством!');
    expect(match('fr', 'Comment vas tu ?')?.text).toBe('Как у тебя дела?');
  });

  it('picks the informal or polite Russian the source shows, and offers the other', () => {
    const informal = match('de', 'Wir denken an dich.');
    expect(informal?.text).toBe('Мы думаем о тебе.');
    expect(informal?.alternatives).toEqual(['Мы думаем о Вас.']);
    expect(match('de', 'Wir denken an Sie.')?.text).toBe('Мы думаем о Вас.');
    expect(match('uk', 'Тримайтеся!')?.text).toBe('Держитесь!');
  });

  it('fills names from the glossary, even in a Polish or Ukrainian vocative', () => {
    expect(match('en', 'Dear Azat,')?.text).toBe('Дорогой Азат!');
    expect(match('pl', 'Drogi Azacie,')?.text).toBe('Дорогой Азат!');
    expect(match('uk', 'Привіт, Азате!')?.text).toBe('Привет, Азат!');
    expect(match('de', 'Liebe Anna,')).toMatchObject({
      text: 'Дорогая Anna!',
      score: 0.85,
      notes: ['"Anna" is not in the glossary: write it in Cyrillic'],
    });
    expect(match('en', 'Hello everyone!')).toBeUndefined();
  });

  it('fills places with the Russian preposition and case, and numbers with the plural form', () => {
    expect(match('pl', 'Mieszkam w Krakowie.')?.text).toBe('Я живу в Кракове.');
    expect(match('de', 'Ich bin Lehrerin aus München.')?.text).toBe('Я учительница из Мюнхена.');
    expect(match('fr', "J'habite en France.")?.text).toBe('Я живу во Франции.');
    expect(match('uk', 'Я з Києва.')?.text).toBe('Я из Киева.');
    expect(match('en', 'I am 21 years old.')?.text).toBe('Мне 21 год.');
    expect(match('es', 'Tengo 34 años.')?.text).toBe('Мне 34 года.');
    expect(match('it', 'Ho 45 anni.')?.text).toBe('Мне 45 лет.');
    expect(match('en', 'I live in a small house.')).toBeUndefined();
  });

  it('combines clauses it knows one by one, with a lower score', () => {
    expect(match('en', 'Dear Azat, I hope you are well.')).toMatchObject({
      text: 'Дорогой Азат, надеюсь, у Вас всё хорошо.',
      score: 0.9,
    });
    expect(match('en', 'Dear Azat, my train was late.')).toBeUndefined();
  });

  it('accepts small typos, scoring them by similarity, and nothing far off', () => {
    const typo = match('en', 'I hope you are wel.');
    expect(typo?.text).toBe('Надеюсь, у Вас всё хорошо.');
    expect(typo?.score).toBeGreaterThan(0.9);
    expect(typo?.score).toBeLessThan(1);
    expect(match('en', 'I hope the parcel arrived.')).toBeUndefined();
  });
});

describe('helpers', () => {
  it('chooses Russian plural forms', () => {
    const years = (n: number) => russianPlural(n, 'год', 'года', 'лет');
    expect([1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111].map(years)).toEqual([
      'год',
      'года',
      'года',
      'лет',
      'лет',
      'лет',
      'лет',
      'год',
      'года',
      'лет',
      'год',
      'лет',
    ]);
  });

  it('computes edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('phrasebook engine', () => {
  it('drafts only the segments it knows, into Russian only', async () => {
    const engine = createPhrasebookEngine(book);
    expect(engine.supports('de', 'ru')).toBe(true);
    expect(engine.supports('ru', 'de')).toBe(false);
    const drafts = await engine.translate(
      [
        { index: 0, text: 'Lieber Azat,' },
        { index: 1, text: 'gestern habe ich einen Kuchen gebacken.' },
        { index: 2, text: 'Halte durch!' },
      ],
      'de',
      'ru',
      { glossary },
    );
    expect(drafts.map((d) => [d.index, d.text, d.engine])).toEqual([
      [0, 'Дорогой Азат!', 'phrasebook'],
      [2, 'Держись!', 'phrasebook'],
    ]);
    expect(await engine.translate([{ index: 0, text: 'Halte durch!' }], 'de', 'en')).toEqual([]);
    expect((await engine.health()).ok).toBe(true);
  });
});
