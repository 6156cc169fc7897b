/** Food and freedoms, gently — English. */
import type { RuleFile } from '../../types';
import { FOOD_FREEDOM_MESSAGES as m } from './messages';

/** English food-and-freedom rules. */
export const foodFreedomEn = {
  category: 'food_freedom',
  language: 'en',
  rules: [
    {
      id: 'food_freedom.en.food',
      severity: 'info',
      message: m.kindness,
      note: 'Descriptions of food: feasts, restaurants, dishes. Out of kindness, not a censor rule.',
      patterns: [
        'delicious',
        'tasty',
        'feast',
        'dinner{,s}',
        'barbecue',
        'bbq',
        'roast {lamb,beef,chicken,pork}',
        'cake{,s}',
        'pizza{,s}',
        'restaurant{,s}',
        'steak*',
        'sushi',
        'burger{,s}',
        'champagne',
        'cocktail{,s}',
        'grilled',
        'ate {far ,way ,}too much',
        'picnic{,s}',
        'ice cream',
        'chocolate{,s}',
        'strawberr{y,ies}',
        'wine',
        'beer{,s}',
      ],
    },
    {
      id: 'food_freedom.en.freedom',
      severity: 'info',
      message: m.kindness,
      note: 'Descriptions of freedoms: holidays, the beach and the sea, travel, parties, dancing.',
      patterns: [
        'holiday{,s}',
        'vacation{,s}',
        'beach{,es}',
        'swam',
        '{the,an} ocean',
        'by the sea',
        'cruise',
        'travel{led,ling,ed,ing}',
        'road trip',
        '{a,the,birthday,garden} party',
        'danc{ed,ing}',
        'concert{,s}',
        'festival{,s}',
      ],
    },
  ],
} satisfies RuleFile;
