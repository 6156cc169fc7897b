/** Food and freedoms, gently — French. */
import type { RuleFile } from '../../types';
import { FOOD_FREEDOM_MESSAGES as m } from './messages';

/** French food-and-freedom rules. */
export const foodFreedomFr = {
  category: 'food_freedom',
  language: 'fr',
  rules: [
    {
      id: 'food_freedom.fr.food',
      severity: 'info',
      message: m.kindness,
      note: 'Descriptions of food. Out of kindness, not a censor rule.',
      patterns: [
        'délicieu{x,se}',
        '{grand,bon} repas',
        'festin',
        'gigot',
        'gratin',
        'dessert{,s}',
        'champagne',
        'restaurant{,s}',
        'pizza',
        'poisson grillé',
      ],
    },
    {
      id: 'food_freedom.fr.freedom',
      severity: 'info',
      message: m.kindness,
      note: 'Descriptions of freedoms: holidays, the beach, travel, parties.',
      patterns: [
        'vacances',
        'au bord de la mer',
        'pique nique{,s}',
        'plage',
        'baignade',
        'se baigner',
        'fête{,s}',
        'voyage{,s}',
        'concert{,s}',
        'festival',
      ],
    },
  ],
} satisfies RuleFile;
