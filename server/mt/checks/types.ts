/** What the quality checks report: an issue, where it is, and how serious. */

/** A character range `[start, end)` in the source or the translation. */
export interface Span {
  start: number;
  end: number;
}

/**
 * What was found, a stable id the workbench words in the volunteer's language (with `params`):
 * a word in the wrong script, a number missing or added, a different number of paragraphs, a
 * length far from the usual ratio, the prisoner's name missing or misspelt.
 */
export type IssueCode =
  | 'script_left'
  | 'number_missing'
  | 'number_extra'
  | 'paragraph_count'
  | 'length_ratio'
  | 'name_missing'
  | 'name_misspelled';

/** One finding, shown before approval. */
export interface QualityIssue {
  code: IssueCode;
  /** `error`: almost certainly wrong (a number changed, a name misspelt); `warning`: look at it. */
  severity: 'error' | 'warning';
  /** The values a message needs (the word, the number, the name, the ratio). */
  params: Record<string, string | number>;
  /** The finding in English; the dashboard words it from `code` and `params` instead. */
  message: string;
  /** Where in the translation, if it points there. */
  target?: Span;
  /** Where in the source, if it points there. */
  source?: Span;
}
