/** Sexual content — Ukrainian. */
import type { RuleFile } from '../../types';
import { SEXUAL_MESSAGES as m } from './messages';

/** Ukrainian sexual-content rules. */
export const sexualUk = {
  category: 'sexual',
  language: 'uk',
  rules: [
    {
      id: 'sexual.uk.sexual',
      severity: 'warn',
      message: m.sexual,
      note: 'Sex, pornography, nudity.',
      patterns: ['секс*', 'порно*', 'оголен*', 'еротик*'],
    },
  ],
} satisfies RuleFile;
