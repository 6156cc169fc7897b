/** Insults to the authorities — Ukrainian. */
import type { RuleFile } from '../../types';
import { INSULT_MESSAGES as m } from './messages';

/** Ukrainian insult rules. */
export const insultUk = {
  category: 'insult_authority',
  language: 'uk',
  rules: [
    {
      id: 'insult_authority.uk.insult',
      severity: 'block',
      message: m.insult,
      note: 'An insult within four words of the president, the Kremlin, the government, judges or police.',
      patterns: [
        'вбивц{я,і,ю,ею}',
        'злоді{й,ї,я,їв}',
        'фашист*',
        'нацист*',
        'диктатор{,а,ом}',
        'хуйло',
        'покид{ьок,ьки}',
      ],
      near: {
        within: 4,
        patterns: [
          'путін{@uk_m}',
          'кремл{ь,я,ю,і}',
          'влад{а,и,у,ою}',
          'уряд{,у}',
          'судд{я,і}',
          'поліці{я,ї,ю}',
        ],
      },
    },
  ],
} satisfies RuleFile;
