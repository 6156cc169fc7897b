/** Sexual content — Spanish. */
import type { RuleFile } from '../../types';
import { SEXUAL_MESSAGES as m } from './messages';

/** Spanish sexual-content rules. */
export const sexualEs = {
  category: 'sexual',
  language: 'es',
  rules: [
    {
      id: 'sexual.es.sexual',
      severity: 'warn',
      message: m.sexual,
      note: 'Sex, pornography, nudity.',
      patterns: ['sexo', 'sexual{,es}', 'porno', 'erótic{o,a}', 'desnud{o,a,os,as}'],
    },
  ],
} satisfies RuleFile;
