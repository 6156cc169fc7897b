/** War, army and mobilisation — French. */
import type { RuleFile } from '../../types';
import { WAR_MESSAGES as m } from './messages';

/** French war rules. */
export const warFr = {
  category: 'war',
  language: 'fr',
  allow: [
    'guerre et paix',
    'la guerre des étoiles',
    '{première,seconde,deuxième} guerre mondiale',
    'la grande guerre',
    'guerre {froide,de cent ans,de troie}',
  ],
  rules: [
    {
      id: 'war.fr.war',
      severity: 'block',
      message: m.war,
      suggestion: 'cette période difficile',
      note: 'La guerre, la mobilisation, le front, les bombardements.',
      patterns: [
        'guerre{,s}',
        'mobilis{é,ée,és,ées,er,ation}',
        '{au,sur le} front',
        'invasion',
        'envahi{,e,r,ssent}',
        'bombard{é,ée,és,ées,er,ement,ements,ent}',
        '{frappe,frappes,attaque,attaques} de drone{,s}',
        'opération militaire spéciale',
        'occupant{,s}',
        'territoires occupés',
        'obus',
        'tranchée{,s}',
      ],
    },
    {
      id: 'war.fr.army',
      severity: 'warn',
      message: m.army,
      note: "L'armée et le service militaire en général.",
      patterns: [
        'armée{,s}',
        'soldat{,s}',
        'militaire{,s}',
        'troupe{,s}',
        'service militaire',
        'conscription',
        'régiment{,s}',
      ],
    },
  ],
} satisfies RuleFile;
