/**
 * Checks a translation before it is approved, the mistakes a tired translator makes: a word left
 * in the source script, a number or date that changed, a paragraph or sentence dropped, a row far
 * shorter or longer than its source, the prisoner's name spelled differently from the glossary.
 * Pure and synchronous: it runs on every pause in typing.
 */
import { paragraphBlocks, type Segmentation } from '../mt/segment';
import type { GlossaryTerm } from './glossary';
import { CYRILLIC_LANGUAGES, nameIssues } from './name-checks';
import { rowAt, type Composed } from './rows';

/** What a check found. `error`s should be fixed before approval; `warning`s deserve a look. */
export interface CheckIssue {
  code:
    | 'empty_row'
    | 'script_left'
    | 'number_missing'
    | 'number_extra'
    | 'paragraph_count'
    | 'length_ratio'
    | 'name_missing'
    | 'name_misspelled';
  severity: 'error' | 'warning';
  /** The row (source sentence) it concerns, if one. */
  row: number | null;
  /** A range of the composed translation, if one. */
  start?: number;
  end?: number;
  /** Values for the message (the word, the number, the ratio). */
  params: Record<string, string | number>;
  /** The message in English; the dashboard words it from `code` and `params`. */
  message: string;
}

/** What the checks read. */
export interface CheckInput {
  source: Segmentation;
  sourceText: string;
  rows: readonly string[];
  composed: Composed;
  targetLanguage: string;
  glossary: readonly GlossaryTerm[];
}

/** Scripts a translation into a language should not contain words of. */
const FOREIGN_SCRIPT: Record<string, { pattern: RegExp; name: string }> = {
  cyrillic: { pattern: /\p{Script=Latin}{2,}(?:['’-]\p{Script=Latin}+)*/gu, name: 'Latin' },
  latin: { pattern: /\p{Script=Cyrillic}{2,}(?:['’-]\p{Script=Cyrillic}+)*/gu, name: 'Cyrillic' },
};

/** Shortest source row (characters) whose length ratio is judged: short rows vary too much. */
const RATIO_MIN_CHARS = 25;
/** Target/source length bands: per row, and for the whole text. */
const ROW_RATIO = { low: 0.5, high: 2.0 };
const TEXT_RATIO = { low: 0.65, high: 1.6 };

/** Digit runs without separators or leading zeros: "1,000" and "1 000" both give 1 and 0. */
function numbers(text: string): string[] {
  return [...text.matchAll(/\d+/g)].map((m) => m[0].replace(/^0+(?=\d)/, ''));
}

function countOf(values: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const v of values) map.set(v, (map.get(v) ?? 0) + 1);
  return map;
}

function scriptLeft(input: CheckInput): CheckIssue[] {
  const script = FOREIGN_SCRIPT[CYRILLIC_LANGUAGES.has(input.targetLanguage) ? 'cyrillic' : 'latin']!;
  return [...input.composed.text.matchAll(script.pattern)].map((m) => ({
    code: 'script_left' as const,
    severity: 'error' as const,
    row: rowAt(input.composed.spans, m.index) ?? null,
    start: m.index,
    end: m.index + m[0].length,
    params: { word: m[0], script: script.name },
    message: `${script.name}-script word left in the translation: “${m[0]}”.`,
  }));
}

function numberDifferences(input: CheckInput): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const source = countOf(numbers(input.sourceText));
  const target = countOf(numbers(input.composed.text));
  for (const [value, n] of source) {
    if ((target.get(value) ?? 0) >= n) continue;
    const row = input.source.segments.find((s) => numbers(s.text).includes(value))?.index ?? null;
    issues.push({
      code: 'number_missing',
      severity: 'warning',
      row,
      params: { number: value },
      message: `The number ${value} of the original is not in the translation.`,
    });
  }
  for (const [value, n] of target) {
    if ((source.get(value) ?? 0) >= n) continue;
    const at = input.composed.text.search(new RegExp(`(?<!\\d)0*${value}(?!\\d)`));
    issues.push({
      code: 'number_extra',
      severity: 'warning',
      row: at >= 0 ? (rowAt(input.composed.spans, at) ?? null) : null,
      params: { number: value },
      message: `The translation has the number ${value}, which the original does not.`,
    });
  }
  return issues;
}

function structure(input: CheckInput): CheckIssue[] {
  const issues: CheckIssue[] = [];
  // Paragraphs left wholly untranslated are reported row by row, as untranslated sentences.
  const expected = input.source.paragraphs.filter((p) =>
    p.segments.some((i) => (input.rows[i] ?? '').trim() !== ''),
  ).length;
  const actual = input.composed.text.trim() === '' ? 0 : paragraphBlocks(input.composed.text).length;
  if (actual !== expected) {
    issues.push({
      code: 'paragraph_count',
      severity: 'warning',
      row: null,
      params: { expected, actual },
      message: `The original has ${expected} paragraphs, the translation ${actual}.`,
    });
  }
  for (const segment of input.source.segments) {
    const row = (input.rows[segment.index] ?? '').trim();
    if (row === '' && /\p{L}/u.test(segment.text)) {
      issues.push({
        code: 'empty_row',
        severity: 'warning',
        row: segment.index,
        params: {},
        message: 'This sentence has no translation.',
      });
      continue;
    }
    if (segment.text.length < RATIO_MIN_CHARS || row === '') continue;
    const ratio = row.length / segment.text.length;
    if (ratio < ROW_RATIO.low || ratio > ROW_RATIO.high) {
      issues.push({
        code: 'length_ratio',
        severity: 'warning',
        row: segment.index,
        params: { ratio: Math.round(ratio * 100) / 100 },
        message: `This translation is ${ratio < 1 ? 'much shorter' : 'much longer'} than its original.`,
      });
    }
  }
  // Only over what is translated: untranslated rows are reported on their own.
  const translated = input.source.segments.filter((s) => (input.rows[s.index] ?? '').trim() !== '');
  const whole =
    input.composed.text.length /
    Math.max(
      1,
      translated.reduce((n, s) => n + s.text.length, 0),
    );
  if (input.composed.text !== '' && (whole < TEXT_RATIO.low || whole > TEXT_RATIO.high)) {
    issues.push({
      code: 'length_ratio',
      severity: 'warning',
      row: null,
      params: { ratio: Math.round(whole * 100) / 100 },
      message: `The whole translation is ${whole < 1 ? 'much shorter' : 'much longer'} than the original.`,
    });
  }
  return issues;
}

/** Every check, sorted by row (text-wide ones first). */
export function runChecks(input: CheckInput): CheckIssue[] {
  return [...structure(input), ...scriptLeft(input), ...numberDifferences(input), ...nameIssues(input)].sort(
    (a, b) => (a.row ?? -1) - (b.row ?? -1),
  );
}
