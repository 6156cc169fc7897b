/** Swearing — Italian. */
import type { RuleFile } from '../../types';
import { SWEARING_MESSAGES as m } from './messages';

/** Italian swearing rules. */
export const swearingIt = {
  category: 'swearing',
  language: 'it',
  rules: [
    {
      id: 'swearing.it.swear',
      severity: 'warn',
      message: m.swear,
      note: 'Strong swear words.',
      patterns: [
        'cazz{o,i,ata}',
        'merda',
        'vaffanculo',
        'stronz{o,a,i,e}',
        'puttana',
        'coglion{e,i}',
        'minchia',
      ],
    },
  ],
} satisfies RuleFile;
