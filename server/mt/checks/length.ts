/**
 * Lengths far from what the language pair usually gives: a sentence or paragraph half translated,
 * or padded with something the writer did not write.
 */
import type { LanguageCode } from '../engine';
import { paragraphBlocks } from '../segment';
import type { QualityIssue, Span } from './types';

/** Typical length of the translation / length of the source, by source language, into Russian. */
const INTO_RUSSIAN: Record<string, number> = {
  en: 1.15,
  de: 1.0,
  fr: 1.0,
  es: 1.0,
  it: 1.05,
  pl: 1.05,
  uk: 1.0,
  be: 1.0,
};

/**
 * How far off the expected ratio a length may be: a sentence or paragraph may be twice as long or
 * half as long; a whole text averages out, so less is allowed.
 */
export const LENGTH_FACTOR = { unit: 2, text: 1.6 } as const;
/** Shorter sources vary too much to judge ("Dear Azat," → «Дорогой Азат!»). */
export const LENGTH_MIN_CHARS = 40;

/** The length ratio translation / source usually seen for a pair. */
export function expectedRatio(from: LanguageCode, to: LanguageCode): number {
  if (to === 'ru') return INTO_RUSSIAN[from] ?? 1;
  if (from === 'ru') return 1 / (INTO_RUSSIAN[to] ?? 1);
  return 1;
}

/** Where a length issue points. */
export interface LengthSpans {
  source?: Span;
  target?: Span;
}

/**
 * An issue when `targetChars / sourceChars` is more than `factor` times off the pair's expected
 * ratio; none for sources shorter than {@link LENGTH_MIN_CHARS} or empty translations (reported
 * as untranslated elsewhere).
 */
export function lengthIssue(
  sourceChars: number,
  targetChars: number,
  from: LanguageCode,
  to: LanguageCode,
  factor: number = LENGTH_FACTOR.unit,
  spans: LengthSpans = {},
): QualityIssue | undefined {
  if (sourceChars < LENGTH_MIN_CHARS || targetChars === 0) return undefined;
  const ratio = targetChars / sourceChars;
  const off = ratio / expectedRatio(from, to);
  if (off <= factor && off >= 1 / factor) return undefined;
  const shorter = off < 1;
  return {
    code: 'length_ratio',
    severity: 'warning',
    params: { ratio: Math.round(ratio * 100) / 100 },
    message: `${shorter ? 'much shorter' : 'much longer'} than the source (${sourceChars} → ${targetChars} characters)`,
    ...spans,
  };
}

/**
 * Length outliers of two texts: paragraph by paragraph when they have as many paragraphs, else
 * the whole text.
 */
export function checkLength(
  source: string,
  target: string,
  from: LanguageCode,
  to: LanguageCode,
): QualityIssue[] {
  const s = paragraphBlocks(source);
  const t = paragraphBlocks(target);
  if (s.length !== t.length) {
    const whole = lengthIssue(source.trim().length, target.trim().length, from, to, LENGTH_FACTOR.text);
    return whole ? [whole] : [];
  }
  return s.flatMap((sp, i) => {
    const tp = t[i]!;
    const issue = lengthIssue(sp.end - sp.start, tp.end - tp.start, from, to, LENGTH_FACTOR.unit, {
      source: sp,
      target: tp,
    });
    return issue ? [issue] : [];
  });
}
