/** What the quality checks report: an issue, where it is, and how serious. */

/** A character range `[start, end)` in the source or the translation. */
export interface Span {
  start: number;
  end: number;
}

/** The checks, each with a stable id the workbench can label and filter. */
export type CheckId = 'latin' | 'numbers' | 'paragraphs' | 'length' | 'glossary' | 'spelling';

/** One finding, shown before approval. */
export interface QualityIssue {
  check: CheckId;
  /** `error`: almost certainly wrong (a number changed, a name misspelled); `warning`: look at it. */
  severity: 'error' | 'warning';
  message: string;
  /** Where in the translation, if it points there. */
  target?: Span;
  /** Where in the source, if it points there. */
  source?: Span;
}
