/**
 * Missing or extra paragraphs, and paragraphs whose length is far from what the language pair
 * usually gives: a sign that a paragraph was skipped, merged, or only half translated.
 */
import type { LanguageCode } from '../engine';
import { paragraphBlocks } from '../segment';
import type { QualityIssue } from './types';

/** Typical length of the translation / length of the source, by source language, into Russian. */
const EXPECTED_RATIO: Record<string, number> = {
  en: 1.15,
  de: 1.0,
  fr: 1.0,
  es: 1.0,
  it: 1.05,
  pl: 1.05,
  uk: 1.0,
  be: 1.0,
};
/** Ratios this many times off the expected one are reported. */
const OUTLIER_FACTOR = 2;
/** Shorter paragraphs vary too much to judge ("Dear Azat," → «Дорогой Азат!»). */
const MIN_CHARS = 40;

/** Issues when the two texts have a different number of paragraphs. */
export function checkParagraphs(source: string, target: string): QualityIssue[] {
  const s = paragraphBlocks(source);
  const t = paragraphBlocks(target);
  if (s.length === t.length) return [];
  const message = `the source has ${s.length} paragraphs, the translation ${t.length}`;
  if (t.length > s.length) {
    return t
      .slice(s.length)
      .map((span) => ({ check: 'paragraphs', severity: 'warning', message, target: span }));
  }
  return s
    .slice(t.length)
    .map((span) => ({ check: 'paragraphs', severity: 'warning', message, source: span }));
}

/** Issues for paragraphs (when the counts match) or whole texts whose length ratio is an outlier. */
export function checkLength(
  source: string,
  target: string,
  from: LanguageCode,
  to: LanguageCode,
): QualityIssue[] {
  const intoRussian = EXPECTED_RATIO[from] ?? 1;
  const expected = to === 'ru' ? intoRussian : from === 'ru' ? 1 / (EXPECTED_RATIO[to] ?? 1) : 1;
  const outlier = (s: number, t: number) => {
    const ratio = t / s / expected;
    return ratio > OUTLIER_FACTOR || ratio < 1 / OUTLIER_FACTOR;
  };
  const s = paragraphBlocks(source);
  const t = paragraphBlocks(target);
  const issues: QualityIssue[] = [];
  if (s.length === t.length) {
    s.forEach((sp, i) => {
      const tp = t[i]!;
      const sl = sp.end - sp.start;
      const tl = tp.end - tp.start;
      if (sl >= MIN_CHARS && outlier(sl, tl)) {
        issues.push({
          check: 'length',
          severity: 'warning',
          message: `paragraph ${i + 1} is ${tl < sl ? 'much shorter' : 'much longer'} than the source (${sl} → ${tl} characters)`,
          source: sp,
          target: tp,
        });
      }
    });
  } else if (source.trim().length >= MIN_CHARS && outlier(source.trim().length, target.trim().length)) {
    issues.push({
      check: 'length',
      severity: 'warning',
      message: `the translation is ${target.length < source.length ? 'much shorter' : 'much longer'} than the source`,
    });
  }
  return issues;
}
