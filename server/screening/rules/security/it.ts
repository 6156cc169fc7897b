/** Prison security — Italian. */
import type { RuleFile } from '../../types';
import { SECURITY_MESSAGES as m } from './messages';

/** Italian prison-security rules. */
export const securityIt = {
  category: 'security',
  language: 'it',
  rules: [
    {
      id: 'security.it.escape',
      severity: 'block',
      message: m.smuggling,
      note: 'Escape and smuggling.',
      patterns: ['evasione', 'evadere', 'contrabbando', 'far entrare un telefono'],
    },
    {
      id: 'security.it.contraband',
      severity: 'warn',
      message: m.contraband,
      note: 'Drugs and weapons mentioned.',
      patterns: ['droga', 'droghe', 'cocaina', 'pistol{a,e}', 'armi'],
    },
  ],
} satisfies RuleFile;
