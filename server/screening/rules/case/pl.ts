/** Investigation and trial words — Polish. */
import type { RuleFile } from '../../types';
import { CASE_MESSAGES as m } from './messages';

/** Polish case rules ("sądzę" is "I think", so only the forms of "sąd"). */
export const casePl = {
  category: 'case',
  language: 'pl',
  rules: [
    {
      id: 'case.pl.trial',
      severity: 'warn',
      message: m.trial,
      note: 'Trial and investigation vocabulary.',
      patterns: [
        'adwokat{@pl_m}',
        'apelacj{a,i,ę,ą}',
        'sąd{,u,zie,em,y,ów}',
        'sędzi{a,ego,emu,ą,owie}',
        'wyrok{,u,iem,i}',
        'śledcz{y,ego,ym}',
        'śledztw{o,a,ie}',
        'prokurator*',
        'rozpraw{a,y,ie,ę}',
        'przesłuchani*',
        'oskarżon*',
      ],
    },
  ],
} satisfies RuleFile;
