/** Swearing — Ukrainian. */
import type { RuleFile } from '../../types';
import { SWEARING_MESSAGES as m } from './messages';

/** Ukrainian swearing rules. */
export const swearingUk = {
  category: 'swearing',
  language: 'uk',
  rules: [
    {
      id: 'swearing.uk.swear',
      severity: 'warn',
      message: m.swear,
      note: 'Strong swear words.',
      patterns: ['курв{а,и,о}', 'срак{а,у}', 'гівн{о,а}', 'бляха муха'],
    },
  ],
} satisfies RuleFile;
