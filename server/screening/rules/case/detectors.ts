/** Criminal-code article references found by shape ("ст. 205.2", "article 207.3"). */
import type { DetectorRule } from '../../types';
import { CASE_MESSAGES as m } from './messages';

/** Shape rules of the `case` category. */
export const caseDetectors: DetectorRule[] = [
  {
    id: 'case.article',
    category: 'case',
    severity: 'warn',
    detector: 'article',
    message: m.article,
    note: 'An article number with "ст.", "статья", "article", "Artikel"… When it is the prisoner’s own article the case rules raise it to block.',
  },
];
