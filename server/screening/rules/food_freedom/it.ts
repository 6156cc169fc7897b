/** Food and freedoms, gently — Italian. */
import type { RuleFile } from '../../types';
import { FOOD_FREEDOM_MESSAGES as m } from './messages';

/** Italian food-and-freedom rules. */
export const foodFreedomIt = {
  category: 'food_freedom',
  language: 'it',
  rules: [
    {
      id: 'food_freedom.it.food',
      severity: 'info',
      message: m.kindness,
      note: 'Descriptions of food. Out of kindness, not a censor rule.',
      patterns: ['gelato', 'pesce alla griglia', 'ristorante', 'delizios{o,a}'],
    },
    {
      id: 'food_freedom.it.freedom',
      severity: 'info',
      message: m.kindness,
      note: 'Descriptions of freedoms: holidays, the sea, parties.',
      patterns: ['al mare', 'vacanz{a,e}', 'spiaggia', 'festa'],
    },
  ],
} satisfies RuleFile;
