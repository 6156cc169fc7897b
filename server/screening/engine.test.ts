import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../shared/limits';
import { maxSeverity, precompileRules, ruleLanguagesFor, screenText, type ScreeningFlag } from './index';

const flagged = (flags: ScreeningFlag[], text: string): string[] =>
  flags.map((f) => `${f.ruleId}:${text.slice(f.start, f.end)}`);

describe('offsets point into the original text', () => {
  it('through upper case, ё, soft hyphens, zero-width spaces and look-alike letters', () => {
    const text = 'Ох… Я думаю о ВОЙ\u00ADНЁ\u200B и о вoйне каждый день.';
    const { flags } = screenText({ text, language: 'ru' });
    expect(flagged(flags, text)).toEqual(['war.ru.war:ВОЙ\u00ADНЁ', 'war.ru.war:вoйне']);
  });

  it('after emoji, non-breaking spaces, line breaks and decomposed letters', () => {
    const text = '👋🏽\u00A0Ну!\n\n\nПишу тебе:  мо\u0438\u0306 брат мобилизован.';
    const { flags } = screenText({ text, language: 'ru' });
    expect(flagged(flags, text)).toEqual(['war.ru.war:мобилизован']);
  });

  it('for proximity flags spanning both words, and for shape flags', () => {
    const text = 'PUTIN   is a   MURDERER. Call +44 20 7946 0018.';
    const { flags } = screenText({ text, language: 'en' });
    expect(flagged(flags, text)).toEqual([
      'insult_authority.en.insult:PUTIN   is a   MURDERER',
      'contact.phone:+44 20 7946 0018',
    ]);
  });
});

describe('screenText', () => {
  it('returns nothing for an empty or a clean letter', () => {
    expect(screenText({ text: '', language: 'en' }).flags).toEqual([]);
    const clean = 'Dear Artem, I keep bees and read Chekhov. Spring came early; the ducks are busy.';
    expect(screenText({ text: clean, language: 'en' }).flags).toEqual([]);
  });

  it('writes the message in the UI language and the suggestion in the rule’s language', () => {
    const text = 'Я думаю о войне.';
    const messages = new Set(
      UI_LANGUAGES.map((ui) => screenText({ text, language: 'ru', uiLanguage: ui }).flags[0]!.message),
    );
    expect(messages.size).toBe(UI_LANGUAGES.length);
    const [flag] = screenText({ text, language: 'ru', uiLanguage: 'de' }).flags;
    expect(flag!.message).toMatch(/Krieg/);
    expect(flag!.suggestion).toBe('это трудное время');
  });

  it('applies a language’s own rules only: German "war" is "was"', () => {
    expect(screenText({ text: 'Ich war gestern im Garten.', language: 'de' }).flags).toEqual([]);
    expect(screenText({ text: 'I was thinking about the war.', language: 'en' }).flags).toHaveLength(1);
    expect(ruleLanguagesFor('de')).toEqual(['*', 'ru', 'de']);
    expect(ruleLanguagesFor('be')).toEqual(['*', 'ru', 'uk']);
    expect(ruleLanguagesFor('nl')).toEqual(['*', 'ru', 'en']);
  });

  it('catches Russian words typed into a letter in another language', () => {
    const text = 'I read that the СВО will go on.';
    expect(flagged(screenText({ text, language: 'en' }).flags, text)).toEqual(['war.ru.war:СВО']);
  });

  it('leaves allowed phrases alone: books, films and history', () => {
    for (const [text, language] of [
      ['I am reading War and Peace again.', 'en'],
      ['Перечитываю «Войну и мир».', 'ru'],
      ['Mein Opa hat vom Zweiten Weltkrieg erzählt.', 'de'],
      ['Ma fille adore La Guerre des étoiles.', 'fr'],
    ]) {
      expect(screenText({ text: text!, language: language! }).flags, text).toEqual([]);
    }
  });

  it('pairs proximity words only within one sentence', () => {
    expect(screenText({ text: 'Путин. Вор живёт в соседнем доме.', language: 'ru' }).flags).toEqual([]);
    expect(screenText({ text: 'Путин вор.', language: 'ru' }).flags).toHaveLength(1);
  });

  it('keeps one flag per category where a more serious one covers a lesser one', () => {
    const text = 'The special military operation goes on.';
    const { flags } = screenText({ text, language: 'en' });
    expect(flags.map((f) => [f.ruleId, f.severity])).toEqual([['war.en.war', 'block']]);
  });

  it('flags Latin words in Russian text, in translations as in Russian originals', () => {
    for (const stage of ['translation', 'source'] as const) {
      const text = 'С любовью, Claire';
      expect(flagged(screenText({ text, language: 'ru', stage }).flags, text)).toEqual([
        'foreign_words.latin:Claire',
      ]);
    }
    expect(screenText({ text: 'With love, Claire', language: 'en' }).flags).toEqual([]);
  });

  it('sorts flags by position', () => {
    const text = 'Fuck this war. My number is +44 7700 900123.';
    const starts = screenText({ text, language: 'en' }).flags.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('maxSeverity', () => {
  it('returns the most serious severity, or none', () => {
    expect(maxSeverity([])).toBe('none');
    expect(maxSeverity([{ severity: 'info' }, { severity: 'warn' }])).toBe('warn');
    expect(maxSeverity([{ severity: 'warn' }, { severity: 'block' }, { severity: 'info' }])).toBe('block');
  });
});

describe('precompileRules', () => {
  it('compiles every rule language without error, and screening still works after it', () => {
    expect(() => precompileRules()).not.toThrow();
    expect(screenText({ text: 'Krieg', language: 'de' }).flags).toHaveLength(1);
  });
});
