/**
 * A text split into paragraphs and sentences with their character offsets, as server/mt/segment.ts
 * splits it and the workbench API sends it (the `source` of GET …/workbench), so the translator's
 * rows line up with the source and a draft goes back exactly where it came from.
 */

/** A sentence (or sentence-like piece) of the text. `text === source.slice(start, end)`. */
export interface TextSegment {
  index: number;
  /** The index of the paragraph it is in. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** A paragraph: a block of lines; its segments are listed by index. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
  segments: number[];
}

/** The whole split. */
export interface Segmentation {
  paragraphs: Paragraph[];
  segments: TextSegment[];
}
