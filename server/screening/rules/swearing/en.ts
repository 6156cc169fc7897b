/** Swearing — English. */
import type { RuleFile } from '../../types';
import { SWEARING_MESSAGES as m } from './messages';

/** English swearing rules. */
export const swearingEn = {
  category: 'swearing',
  language: 'en',
  rules: [
    {
      id: 'swearing.en.swear',
      severity: 'warn',
      message: m.swear,
      note: 'Strong swear words; mild ones (damn, bloody, crap) are left alone.',
      patterns: [
        '*fuck*',
        'shit*',
        '*shit',
        'bitch{,es,ing,y}',
        'cunt{,s}',
        '{ass,arse}hole{,s}',
        'bastard{,s}',
        'dickhead{,s}',
        'wanker{,s}',
        'twat{,s}',
        'bollocks',
        'goddamn*',
        'piss{ed,ing} off',
        'motherf*',
        'wtf',
      ],
    },
  ],
} satisfies RuleFile;
