/** Prison security — Ukrainian. */
import type { RuleFile } from '../../types';
import { SECURITY_MESSAGES as m } from './messages';

/** Ukrainian prison-security rules. */
export const securityUk = {
  category: 'security',
  language: 'uk',
  rules: [
    {
      id: 'security.uk.escape',
      severity: 'block',
      message: m.smuggling,
      note: 'Escape and smuggling.',
      patterns: ['втеч{а,у,і} з', 'контрабанд*', 'пронести телефон'],
    },
    {
      id: 'security.uk.contraband',
      severity: 'warn',
      message: m.contraband,
      note: 'Drugs and weapons mentioned.',
      patterns: ['наркотик*', 'зброя', 'зброю', 'пістолет*'],
    },
  ],
} satisfies RuleFile;
