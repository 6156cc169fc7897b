/** Chat abbreviations — Russian. */
import type { RuleFile } from '../../types';
import { CODE_MESSAGES as m } from './messages';

/** Russian abbreviation rules. */
export const codeRu = {
  category: 'code',
  language: 'ru',
  rules: [
    {
      id: 'code.ru.abbreviation',
      severity: 'warn',
      message: m.abbreviation,
      suggestion: 'по-моему / кстати',
      note: 'Chat abbreviations the censor may read as code.',
      patterns: ['имхо', 'зы', 'спс', 'пжл', 'пж', 'кмк', 'лол', 'омг', 'хз', 'нзч', 'мб'],
    },
  ],
} satisfies RuleFile;
