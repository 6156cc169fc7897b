/** Calls to protest or overthrow, and reports of protests — Italian. */
import type { RuleFile } from '../../types';
import { PROTEST_MESSAGES as m } from './messages';

/** Italian protest rules. */
export const protestIt = {
  category: 'protest',
  language: 'it',
  rules: [
    {
      id: 'protest.it.call',
      severity: 'block',
      message: m.call,
      note: 'Calls to overthrow or to revolution.',
      patterns: [
        'rovesciare il {regime,governo}',
        '{scendere,scendete,scendiamo} in piazza',
        'rivoluzion{e,i}',
        'abbasso',
      ],
    },
    {
      id: 'protest.it.report',
      severity: 'warn',
      message: m.report,
      note: 'Protests and rallies mentioned or described.',
      patterns: ['protest{a,e}', 'manifestazion{e,i}', 'corteo'],
    },
  ],
} satisfies RuleFile;
