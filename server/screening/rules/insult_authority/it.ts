/** Insults to the authorities — Italian. */
import type { RuleFile } from '../../types';
import { INSULT_MESSAGES as m } from './messages';

/** Italian insult rules. */
export const insultIt = {
  category: 'insult_authority',
  language: 'it',
  rules: [
    {
      id: 'insult_authority.it.insult',
      severity: 'block',
      message: m.insult,
      note: 'An insult within four words of the president, the Kremlin, the government, judges or police.',
      patterns: [
        'assassin{o,i}',
        'ladr{o,i}',
        'criminal{e,i}',
        'fascist{a,i}',
        'nazist{a,i}',
        'dittatore',
        'tiranno',
        'corrott{o,i}',
      ],
      near: { within: 4, patterns: ['putin', 'cremlino', 'governo', 'regime', 'giudic{e,i}', 'polizia'] },
    },
  ],
} satisfies RuleFile;
