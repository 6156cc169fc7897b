/** Investigation and trial words — Spanish. */
import type { RuleFile } from '../../types';
import { CASE_MESSAGES as m } from './messages';

/** Spanish case rules ("a mi juicio" is an opinion, so only "el juicio"). */
export const caseEs = {
  category: 'case',
  language: 'es',
  rules: [
    {
      id: 'case.es.trial',
      severity: 'warn',
      message: m.trial,
      note: 'Trial and investigation vocabulary.',
      patterns: [
        'abogad{o,a,os,as}',
        'apelación',
        '{el,tu,su} juicio',
        'tribunal{,es}',
        'juez{,a}',
        'jueces',
        'sentencia',
        'condena{,do,da}',
        'interrogatorio{,s}',
        'investigador{,es}',
        'fiscalía',
      ],
    },
  ],
} satisfies RuleFile;
