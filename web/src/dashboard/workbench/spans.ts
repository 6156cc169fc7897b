/**
 * Highlighting text by character ranges, without HTML: a text and its marks become pieces, each
 * piece a run of characters covered by the same marks. Components render the pieces as text
 * inside <mark> elements, so nothing from a letter is ever parsed as markup.
 */

/** A highlighted range; `kind` becomes a CSS class, `id` ties it to a list entry. */
export interface Mark {
  start: number;
  end: number;
  kind: string;
  id?: string;
  title?: string;
}

/** A run of text and the marks covering all of it. */
export interface Piece {
  text: string;
  start: number;
  end: number;
  marks: Mark[];
}

/**
 * Splits `text` at every mark boundary. Marks are clipped to the text; empty ones are dropped;
 * overlapping marks both cover the overlap. Concatenating the pieces gives back `text`.
 */
export function splitByMarks(text: string, marks: readonly Mark[]): Piece[] {
  const clipped = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) }))
    .filter((m) => m.end > m.start);
  const cuts = new Set<number>([0, text.length]);
  for (const m of clipped) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    pieces.push({
      text: text.slice(start, end),
      start,
      end,
      marks: clipped.filter((m) => m.start <= start && m.end >= end),
    });
  }
  return pieces;
}

/** Marks of a whole text moved into one of its slices (`from`..`to`), in the slice's own offsets. */
export function marksWithin(marks: readonly Mark[], from: number, to: number): Mark[] {
  return marks
    .filter((m) => m.end > from && m.start < to)
    .map((m) => ({ ...m, start: Math.max(0, m.start - from), end: Math.min(to, m.end) - from }));
}
