/** Food and freedoms, gently — Polish. */
import type { RuleFile } from '../../types';
import { FOOD_FREEDOM_MESSAGES as m } from './messages';

/** Polish food-and-freedom rules. */
export const foodFreedomPl = {
  category: 'food_freedom',
  language: 'pl',
  rules: [
    {
      id: 'food_freedom.pl.food',
      severity: 'info',
      message: m.kindness,
      note: 'Descriptions of food. Out of kindness, not a censor rule.',
      patterns: ['restauracj{a,i,ę}', 'pyszn{y,e,a}', 'świeże ryby', 'grill{,a,u}'],
    },
    {
      id: 'food_freedom.pl.freedom',
      severity: 'info',
      message: m.kindness,
      note: 'Descriptions of freedoms: holidays, the sea, parties.',
      patterns: ['wakacj{e,ach,i}', 'nad morzem', 'plaż{a,y,ę,y}', 'pływaliśmy', 'imprez{a,ę,ie}'],
    },
  ],
} satisfies RuleFile;
