/** Abuse aimed at the prisoner — French. */
import type { RuleFile } from '../../types';
import { ABUSE_MESSAGES as m } from './messages';

/** French abuse rules. */
export const abuseFr = {
  category: 'abuse',
  language: 'fr',
  allow: [
    '{pas,jamais} {un ,une ,}{traître,criminel,terroriste,idiot}',
    'comme un {criminel,traître,terroriste}',
  ],
  rules: [
    {
      id: 'abuse.fr.insult',
      severity: 'block',
      message: m.abuse,
      note: 'An insult within three words of "tu/toi/te/vous" (or "crève"); negations are allowed.',
      patterns: [
        'traître{,s,sse}',
        'ordure{,s}',
        'idiot{,e,s}',
        'criminel{,le,s}',
        'terroriste{,s}',
        'minable',
        'raté{,e}',
        'connard',
        'salaud',
        'enfoiré{,e}',
        'vermine',
      ],
      near: { within: 3, patterns: ['tu', 'toi', 'te', "t'", 'vous', 'crève', 'espèce de'] },
    },
    {
      id: 'abuse.fr.harm',
      severity: 'block',
      message: m.abuse,
      note: 'Wishing the prisoner harm, gloating, threats.',
      patterns: [
        'pourrir en prison',
        '{pourris,crève,crevez} en prison',
        'va crever',
        'tu peux crever',
        "tu l'as bien mérité",
        'bien fait pour toi',
        "tu mérites {ta peine,ton sort,la prison,ce qui t'arrive}",
        'sale {traître,criminel,terroriste,ordure,rat}',
        'espèce de {criminel,traître,terroriste,ordure,minable}',
        'on sait où {tu habites,vit ta}',
      ],
    },
  ],
} satisfies RuleFile;
