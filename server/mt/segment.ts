/**
 * Splits a letter into paragraphs and sentences, keeping each piece's character offsets in the
 * original text, so the workbench can show source and Russian side by side, aligned, and so a
 * draft can be written back into exactly the place it came from. The shapes are
 * shared/api/workbench.ts: the workbench API sends them as they are.
 */
import type { Paragraph, Segmentation, TextSegment } from '../../shared/api/workbench';

export type { Paragraph, Segmentation, TextSegment };

/**
 * Words that end in a full stop without ending the sentence, lower-cased, per writing habit of the
 * supported languages (English, German, French, Spanish, Italian, Polish, Ukrainian, Russian).
 */
const ABBREVIATIONS = new Set([
  // en
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'prof',
  'e.g',
  'i.e',
  'vs',
  'approx',
  // de
  'z.b',
  'u.a',
  'bzw',
  'ca',
  'hr',
  'fr',
  'nr',
  'str',
  'evtl',
  'ggf',
  'd.h',
  'bspw',
  'vgl',
  'geb',
  // fr
  'm',
  'mme',
  'mlle',
  'p.ex',
  'env',
  'cf',
  // es / it
  'sra',
  'srta',
  'dra',
  'ud',
  'uds',
  'p.ej',
  'sig',
  'sig.ra',
  'dott',
  // pl
  'np',
  'tzn',
  'm.in',
  'ul',
  'godz',
  'tj',
  'św',
  // uk / ru
  'т.д',
  'т.п',
  'т.е',
  'т.к',
  'т.ч',
  'ім',
  'вул',
  'ул',
  'м',
  'г',
  'с',
  'д',
  'др',
  'проф',
  'ст',
  'див',
  'см',
  'напр',
]);

const CLOSERS = '"\'»”’)]';
const OPENERS = '"\'«„“(¡¿[';

/** Splits `text` into paragraphs and sentences with offsets. Blank text gives no segments. */
export function segmentText(text: string): Segmentation {
  const paragraphs: Paragraph[] = [];
  const segments: TextSegment[] = [];
  for (const block of paragraphBlocks(text)) {
    const paragraph: Paragraph = {
      index: paragraphs.length,
      start: block.start,
      end: block.end,
      segments: [],
    };
    for (const [start, end] of sentenceRanges(text, block.start, block.end)) {
      paragraph.segments.push(segments.length);
      segments.push({
        index: segments.length,
        paragraph: paragraph.index,
        start,
        end,
        text: text.slice(start, end),
      });
    }
    paragraphs.push(paragraph);
  }
  return { paragraphs, segments };
}

/** The paragraphs only (offsets of their trimmed text); quality checks compare their number. */
export function paragraphBlocks(text: string): { start: number; end: number }[] {
  const blocks: { start: number; end: number }[] = [];
  let previousBlank = true;
  let current: { start: number; end: number } | undefined;
  for (const line of lines(text)) {
    const raw = line.text;
    if (raw.trim() === '') {
      previousBlank = true;
      continue;
    }
    const start = line.index + (raw.length - raw.trimStart().length);
    const end = line.index + raw.trimEnd().length;
    // A line that ends mid-sentence and a next line starting in lower case is one wrapped
    // paragraph (hand-typed transcriptions of replies keep the paper's line breaks).
    const continues =
      current !== undefined &&
      !previousBlank &&
      !/[.!?…:;"»”)]$/.test(text.slice(current.start, current.end)) &&
      /^\p{Ll}/u.test(raw.trimStart());
    if (current && continues) current.end = end;
    else {
      if (current) blocks.push(current);
      current = { start, end };
    }
    previousBlank = false;
  }
  if (current) blocks.push(current);
  return blocks;
}

function* lines(text: string): Generator<{ index: number; text: string }> {
  let index = 0;
  for (const m of text.matchAll(/\r\n|\r|\n/g)) {
    yield { index, text: text.slice(index, m.index) };
    index = m.index + m[0].length;
  }
  yield { index, text: text.slice(index) };
}

function sentenceRanges(text: string, from: number, to: number): [number, number][] {
  const ranges: [number, number][] = [];
  let start = from;
  const boundary = /[.!?…]+/g;
  boundary.lastIndex = from;
  for (let m = boundary.exec(text); m && m.index < to; m = boundary.exec(text)) {
    let end = m.index + m[0].length;
    while (end < to && CLOSERS.includes(text[end] ?? '')) end++;
    if (end >= to) break;
    if (!/\s/.test(text[end] ?? '')) continue;
    let next = end;
    while (next < to && /\s/.test(text[next] ?? '')) next++;
    const following = text[next] ?? '';
    if (!(/[\p{Lu}\p{Lt}\d]/u.test(following) || OPENERS.includes(following))) continue;
    if (m[0] === '.' && !endsSentence(text.slice(start, m.index), following)) continue;
    ranges.push([start, end]);
    start = next;
    boundary.lastIndex = next;
  }
  if (start < to) ranges.push([start, to]);
  return ranges;
}

/** False when the word before a single full stop is an abbreviation, an initial or an ordinal. */
function endsSentence(before: string, following: string): boolean {
  const word = /([\p{L}\p{N}.]+)$/u.exec(before)?.[1] ?? '';
  if (word === '') return true;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return false;
  // "No. 5", "Nr. 12": a number sign before digits.
  if (/^(no|nr|n)$/.test(lower) && /\d/.test(following)) return false;
  // "A. Miftakhov": a single capital is an initial.
  if (/^\p{Lu}$/u.test(word)) return false;
  // "am 3. Mai", "1. Klasse": German/Polish ordinals and dates.
  if (/^\d{1,2}$/.test(word)) return false;
  return true;
}
