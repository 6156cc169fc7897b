/** Calls to protest or overthrow, and reports of protests — English. */
import type { RuleFile } from '../../types';
import { PROTEST_MESSAGES as m } from './messages';

/** English protest rules. */
export const protestEn = {
  category: 'protest',
  language: 'en',
  allow: [
    '{the ,}{french,american,industrial,october,sexual,digital,scientific,glorious,velvet,orange,quiet} revolution',
    '{a ,the ,}{cooking,product} demonstration',
  ],
  rules: [
    {
      id: 'protest.en.call',
      severity: 'block',
      message: m.call,
      note: 'Calls to overthrow, revolution, "take to the streets". Historical revolutions are allowed phrases.',
      patterns: [
        'overthrow*',
        'revolution{,s}',
        'revolutionary',
        '{take,taking,took} to the streets',
        'rise up',
        'uprising{,s}',
        'topple{,d} the {regime,government,president}',
        'down with',
        'regime change',
        'storm the kremlin',
      ],
    },
    {
      id: 'protest.en.report',
      severity: 'warn',
      message: m.report,
      note: 'Protests, rallies and pickets mentioned or described.',
      patterns: [
        'protest{,s,ed,er,ers,ing}',
        'demonstration{,s}',
        'demonstrator{,s}',
        'rall{y,ies}',
        'picket{,s,ed,ing}',
        'vigil{,s}',
        'anti war march',
      ],
    },
  ],
} satisfies RuleFile;
