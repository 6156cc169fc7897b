/** Sexual content — English. */
import type { RuleFile } from '../../types';
import { SEXUAL_MESSAGES as m } from './messages';

/** English sexual-content rules. */
export const sexualEn = {
  category: 'sexual',
  language: 'en',
  rules: [
    {
      id: 'sexual.en.sexual',
      severity: 'warn',
      message: m.sexual,
      note: 'Sex, pornography, nudity, intimate acts.',
      patterns: [
        'sex',
        'sexy',
        'sexual{,ly}',
        'porn*',
        'erotic*',
        'naked',
        'nude{,s}',
        'nudity',
        'orgasm*',
        'horny',
        'blowjob{,s}',
        'masturbat*',
        '{make,making,made} love',
        'boobs',
        'tits',
        'penis',
        'vagina',
        'in bed with you',
        '{did,do,doing} in bed',
        'in bed together',
      ],
    },
  ],
} satisfies RuleFile;
