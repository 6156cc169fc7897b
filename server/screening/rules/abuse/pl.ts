/** Abuse aimed at the prisoner — Polish. */
import type { RuleFile } from '../../types';
import { ABUSE_MESSAGES as m } from './messages';

/** Polish abuse rules. */
export const abusePl = {
  category: 'abuse',
  language: 'pl',
  rules: [
    {
      id: 'abuse.pl.insult',
      severity: 'block',
      message: m.abuse,
      note: 'An insult within three words of "you".',
      patterns: ['zdrajc{a,o,ą,y}', 'zbrodniarz{,u}', 'terroryst{a,o}', 'idiot{a,o}', 'śmieć'],
      near: { within: 3, patterns: ['jesteś', 'ty', 'ciebie', 'cię', 'wy'] },
    },
    {
      id: 'abuse.pl.harm',
      severity: 'block',
      message: m.abuse,
      note: 'Wishing the prisoner harm, gloating.',
      patterns: ['zgni{ć,jesz} w więzieniu', 'gnij', 'dobrze ci tak'],
    },
  ],
} satisfies RuleFile;
