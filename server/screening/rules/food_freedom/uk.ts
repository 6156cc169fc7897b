/** Food and freedoms, gently — Ukrainian. */
import type { RuleFile } from '../../types';
import { FOOD_FREEDOM_MESSAGES as m } from './messages';

/** Ukrainian food-and-freedom rules. */
export const foodFreedomUk = {
  category: 'food_freedom',
  language: 'uk',
  rules: [
    {
      id: 'food_freedom.uk.food',
      severity: 'info',
      message: m.kindness,
      note: 'Descriptions of food. Out of kindness, not a censor rule.',
      patterns: ['ресторан*', 'смачн*', 'свіж{у,а,ої} риб{у,а,и}', 'шашлик*'],
    },
    {
      id: 'food_freedom.uk.freedom',
      severity: 'info',
      message: m.kindness,
      note: 'Descriptions of freedoms: holidays, the sea, parties.',
      patterns: ['на море', 'купалися', 'відпустк{а,у,і}', 'пляж*', 'вечірк*'],
    },
  ],
} satisfies RuleFile;
