/** Investigation and trial words — French ("avocat" is also an avocado: only the prisoner's lawyer counts). */
import type { RuleFile } from '../../types';
import { CASE_MESSAGES as m } from './messages';

/** French case rules. */
export const caseFr = {
  category: 'case',
  language: 'fr',
  allow: ['témoins de jéhovah'],
  rules: [
    {
      id: 'case.fr.trial',
      severity: 'warn',
      message: m.trial,
      note: 'Trial and investigation vocabulary.',
      patterns: [
        '{ton,ta,votre,son,sa} avocat{,e}',
        "l'avocat de",
        'avocat de la défense',
        'procès',
        'tribunal',
        'tribunaux',
        '{le,les,un,ton,votre} juge{,s}',
        "cour d'appel",
        'en appel',
        'faire appel',
        "l'appel",
        'audience{,s}',
        'enquêteur{,s}',
        "juge d'instruction",
        'interrogatoire{,s}',
        'verdict',
        'condamné{,e,s,es}',
        'condamnation',
        'accusé{,e,s,es}',
        'témoignage{,s}',
        'témoin{,s}',
        'procureur{,s}',
      ],
    },
  ],
} satisfies RuleFile;
