import { describe, expect, it } from 'vitest';
import { buildGlossary, engineGlossary } from './glossary';

const RINAT = {
  surname: 'Галиев',
  givenName: 'Ринат',
  patronymic: 'Ильдарович',
  latinNames: ['Rinat Galiyev'],
};

describe('buildGlossary', () => {
  it('finds every Latin spelling of the name the writer used and gives the Cyrillic form', () => {
    const text = 'Dear Rinat,\nI read about Rinat Galiev in the paper. Mr Galiyev, stay strong! Claire';
    const glossary = buildGlossary(RINAT, text, 'en', 'to_ru');
    const surname = glossary.find((t) => t.target === 'Галиев')!;
    expect(surname.used).toEqual(['Galiev', 'Galiyev']);
    expect(surname.spans.map((s) => text.slice(s.start, s.end))).toEqual(['Galiev', 'Galiyev']);
    const given = glossary.find((t) => t.target === 'Ринат')!;
    expect(given.spans).toHaveLength(2);
    expect(given.spellings).toContain('Rinat');
    // The patronymic is not in the text: a line without spans.
    expect(glossary.find((t) => t.target === 'Ильдарович')!.spans).toEqual([]);
  });

  it('recognises inflected spellings (Polish vocative) and Cyrillic used by Ukrainian writers', () => {
    const polish = buildGlossary(RINAT, 'Drogi Rinacie, myślę o Tobie.', 'pl', 'to_ru');
    expect(polish.find((t) => t.target === 'Ринат')!.used).toEqual(['Rinacie']);
    const ukrainian = buildGlossary(RINAT, 'Дорогий Ринате! Вітаю, Ринат.', 'uk', 'to_ru');
    expect(ukrainian.find((t) => t.target === 'Ринат')!.used).toEqual(['Ринате', 'Ринат']);
  });

  it('lists recurring proper nouns, not words that only open sentences', () => {
    const text =
      'We walked with Bella to the river. Then Bella swam. Rain came. Rain again! Later we saw Bella and Tom.';
    const terms = buildGlossary(RINAT, text, 'en', 'to_ru').filter((t) => t.kind === 'term');
    expect(terms.map((t) => t.used[0])).toEqual(['Bella']);
    expect(terms[0]!.spans).toHaveLength(3);
    expect(terms[0]!.target).toBeNull();
  });

  it('in a reply, finds the name in any Russian case and gives the Latin spelling', () => {
    const text = 'Передайте привет от Рината. Ринату пишут многие.';
    const given = buildGlossary(RINAT, text, 'ru', 'from_ru').find((t) => t.spellings[0] === 'Ринат')!;
    expect(given.used).toEqual(['Рината', 'Ринату']);
    expect(given.target).toBe('Rinat');
  });

  it('gives the engines the name entries only', () => {
    const entries = engineGlossary(buildGlossary(RINAT, 'Bella, Bella and Rinat.', 'en', 'to_ru'));
    expect(entries.map((e) => e.target)).toEqual(['Ринат', 'Галиев', 'Ильдарович']);
  });
});
