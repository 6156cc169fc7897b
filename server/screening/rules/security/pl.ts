/** Prison security — Polish. */
import type { RuleFile } from '../../types';
import { SECURITY_MESSAGES as m } from './messages';

/** Polish prison-security rules. */
export const securityPl = {
  category: 'security',
  language: 'pl',
  rules: [
    {
      id: 'security.pl.escape',
      severity: 'block',
      message: m.smuggling,
      note: 'Escape and smuggling.',
      patterns: ['ucieczk{a,i,ę} z', 'przemyt*', 'przemyci{ć,my}'],
    },
    {
      id: 'security.pl.contraband',
      severity: 'warn',
      message: m.contraband,
      note: 'Drugs and weapons mentioned.',
      patterns: ['narkotyk*', 'broń', 'pistolet*'],
    },
  ],
} satisfies RuleFile;
