/** Insults to the authorities — Polish. */
import type { RuleFile } from '../../types';
import { INSULT_MESSAGES as m } from './messages';

/** Polish insult rules. */
export const insultPl = {
  category: 'insult_authority',
  language: 'pl',
  rules: [
    {
      id: 'insult_authority.pl.insult',
      severity: 'block',
      message: m.insult,
      note: 'An insult within four words of the president, the Kremlin, the government, judges or police.',
      patterns: [
        'morderc{a,ą,y}',
        'złodziej{,em,e}',
        'faszyst{a,ą,ów}',
        'dyktator{,em}',
        'zbrodniarz{,em}',
        'skorumpowan{y,i}',
      ],
      near: {
        within: 4,
        patterns: [
          'putin{,a,em,owi}',
          'kreml{,a,u}',
          'rząd{,u}',
          'władz{a,e,y}',
          'sędzi{a,owie}',
          'policj{a,i}',
        ],
      },
    },
  ],
} satisfies RuleFile;
