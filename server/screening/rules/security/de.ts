/** Prison security — German. */
import type { RuleFile } from '../../types';
import { SECURITY_MESSAGES as m } from './messages';

/** German prison-security rules. */
export const securityDe = {
  category: 'security',
  language: 'de',
  rules: [
    {
      id: 'security.de.escape',
      severity: 'block',
      message: m.smuggling,
      note: 'Escape and smuggling.',
      patterns: [
        'flucht aus dem {gefängnis,knast,lager}',
        'deine{,r} flucht',
        'ausbrechen',
        'ausbruch aus',
        '*schmuggel*',
        'einschmuggeln',
      ],
    },
    {
      id: 'security.de.hiding',
      severity: 'block',
      message: m.smuggling,
      note: 'Hiding or bringing in a phone, SIM card, drugs or weapon, within five words.',
      patterns: ['versteck{en,t,e}', 'reinbringen', 'reinschmuggeln'],
      near: {
        within: 5,
        patterns: ['handy{,s}', 'telefon', 'sim karte{,n}', 'drogen', 'waffe{,n}', 'messer', 'geld'],
      },
    },
    {
      id: 'security.de.contraband',
      severity: 'warn',
      message: m.contraband,
      note: 'Drugs, weapons and money transfers mentioned.',
      patterns: [
        'drogen',
        'kokain',
        'heroin',
        'waffe{,n}',
        'pistole{,n}',
        'sprengstoff',
        'geld überweisen',
        'überweis{en,ung,t}',
        'western union',
      ],
    },
  ],
} satisfies RuleFile;
