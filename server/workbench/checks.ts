/**
 * Checks a translation before it is approved, the mistakes a tired translator makes: a word left
 * in the source script, a number or date that changed, a paragraph or sentence dropped, a row far
 * shorter or longer than its source, the prisoner's name spelled differently from the glossary.
 * The checks themselves are server/mt/checks (one implementation for every caller); this file
 * applies them to the workbench's rows and says which row each finding concerns. Pure and
 * synchronous: it runs on every pause in typing.
 */
import type { CheckIssue as WireCheckIssue } from '../../shared/api/workbench';
import {
  checkGlossary,
  checkNumbers,
  checkScript,
  LENGTH_FACTOR,
  lengthIssue,
  paragraphCountIssues,
  type IssueCode,
  type QualityIssue,
} from '../mt/checks';
import type { GlossaryEntry } from '../mt/glossary';
import { paragraphBlocks, type Segmentation } from '../mt/segment';
import type { GlossaryTerm } from './glossary';
import { rowAt, type Composed } from './rows';

/** What a check found (the wire shape, shared/api/workbench.ts), with this server's codes. */
export type CheckIssue = WireCheckIssue<IssueCode | 'empty_row'>;

/** What the checks read. */
export interface CheckInput {
  source: Segmentation;
  sourceText: string;
  rows: readonly string[];
  composed: Composed;
  sourceLanguage: string;
  targetLanguage: string;
  glossary: readonly GlossaryTerm[];
}

/**
 * The name entries in the checks' orientation (Latin spellings → Cyrillic form) whichever way the
 * workbench translates: a reply's glossary names the Latin spelling as its target.
 */
function checkGlossaryEntries(terms: readonly GlossaryTerm[], targetLanguage: string): GlossaryEntry[] {
  const intoRussian = targetLanguage === 'ru';
  return terms
    .filter((t) => t.kind === 'name' && t.target !== null)
    .map((t) =>
      intoRussian
        ? { source: t.spellings, target: t.target! }
        : { source: [t.target!], target: t.spellings[0]! },
    );
}

/** The row whose source sentence holds `offset` of the source text. */
function sourceRow(source: Segmentation, offset: number): number | null {
  return source.segments.find((s) => offset >= s.start && offset < s.end)?.index ?? null;
}

/** A finding of the whole composed text, placed on its row. */
function onText(issue: QualityIssue, input: CheckInput): CheckIssue {
  const { code, severity, params, message } = issue;
  if (issue.target) {
    const { start, end } = issue.target;
    return { code, severity, params, message, row: rowAt(input.composed.spans, start) ?? null, start, end };
  }
  return {
    code,
    severity,
    params,
    message,
    row: issue.source ? sourceRow(input.source, issue.source.start) : null,
  };
}

/** A finding of one row, its target range moved into the composed text. */
function onRow(issue: QualityIssue, row: number, offset: number | undefined): CheckIssue {
  const { code, severity, params, message } = issue;
  const at =
    issue.target && offset !== undefined
      ? { start: offset + issue.target.start, end: offset + issue.target.end }
      : {};
  return { code, severity, params, message, row, ...at };
}

function untranslated(input: CheckInput): CheckIssue[] {
  return input.source.segments
    .filter((s) => (input.rows[s.index] ?? '').trim() === '' && /\p{L}/u.test(s.text))
    .map((s) => ({
      code: 'empty_row' as const,
      severity: 'warning' as const,
      row: s.index,
      params: {},
      message: 'This sentence has no translation.',
    }));
}

function paragraphs(input: CheckInput): CheckIssue[] {
  // Paragraphs left wholly untranslated are reported row by row, as untranslated sentences.
  const expected = input.source.paragraphs.filter((p) =>
    p.segments.some((i) => (input.rows[i] ?? '').trim() !== ''),
  );
  const actual = input.composed.text.trim() === '' ? [] : paragraphBlocks(input.composed.text);
  return paragraphCountIssues(expected, actual).map((issue) => onText(issue, input));
}

function perRow(input: CheckInput, entries: readonly GlossaryEntry[]): CheckIssue[] {
  const { sourceLanguage: from, targetLanguage: to } = input;
  const offsets = new Map(input.composed.spans.map((s) => [s.row, s.start]));
  const issues: CheckIssue[] = [];
  for (const segment of input.source.segments) {
    const row = (input.rows[segment.index] ?? '').trim();
    if (row === '') continue;
    const offset = offsets.get(segment.index);
    const found = [
      lengthIssue(segment.text.length, row.length, from, to),
      ...checkGlossary(segment.text, row, entries, from, to),
    ];
    for (const issue of found) if (issue) issues.push(onRow(issue, segment.index, offset));
  }
  // Only over what is translated: untranslated rows are reported on their own.
  const translated = input.source.segments
    .filter((s) => (input.rows[s.index] ?? '').trim() !== '')
    .reduce((n, s) => n + s.text.length, 0);
  const whole = lengthIssue(translated, input.composed.text.length, from, to, LENGTH_FACTOR.text);
  if (whole) issues.push({ ...onText(whole, input), message: `The whole translation is ${whole.message}.` });
  return issues;
}

/** Every check, sorted by row (text-wide ones first). */
export function runChecks(input: CheckInput): CheckIssue[] {
  const entries = checkGlossaryEntries(input.glossary, input.targetLanguage);
  return [
    ...paragraphs(input),
    ...untranslated(input),
    ...perRow(input, entries),
    ...checkScript(input.composed.text, entries, input.targetLanguage).map((i) => onText(i, input)),
    ...checkNumbers(input.sourceText, input.composed.text).map((i) => onText(i, input)),
  ].sort((a, b) => (a.row ?? -1) - (b.row ?? -1));
}
