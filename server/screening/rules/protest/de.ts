/** Calls to protest or overthrow, and reports of protests — German ("stürzen" alone is a fall). */
import type { RuleFile } from '../../types';
import { PROTEST_MESSAGES as m } from './messages';

/** German protest rules. */
export const protestDe = {
  category: 'protest',
  language: 'de',
  allow: ['{französische,französischen,industrielle,industriellen,friedliche,friedlichen} revolution'],
  rules: [
    {
      id: 'protest.de.call',
      severity: 'block',
      message: m.call,
      note: 'Calls to overthrow, revolution, "auf die Straße gehen".',
      patterns: [
        '{das regime,die regierung,die diktatur,putin,regime,regierung} {zu ,}stürzen',
        'sturz des {regimes,regime,diktators}',
        'umsturz',
        'revolution{,en}',
        'auf die straße{,n} {gehen,geht}',
        'geht auf die straße{,n}',
        'aufstand',
        'nieder mit',
      ],
    },
    {
      id: 'protest.de.report',
      severity: 'warn',
      message: m.report,
      note: 'Protests and rallies mentioned or described.',
      patterns: [
        'demonstr{ation,ationen,iert,ieren,ierten,anten}',
        'protest{,e,en,iert,ieren,ierten}',
        'demo{,s}',
        'kundgebung{,en}',
        'mahnwache{,n}',
      ],
    },
  ],
} satisfies RuleFile;
