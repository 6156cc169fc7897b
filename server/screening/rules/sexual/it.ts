/** Sexual content — Italian. */
import type { RuleFile } from '../../types';
import { SEXUAL_MESSAGES as m } from './messages';

/** Italian sexual-content rules. */
export const sexualIt = {
  category: 'sexual',
  language: 'it',
  rules: [
    {
      id: 'sexual.it.sexual',
      severity: 'warn',
      message: m.sexual,
      note: 'Sex, pornography, nudity.',
      patterns: ['sesso', 'sessual{e,i}', 'porno', 'erotic{o,a}', 'nud{o,a}'],
    },
  ],
} satisfies RuleFile;
