/** Food and freedoms, gently — German. */
import type { RuleFile } from '../../types';
import { FOOD_FREEDOM_MESSAGES as m } from './messages';

/** German food-and-freedom rules. */
export const foodFreedomDe = {
  category: 'food_freedom',
  language: 'de',
  rules: [
    {
      id: 'food_freedom.de.food',
      severity: 'info',
      message: m.kindness,
      note: 'Descriptions of food. Out of kindness, not a censor rule.',
      patterns: [
        'lecker{,e,en,es}',
        'köstlich{,e,en}',
        'buffet',
        'braten',
        'kuchen',
        'torte{,n}',
        'pizza',
        'restaurant{,s}',
        'sekt',
        'champagner',
        'grill{en,abend,party}',
        'frische{,n} fisch',
      ],
    },
    {
      id: 'food_freedom.de.freedom',
      severity: 'info',
      message: m.kindness,
      note: 'Descriptions of freedoms: holidays, the sea, travel, parties.',
      patterns: [
        'urlaub',
        'ferien',
        'strand',
        '{am,ans} meer',
        'an der {ostsee,nordsee,küste}',
        'party',
        'gefeiert',
        'getanzt',
        'gereist',
        'reise{,n}',
        'konzert{,e}',
      ],
    },
  ],
} satisfies RuleFile;
