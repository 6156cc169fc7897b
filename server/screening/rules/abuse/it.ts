/** Abuse aimed at the prisoner — Italian. */
import type { RuleFile } from '../../types';
import { ABUSE_MESSAGES as m } from './messages';

/** Italian abuse rules. */
export const abuseIt = {
  category: 'abuse',
  language: 'it',
  rules: [
    {
      id: 'abuse.it.insult',
      severity: 'block',
      message: m.abuse,
      note: 'An insult within three words of "you".',
      patterns: ['traditor{e,i,a}', 'criminale', 'terrorista', 'idiota', 'feccia', 'verme'],
      near: { within: 3, patterns: ['sei', 'tu', 'te', 'ti', 'siete'] },
    },
    {
      id: 'abuse.it.harm',
      severity: 'block',
      message: m.abuse,
      note: 'Wishing the prisoner harm, gloating.',
      patterns: ['marcire in {prigione,galera,carcere}', 'marcisci', 'te lo meriti', 'ben ti sta'],
    },
  ],
} satisfies RuleFile;
