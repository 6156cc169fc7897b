/** Calls to protest or overthrow, and reports of protests — Spanish. */
import type { RuleFile } from '../../types';
import { PROTEST_MESSAGES as m } from './messages';

/** Spanish protest rules. */
export const protestEs = {
  category: 'protest',
  language: 'es',
  rules: [
    {
      id: 'protest.es.call',
      severity: 'block',
      message: m.call,
      note: 'Calls to overthrow or to revolution.',
      patterns: [
        'derrocar',
        'derrocamiento',
        'salir a la calle',
        '{salgamos,salid} a la calle',
        'revolución',
        'revoluciones',
        'abajo el régimen',
      ],
    },
    {
      id: 'protest.es.report',
      severity: 'warn',
      message: m.report,
      note: 'Protests and rallies mentioned or described.',
      patterns: ['protesta{,s}', 'manifestación', 'manifestaciones', 'concentración'],
    },
  ],
} satisfies RuleFile;
