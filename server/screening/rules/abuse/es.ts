/** Abuse aimed at the prisoner — Spanish. */
import type { RuleFile } from '../../types';
import { ABUSE_MESSAGES as m } from './messages';

/** Spanish abuse rules. */
export const abuseEs = {
  category: 'abuse',
  language: 'es',
  rules: [
    {
      id: 'abuse.es.insult',
      severity: 'block',
      message: m.abuse,
      note: 'An insult within three words of "you".',
      patterns: ['traidor{,a,es}', 'criminal', 'terrorista', 'idiota', 'escoria', 'basura'],
      near: { within: 3, patterns: ['eres', 'tú', 'te', 'ti', 'sois'] },
    },
    {
      id: 'abuse.es.harm',
      severity: 'block',
      message: m.abuse,
      note: 'Wishing the prisoner harm, gloating.',
      patterns: ['pudrirte en la cárcel', 'que te pudras', 'te lo mereces', 'te lo tienes merecido'],
    },
  ],
} satisfies RuleFile;
