/** Swearing — Polish. */
import type { RuleFile } from '../../types';
import { SWEARING_MESSAGES as m } from './messages';

/** Polish swearing rules. */
export const swearingPl = {
  category: 'swearing',
  language: 'pl',
  rules: [
    {
      id: 'swearing.pl.swear',
      severity: 'warn',
      message: m.swear,
      note: 'Strong swear words.',
      patterns: [
        'kurw*',
        'chuj*',
        '*pierdol*',
        'jeba{ć,ny,na,ne,ł}',
        'zajebi*',
        '*jeb{ać,any}',
        'skurwysyn*',
        'pizd*',
      ],
    },
  ],
} satisfies RuleFile;
