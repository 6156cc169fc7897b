/** Investigation and trial words — Italian. */
import type { RuleFile } from '../../types';
import { CASE_MESSAGES as m } from './messages';

/** Italian case rules. */
export const caseIt = {
  category: 'case',
  language: 'it',
  rules: [
    {
      id: 'case.it.trial',
      severity: 'warn',
      message: m.trial,
      note: 'Trial and investigation vocabulary.',
      patterns: [
        'avvocat{o,a,i,essa}',
        'appello',
        '{il,tuo,suo} processo',
        'tribunale',
        'giudic{e,i}',
        'sentenza',
        'condann{a,ato,ata}',
        'interrogatori{o}',
        'udienza',
        'pubblico ministero',
      ],
    },
  ],
} satisfies RuleFile;
