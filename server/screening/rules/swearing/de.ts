/** Swearing — German. */
import type { RuleFile } from '../../types';
import { SWEARING_MESSAGES as m } from './messages';

/** German swearing rules. */
export const swearingDe = {
  category: 'swearing',
  language: 'de',
  rules: [
    {
      id: 'swearing.de.swear',
      severity: 'warn',
      message: m.swear,
      note: 'Strong swear words (Scheiße, Arschloch, ficken…).',
      patterns: [
        'schei{ß,ss}*',
        '*schei{ße,sse}',
        '*arschloch{,er}',
        'arsch',
        'fick{,en,t,st,er}',
        'verfickt*',
        'wichser',
        'fotze',
        'hurensohn',
        'kacke',
        'schlampe',
      ],
    },
  ],
} satisfies RuleFile;
