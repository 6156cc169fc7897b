/** Sexual content — German. */
import type { RuleFile } from '../../types';
import { SEXUAL_MESSAGES as m } from './messages';

/** German sexual-content rules. */
export const sexualDe = {
  category: 'sexual',
  language: 'de',
  rules: [
    {
      id: 'sexual.de.sexual',
      severity: 'warn',
      message: m.sexual,
      note: 'Sex, pornography, nudity.',
      patterns: [
        'sex',
        'sexy',
        'sexuell*',
        'porno*',
        'erotik',
        'erotisch*',
        'nackt*',
        'orgasmus',
        'mit dir schlafen',
        'titten',
        'bumsen',
      ],
    },
  ],
} satisfies RuleFile;
