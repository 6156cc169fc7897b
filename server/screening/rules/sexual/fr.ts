/** Sexual content — French ("bons baisers" is a kiss at the end of a letter, not sex). */
import type { RuleFile } from '../../types';
import { SEXUAL_MESSAGES as m } from './messages';

/** French sexual-content rules. */
export const sexualFr = {
  category: 'sexual',
  language: 'fr',
  rules: [
    {
      id: 'sexual.fr.sexual',
      severity: 'warn',
      message: m.sexual,
      note: 'Sex, pornography, nudity.',
      patterns: [
        'sexe',
        'sexy',
        'sexuel*',
        'porno*',
        'érotique{,s}',
        '{corps,toute,tout} {nu,nue,nus,nues}',
        'nue contre',
        "faire l'amour",
        'orgasme',
        'coucher avec',
      ],
    },
  ],
} satisfies RuleFile;
