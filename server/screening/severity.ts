/** Ordering severities, and the highest one among a text's flags. */
import type { ScreeningFlag, Severity } from './types';

const RANK: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

/** 0 for block, 1 for warn, 2 for info: sort ascending to put the most serious first. */
export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/**
 * The highest severity among `flags`, or `none` (the value `screenings.max_severity` stores).
 * @example maxSeverity([{ severity: 'info' }, { severity: 'warn' }]) === 'warn'
 */
export function maxSeverity(flags: readonly Pick<ScreeningFlag, 'severity'>[]): Severity | 'none' {
  let best: Severity | 'none' = 'none';
  for (const f of flags) if (best === 'none' || RANK[f.severity] < RANK[best]) best = f.severity;
  return best;
}
