/** Food and freedoms, gently — Spanish. */
import type { RuleFile } from '../../types';
import { FOOD_FREEDOM_MESSAGES as m } from './messages';

/** Spanish food-and-freedom rules. */
export const foodFreedomEs = {
  category: 'food_freedom',
  language: 'es',
  rules: [
    {
      id: 'food_freedom.es.food',
      severity: 'info',
      message: m.kindness,
      note: 'Descriptions of food. Out of kindness, not a censor rule.',
      patterns: ['paella', 'restaurante{,s}', 'delicios{o,a}', 'banquete'],
    },
    {
      id: 'food_freedom.es.freedom',
      severity: 'info',
      message: m.kindness,
      note: 'Descriptions of freedoms: holidays, the sea, parties.',
      patterns: ['vacaciones', 'playa', 'fiesta', 'crucero'],
    },
  ],
} satisfies RuleFile;
