/** Swearing — French. */
import type { RuleFile } from '../../types';
import { SWEARING_MESSAGES as m } from './messages';

/** French swearing rules. */
export const swearingFr = {
  category: 'swearing',
  language: 'fr',
  allow: ['pique nique{,s}'],
  rules: [
    {
      id: 'swearing.fr.swear',
      severity: 'warn',
      message: m.swear,
      note: 'Strong swear words (putain, merde, connard…).',
      patterns: [
        'putain{,s}',
        'merde{,s}',
        'merdique',
        'connard{,s}',
        'connasse{,s}',
        'salope{,s}',
        'encul*',
        'bordel',
        'foutre',
        'nique{,r}',
        'pute{,s}',
        'couille{,s}',
        'chier',
      ],
    },
  ],
} satisfies RuleFile;
