import { describe, expect, it } from 'vitest';
import { segmentText } from '../segment';
import { EVAL_LANGUAGES, loadEvalSet } from './load';

describe('parallel test set', () => {
  const set = loadEvalSet();

  it('has at least 100 sentence pairs for every phrasebook language, with unique ids', () => {
    expect(set.length).toBeGreaterThanOrEqual(100);
    expect(new Set(set.map((s) => s.id)).size).toBe(set.length);
    for (const language of EVAL_LANGUAGES) {
      expect(new Set(set.map((s) => s[language])).size, language).toBeGreaterThanOrEqual(100);
    }
  });

  it('has Russian references in Cyrillic and Ukrainian sources in Ukrainian letters', () => {
    const problems = set.flatMap((s) => [
      ...(/[A-Za-z]/.test(s.ru) ? [`${s.id} ru: ${s.ru}`] : []),
      ...(/[ыэъё]/i.test(s.uk) ? [`${s.id} uk has Russian-only letters: ${s.uk}`] : []),
      ...(/[іїєґ]/i.test(s.ru) ? [`${s.id} ru has Ukrainian-only letters: ${s.ru}`] : []),
    ]);
    expect(problems).toEqual([]);
  });

  it('keeps each item one sentence in every language (so segment-level scores line up)', () => {
    const problems = set.flatMap((s) =>
      (['ru', ...EVAL_LANGUAGES] as const)
        .filter((language) => segmentText(s[language]).segments.length !== 1)
        .map((language) => `${s.id} ${language}: ${s[language]}`),
    );
    expect(problems).toEqual([]);
  });
});
