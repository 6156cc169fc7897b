/** Prison security — Spanish. */
import type { RuleFile } from '../../types';
import { SECURITY_MESSAGES as m } from './messages';

/** Spanish prison-security rules. */
export const securityEs = {
  category: 'security',
  language: 'es',
  rules: [
    {
      id: 'security.es.escape',
      severity: 'block',
      message: m.smuggling,
      note: 'Escape and smuggling.',
      patterns: ['fuga de la cárcel', 'escapar de la cárcel', 'contrabando', 'meter un móvil'],
    },
    {
      id: 'security.es.contraband',
      severity: 'warn',
      message: m.contraband,
      note: 'Drugs and weapons mentioned.',
      patterns: ['drogas', 'cocaína', 'pistola{,s}', 'armas'],
    },
  ],
} satisfies RuleFile;
