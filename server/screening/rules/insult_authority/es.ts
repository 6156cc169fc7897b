/** Insults to the authorities — Spanish. */
import type { RuleFile } from '../../types';
import { INSULT_MESSAGES as m } from './messages';

/** Spanish insult rules. */
export const insultEs = {
  category: 'insult_authority',
  language: 'es',
  rules: [
    {
      id: 'insult_authority.es.insult',
      severity: 'block',
      message: m.insult,
      note: 'An insult within four words of the president, the Kremlin, the government, judges or police.',
      patterns: [
        'asesino{,s}',
        'ladrón',
        'ladrones',
        'criminal{,es}',
        'fascista{,s}',
        'nazi{,s}',
        'dictador',
        'tirano',
        'corrupto{,s}',
      ],
      near: { within: 4, patterns: ['putin', 'kremlin', 'gobierno', 'régimen', 'juez', 'jueces', 'policía'] },
    },
  ],
} satisfies RuleFile;
