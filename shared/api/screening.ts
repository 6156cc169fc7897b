/**
 * Screening flags: what the screening engine (server/screening) raises over a letter's text, as
 * stored with each screening and as the API sends them to the Write page and the dashboard.
 */

/**
 * How serious a flag is: `block` must change before sending, `warn` a moderator looks, `info` is
 * a kindness.
 */
export type ScreeningSeverity = 'block' | 'warn' | 'info';

/** One flag raised by screening. Offsets are character positions in the screened text. */
export interface ScreeningFlag {
  /** The rule that matched ("<category>.<language>.<name>", e.g. "food_freedom.de.food"). */
  ruleId: string;
  category: string;
  severity: ScreeningSeverity;
  start: number;
  end: number;
  /** What the flag says, in the language of the page that asked. */
  message: string;
  /** A safer wording, when the rule has one. */
  suggestion?: string;
}
