/** Insults to the authorities — French ("poutine" alone may be a dish from Quebec: only with an insult). */
import type { RuleFile } from '../../types';
import { INSULT_MESSAGES as m } from './messages';

/** French insult rules. */
export const insultFr = {
  category: 'insult_authority',
  language: 'fr',
  rules: [
    {
      id: 'insult_authority.fr.insult',
      severity: 'block',
      message: m.insult,
      note: 'An insult within four words of Putin, the Kremlin, the government, judges or police, in one sentence.',
      patterns: [
        'assassin{,s}',
        'voleur{,s}',
        'criminel{,s}',
        'criminel de guerre',
        'fasciste{,s}',
        'nazi{,s}',
        'dictateur{,s}',
        'tyran{,s}',
        'corrompu{,s,e,es}',
        'pourri{,s}',
        'ordure{,s}',
        'salaud{,s}',
        'marionnette{,s}',
        'meurtrier{,s}',
      ],
      near: {
        within: 4,
        patterns: [
          'poutine',
          'kremlin',
          'gouvernement',
          'régime',
          'juge{,s}',
          'flics',
          'police',
          'président',
          'autorités',
        ],
      },
    },
  ],
} satisfies RuleFile;
