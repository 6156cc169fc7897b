/** Swearing — Spanish. */
import type { RuleFile } from '../../types';
import { SWEARING_MESSAGES as m } from './messages';

/** Spanish swearing rules. */
export const swearingEs = {
  category: 'swearing',
  language: 'es',
  rules: [
    {
      id: 'swearing.es.swear',
      severity: 'warn',
      message: m.swear,
      note: 'Strong swear words.',
      patterns: [
        'mierda',
        'joder',
        'jodido',
        'coño',
        'cabrón',
        'puta',
        'puto',
        'gilipollas',
        'carajo',
        'pendejo',
      ],
    },
  ],
} satisfies RuleFile;
