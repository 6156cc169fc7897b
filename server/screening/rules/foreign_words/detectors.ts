/** Latin words left in a Russian text (the censor reads Russian only). */
import type { DetectorRule } from '../../types';
import { FOREIGN_WORD_MESSAGES as m } from './messages';

/** Shape rules of the `foreign_words` category. */
export const foreignWordDetectors: DetectorRule[] = [
  {
    id: 'foreign_words.latin',
    category: 'foreign_words',
    severity: 'warn',
    detector: 'latin_word',
    message: m.latin,
    note: 'Words in Latin letters in Russian text (Roman numerals, links and emails excepted). Names should be transliterated: Claire → Клэр.',
    languages: ['ru'],
  },
];
