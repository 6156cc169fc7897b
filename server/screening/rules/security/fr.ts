/** Prison security — French ("évasion fiscale" and "un moment d'évasion" are not escapes). */
import type { RuleFile } from '../../types';
import { SECURITY_MESSAGES as m } from './messages';

/** French prison-security rules. */
export const securityFr = {
  category: 'security',
  language: 'fr',
  allow: ['évasion fiscale', "{moment,roman,lecture,livre,livres,besoin,peu} d'évasion"],
  rules: [
    {
      id: 'security.fr.escape',
      severity: 'block',
      message: m.smuggling,
      note: 'Escape and smuggling.',
      patterns: ['évasion', "{s',t',m'}évader", 'évader', 'contrebande'],
    },
    {
      id: 'security.fr.hiding',
      severity: 'block',
      message: m.smuggling,
      note: 'Passing or hiding a phone, SIM card, drugs or weapon, within five words.',
      patterns: ['en cachette', 'faire passer', 'faire entrer', 'cacher'],
      near: {
        within: 5,
        patterns: [
          'téléphone{,s}',
          'portable{,s}',
          'carte sim',
          'drogue{,s}',
          'arme{,s}',
          'couteau',
          'argent',
        ],
      },
    },
    {
      id: 'security.fr.contraband',
      severity: 'warn',
      message: m.contraband,
      note: 'Drugs, weapons and money transfers mentioned ("héroïne" is also a heroine and is left out).',
      patterns: [
        'drogue{,s}',
        'cocaïne',
        'cannabis',
        'arme{,s} à feu',
        'pistolet',
        'fusil',
        'explosif{,s}',
        'virement',
        'western union',
        "envoyer de l'argent",
      ],
    },
  ],
} satisfies RuleFile;
