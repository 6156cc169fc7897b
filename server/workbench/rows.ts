/**
 * The workbench edits a translation as rows: one row of target text per source sentence, grouped
 * by the source's paragraphs. These functions turn rows into the stored text and back, and pair
 * source and target sentences for the translation memory once a translation is approved.
 */
import type { RowSpan } from '../../shared/api/workbench';
import { segmentText, type Segmentation } from '../mt/segment';

export type { RowSpan } from '../../shared/api/workbench';

/** The composed translation and where each non-empty row landed in it. */
export interface Composed {
  text: string;
  spans: RowSpan[];
}

/**
 * Joins rows into the text that is stored and sent: rows of one paragraph joined by a space,
 * paragraphs by a blank line. A paragraph whose rows are all empty is left out (the paragraph
 * check then reports it as missing). Line breaks inside a row are kept as typed.
 */
export function composeRows(source: Segmentation, rows: readonly string[]): Composed {
  let text = '';
  const spans: RowSpan[] = [];
  for (const paragraph of source.paragraphs) {
    const parts = paragraph.segments
      .map((index) => ({ row: index, value: (rows[index] ?? '').trim() }))
      .filter((part) => part.value !== '');
    if (parts.length === 0) continue;
    if (text !== '') text += '\n\n';
    parts.forEach((part, i) => {
      if (i > 0) text += ' ';
      spans.push({ row: part.row, start: text.length, end: text.length + part.value.length });
      text += part.value;
    });
  }
  return { text, spans };
}

/** The row a character offset of the composed text falls in (the nearest one before it). */
export function rowAt(spans: readonly RowSpan[], offset: number): number | undefined {
  let found: number | undefined;
  for (const span of spans) if (span.start <= offset) found = span.row;
  return found;
}

/**
 * Splits a saved translation back into rows for `source`: paragraph by paragraph; within a
 * paragraph sentence by sentence when the counts agree, else the whole paragraph goes into the
 * paragraph's first row (nothing typed is ever lost). Extra target paragraphs join the last row.
 */
export function splitIntoRows(source: Segmentation, target: string): string[] {
  const rows = source.segments.map(() => '');
  if (source.segments.length === 0) return rows;
  const split = segmentText(target);
  const textOf = (p: Segmentation['paragraphs'][number]) => target.slice(p.start, p.end);
  split.paragraphs.forEach((paragraph, i) => {
    const home = source.paragraphs[Math.min(i, source.paragraphs.length - 1)]!;
    if (i >= source.paragraphs.length) {
      const last = home.segments[home.segments.length - 1]!;
      rows[last] = [rows[last], textOf(paragraph)].filter(Boolean).join(' ');
    } else if (paragraph.segments.length === home.segments.length) {
      paragraph.segments.forEach((s, k) => (rows[home.segments[k]!] = split.segments[s]!.text));
    } else {
      rows[home.segments[0]!] = textOf(paragraph);
    }
  });
  return rows;
}

/** One source sentence and its translation. */
export interface SentencePair {
  source: string;
  target: string;
}

/**
 * Sentence pairs worth remembering: only where the structure agrees (same number of paragraphs,
 * and within a paragraph the same number of sentences), so a pair is never a guess.
 */
export function alignedPairs(sourceText: string, targetText: string): SentencePair[] {
  const source = segmentText(sourceText);
  const target = segmentText(targetText);
  if (source.paragraphs.length !== target.paragraphs.length) return [];
  const pairs: SentencePair[] = [];
  source.paragraphs.forEach((paragraph, i) => {
    const other = target.paragraphs[i]!;
    if (paragraph.segments.length !== other.segments.length) return;
    paragraph.segments.forEach((s, k) => {
      pairs.push({ source: source.segments[s]!.text, target: target.segments[other.segments[k]!]!.text });
    });
  });
  return pairs;
}
