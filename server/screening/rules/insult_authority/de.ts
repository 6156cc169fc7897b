/** Insults to the authorities — German. */
import type { RuleFile } from '../../types';
import { INSULT_MESSAGES as m } from './messages';

/** German insult rules. */
export const insultDe = {
  category: 'insult_authority',
  language: 'de',
  rules: [
    {
      id: 'insult_authority.de.insult',
      severity: 'block',
      message: m.insult,
      note: 'An insult within four words of Putin, the Kremlin, the government, judges or police, in one sentence.',
      patterns: [
        'mörder',
        'verbrecher',
        'kriegsverbrecher',
        'dieb{,e}',
        'faschist{,en}',
        'nazi{,s}',
        'diktator',
        'tyrann',
        'korrupt{,e,en}',
        'marionette{,n}',
        'abschaum',
        'schwein{,e}',
        'verbrecherisch{,e,en}',
        'feige{,r,n}',
        'handlanger',
        'gangster',
      ],
      near: {
        within: 4,
        patterns: [
          'putin{,s}',
          'kreml',
          'regierung',
          'regime',
          'richter',
          'polizei',
          'bullen',
          'behörden',
          'präsident{,en}',
        ],
      },
    },
    {
      id: 'insult_authority.de.nickname',
      severity: 'block',
      message: m.insult,
      note: 'Insulting nicknames for the president.',
      patterns: ['putler'],
    },
  ],
} satisfies RuleFile;
