/** Calls to protest or overthrow, and reports of protests — Ukrainian. */
import type { RuleFile } from '../../types';
import { PROTEST_MESSAGES as m } from './messages';

/** Ukrainian protest rules. */
export const protestUk = {
  category: 'protest',
  language: 'uk',
  rules: [
    {
      id: 'protest.uk.call',
      severity: 'block',
      message: m.call,
      note: 'Calls to overthrow or to revolution.',
      patterns: [
        'повали{ти,мо,те,ли}',
        'повален{ня,ні,ням}',
        'виход{ити,ьте} на вулиц{і,ю}',
        'революці{я,ї,ю,єю}',
      ],
    },
    {
      id: 'protest.uk.report',
      severity: 'warn',
      message: m.report,
      note: 'Protests and rallies mentioned or described.',
      patterns: ['протест*', 'мітинг*', 'пікет*', 'демонстраці{я,ї,ю,єю}'],
    },
  ],
} satisfies RuleFile;
