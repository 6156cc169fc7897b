/** Sexual content — Polish. */
import type { RuleFile } from '../../types';
import { SEXUAL_MESSAGES as m } from './messages';

/** Polish sexual-content rules. */
export const sexualPl = {
  category: 'sexual',
  language: 'pl',
  rules: [
    {
      id: 'sexual.pl.sexual',
      severity: 'warn',
      message: m.sexual,
      note: 'Sex, pornography, nudity.',
      patterns: ['seks*', 'porno*', 'erotyczn*', 'nag{i,a,ie,ą}'],
    },
  ],
} satisfies RuleFile;
