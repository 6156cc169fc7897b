/** Investigation and trial words — Ukrainian. */
import type { RuleFile } from '../../types';
import { CASE_MESSAGES as m } from './messages';

/** Ukrainian case rules. */
export const caseUk = {
  category: 'case',
  language: 'uk',
  rules: [
    {
      id: 'case.uk.trial',
      severity: 'warn',
      message: m.trial,
      note: 'Trial and investigation vocabulary.',
      patterns: [
        'адвокат{@uk_m}',
        'апеляці{я,ї,ю,єю}',
        'суд{@uk_m}',
        'судд{я,і,ю,ею}',
        'слідч{ий,ого,ому,им,і}',
        'слідств{о,а,і}',
        'вирок{,у,ом}',
        'допит{,у,і}',
        'обвинувачен*',
        'прокурор{@uk_m}',
      ],
    },
  ],
} satisfies RuleFile;
