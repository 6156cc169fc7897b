/** Calls to protest or overthrow, and reports of protests — Polish. */
import type { RuleFile } from '../../types';
import { PROTEST_MESSAGES as m } from './messages';

/** Polish protest rules. */
export const protestPl = {
  category: 'protest',
  language: 'pl',
  rules: [
    {
      id: 'protest.pl.call',
      severity: 'block',
      message: m.call,
      note: 'Calls to overthrow or to revolution.',
      patterns: [
        'obali{ć,my,li}',
        'obaleni{e,a,u}',
        '{wyjść,wyjdźmy,wyjdźcie} na ulic{e,ę}',
        'rewolucj{a,i,ę,ą}',
        'precz z',
      ],
    },
    {
      id: 'protest.pl.report',
      severity: 'warn',
      message: m.report,
      note: 'Protests and rallies mentioned or described.',
      patterns: ['protest{,y,ów,ach,ować}', 'manifestacj{a,i,ę}', 'demonstracj{a,i,ę}', 'wiec{,u}'],
    },
  ],
} satisfies RuleFile;
