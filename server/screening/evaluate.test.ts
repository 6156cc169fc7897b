/**
 * The corpus and the quality targets: a behavioural guarantee on labelled letters, not a
 * performance test. Targets: recall on block ≥ 0.9, overall precision ≥ 0.8.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, loadCorpus } from './evaluate';
import { CATEGORIES, SEVERITIES } from './types';

const { entries, prisoners } = loadCorpus();

describe('the labelled corpus', () => {
  it('holds at least 300 snippets in at least English, Russian, German and French, many of them clean', () => {
    expect(entries.length).toBeGreaterThanOrEqual(300);
    for (const language of ['en', 'ru', 'de', 'fr', 'uk', 'pl', 'es', 'it']) {
      expect(
        entries.some((e) => e.language === language),
        language,
      ).toBe(true);
    }
    expect(entries.filter((e) => Object.keys(e.expect).length === 0).length).toBeGreaterThanOrEqual(100);
  });

  it('is well-formed: unique ids, known categories, severities, stages and prisoners', () => {
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const e of entries) {
      expect(e.text.trim().length, e.id).toBeGreaterThan(0);
      for (const [category, severity] of Object.entries(e.expect)) {
        expect(CATEGORIES as readonly string[], e.id).toContain(category);
        expect(SEVERITIES as readonly string[], e.id).toContain(severity);
      }
      if (e.stage) expect(['source', 'translation'], e.id).toContain(e.stage);
      if (e.prisoner) expect(prisoners[e.prisoner], e.id).toBeDefined();
    }
  });

  it('labels every category at least once', () => {
    for (const c of CATEGORIES)
      expect(
        entries.some((e) => e.expect[c]),
        c,
      ).toBe(true);
  });
});

describe('screening quality on the corpus', () => {
  const result = evaluateCorpus(entries, prisoners);

  it('finds at least 90% of what must be blocked', () => {
    expect(result.bySeverity.block.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('is right at least 80% of the time when it flags', () => {
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.8);
  });
});
