/** Insults to the authorities — English. */
import type { RuleFile } from '../../types';
import { INSULT_MESSAGES as m } from './messages';

/** English insult rules. */
export const insultEn = {
  category: 'insult_authority',
  language: 'en',
  rules: [
    {
      id: 'insult_authority.en.insult',
      severity: 'block',
      message: m.insult,
      note: 'An insult within six words of Putin, the Kremlin, the government, judges, police or FSB, in one sentence ("the judge in your case was a coward").',
      patterns: [
        'murderer{,s}',
        'thie{f,ves}',
        'criminal{,s}',
        'war criminal{,s}',
        'fascist{,s}',
        'nazi{,s}',
        'dictator{,s}',
        'tyrant{,s}',
        'corrupt',
        'puppet{,s}',
        'scum',
        'bastard{,s}',
        'killer{,s}',
        'evil',
        'pig{,s}',
        'rat{,s}',
        'clown{,s}',
        'monster{,s}',
        'terrorist{,s}',
        'lunatic',
        'coward{,s}',
        'fuck',
        'fucking',
        'asshole{,s}',
      ],
      near: {
        within: 6,
        patterns: [
          "putin{,s,'s}",
          'kremlin',
          'government',
          'regime',
          'judge{,s}',
          'police',
          'cops',
          'fsb',
          'authorities',
          'president',
          'prosecutor{,s}',
          'officials',
        ],
      },
    },
    {
      id: 'insult_authority.en.nickname',
      severity: 'block',
      message: m.insult,
      note: 'Insulting nicknames for the president.',
      patterns: ['putler', 'putin khuylo', 'putin huylo'],
    },
  ],
} satisfies RuleFile;
